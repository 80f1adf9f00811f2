"""What the desktop's backup, restore and start-up screens show, over services/backup.

The screens may not reach `storage/`; this module reads what they need (the contents of a staged
backup, the start-up health check, the backups on disk) and hands back plain values.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..paths import AppPaths
from ..storage.backup import NAME_PATTERN, BackupInfo, list_backups
from ..storage.health import DatabaseDamaged, check_at_start, quick_problems
from .auth import AuthService
from .backup import RESTORE_ROLES, BackupService, RestorePlan
from .context import AppContext

# Shared records counted in a backup's summary, as (table, key of the label in the UI).
COUNTED = ("units", "persons", "placements", "facilities", "receipts")


@dataclass(frozen=True)
class WrittenBackup:
    path: Path
    size: int
    schema: int
    audit_entries: int


@dataclass(frozen=True)
class BackupSummary:
    """What a verified backup holds, to show before the user confirms a restore."""

    source: Path
    taken_at: dt.datetime | None
    schema: int
    audit_entries: int
    counts: dict[str, int]
    unit: str | None
    other_installation: bool


@dataclass(frozen=True)
class StartProblem:
    """The database failed its quick check at start."""

    texts: dict[str, str]
    latest_backup: Path | None

    def message(self, lang: str) -> str:
        return self.texts.get(lang, self.texts["id"])


def suggested_name(when: dt.datetime | None = None) -> str:
    return f"kpu-desktop-cadangan-{(when or dt.datetime.now()):%Y%m%d-%H%M}.sqlite3"


def resolve_target(target: Path | str, when: dt.datetime | None = None) -> Path:
    """A folder (a USB stick's root) gets a dated file name; a file name is kept as given."""
    path = Path(target).expanduser()
    return path / suggested_name(when) if path.is_dir() else path


def write_backup(ctx: AppContext, target: Path | str, progress=None, *, overwrite: bool = False) -> WrittenBackup:
    """Write a verified copy to `target` (a folder or a file) through BackupService."""
    report = BackupService(ctx).backup_to(resolve_target(target), overwrite=overwrite, progress=progress)
    return WrittenBackup(report.path, report.path.stat().st_size, report.schema, report.audit_entries)


def recent_backups(ctx: AppContext, limit: int = 12) -> list[BackupInfo]:
    return BackupService(ctx).list()[:limit]


def may_restore(ctx: AppContext) -> bool:
    return ctx.session is not None and ctx.session.role in RESTORE_ROLES


def summarise(plan: RestorePlan) -> BackupSummary:
    """Counts and dates read from the staged (already verified) copy."""
    conn = sqlite3.connect(f"file:{plan.staged.as_posix()}?mode=ro", uri=True)
    try:
        counts = {table: _count(conn, table) for table in COUNTED}
        last = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
        unit = conn.execute("SELECT u.name || ' (' || u.code || ')' FROM meta m JOIN units u ON u.id = m.value "
                            "WHERE m.key = 'unit_id'").fetchone()
    finally:
        conn.close()
    return BackupSummary(plan.source, _taken_at(plan.source, last), plan.verification.schema,
                         plan.verification.audit_entries, counts, unit[0] if unit else None,
                         plan.other_installation)


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0


def _taken_at(source: Path, last_audit: str | None) -> dt.datetime | None:
    """An automatic backup is dated by its name; any other file by its last audit entry."""
    match = NAME_PATTERN.match(source.name)
    if match:
        return dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    if last_audit:
        try:
            stamp = dt.datetime.fromisoformat(last_audit.replace("Z", "+00:00"))
            return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp
        except ValueError:
            return None
    return None


def start_problem(paths: AppPaths) -> StartProblem | None:
    """The quick check made before the desktop opens; None when the database is sound (or absent)."""
    try:
        check_at_start(paths.database, paths.backup_dir)
    except DatabaseDamaged as exc:
        return StartProblem(dict(exc.texts), exc.backup)
    return None


def restorable_backups(paths: AppPaths, limit: int = 12) -> list[BackupInfo]:
    """The automatic backups offered before login when the database is damaged (the start-up message
    names the newest of them already); raw copies of damaged databases are left out."""
    return [b for b in list_backups(paths.backup_dir) if b.reason != "damaged"][:limit]


def sign_in_for_restore(ctx: AppContext, plan: RestorePlan, username: str, password: str) -> None:
    """Admins of the current database restore; when it cannot be read, admins of the backup do (as the CLI)."""
    if ctx.paths.database.exists() and not quick_problems(ctx.paths.database):
        AuthService(ctx).login(username, password)
        return
    probe = AppContext(ctx.paths, lang=ctx.lang)
    probe.attach(plan.connect())
    try:
        ctx.session = AuthService(probe).login(username, password)
    finally:
        probe.close()
