"""`asn`, `facility` and `receipt` subcommands: list, add, show, edit, delete."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..services.asn import AsnService
from ..services.errors import ServiceError
from ..services.facility import FacilityService
from ..services.receipt import ReceiptService
from ..services.texts import t
from ..storage.repos.records import ListFilter
from .output import print_json, print_record, print_table

RECORD_KINDS = ("asn", "facility", "receipt")

# (field, flag) for `add`; dashes in flags, underscores in fields.
ADD_OPTIONS = {
    "asn": (("name", "--name"), ("nip", "--nip"), ("nik", "--nik"), ("birth_date", "--birth-date"),
            ("sex", "--sex"), ("employment_status", "--employment-status"), ("golongan", "--golongan"),
            ("pangkat", "--pangkat"), ("origin_position", "--origin-position"),
            ("origin_agency", "--origin-agency"), ("phone", "--phone"), ("event_id", "--event"),
            ("unit_code", "--unit"), ("post", "--post"), ("proposing_decree_no", "--proposing-decree-no"),
            ("proposing_decree_date", "--proposing-decree-date"), ("kpu_decree_no", "--kpu-decree-no"),
            ("kpu_decree_date", "--kpu-decree-date"), ("integrity_pact_date", "--integrity-pact-date"),
            ("start_date", "--start-date"), ("end_date", "--end-date"), ("honorarium", "--honorarium"),
            ("note", "--note")),
    "facility": (("unit_code", "--unit"), ("event_id", "--event"), ("category", "--category"),
                 ("description", "--description"), ("specification", "--specification"),
                 ("quantity", "--quantity"), ("measure_unit", "--measure-unit"), ("condition", "--condition"),
                 ("owner_name", "--owner-name"), ("owner_contact", "--owner-contact"),
                 ("registration_no", "--registration-no"), ("location_code", "--location-code"),
                 ("basis", "--basis"), ("agreement_no", "--agreement-no"), ("agreement_date", "--agreement-date"),
                 ("start_date", "--start-date"), ("end_date", "--end-date"), ("return_date", "--return-date"),
                 ("return_bast_no", "--return-bast-no"), ("checklist", "--checklist"), ("note", "--note")),
    "receipt": (("number", "--number"), ("received_at", "--received-at"), ("place", "--place"),
                ("event_id", "--event"), ("giver_name", "--giver-name"), ("giver_post", "--giver-post"),
                ("giver_institution", "--giver-institution"), ("receiver_name", "--receiver-name"),
                ("receiver_post", "--receiver-post"), ("receiver_institution", "--receiver-institution"),
                ("receiver_unit_code", "--unit"), ("tps_number", "--tps"), ("witnesses", "--witnesses"),
                ("refs", "--refs"), ("transport_mode", "--transport"), ("planned_dispatch", "--planned-dispatch"),
                ("actual_dispatch", "--actual-dispatch"), ("planned_arrival", "--planned-arrival"),
                ("actual_arrival", "--actual-arrival"), ("note", "--note")),
}

LIST_COLUMNS = {
    "asn": (("id", "ID"), ("unit_code", "UNIT"), ("event_id", "EVENT"), ("post", "POST"), ("person_name", "NAME"),
            ("nip", "NIP"), ("status", "STATUS")),
    "facility": (("id", "ID"), ("unit_code", "UNIT"), ("category", "CATEGORY"), ("description", "DESCRIPTION"),
                 ("quantity", "QTY"), ("condition", "CONDITION"), ("agreement_no", "AGREEMENT")),
    "receipt": (("id", "ID"), ("number", "NUMBER"), ("received_at", "RECEIVED"), ("unit_code", "UNIT"),
                ("line_count", "LINES"), ("expected", "EXPECTED"), ("received", "RECEIVED QTY"),
                ("damaged", "DAMAGED"), ("short", "SHORT"), ("excess", "EXCESS")),
}

HELP = {"asn": "ASN placements", "facility": "facility support (sarana dan prasarana)",
        "receipt": "logistics receipts (BAST)"}


def add_record_commands(sub, kind: str) -> None:
    parser = sub.add_parser(kind, help=HELP[kind])
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help=f"list {HELP[kind]}")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.add_argument("--event", metavar="ID")
    lst.add_argument("--unit", metavar="CODE", help="only this unit and those below it")
    lst.add_argument("--search", metavar="TEXT", help="prefix search (name, NIP, number...)")
    lst.add_argument("--include-deleted", action="store_true")
    if kind == "receipt":
        lst.add_argument("--discrepancies", action="store_true", help="only receipts with short/excess/damaged")
    add = actions.add_parser("add", help="add one record (options or --from-json)")
    add.add_argument("--from-json", metavar="FILE", help="a JSON object with the record's fields")
    for _, flag in ADD_OPTIONS[kind]:
        add.add_argument(flag)
    if kind == "receipt":
        add.add_argument("--line", action="append", default=[], metavar="K=V,...",
                         help="a line, e.g. item=TINTA,type=PILGUB,expected=10,received=10 (repeatable)")
    show = actions.add_parser("show", help="show one record")
    show.add_argument("id", help="id or a unique prefix of it")
    show.add_argument("--json", action="store_true")
    edit = actions.add_parser("edit", help="change fields of a record")
    edit.add_argument("id")
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=kind != "receipt")
    if kind == "receipt":
        edit.add_argument("--lines-json", metavar="FILE", help="replace the lines with those in a JSON list")
    delete = actions.add_parser("delete", help="delete a record (kept as a tombstone, with the reason)")
    delete.add_argument("id")
    delete.add_argument("--reason", required=True)


def service_for(kind: str, ctx):
    return {"asn": AsnService, "facility": FacilityService, "receipt": ReceiptService}[kind](ctx)


def parse_assignments(items: list[str], lang: str) -> dict:
    result = {}
    for item in items:
        if "=" not in item:
            raise ServiceError(f"--set needs FIELD=VALUE, got {item!r}" if lang == "en"
                               else f"--set harus berbentuk KOLOM=NILAI, bukan {item!r}")
        key, value = item.split("=", 1)
        result[key.strip()] = value
    return result


LINE_KEYS = {"item": "item_code", "type": "election_type", "dapil": "dapil", "expected": "expected",
             "received": "received", "good": "good", "damaged": "damaged", "short": "short", "excess": "excess",
             "note": "note"}


def parse_line(text: str, lang: str = "id") -> dict:
    line = {}
    for part in text.split(","):
        if "=" not in part:
            raise ServiceError(t("cli.line_pairs", lang, part=part))
        key, value = part.split("=", 1)
        line[LINE_KEYS.get(key.strip(), key.strip())] = value.strip()
    return line


def read_json(path: str, expect: type, lang: str = "id") -> dict | list:
    """A record (object) or receipt lines (list of objects) from a file, each value as an option would give
    it: text, numbers as their text, true/false or null. Anything else is refused, naming the field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ServiceError(t("cli.json_unreadable", lang, path=path, detail=exc)) from exc
    if not isinstance(data, expect):
        raise ServiceError(t("cli.json_object" if expect is dict else "cli.json_list", lang, path=path))
    if expect is dict:
        return _json_record(data, path, lang, lines_allowed=True)
    return [_json_record(line, path, lang) for line in data]


