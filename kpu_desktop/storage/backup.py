"""Database backups with SQLite's online backup API: copy, verify, rotate, restore.

A backup is a plain SQLite file in rollback-journal mode, so it can be copied to a USB stick and opened
anywhere without `-wal`/`-shm` companions. Every file is written under a temporary name, synced, checked
and only then renamed: a reader never sees a half-written backup under its final name.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..files import fsync_folder
from . import checkpoint
from .audit import verify_chain
from .errors import StorageError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PAGES_PER_STEP = 1024
KEEP_PER_REASON = 10
KEEP_DAILY_DAYS = 14
STALE_TEMP_SECONDS = 3600
NAME_PATTERN = re.compile(r"^kpu-desktop-(\d{8})-(\d{6})(?:-\d+(?:\.\d+)?)?-([a-z0-9-]+)\.sqlite3$")
REQUIRED_TABLES = {"meta", "audit_log", "changes", "units"}


class BackupError(StorageError):
    """A backup or restore that could not be made; nothing was replaced."""

    def __init__(self, id_text: str, en_text: str):
        super().__init__(f"{id_text} / {en_text}")
        self.texts = {"id": id_text, "en": en_text}

    def message(self, lang: str) -> str:
        return self.texts.get(lang, self.texts["id"])


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


class Problem(str):
    """One reason a file may not be restored: the English words, with the Indonesian ones in `.id`. SQLite's
    own integrity messages stay plain strings (technical detail in either language)."""

    def __new__(cls, en_text: str, id_text: str) -> "Problem":
        made = super().__new__(cls, en_text)
        made.id = id_text
        return made


def worded(problem: str, lang: str) -> str:
    """A problem in the user's language (Indonesian unless English is chosen)."""
    return str(problem) if lang == "en" else getattr(problem, "id", problem)


@dataclass
class Verification:
    """What a candidate backup file holds and whether it may be restored."""

    path: Path
    schema: int = 0
    node_id: str | None = None
    audit_entries: int = 0
    problems: list[str] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


# -- writing ---------------------------------------------------------------------------------------
def copy_database(source: sqlite3.Connection, target: Path, *, progress: Progress | None = None,
                  full_check: bool = True) -> Verification:
    """Copy the open database to `target` atomically and verify the copy before it gets its name."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _write_copy(source, tmp, progress)
        report = verify_file(tmp, full=full_check)
        if not report.ok:
            problem = report.problems[0]
            raise BackupError(f"Salinan cadangan tidak lolos pemeriksaan: {worded(problem, 'id')}",
                              f"The backup copy failed its check: {worded(problem, 'en')}")
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise _os_failure(exc, target) from exc
    finally:
        tmp.unlink(missing_ok=True)
    report.path = target
    return report


def _write_copy(source: sqlite3.Connection, tmp: Path, progress: Progress | None) -> None:
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        def step(status, remaining, total):
            if progress:
                progress(total - remaining, total)
        source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        # The copy keeps the WAL flag of the source; a lone file on a stick must not need companions.
        dest.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        raise BackupError(f"Basis data tidak dapat disalin: {exc}", f"The database could not be copied: {exc}")
    finally:
        dest.close()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())


def _os_failure(exc: OSError, target: Path) -> BackupError:
    import errno
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError(f"Ruang disk tidak cukup untuk menulis {target}; tidak ada yang diubah.",
                           f"Not enough disk space to write {target}; nothing was changed.")
    return BackupError(f"Tidak dapat menulis {target}: {exc.strerror or exc}; tidak ada yang diubah.",
                       f"Cannot write {target}: {exc.strerror or exc}; nothing was changed.")


# -- checking --------------------------------------------------------------------------------------
def verify_file(path: Path, *, full: bool = True) -> Verification:
    """Is `path` a kpu-desktop database this version can open, intact, with an unbroken audit chain?"""
    from .db import integrity_problems
    from .migrations import latest_version

    report = Verification(Path(path), problems=[])
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(Problem(f"cannot open: {exc}", f"tidak dapat dibuka: {exc}"))
        return report
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= tables:
            report.problems.append(Problem("not a kpu-desktop database", "bukan basis data kpu-desktop"))
            return report
        report.schema = conn.execute("PRAGMA user_version").fetchone()[0]
        if report.schema > latest_version():
            report.problems.append(Problem(
                f"schema {report.schema} is newer than this kpu-desktop ({latest_version()})",
                f"skema {report.schema} lebih baru dari kpu-desktop ini ({latest_version()}); perbarui aplikasi"))
            return report
        row = conn.execute("SELECT value FROM meta WHERE key = 'node_id'").fetchone()
        report.node_id = row[0] if row else None
        report.problems += integrity_problems(conn, quick=not full)
        if not report.problems:
            chain = verify_chain(conn)
            report.audit_entries = chain.entries
            if not chain.ok:
                report.problems.append(Problem(
                    f"audit chain broken at entry {chain.broken_at}: {chain.worded('en')}",
                    f"rantai jejak audit putus di entri {chain.broken_at}: {chain.worded('id')}"))
    except sqlite3.DatabaseError as exc:
        report.problems.append(Problem(f"not a readable database: {exc}",
                                       f"bukan basis data yang dapat dibaca ({exc})"))
    finally:
        conn.close()
    return report


# -- automatic backups and rotation ----------------------------------------------------------------
def backup_name(reason: str, when: dt.datetime | None = None, serial: int = 0) -> str:
    when = when or dt.datetime.now()
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    process = f"{os.getpid()}.{serial}" if serial else str(os.getpid())
    return f"kpu-desktop-{when:%Y%m%d-%H%M%S}-{process}-{slug}.sqlite3"


def _free_name(folder: Path, reason: str) -> Path:
    """Two backups of one reason within a second (import right after the daily copy) keep both."""
    serial = 0
    while (folder / backup_name(reason, serial=serial)).exists():
        serial += 1
    return folder / backup_name(reason, serial=serial)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first; files not named by us are ignored."""
    found = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).iterdir():
        match = NAME_PATTERN.match(path.name)
        if not match:
            continue
        taken = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, taken, match.group(3), size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def latest_backup(folder: Path) -> BackupInfo | None:
    """The newest backup worth restoring (raw copies of damaged databases are not)."""
    backups = [b for b in list_backups(folder) if b.reason != "damaged"]
    return backups[0] if backups else None


