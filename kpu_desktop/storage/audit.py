"""The append-only audit log, each entry chained to the previous one by SHA-256."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

GENESIS = "0" * 64


def canonical(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, seq: int, at: str, username: str, action: str, tbl: str,
               record_id: str, changes: str) -> str:
    text = "\x1f".join((prev_hash, str(seq), at, username, action, tbl, record_id, changes))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AuditLog:
    """Appends entries within the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._tail: tuple[int, str] | None = None

    def _last(self) -> tuple[int, str]:
        if self._tail is None:
            row = self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            self._tail = (row[0], row[1]) if row else (0, GENESIS)
        return self._tail

    def reset_cache(self) -> None:
        self._tail = None

    def append_many(self, entries: list[tuple[str, str, str, str, str, dict]]) -> None:
        """entries: (at, username, action, tbl, record_id, changes)."""
        seq, prev = self._last()
        rows = []
        for at, username, action, tbl, record_id, changes in entries:
            seq += 1
            text = canonical(changes)
            digest = entry_hash(prev, seq, at, username, action, tbl, record_id, text)
            rows.append((seq, at, username, action, tbl, record_id, text, prev, digest))
            prev = digest
        self.conn.executemany(
            "INSERT INTO audit_log (seq, at, username, action, tbl, record_id, changes, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._tail = (seq, prev)

    def append(self, at: str, username: str, action: str, tbl: str, record_id: str, changes: dict) -> None:
        self.append_many([(at, username, action, tbl, record_id, changes)])


# Why a chain is broken: (English, Bahasa Indonesia); {n} is the number of the missing entry.
CHAIN_PROBLEMS = {
    "missing": ("entry {n} is missing", "entri {n} hilang"),
    "link": ("link to the previous entry does not match", "tautan ke entri sebelumnya tidak cocok"),
    "content": ("entry content does not match its hash", "isi entri tidak cocok dengan hash-nya"),
}


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None
    problem: str = ""  # a key of CHAIN_PROBLEMS
    missing: int | None = None  # the entry that should have come, for "missing"

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    @property
    def reason(self) -> str:
        return self.worded("en")

    def worded(self, lang: str) -> str:
        """Why the chain is broken, in `lang` ("" when it is not)."""
        if not self.problem:
            return ""
        en, id_text = CHAIN_PROBLEMS[self.problem]
        return (en if lang == "en" else id_text).format(n=self.missing)


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute every hash; the first entry that does not match is reported."""
    prev = GENESIS
    expected_seq = 0
    count = 0
    for row in conn.execute(
        "SELECT seq, at, username, action, tbl, record_id, changes, prev_hash, hash FROM audit_log ORDER BY seq"
    ):
        seq, at, username, action, tbl, record_id, changes, prev_hash, digest = row
        expected_seq += 1
        count += 1
        if seq != expected_seq:
            return ChainReport(count, seq, "missing", expected_seq)
        if prev_hash != prev:
            return ChainReport(count, seq, "link")
        if entry_hash(prev, seq, at, username, action, tbl, record_id, changes) != digest:
            return ChainReport(count, seq, "content")
        prev = digest
    return ChainReport(count, None)