def _json_record(data, path: str, lang: str, *, lines_allowed: bool = False) -> dict:
    if not isinstance(data, dict):
        raise ServiceError(t("cli.json_line", lang, path=path))
    out = {}
    for key, value in data.items():
        if key == "lines" and lines_allowed and isinstance(value, list):
            out[key] = [_json_record(line, path, lang) for line in value]
        elif value is None or isinstance(value, (str, bool)):
            out[key] = value
        elif isinstance(value, (int, float)):
            out[key] = json.dumps(value)  # 5 -> "5", as `--quantity 5` gives it
        else:
            raise ServiceError(t("cli.json_value", lang, path=path, field=key))
    return out


def run_record_command(args: argparse.Namespace, ctx) -> int:
    kind, action = args.command, args.action
    service = service_for(kind, ctx)
    if action == "list":
        from ..services.common import resolve_event, resolve_unit
        from ..storage.repos.units import UnitRepo
        event = resolve_event(ctx, args.event)["id"] if args.event else None  # an unknown code is refused
        f = ListFilter(event_id=event, search=args.search or "", include_deleted=args.include_deleted,
                       discrepancies_only=getattr(args, "discrepancies", False))
        if args.unit:
            f.unit_ids = UnitRepo(ctx.conn).subtree_ids(resolve_unit(ctx, args.unit)["id"])
        records = service.list(f)
        if args.json:
            print_json(records)
        else:
            print_table([h for _, h in LIST_COLUMNS[kind]],
                        ([r.get(k) if k != "id" else r["id"][:8] for k, _ in LIST_COLUMNS[kind]] for r in records),
                        lang=ctx.lang)
            print(f"{len(records)} record(s)" if ctx.lang == "en" else f"{len(records)} data")
        return 0
    if action == "show":
        record = service.show(args.id)
        print_json(record) if args.json else print_record(record)
        return 0
    if action == "add":
        return _add(kind, args, service, ctx)
    if action == "edit":
        changes = parse_assignments(args.set, ctx.lang)
        if kind == "receipt" and args.lines_json:
            changes["lines"] = read_json(args.lines_json, list, ctx.lang)
        warnings = service.edit(args.id, changes)
        _print_warnings(warnings, ctx.lang)
        print("changed" if ctx.lang == "en" else "diubah")
        return 0
    if action == "delete":
        service.delete(args.id, args.reason)
        print("deleted" if ctx.lang == "en" else "dihapus")
        return 0
    raise ServiceError(f"unknown action {action}")


def _add(kind: str, args, service, ctx) -> int:
    data = dict(read_json(args.from_json, dict, ctx.lang)) if args.from_json else {}
    for field, flag in ADD_OPTIONS[kind]:
        value = getattr(args, flag.lstrip("-").replace("-", "_"))
        if value is not None:
            data[field] = value
    if "unit" in data and "unit_code" not in data:
        data["unit_code"] = data.pop("unit")
    if kind == "receipt":
        lines = list(data.pop("lines", []) or []) + [parse_line(text, ctx.lang) for text in args.line]
        if "unit" in data:
            data["receiver_unit_code"] = data.pop("unit")
        new_id, warnings = service.add(data, lines)
    else:
        new_id, warnings = service.add(data)
    _print_warnings(warnings, ctx.lang)
    print(new_id)
    return 0


def _print_warnings(warnings, lang: str) -> None:
    import sys
    for issue in warnings:
        sys.stderr.write(("warning: " if lang == "en" else "peringatan: ") + issue.message(lang) + "\n")