def automatic_backup(source: sqlite3.Connection, folder: Path, reason: str, *,
                     progress: Progress | None = None) -> BackupInfo:
    """A rotated backup into the backup folder, quick-checked (a full check would double the time)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_failure(exc, folder) from exc
    target = _free_name(folder, reason)
    copy_database(source, target, progress=progress, full_check=False)
    log.info("backup (%s) written to %s", reason, target)
    prune(folder)
    return next(b for b in list_backups(folder) if b.path == target)


def prune(folder: Path, *, now: dt.datetime | None = None, per_reason: int = KEEP_PER_REASON,
          daily_days: int = KEEP_DAILY_DAYS) -> list[Path]:
    """Keep the newest `per_reason` of each reason and the newest of each of the last `daily_days` days."""
    now = now or dt.datetime.now()
    backups = list_backups(folder)
    keep: set[Path] = set()
    by_reason: dict[str, int] = {}
    days_seen: set[dt.date] = set()
    for backup in backups:  # newest first
        by_reason[backup.reason] = by_reason.get(backup.reason, 0) + 1
        if by_reason[backup.reason] <= per_reason:
            keep.add(backup.path)
        day = backup.taken_at.date()
        if day not in days_seen and (now.date() - day).days < daily_days:
            days_seen.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    _remove_stale_temps(Path(folder), now)
    return removed


def _remove_stale_temps(folder: Path, now: dt.datetime) -> None:
    """Temporary copies left by a process that was killed mid-backup."""
    for path in folder.glob(".*.tmp"):
        try:
            if now.timestamp() - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()
        except OSError:
            pass


# -- restoring -------------------------------------------------------------------------------------
def stage_restore(source: Path, database: Path) -> Verification:
    """Copy `source` beside the database as a stand-alone file and check it fully; the live file is untouched."""
    import shutil

    source, database = Path(source), Path(database)
    if not source.is_file():
        raise BackupError(f"Berkas cadangan tidak ditemukan: {source}", f"No backup file at {source}")
    staged = database.with_name(f".{database.name}.restore.tmp")
    try:
        shutil.copyfile(source, staged)
        _make_standalone(staged)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _os_failure(exc, staged) from exc
    report = verify_file(staged, full=True)
    report.path = staged
    if not report.ok:
        staged.unlink(missing_ok=True)
    return report


def _make_standalone(path: Path) -> None:
    """A copy of a WAL database must not look for companions that were not copied with it."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # not a database at all: verify_file says so in words
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def keep_current(database: Path, folder: Path) -> Path | None:
    """Keep the database about to be replaced; a damaged one is kept byte for byte."""
    import shutil

    checkpoint.wait()  # a copy still running after a large import ends first
    database = Path(database)
    if not database.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(database), isolation_level=None)
        try:
            info = automatic_backup(conn, folder, "before-restore")
            # Empty the WAL now so that deleting it before the swap loses nothing.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return info.path
        finally:
            conn.close()
    except (sqlite3.DatabaseError, BackupError) as exc:
        log.warning("current database not copyable through SQLite (%s); keeping its raw files", exc)
    target = _free_name(folder, "damaged")
    try:
        for suffix in ("", "-wal"):
            if database.with_name(database.name + suffix).exists():
                shutil.copyfile(database.with_name(database.name + suffix),
                                target.with_name(target.name + suffix))
    except OSError as exc:
        raise _os_failure(exc, target) from exc
    return target


def replace_database(staged: Path, database: Path) -> None:
    """Swap the staged file in; every connection to `database` must be closed by now."""
    checkpoint.wait()  # including one copying a large import into the file
    database = Path(database)
    for suffix in ("-wal", "-shm", "-journal"):
        # A leftover WAL would be replayed onto the restored file and corrupt it.
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    try:
        os.replace(staged, database)
        fsync_folder(database.parent)
    except OSError as exc:
        raise _os_failure(exc, database) from exc
