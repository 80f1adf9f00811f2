"""What every start does before a command runs: the instance lock, the quick check, the daily backup."""

from __future__ import annotations

import argparse
import logging
import sys

from ..instance import AlreadyRunning, InstanceLock
from ..services.backup import daily_backup_if_due
from ..services.context import AppContext
from ..storage.errors import StorageError
from ..storage.health import check_at_start
from .parser import FEATURE_MODULES

log = logging.getLogger(__name__)

# Commands that never write the database may run beside a desktop window that holds the folder.
READ_ONLY = {"check", "export", "backup", "about"}
READ_ONLY_ACTIONS = {"list", "show"}
# Commands that must run on a damaged database (to replace it) or on none at all.
NO_DATABASE_CHECK = {"init", "restore"}
# The desktop takes the lock, checks the database and starts the daily backup itself (ui/application.py),
# so that a refusal is said in a window rather than on a console nobody sees.
CHECKS_ITSELF = {"gui"}


def is_read_only(args: argparse.Namespace) -> bool:
    command = args.command
    extra = set().union(*(getattr(m, "READ_ONLY", set()) for m in FEATURE_MODULES))
    if command in READ_ONLY or command in extra:
        return True
    return getattr(args, "action", None) in READ_ONLY_ACTIONS and command in {"asn", "facility", "receipt",
                                                                               "unit", "user"}


def prepare(args: argparse.Namespace, ctx: AppContext) -> InstanceLock | None:
    """Lock the folder for writers (AlreadyRunning when taken), check the database, keep today's copy.

    Returns the lock to release when the command ends; None for a read-only command beside another
    process, which then also leaves the daily backup to the holder.
    """
    if args.command in CHECKS_ITSELF:
        return None
    lock = _lock_for(args, ctx)
    try:
        if args.command not in NO_DATABASE_CHECK:
            check_at_start(ctx.paths.database, ctx.paths.backup_dir)
            if lock is not None:
                daily_backup_if_due(ctx.paths)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return lock


def _lock_for(args: argparse.Namespace, ctx: AppContext) -> InstanceLock | None:
    purpose = " ".join(str(p) for p in (args.command or "gui", getattr(args, "action", None) or "") if p)
    try:
        return InstanceLock(ctx.paths.data_dir).acquire(purpose)
    except AlreadyRunning:
        if is_read_only(args):
            log.info("folder held by another process; running read-only command %s beside it", purpose)
            return None
        raise
    except OSError as exc:
        # A read-only medium cannot hold a lock file; reading commands may still proceed.
        if is_read_only(args):
            return None
        raise StorageError(f"Folder data {ctx.paths.data_dir} tidak dapat dikunci ({exc.strerror or exc}) / "
                           f"The data folder {ctx.paths.data_dir} cannot be locked ({exc.strerror or exc})") from exc


def report_problem(exc: Exception, lang: str) -> None:
    message = exc.message(lang) if hasattr(exc, "message") else str(exc)
    sys.stderr.write(f"error: {message}\n" if lang == "en" else f"galat: {message}\n")
