"""Subcommands of the data exchange: sync export|import|status, fingerprint, conflicts list|resolve."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..services.errors import ServiceError
from ..services.sync import ImportPreview, SyncService
from ..services.sync_conflicts import ConflictService
from .output import print_json, print_table

PASSPHRASE_ENV = "KPU_DESKTOP_PASSPHRASE"
NO_LOGIN: set[str] = set()


def register(sub) -> None:
    """Add this feature's subcommands to the top-level subparsers."""
    sync = sub.add_parser("sync", help="exchange data with other installations by USB stick")
    sync_sub = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = sync_sub.add_parser("export", help="write a signed bundle of what the recipient lacks; prints its path")
    exp.add_argument("--out", required=True, metavar="DIR", help="folder to write to (the USB stick)")
    exp.add_argument("--to", metavar="CERT.pem", help="encrypt for this recipient's certificate")
    exp.add_argument("--for", dest="for_unit", metavar="UNIT_CODE",
                     help="recipient unit (default: the parent unit); a unit below gets only its own data")
    exp.add_argument("--full", action="store_true", help="everything held, not only what the recipient lacks")
    imp = sync_sub.add_parser("import", help="verify a bundle, then apply it")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="verify and show what would change; write nothing")
    sync_sub.add_parser("status", help="what is held from which node; gaps; peers").add_argument(
        "--json", action="store_true")
    fp = sub.add_parser("fingerprint", help="short hash of the shared data, to compare by phone")
    fp.add_argument("--unit", metavar="CODE", help="of this unit and everything below it")
    fp.add_argument("--full", action="store_true", help="print the full SHA-256 as well")
    conflicts = sub.add_parser("conflicts", help="concurrent edits found by the exchange")
    conflicts_sub = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    conflicts_sub.add_parser("list", help="open conflicts and their choices").add_argument(
        "--json", action="store_true")
    resolve = conflicts_sub.add_parser("resolve", help="settle a conflict with one of its listed choices")
    resolve.add_argument("conflict", metavar="ID")
    resolve.add_argument("choice", metavar="CHOICE", type=int, help="number of the choice, as listed")


def _say(ctx, id_text: str, en_text: str, out=None) -> None:
    (out or sys.stdout).write((en_text if ctx.lang == "en" else id_text) + "\n")


def _passphrase(ctx):
    def read() -> str:
        value = os.environ.get(PASSPHRASE_ENV)
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise ServiceError(f"no passphrase for the identity: set {PASSPHRASE_ENV} or run in a terminal"
                               if ctx.lang == "en" else
                               f"kata sandi identitas tidak ada: isi {PASSPHRASE_ENV} atau jalankan di terminal")
        return getpass.getpass("Passphrase: ")
    return read


def cmd_sync(args, ctx) -> int:
    service = SyncService(ctx, passphrase=_passphrase(ctx))
    if args.action == "export":
        result = service.export(Path(args.out), to_cert=Path(args.to) if args.to else None,
                                for_unit=args.for_unit, full=args.full)
        print(result.path)
        _say(ctx, f"{result.changes} perubahan untuk {result.recipient}"
                  + (", terenkripsi" if result.encrypted else ""),
             f"{result.changes} change(s) for {result.recipient}" + (", encrypted" if result.encrypted else ""),
             sys.stderr)
        return 0
    if args.action == "import":
        result = service.import_bundle(Path(args.file), dry_run=args.dry_run)
        _print_import(ctx, result)
        return 0
    status = service.status()
    if args.json:
        print_json(status)
        return 0
    _say(ctx, f"Node ini: {status['node']}   sidik data: {status['fingerprint']}",
         f"This node: {status['node']}   data fingerprint: {status['fingerprint']}")
    print_table(["NODE", "UNIT", "HELD", "NOT FOR THIS UNIT", "GAPS"],
                ([n["node"] + (" *" if n["own"] else ""), n["unit"], _ranges(n["ranges"]), _ranges(n["withheld"]),
                  _ranges(n["gaps"])] for n in status["nodes"]), max_width=60, lang=ctx.lang)
    for gap in status["gaps"]:
        _say(ctx, f"celah: {gap['message']}", f"gap: {gap['message']}")
    _say(ctx, f"Menunggu: {status['pending']}   konflik terbuka: {status['conflicts']}",
         f"Waiting: {status['pending']}   open conflicts: {status['conflicts']}")
    return 0


def _ranges(ranges) -> str:
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in ranges)


def _print_import(ctx, result) -> None:
    summary = result.summary
    dry = isinstance(result, ImportPreview)
    if dry:
        origin = result.origin
        _say(ctx, f"Paket dari {origin['unit_name']} (node {origin['node_id']}), ditandatangani {result.signer['subject']}",
             f"Bundle from {origin['unit_name']} (node {origin['node_id']}), signed by {result.signer['subject']}")
    elif result.already_imported:
        _say(ctx, "Paket ini sudah diimpor; tidak ada yang berubah.", "This bundle was imported before; nothing changed.")
    print_table(["KIND", "NEW", "UPDATED", "UNCHANGED", "WAITING", "CONFLICTS"],
                ([kind, c.get("new", 0), c.get("updated", 0), c.get("unchanged", 0), c.get("pending", 0),
                  c.get("conflicts", 0)] for kind, c in summary["kinds"].items()), lang=ctx.lang)
    _say(ctx, f"Perubahan baru {summary['changes_new']}, sudah ada {summary['changes_present']}, "
              f"konflik {summary['conflicts']}, menunggu {summary['pending']}.",
         f"New changes {summary['changes_new']}, already present {summary['changes_present']}, "
         f"conflicts {summary['conflicts']}, waiting {summary['pending']}.")
    for gap in result.gaps:
        _say(ctx, f"celah: {gap['message']}", f"gap: {gap['message']}", sys.stderr)
    if dry:
        _say(ctx, "Uji coba (--dry-run): tidak ada yang ditulis.", "Dry run: nothing was written.")


def cmd_fingerprint(args, ctx) -> int:
    short, full = SyncService(ctx).fingerprint(args.unit)
    print(short)
    if args.full:
        print(full)
    return 0


def cmd_conflicts(args, ctx) -> int:
    service = ConflictService(ctx)
    if args.action == "list":
        conflicts = service.list()
        if args.json:
            print_json(conflicts)
            return 0
        for c in conflicts:
            print(f"{c['id']}  {c['table']} {c['record_id']}  {c['field']} ({c['kind']})")
            for number, text in enumerate(c["choices"], start=1):
                version = c["versions"][min(number, len(c["versions"])) - 1]
                print(f"    {number}: {text}   [{version['unit']}, {version['username']}, {version['at']}]")
        if not conflicts:
            _say(ctx, "Tidak ada konflik terbuka.", "No open conflicts.")
        return 0
    done = service.resolve(args.conflict, args.choice)
    _say(ctx, f"Konflik {done['id']} diselesaikan; keputusan ikut terkirim pada pertukaran berikutnya.",
         f"Conflict {done['id']} settled; the decision travels with the next exchange.")
    return 0


HANDLERS: dict = {"sync": cmd_sync, "fingerprint": cmd_fingerprint, "conflicts": cmd_conflicts}
