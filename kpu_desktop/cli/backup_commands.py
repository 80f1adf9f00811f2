"""Subcommands `backup`, `restore` and `about` (registered into the main parser)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..services.about import about_info
from ..services.backup import BackupService
from ..services.context import AppContext
from ..storage.health import quick_problems
from .output import print_json, print_table

NO_LOGIN: set[str] = {"restore"}   # restore signs in itself: the current database may be unreadable
READ_ONLY: set[str] = {"backup", "about"}


def register(sub) -> None:
    backup = sub.add_parser("backup", help="copy the database to a file (verified, written atomically)")
    backup.add_argument("--out", metavar="FILE", help="the file to write, e.g. on a USB stick")
    backup.add_argument("--overwrite", action="store_true", help="replace FILE when it exists")
    backup.add_argument("--list", action="store_true", help="list the automatic backups instead")
    restore = sub.add_parser("restore", help="replace the database with a backup (admins only; the current "
                                             "database is kept as a backup)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--other-installation", action="store_true",
                         help="allow a backup made by another installation")
    about = sub.add_parser("about", help="version, data folder, schema and data fingerprint")
    about.add_argument("--json", action="store_true")


def _say(ctx: AppContext, id_text: str, en_text: str, out=None) -> None:
    (out or sys.stdout).write((en_text if ctx.lang == "en" else id_text) + "\n")


def cmd_backup(args, ctx: AppContext) -> int:
    service = BackupService(ctx)
    if args.list:
        rows = [[b.taken_at.isoformat(sep=" "), b.reason, f"{b.size / 1e6:.1f} MB", str(b.path)]
                for b in service.list()]
        print_table(["TAKEN", "REASON", "SIZE", "FILE"], rows, max_width=120, lang=ctx.lang)
        return 0
    if not args.out:
        _say(ctx, "Sebutkan --out BERKAS untuk membuat cadangan (atau --list).",
             "Give --out FILE to make a backup (or --list).", sys.stderr)
        return 2
    done = service.backup_to(Path(args.out), overwrite=args.overwrite)
    _say(ctx, f"Cadangan ditulis dan diperiksa: {done.path} (skema {done.schema}, {done.audit_entries} entri audit).",
         f"Backup written and verified: {done.path} (schema {done.schema}, {done.audit_entries} audit entries).")
    return 0


def cmd_restore(args, ctx: AppContext) -> int:
    service = BackupService(ctx)
    plan = service.stage_restore(args.file)
    try:
        _sign_in(args, ctx, plan)
        result = service.restore(plan, allow_other_installation=args.other_installation)
    finally:
        plan.discard()
    kept = result.kept or "-"
    _say(ctx, f"Basis data dipulihkan dari {result.source}. Basis data sebelumnya disimpan di {kept}.",
         f"Database restored from {result.source}. The previous database was kept as {kept}.")
    return 0


def _sign_in(args, ctx: AppContext, plan) -> None:
    """Admins of the current database restore; when it is unreadable, admins of the backup do."""
    from . import login

    database = ctx.paths.database
    if database.exists() and not quick_problems(database):
        login(ctx, args.user)
        return
    probe = AppContext(ctx.paths, lang=ctx.lang)
    probe.attach(plan.connect())
    try:
        login(probe, args.user)
        ctx.session = probe.session
    finally:
        probe.close()


def cmd_about(args, ctx: AppContext) -> int:
    info = about_info(ctx)
    if args.json:
        print_json(info)
    else:
        labels = {key: ABOUT_LABELS.get(key, (key, key))[0 if ctx.lang == "en" else 1] for key in info}
        width = max(map(len, labels.values()))
        for key, value in info.items():
            print(f"{labels[key].ljust(width)}  {'' if value is None else value}")
    return 0


ABOUT_LABELS = {  # key of about_info (and of --json): (English, Bahasa Indonesia)
    "version": ("Version", "Versi"), "data_dir": ("Data folder", "Folder data"),
    "database": ("Database", "Basis data"), "schema_version": ("Schema version", "Versi skema"),
    "node_id": ("Node", "Node"), "unit": ("Unit", "Unit"), "fingerprint": ("Data fingerprint", "Sidik data"),
    "last_backup": ("Last backup", "Cadangan terakhir"), "last_backup_at": ("Last backup at", "Waktu cadangan"),
    "backup_dir": ("Backup folder", "Folder cadangan"), "log_dir": ("Log folder", "Folder log"),
}


HANDLERS = {"backup": cmd_backup, "restore": cmd_restore, "about": cmd_about}
