"""Small key-value facts about this installation (node id, own unit, clock state)."""

from __future__ import annotations

import sqlite3
import uuid


def get(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def node_id(conn: sqlite3.Connection) -> str:
    """This installation's node id, created on first use."""
    value = get(conn, "node_id")
    if value is None:
        value = uuid.uuid4().hex[:12]
        put(conn, "node_id", value)
    return value
