"""Copying a large write from the WAL into the database file after its commit instead of inside it.

SQLite copies the WAL into the database file (a checkpoint) within the commit that leaves the WAL past 1,000
pages. After a bundle of 100,000 changes that is some 7,000 pages and about 0.12 s of the commit, spent
while the officer waits for the import report, although the commit is already durable: with
`synchronous = FULL` the WAL was synced first. Around such a write the automatic checkpoint is held back;
the copy then runs on a connection of its own, in a thread, while the officer reads the report. A passive
checkpoint blocks neither readers nor writers. Should it fail, the next commit past the limit, or the last
connection's close, makes the copy.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import closing, contextmanager
from typing import Iterator

from .db import connect, database_file

log = logging.getLogger(__name__)
_running: list[threading.Thread] = []
_lock = threading.Lock()


@contextmanager
def after_commit(conn: sqlite3.Connection, large: bool) -> Iterator[None]:
    """Around a transaction: when `large`, its commit leaves the checkpoint to a thread started after it.

    Nothing is started when the transaction fails, or when it was part of a caller's transaction (whose own
    commit then checkpoints as usual).
    """
    path = database_file(conn) if large else None
    if path is None:
        yield
        return
    before = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}")
    if before > 0 and not conn.in_transaction:
        start(path)


def start(path: str) -> threading.Thread:
    thread = threading.Thread(target=_checkpoint, args=(path,), name="kpu-wal-checkpoint")
    with _lock:
        _running[:] = [t for t in _running if t.is_alive()] + [thread]
    thread.start()  # not a daemon: a closing program lets it finish
    return thread


def wait() -> None:
    """Until every checkpoint started here has ended."""
    with _lock:
        threads = list(_running)
    for thread in threads:
        thread.join()


def _checkpoint(path: str) -> None:
    try:
        with closing(connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error as exc:
        log.warning("checkpoint after a large write failed (%s); a later commit makes it", exc)
