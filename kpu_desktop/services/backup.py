"""Backups and restores for the command line and the desktop application alike.

`automatic_backup(ctx_or_paths, reason)` is the hook for writers of many rows (imports, bundle imports);
`daily_backup_if_due(paths)` runs at start. `BackupService` is what a user asks for: a copy to a file
(a USB stick) and a restore from one. Progress callbacks receive (done, total) pages.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..paths import AppPaths
from ..storage import backup as store
from ..storage import meta
from ..storage.backup import BackupError, BackupInfo, Verification
from ..storage.db import transaction
from ..storage.health import quick_problems
from ..storage.records import RecordWriter
from .context import AppContext
from .errors import PermissionDenied, ServiceError
from .roles import Permission

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
RESTORE_ROLES = frozenset({"admin"})

TEXTS = {
    "no_target": ("Sebutkan berkas tujuan cadangan.", "Give the file to write the backup to."),
    "target_is_folder": ("{path} adalah folder; sebutkan nama berkas, misalnya {path}/kpu-cadangan.sqlite3.",
                         "{path} is a folder; give a file name, e.g. {path}/kpu-backup.sqlite3."),
    "no_folder": ("Folder {folder} tidak ada.", "The folder {folder} does not exist."),
    "target_exists": ("Berkas {path} sudah ada; pilih nama lain atau gunakan --overwrite.",
                      "The file {path} already exists; choose another name or use --overwrite."),
    "target_is_live": ("{path} adalah basis data yang sedang dipakai; pilih berkas lain.",
                       "{path} is the database in use; choose another file."),
    "not_restorable": ("Berkas {path} tidak dapat dipulihkan: {problem}. Tidak ada yang diubah.",
                       "The file {path} cannot be restored: {problem}. Nothing was changed."),
    "other_node": ("Berkas {path} berasal dari instalasi lain (node {theirs}, di sini {ours}); memulihkannya "
                   "membuat dua instalasi dengan identitas sama. Gunakan --other-installation bila memang itu "
                   "maksud Anda.",
                   "The file {path} comes from another installation (node {theirs}, here {ours}); restoring it "
                   "gives two installations the same identity. Use --other-installation if that is intended."),
    "restore_denied": ("Hanya admin yang boleh memulihkan cadangan.", "Only an admin may restore a backup."),
    "login_required": ("Silakan masuk (login) terlebih dahulu.", "Please log in first."),
}


def _t(key: str, lang: str, **params) -> str:
    id_text, en_text = TEXTS[key]
    return (en_text if lang == "en" else id_text).format(**params)


@dataclass
class RestorePlan:
    """A verified copy of the file to restore, staged beside the database; nothing live changed yet."""

    source: Path
    verification: Verification
    current_node: str | None

    @property
    def staged(self) -> Path:
        return self.verification.path

    @property
    def other_installation(self) -> bool:
        node = self.verification.node_id
        return bool(self.current_node and node and node != self.current_node)

    def connect(self) -> sqlite3.Connection:
        """The staged copy, to sign in against when the current database cannot be read."""
        return sqlite3.connect(str(self.staged), isolation_level=None)

    def discard(self) -> None:
        self.staged.unlink(missing_ok=True)


@dataclass
class RestoreResult:
    source: Path
    kept: Path | None        # where the replaced database was kept
    schema: int
    audit_entries: int


def automatic_backup(ctx_or_paths: AppContext | AppPaths, reason: str, *,
                     progress: Progress | None = None) -> BackupInfo | None:
    """A rotated backup in the backup folder; None when there is no database yet. Raises BackupError."""
    if isinstance(ctx_or_paths, AppContext):
        paths = ctx_or_paths.paths
        if not paths.database.exists():
            return None
        return store.automatic_backup(ctx_or_paths.conn, paths.backup_dir, reason, progress=progress)
    paths = ctx_or_paths
    if not paths.database.exists():
        return None
    conn = sqlite3.connect(str(paths.database), timeout=30)
    try:
        return store.automatic_backup(conn, paths.backup_dir, reason, progress=progress)
    finally:
        conn.close()


def daily_backup_if_due(paths: AppPaths, *, today: dt.date | None = None) -> BackupInfo | None:
    """The first start of a day keeps a copy; a failure is logged, never in the way of starting."""
    today = today or dt.date.today()
    if any(b.reason == "daily" and b.taken_at.date() == today for b in store.list_backups(paths.backup_dir)):
        return None
    try:
        return automatic_backup(paths, "daily")
    except BackupError as exc:
        log.warning("daily backup failed: %s", exc)
        return None


class BackupService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def list(self) -> list[BackupInfo]:
        self.ctx.require(Permission.VIEW)
        return store.list_backups(self.ctx.paths.backup_dir)

    def backup_to(self, target: Path | str, *, overwrite: bool = False,
                  progress: Progress | None = None) -> Verification:
        """Write a fully verified copy to `target` (e.g. a USB stick) atomically."""
        self.ctx.require(Permission.EXPORT_DATA)
        path = self._check_target(target, overwrite)
        report = store.copy_database(self.ctx.conn, path, progress=progress, full_check=True)
        log.info("backup written to %s by %s", path, self.ctx.session.username)
        return report

    def _check_target(self, target: Path | str, overwrite: bool) -> Path:
        if not str(target or "").strip():
            raise ServiceError(_t("no_target", self.lang))
        path = Path(target).expanduser().absolute()
        if path.is_dir():
            raise ServiceError(_t("target_is_folder", self.lang, path=path))
        if not path.parent.is_dir():
            raise ServiceError(_t("no_folder", self.lang, folder=path.parent))
        live = self.ctx.paths.database.resolve()
        if path.resolve() in {live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")}:
            raise ServiceError(_t("target_is_live", self.lang, path=path))
        if path.exists() and not overwrite:
            raise ServiceError(_t("target_exists", self.lang, path=path))
        return path

    def stage_restore(self, source: Path | str) -> RestorePlan:
        """Copy and verify the file; raises ServiceError (nothing changed) when it cannot be restored."""
        source = Path(str(source or "")).expanduser().absolute()
        self.ctx.paths.ensure()
        report = store.stage_restore(source, self.ctx.paths.database)
        if not report.ok:
            raise ServiceError(_t("not_restorable", self.lang, path=source,
                                  problem=store.worded(report.problems[0], self.lang)))
        return RestorePlan(source, report, self._current_node())

    def _current_node(self) -> str | None:
        database = self.ctx.paths.database
        if not database.exists() or quick_problems(database):
            return None
        try:
            return meta.get(self.ctx.conn, "node_id")
        except sqlite3.DatabaseError:
            return None

    def restore(self, plan: RestorePlan, *, allow_other_installation: bool = False) -> RestoreResult:
        """Keep the current database as a backup, then swap the staged copy in. Admins only."""
        self._require_restore()
        if plan.other_installation and not allow_other_installation:
            raise ServiceError(_t("other_node", self.lang, path=plan.source, theirs=plan.verification.node_id,
                                  ours=plan.current_node))
        # Every connection of this context must be closed before the files move.
        self.ctx.close()
        kept = store.keep_current(self.ctx.paths.database, self.ctx.paths.backup_dir)
        store.replace_database(plan.staged, self.ctx.paths.database)
        self._record(plan, kept)
        log.warning("database restored from %s (previous kept as %s)", plan.source, kept)
        return RestoreResult(plan.source, kept, plan.verification.schema, plan.verification.audit_entries)

    def _require_restore(self) -> None:
        session = self.ctx.session
        if session is None:
            raise PermissionDenied(_t("login_required", self.lang))
        if session.role not in RESTORE_ROLES:
            raise PermissionDenied(_t("restore_denied", self.lang))

    def _record(self, plan: RestorePlan, kept: Path | None) -> None:
        """The restored database remembers, in its own audit trail, that it was restored and by whom."""
        conn = self.ctx.conn
        with transaction(conn):
            writer = RecordWriter(conn, username=self.ctx.session.username, unit_id=meta.get(conn, "unit_id"))
            writer.audit_entry("restore", "units", meta.get(conn, "unit_id") or "",
                               {"source": [None, os.fspath(plan.source)],
                                "kept": [None, os.fspath(kept) if kept else None]})
