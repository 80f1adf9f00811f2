"""Many rows into one table at once: per-row upkeep replaced by the same work done once for the batch.

Two kinds of upkeep are replaced:

- AFTER INSERT triggers keeping a full-text index (`<table>_fts`, schema 2) and live counts
  (`list_counts`, schema 5). Row by row they cost several times the insert itself; here the same index
  entries and counts are written by one statement each.
- Secondary indexes, when the batch is at least as large as the table already is. Keys of random record
  ids land all over an index; sorting them all at once when the index is built anew is faster.

Triggers and indexes are dropped inside the caller's transaction and created again from their own stored
definitions, so the schema ends exactly as it was, a rollback restores it untouched, and no other
connection ever sees the table without them.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from .migrations.m005_list_counts import TABLES as COUNTED

BULK_FROM = 1_000  # rows from which a batch is worth dropping and re-creating triggers and indexes
_COUNTED = dict(COUNTED)


@dataclass
class _Upkeep:
    triggers: list[tuple[str, str]]  # (name, sql) of the insert triggers replaced
    indexes: list[tuple[str, str]]  # (name, sql) of the indexes built anew
    floor: int  # the largest rowid before the batch


def _plan(conn: sqlite3.Connection, table: str, rows: int) -> _Upkeep | None:
    if rows < BULK_FROM:
        return None
    triggers = list(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN (?, ?)"
        " ORDER BY name", (table, f"{table}_fts_ai", f"{table}_count_ai")))
    floor = conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
    indexes = secondary_indexes(conn, table) if rows >= floor else []  # rowids count at least the rows
    if not triggers and not indexes:
        return None
    return _Upkeep(triggers, indexes, floor)


def secondary_indexes(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, sql) of the table's own non-unique indexes: those that may be built anew without a check
    being lost (unique ones and those behind PRIMARY KEY or UNIQUE stay)."""
    plain = {r[1] for r in conn.execute(f"PRAGMA index_list({table})") if not r[2] and r[3] == "c"}
    return [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
        " ORDER BY name", (table,)) if name in plain]


@contextmanager
def batch_insert(conn: sqlite3.Connection, table: str, rows: int) -> Iterator[None]:
    """Around inserts of `rows` new rows into `table`, inside the caller's transaction.

    The rows must be inserted without explicit rowids (SQLite then gives each the largest rowid plus
    one), so every row above the largest rowid held before is one of this batch.
    """
    if not conn.in_transaction:
        raise RuntimeError("batch_insert needs the caller's transaction")
    upkeep = _plan(conn, table, rows)
    if upkeep is None:
        yield
        return
    dropped = [("TRIGGER", *t) for t in upkeep.triggers] + [("INDEX", *i) for i in upkeep.indexes]
    for kind, name, _sql in dropped:
        conn.execute(f"DROP {kind} {name}")
    try:
        yield
    except BaseException:
        _restore(conn, dropped)  # for a caller that goes on in this transaction: never without them
        raise
    for name, _sql in upkeep.triggers:
        if name.endswith("_fts_ai"):
            _fill_search_index(conn, table, upkeep.floor)
        else:
            _add_counts(conn, table, upkeep.floor)
    for _kind, _name, sql in dropped:
        conn.execute(sql)


def _fill_search_index(conn: sqlite3.Connection, table: str, floor: int) -> None:
    columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table}_fts)"))
    conn.execute(f"INSERT INTO {table}_fts (rowid, {columns}) SELECT rowid, {columns} FROM {table}"
                 " WHERE rowid > ? ORDER BY rowid", (floor,))


def _add_counts(conn: sqlite3.Connection, table: str, floor: int) -> None:
    unit = _COUNTED[table]
    conn.execute(f"INSERT INTO list_counts (tbl, unit_id, live) SELECT ?, {unit}, COUNT(*) FROM {table}"
                 f" WHERE rowid > ? AND deleted = 0 GROUP BY {unit}"
                 " ON CONFLICT (tbl, unit_id) DO UPDATE SET live = live + excluded.live", (table, floor))


def _restore(conn: sqlite3.Connection, dropped: list[tuple[str, str, str]]) -> None:
    # After some errors SQLite has rolled the transaction back by itself, the dropped items included: a
    # statement now would run in autocommit outside any transaction.
    if not conn.in_transaction:
        return
    held = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
    for _kind, name, sql in dropped:
        if name not in held:
            conn.execute(sql)
