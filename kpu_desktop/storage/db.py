"""Opening the SQLite database: pragmas, migrations, refusal of newer schemas."""

from __future__ import annotations

import itertools
import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .errors import SchemaTooNew, StorageError
from .migrations import MIGRATIONS, latest_version

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)
_savepoints = itertools.count()
# Pages of new databases. Rows here are wide (change-log entries of ~500 bytes, records with JSON fields) and
# bundles write 100,000 of them at once: with 16 KiB pages such an import spends 15-20% less time than with
# SQLite's 4 KiB (fewer page splits and B-tree levels, fewer pages through the WAL and its checkpoint).
# Existing databases keep the size they were made with; SQLite reads any.
PAGE_SIZE = 16384


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the pragmas every connection needs; one per thread."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    # FULL: each commit reaches the disk before it returns. With NORMAL, a WAL commit is only made durable by
    # the next checkpoint, and a power cut (frequent where offices run on generators) could take back
    # records the officer saw saved. The cost here: 0.3 ms per saved record, nothing measurable on imports.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def open_connection(path: Path | str, *, upgrade_to: int | None = None) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`; a plain connection.

    `upgrade_to` stops at an earlier schema: tests use it to build old databases.
    """
    conn = connect(path)
    found = schema_version(conn)
    target = latest_version() if upgrade_to is None else upgrade_to
    if found > latest_version():
        conn.close()
        raise SchemaTooNew(found, latest_version())
    if conn.execute("PRAGMA page_count").fetchone()[0] == 0:  # nothing written yet: the size can be chosen
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        log.warning("journal_mode WAL refused, running in %s", mode)
    migrate(conn, found, target)
    return conn


def open_database(path: Path | str, *, upgrade_to: int | None = None) -> "sqlite_utils.Database":
    """The same, wrapped in a sqlite-utils Database for callers that use its table helpers."""
    # Imported here: sqlite-utils (and the plugin machinery it loads) costs ~50 ms at desktop start-up,
    # where only the plain connection is needed.
    import sqlite_utils

    return sqlite_utils.Database(open_connection(path, upgrade_to=upgrade_to))


def migrate(conn: sqlite3.Connection, found: int, target: int) -> None:
    """Apply numbered migrations found+1..target, each in its own transaction."""
    if 0 < found < target:
        backup_before_migration(conn, found)
    for number, step in MIGRATIONS:
        if found < number <= target:
            log.info("migrating database to schema %d", number)
            with transaction(conn):
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(number)}")


def backup_before_migration(conn: sqlite3.Connection, found: int) -> None:
    """A database holding data is copied before its schema changes; a failed copy stops the upgrade."""
    from ..paths import AppPaths
    from .backup import automatic_backup

    path = database_file(conn)
    if path is None:
        return  # in-memory or temporary database: nothing to lose
    folder = AppPaths(Path(path).parent).backup_dir
    automatic_backup(conn, folder, f"migration-from-v{found}")


def database_file(conn: sqlite3.Connection) -> str | None:
    """The main database's file; None for a database in memory or in a temporary file."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else None


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[sqlite3.Connection]:
    """One explicit transaction; nested use joins the outer one through a savepoint."""
    if conn.in_transaction:
        name = f"sp_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            # SQLite rolls the whole transaction back by itself on some errors (SQLITE_FULL, IOERR):
            # then there is no savepoint left, and trying to roll back would hide the real error.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """Lines reported by SQLite's integrity or quick check, and foreign-key violations."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r for r in rows if r != "ok"]
    problems += [f"foreign key violation in {t} row {rowid} -> {parent}" for t, rowid, parent, _ in fk]
    return problems


def require_database(path: Path) -> None:
    if not path.exists():
        raise StorageError(
            f"No kpu-desktop database in {path.parent}; run 'kpu-desktop init' (or 'kpu-desktop demo') first."
        )
