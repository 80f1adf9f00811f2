"""The data fingerprint: a short hash of the shared records, equal on every node that applied the same changes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Iterable

# Tables whose rows are exchanged; units first so a subtree can be resolved.
FINGERPRINT_TABLES = ("units", "tps", "persons", "placements", "facilities", "receipts", "receipt_lines")
OWNER_COLUMN = {"units": "id", "tps": "unit_id", "persons": "owner_unit_id", "placements": "unit_id",
                "facilities": "unit_id", "receipts": "receiver_unit_id", "receipt_lines": "owner_unit_id"}


# Who typed a record and when is kept, but left out of the fingerprint: units and TPS are created alike by
# every installation (deterministic ids), each with its own stamp, and a regency that made a PPK's unit row
# itself must still agree with that PPK on the PPK's data.
STAMP_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return sorted(r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in STAMP_COLUMNS)


def table_digest(conn: sqlite3.Connection, table: str, unit_ids: Iterable[str] | None = None) -> str:
    """SHA-256 over the rows of one table in id order, every data column by name (rowid and stamps excluded)."""
    columns = _columns(conn, table)
    sql = f"SELECT {', '.join(columns)} FROM {table}"
    params: list = []
    if unit_ids is not None:
        ids = list(unit_ids)
        sql += f" WHERE {OWNER_COLUMN[table]} IN ({','.join('?' for _ in ids)})"
        params = ids
    digest = hashlib.sha256()
    for row in conn.execute(sql + " ORDER BY id", params):
        digest.update(json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def data_fingerprint(conn: sqlite3.Connection, unit_ids: Iterable[str] | None = None) -> str:
    """Full hex digest of the shared data (of these units when given)."""
    ids = list(unit_ids) if unit_ids is not None else None
    digest = hashlib.sha256()
    for table in FINGERPRINT_TABLES:
        digest.update(f"{table}:{table_digest(conn, table, ids)}\n".encode())
    return digest.hexdigest()


def short_fingerprint(full: str) -> str:
    """Twelve hex digits in groups of four, easy to read out over the phone: `3F2A-91C0-7D14`."""
    text = full[:12].upper()
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))
