"""The command-line grammar: global options and every subcommand."""

from __future__ import annotations

import argparse

from .. import __version__
from . import backup_commands, documents_commands, sync_commands
from .records import RECORD_KINDS, add_record_commands

FEATURE_MODULES = (documents_commands, sync_commands, backup_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpu-desktop",
        description="Records of ASN placements, facility support and election logistics for KPU secretariats. "
                    "Without a command the desktop application opens.",
    )
    parser.add_argument("--version", action="version", version=f"kpu-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: KPU_DESKTOP_HOME, else the user data folder)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="language of messages (default id)")
    parser.add_argument("--user", metavar="NAME",
                        help="acting user; password from KPU_DESKTOP_PASSWORD or a prompt")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _setup_commands(sub)
    for kind in RECORD_KINDS:
        add_record_commands(sub, kind)
    _spreadsheet_commands(sub)
    sub.add_parser("check", help="check the database integrity and the audit chain")
    _user_commands(sub)
    _unit_commands(sub)
    sub.add_parser("gui", help="open the desktop application")
    for module in FEATURE_MODULES:
        module.register(sub)
    return parser


def _setup_commands(sub) -> None:
    init = sub.add_parser("init", help="create the database for a unit and its first admin")
    init.add_argument("--unit-code", required=True, metavar="CODE", help="Kemendagri code, e.g. 62.01")
    init.add_argument("--unit-kind", required=True, choices=("kpu-prov", "kpu-kab", "ppk", "pps"))
    init.add_argument("--unit-name", metavar="NAME", help="name (default: from the region list)")
    init.add_argument("--admin", required=True, metavar="USER", help="user name of the first admin")

    demo = sub.add_parser("demo", help="fill the data folder with sample data for its area")
    demo.add_argument("--unit-code", default="62.01", metavar="CODE",
                      help="regency to initialise an empty folder with (default 62.01, Kotawaringin Barat)")



def _spreadsheet_commands(sub) -> None:
    imp = sub.add_parser("import", help="import a spreadsheet (all rows or none)")
    imp.add_argument("file", metavar="FILE", help=".xlsx or .csv")
    imp.add_argument("--kind", required=True, choices=RECORD_KINDS)
    imp.add_argument("--event", metavar="ID", help="event of the rows when the file does not say (e.g. PILKADA_2024)")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")

    exp = sub.add_parser("export", help="export records to a spreadsheet")
    exp.add_argument("--kind", required=True, choices=RECORD_KINDS)
    exp.add_argument("--out", required=True, metavar="FILE", help=".xlsx or .csv")
    exp.add_argument("--event", metavar="ID")
    exp.add_argument("--unit", metavar="CODE", help="only this unit and those below it")


def _user_commands(sub) -> None:
    user = sub.add_parser("user", help="manage local accounts")
    user_sub = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    user_sub.add_parser("list", help="list accounts")
    add = user_sub.add_parser("add", help="add an account (its password from KPU_DESKTOP_NEW_PASSWORD or a prompt)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=("admin", "operator", "verifier", "viewer"))
    add.add_argument("--full-name")
    add.add_argument("--nip")
    profile = user_sub.add_parser("profile", help="set the name and NIP printed under an account's signatures"
                                  " (one's own, or anyone's as admin; an empty value clears it)")
    profile.add_argument("username")
    profile.add_argument("--full-name")
    profile.add_argument("--nip")
    role = user_sub.add_parser("role", help="change an account's role")
    role.add_argument("username")
    role.add_argument("role", choices=("admin", "operator", "verifier", "viewer"))
    for name, text in (("disable", "disable an account"), ("enable", "enable an account"),
                       ("passwd", "set a new password (from KPU_DESKTOP_NEW_PASSWORD or a prompt)")):
        p = user_sub.add_parser(name, help=text)
        p.add_argument("username")


def _unit_commands(sub) -> None:
    units = sub.add_parser("unit", help="units, regions and TPS")
    unit_sub = units.add_subparsers(dest="action", metavar="ACTION", required=True)
    unit_sub.add_parser("list", help="the unit tree of this installation").add_argument("--json", action="store_true")
    regions = unit_sub.add_parser("import-regions", help="import an official region list (CSV: kode, nama)")
    regions.add_argument("file")
    tps = unit_sub.add_parser("import-tps", help="import TPS numbers and DPT counts (xlsx/csv: kode unit, tps, dpt)")
    tps.add_argument("file")
