"""What each subcommand does, over the services."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..services.auth import AuthService
from ..services.check import run_checks
from ..services.common import resolve_event, resolve_unit
from ..services.context import AppContext
from ..services.demo import DEMO_PASSWORD, fill_demo, name_demo_admin
from ..services.errors import ServiceError
from ..services.exporting import ExportService
from ..services.importing import ImportService
from ..services.setup import initialise
from ..services.units import UnitService
from ..storage.repos.records import ListFilter
from ..storage.repos.units import UnitRepo
from .output import print_json, print_table, yes_no
from .parser import FEATURE_MODULES
from .records import RECORD_KINDS, run_record_command

NO_LOGIN = {"init", "demo", None, "gui"}


def run_command(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.command in RECORD_KINDS:
        return run_record_command(args, ctx)
    handler = HANDLERS[args.command]
    return handler(args, ctx)


def _say(ctx: AppContext, id_text: str, en_text: str) -> None:
    print(en_text if ctx.lang == "en" else id_text)


def cmd_init(args, ctx: AppContext) -> int:
    from . import read_password
    password = read_password(f"Password for {args.admin}: ", lang=ctx.lang)
    unit = initialise(ctx, unit_code=args.unit_code, unit_kind=args.unit_kind, unit_name=args.unit_name,
                      admin=args.admin, password=password)
    _say(ctx, f"Basis data dibuat di {ctx.paths.data_dir} untuk {unit['name']} ({unit['code']}).",
         f"Database created in {ctx.paths.data_dir} for {unit['name']} ({unit['code']}).")
    return 0


def cmd_demo(args, ctx: AppContext) -> int:
    password = os.environ.get("KPU_DESKTOP_PASSWORD")
    if not ctx.paths.database.exists():
        initialise(ctx, unit_code=args.unit_code, unit_kind="kpu-kab", unit_name=None, admin="admin",
                   password=password or DEMO_PASSWORD)
        name_demo_admin(ctx, "admin")
        if not password:
            _say(ctx, f"Admin 'admin' dibuat dengan kata sandi contoh: {DEMO_PASSWORD}",
                 f"Admin 'admin' created with the demo password: {DEMO_PASSWORD}")
    else:
        from . import login
        login(ctx, args.user)
    counts = fill_demo(ctx)
    _say(ctx, "Data contoh dimuat: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
         "Sample data loaded: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_check(args, ctx: AppContext) -> int:
    report = run_checks(ctx)
    for line in report.lines(ctx.lang):
        print(line)
    return 0 if report.ok else 1


def cmd_import(args, ctx: AppContext) -> int:
    service = ImportService(ctx)
    plan = service.preview(Path(args.file), args.kind, event=args.event)
    report = service.apply(plan) if not args.dry_run else None
    problems = plan.problems
    label = "warning: row" if ctx.lang == "en" else "peringatan: baris"
    for w in plan.warnings:
        sys.stderr.write(f"{label} {w.row}, {w.column}: {w.message}\n")
    if problems:
        from ..services.importing import write_problem_report
        path = write_problem_report(Path(args.file), problems, ctx.lang)
        for p in problems:
            sys.stderr.write(f"{'row' if ctx.lang == 'en' else 'baris'} {p.row}, {p.column}: {p.message}\n")
        if path is None:
            _say(ctx, f"Impor ditolak: {len(problems)} masalah; tidak ada data yang diubah. Laporan tidak dapat"
                      f" ditulis di samping {args.file}; masalahnya tercantum di atas.",
                 f"Import refused: {len(problems)} problem(s); nothing was changed. The report could not be"
                 f" written beside {args.file}; the problems are listed above.")
        else:
            _say(ctx, f"Impor ditolak: {len(problems)} masalah; tidak ada data yang diubah. Laporan: {path}",
                 f"Import refused: {len(problems)} problem(s); nothing was changed. Report: {path}")
        return 1
    if report is None:
        _say(ctx, f"Pemeriksaan lulus: {len(plan.rows)} baris siap diimpor.",
             f"Check passed: {len(plan.rows)} row(s) ready to import.")
        return 0
    _say(ctx, f"Diimpor {report.rows} baris: {report.created} data baru, {report.updated} diperbarui, "
              f"{report.unchanged} tidak berubah.",
         f"Imported {report.rows} row(s): {report.created} new record(s), {report.updated} updated, "
         f"{report.unchanged} unchanged.")
    return 0


def cmd_export(args, ctx: AppContext) -> int:
    f = ListFilter(event_id=resolve_event(ctx, args.event)["id"] if args.event else None)
    if args.unit:
        f.unit_ids = UnitRepo(ctx.conn).subtree_ids(resolve_unit(ctx, args.unit)["id"])
    count = ExportService(ctx).export(args.kind, Path(args.out), f)
    _say(ctx, f"{count} baris diekspor ke {args.out}", f"{count} row(s) exported to {args.out}")
    return 0


def cmd_user(args, ctx: AppContext) -> int:
    from . import read_password
    auth = AuthService(ctx)
    if args.action == "list":
        print_table(["USER", "ROLE", "ACTIVE", "NAME", "NIP"],
                    ([u["username"], u["role"], yes_no(u["active"], ctx.lang), u["full_name"] or "", u["nip"] or ""]
                     for u in auth.list_users()), lang=ctx.lang)
    elif args.action == "add":
        password = read_password(f"New password for {args.username}: ", "KPU_DESKTOP_NEW_PASSWORD", lang=ctx.lang)
        auth.add_user(args.username, password, args.role, full_name=args.full_name, nip=args.nip)
    elif args.action == "profile":
        user = auth.set_profile(args.username, full_name=args.full_name, nip=args.nip)
        _say(ctx, f"{args.username}: {user['full_name'] or '-'}, NIP {user['nip'] or '-'}",
             f"{args.username}: {user['full_name'] or '-'}, NIP {user['nip'] or '-'}")
    elif args.action == "role":
        auth.set_role(args.username, args.role)
    elif args.action in ("disable", "enable"):
        auth.set_active(args.username, args.action == "enable")
    elif args.action == "passwd":
        auth.change_password(args.username, read_password("New password: ", "KPU_DESKTOP_NEW_PASSWORD",
                                                          lang=ctx.lang))
    return 0


def cmd_unit(args, ctx: AppContext) -> int:
    service = UnitService(ctx)
    if args.action == "list":
        tree = service.tree()
        if args.json:
            print_json(tree)
        else:
            sample = " (sample data)" if ctx.lang == "en" else " (data contoh)"
            print_table(["CODE", "KIND", "NAME", "TPS", "DPT"],
                        ([u["code"], u["kind"], "  " * u["depth"] + u["name"] + (sample if u["sample"] else ""),
                          u["tps_count"], u["dpt"] or ""] for u in tree), max_width=70, lang=ctx.lang)
        return 0
    if args.action == "import-regions":
        added, updated = service.import_regions(Path(args.file))
        _say(ctx, f"Wilayah: {added} baru, {updated} diperbarui.", f"Regions: {added} new, {updated} updated.")
        return 0
    if args.action == "import-tps":
        count = service.import_tps(Path(args.file))
        _say(ctx, f"{count} TPS dicatat.", f"{count} TPS recorded.")
        return 0
    raise ServiceError(f"unknown action {args.action}")


def cmd_gui(args, ctx: AppContext) -> int:
    from ..app import run_gui
    return run_gui(ctx)


HANDLERS = {"init": cmd_init, "demo": cmd_demo, "check": cmd_check, "import": cmd_import, "export": cmd_export,
            "user": cmd_user, "unit": cmd_unit, "gui": cmd_gui}
for _module in FEATURE_MODULES:
    HANDLERS.update(_module.HANDLERS)
    NO_LOGIN |= _module.NO_LOGIN
