"""Open conflicts as stored, and re-deriving them for records whose history changed locally."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from ..storage.db import transaction
from .conflicts import find_conflicts
from .merge import load_history


def conflict_id(tbl: str, record_id: str, field: str) -> str:
    """A short, stable name for a conflict, the same on every node."""
    return hashlib.sha256(f"{tbl}/{record_id}/{field}".encode()).hexdigest()[:8]


def open_conflicts(conn: sqlite3.Connection) -> list[dict]:
    out = []
    for tbl, rid, name, kind, versions in conn.execute(
            "SELECT tbl, record_id, field, kind, versions FROM sync_conflicts ORDER BY tbl, record_id, field"):
        out.append({"id": conflict_id(tbl, rid, name), "table": tbl, "record_id": rid, "field": name,
                    "kind": kind, "versions": json.loads(versions)})
    return out


def refresh(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> None:
    """Recompute the conflicts of these records from the change log (inside the caller's transaction).

    A local edit of a conflicting field has seen every version, so it settles the conflict too.
    """
    history = load_history(conn, keys)
    for tbl, rid in keys:
        conn.execute("DELETE FROM sync_conflicts WHERE tbl = ? AND record_id = ?", (tbl, rid))
        conn.executemany(
            "INSERT INTO sync_conflicts (tbl, record_id, field, kind, versions) VALUES (?, ?, ?, ?, ?)",
            [(tbl, rid, name, kind, json.dumps(versions, ensure_ascii=False, sort_keys=True))
             for name, kind, versions in find_conflicts(history.get((tbl, rid), []))])


def refresh_open(conn: sqlite3.Connection) -> None:
    """Re-derive every open conflict: local edits since the last import may have settled some."""
    keys = sorted(set(conn.execute("SELECT DISTINCT tbl, record_id FROM sync_conflicts")))
    if keys:
        with transaction(conn):
            refresh(conn, keys)
