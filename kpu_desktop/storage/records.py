"""Every write of a shared record goes through here: row, audit entry and change-log entry together."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import uuid
from contextlib import nullcontext
from itertools import repeat
from operator import itemgetter
from typing import Any, Iterable, Mapping, Sequence

from . import meta
from .audit import AuditLog
from .bulk import batch_insert
from .clock import HybridClock
from .errors import NotFound
from .history import record_heads
from .jsonfast import dumps_sorted

SHARED_TABLES = ("units", "tps", "events", "persons", "placements", "facilities", "receipts", "receipt_lines")
META_FIELDS = ("owner_unit_id", "created_at", "created_by", "updated_at", "updated_by", "deleted", "deleted_reason")
NAMESPACE = uuid.UUID("6f1c1b1e-51a3-4d61-9b53-6b7064657331")


def stable_id(*parts: str) -> str:
    """A UUID every node derives alike for the same natural key (units, TPS, persons)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def new_id() -> str:
    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """`count` random (version 4) UUIDs at once, as `new_id` gives them one by one."""
    raw = bytearray(os.urandom(16 * count))
    for start in range(0, 16 * count, 16):
        raw[start + 6] = (raw[start + 6] & 0x0F) | 0x40  # version 4
        raw[start + 8] = (raw[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    return [f"{text[i:i + 8]}-{text[i + 8:i + 12]}-{text[i + 12:i + 16]}-{text[i + 16:i + 20]}-{text[i + 20:i + 32]}"
            for i in range(0, 32 * count, 32)]


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


class RecordWriter:
    """Writes rows of shared tables for one acting user inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, *, username: str, unit_id: str | None = None):
        self.conn = conn
        self.username = username
        self.unit_id = unit_id
        self.node_id = meta.node_id(conn)
        self.clock = HybridClock.from_state(meta.get(conn, "hlc"))
        self.audit = AuditLog(conn)
        self._seq: int | None = None

    # -- change log -------------------------------------------------------------------------
    def _next_seqs(self, count: int) -> range:
        """The next `count` sequence numbers of this node, gapless."""
        if self._seq is None:
            row = self.conn.execute("SELECT MAX(seq) FROM changes WHERE node_id = ?", (self.node_id,)).fetchone()
            self._seq = row[0] or 0
        first = self._seq + 1
        self._seq += count
        return range(first, self._seq + 1)

    def _log_changes(self, entries: Iterable[tuple[str, str, str, dict, list[str] | None]]) -> None:
        """entries: (tbl, record_id, op, data, parents: the record's heads the writer saw, None for new)."""
        entries = list(entries)
        count = len(entries)
        tables, record_ids, ops, datas, parents = zip(*entries) if entries else ((),) * 5
        rows = list(zip(repeat(self.node_id), self._next_seqs(count), self.clock.now_many(count), tables,
                        record_ids, ops, map(dumps_sorted, datas), repeat(self.username), repeat(self.unit_id),
                        [json.dumps(p) if p else None for p in parents]))
        with _batch(self.conn, "changes", len(rows)):
            self.conn.executemany(
                "INSERT INTO changes (node_id, seq, hlc, tbl, record_id, op, data, username, unit_id, parents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        meta.put(self.conn, "hlc", self.clock.state())

    # -- reads ------------------------------------------------------------------------------
    def fetch(self, table: str, record_id: str) -> dict:
        cur = self.conn.execute(f"SELECT * FROM {_table(table)} WHERE id = ?", (record_id,))
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"{table} {record_id} not found")
        return dict(zip([c[0] for c in cur.description], row))

    # -- writes -----------------------------------------------------------------------------
    def insert_many(self, table: str, rows: Sequence[Mapping[str, Any]], *, owner_unit_id: str | None,
                    audit: bool = True) -> list[str]:
        """Insert new records (ids given or generated); one change entry per record."""
        if not rows:
            return []
        now = utc_now()
        stamp = {"owner_unit_id": owner_unit_id, "created_at": now, "created_by": self.username,
                 "updated_at": now, "updated_by": self.username, "deleted": 0, "deleted_reason": None}
        missing = [i for i, row in enumerate(rows) if "id" not in row]
        ids = dict(zip(missing, new_ids(len(missing))))
        full = []
        for i, row in enumerate(rows):
            # Stamps first, then the row's own values, which win; dates written as ISO text.
            record = {"id": ids.get(i), **stamp, **row}
            if not _PLAIN.issuperset(map(type, row.values())):
                record = {k: _jsonable(v) for k, v in record.items()}
            full.append(record)
        columns = list(full[0])
        if all(map(full[0].keys().__eq__, map(dict.keys, full))):
            values = list(map(itemgetter(*columns), full))  # the usual batch: every record has the same fields
        else:
            columns = list(dict.fromkeys(k for r in full for k in r))
            values = [tuple(r.get(c) for c in columns) for r in full]
        placeholders = ", ".join("?" for _ in columns)
        with _batch(self.conn, table, len(full)):
            self.conn.executemany(
                f"INSERT INTO {_table(table)} ({', '.join(columns)}) VALUES ({placeholders})", values)
        self._log_changes((table, r["id"], "upsert", r, None) for r in full)
        if audit:
            self.audit.append_many(
                [(now, self.username, "create", table, r["id"],
                  {k: [None, v] for k, v in r.items() if k not in META_FIELDS and v not in (None, "")})
                 for r in full]
            )
        return [r["id"] for r in full]

    def insert(self, table: str, row: Mapping[str, Any], *, owner_unit_id: str | None, audit: bool = True) -> str:
        return self.insert_many(table, [row], owner_unit_id=owner_unit_id, audit=audit)[0]

    def update(self, table: str, record_id: str, values: Mapping[str, Any], *, action: str = "update",
               audit: bool = True) -> dict[str, tuple[Any, Any]]:
        """Change fields of a record; returns {field: (old, new)} of what really changed."""
        current = self.fetch(table, record_id)
        diff = {}
        for key, value in values.items():
            if key == "id" or key not in current:
                raise KeyError(f"{table} has no field {key!r}")
            value = _jsonable(value)
            if current[key] != value:
                diff[key] = (current[key], value)
        if not diff:
            return {}
        now = utc_now()
        data = {k: new for k, (_, new) in diff.items()}
        data.update(updated_at=now, updated_by=self.username)
        self._write_update(table, record_id, data)
        if audit:
            self.audit.append(now, self.username, action, table, record_id,
                              {k: [old, new] for k, (old, new) in diff.items()})
        return diff

    def _write_update(self, table: str, record_id: str, data: dict) -> None:
        # The heads are read before this change is logged: they are what the writer saw.
        parents = record_heads(self.conn, table, record_id)
        assignments = ", ".join(f"{k} = ?" for k in data)
        self.conn.execute(f"UPDATE {_table(table)} SET {assignments} WHERE id = ?", (*data.values(), record_id))
        self._log_changes([(table, record_id, "upsert", data, parents)])

    def decide(self, table: str, record_id: str, values: Mapping[str, Any], *,
               action: str = "resolve_conflict") -> None:
        """Write `values` even where they equal the stored ones.

        A review decision must itself be a change: having seen every competing version, it settles the
        conflict on each node that receives it, also where the chosen value is already in place.
        """
        current = self.fetch(table, record_id)
        for key in values:
            if key == "id" or key not in current:
                raise KeyError(f"{table} has no field {key!r}")
        now = utc_now()
        data = {k: _jsonable(v) for k, v in values.items()}
        data.update(updated_at=now, updated_by=self.username)
        self._write_update(table, record_id, data)
        self.audit.append(now, self.username, action, table, record_id,
                          {k: [current[k], v] for k, v in values.items()})

    def soft_delete(self, table: str, record_id: str, reason: str, *, audit: bool = True) -> None:
        self.update(table, record_id, {"deleted": 1, "deleted_reason": reason}, action="delete", audit=audit)

    def restore(self, table: str, record_id: str, *, audit: bool = True) -> None:
        self.update(table, record_id, {"deleted": 0, "deleted_reason": None}, action="restore", audit=audit)

    def audit_entry(self, action: str, table: str, record_id: str, changes: dict) -> None:
        self.audit.append(utc_now(), self.username, action, table, record_id, changes)


def _batch(conn: sqlite3.Connection, table: str, rows: int):
    """Per-row upkeep done once for a large batch, when the caller's transaction allows it."""
    return batch_insert(conn, table, rows) if conn.in_transaction else nullcontext()


def _table(name: str) -> str:
    # Table names are never user input, but guard the f-strings all the same.
    if name not in SHARED_TABLES:
        raise ValueError(f"not a shared table: {name}")
    return name
