"""Pieces every record service shares: id prefixes, unit and event lookups, stored warnings, sheet
problems."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable

from ..domain.formatting import format_number
from ..domain.identifiers import normalize_digits, parse_ni_pppk
from ..domain.issues import Issue, Severity
from ..sheets.table import CONTROL_CHARACTERS, SheetError
from ..storage.repos.events import EventRepo
from ..storage.repos.units import UnitRepo
from .context import AppContext
from .errors import RecordNotFound, ServiceError
from .texts import t


def sheet_problem(exc: SheetError, lang: str, expected: Iterable[str] = ()) -> ServiceError:
    """A spreadsheet that cannot be read or written, worded in the user's language; a missing header row
    names a few of the columns looked for."""
    params = {k: format_number(v, lang) if isinstance(v, int) else v for k, v in exc.params.items()}
    return ServiceError(t(f"sheet.{exc.key}", lang, expected=", ".join(expected) or "-", **params))


def officer_nip(value: str | None, lang: str, *, whose: str = "") -> str | None:
    """An officer's NIP as printed under signatures and in certificates: blank, or 18 digits (a PNS NIP or a
    NI PPPK, whose layout is not fixed), spaces allowed. Returns the digits; refuses anything else, naming
    `whose` NIP it is."""
    issues = parse_ni_pppk(value, field="nip")
    if issues:
        text = issues[0].message(lang)
        raise ServiceError(f"{whose}: {text}" if whose else text)
    return normalize_digits(value) or None


def encode_issues(issues: Iterable[Issue]) -> str | None:
    items = [{"field": i.field, "code": i.code, "params": [list(p) for p in i.params]} for i in issues]
    return json.dumps(items, ensure_ascii=False, default=str) if items else None


def decode_issues(text: str | None) -> list[Issue]:
    if not text:
        return []
    return [Issue(d["field"], d["code"], Severity.WARNING, tuple(tuple(p) for p in d["params"]))
            for d in json.loads(text)]


def resolve_id(ctx: AppContext, table: str, ident: str) -> str:
    """A full id, or a unique prefix of at least 4 characters, to the full id."""
    ident = (ident or "").strip().lower()
    if len(ident) < 4 or ident.strip("0123456789abcdef-"):  # ids are UUIDs: no LIKE wildcard gets through
        raise RecordNotFound(t("record_unknown", ctx.lang, id=ident))
    found = [r[0] for r in ctx.conn.execute(
        f"SELECT id FROM {table} WHERE id LIKE ? || '%' LIMIT 2", (ident,))]
    if not found:
        raise RecordNotFound(t("record_unknown", ctx.lang, id=ident))
    if len(found) > 1 and found[0] != ident:
        raise ServiceError(t("record_ambiguous", ctx.lang, id=ident))
    return found[0]


def resolve_unit(ctx: AppContext, value: str | None, *, default_own: bool = False) -> dict | None:
    """A unit by code or id, which must lie inside the user's area."""
    units = UnitRepo(ctx.conn)
    if not value:
        return ctx.unit if default_own else None
    unit = units.by_code(value.strip()) or units.get(value.strip())
    if unit is None:
        raise ServiceError(t("unit_unknown", ctx.lang, code=value))
    if unit["id"] not in set(ctx.scope_unit_ids()):
        raise ServiceError(t("unit_outside", ctx.lang, code=unit["code"]))
    return unit


def resolve_event(ctx: AppContext, value: str | None) -> dict:
    events = EventRepo(ctx.conn)
    choices = [e["id"] for e in events.all()]
    key = (value or "").strip().upper().replace("-", "_")
    event = events.get(key) if key else None
    if event is None:
        raise ServiceError(t("event_unknown", ctx.lang, event=value or "", choices=", ".join(choices)))
    return event


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def clean(values: dict) -> dict:
    """Blank strings to None, control characters dropped, dates to ISO text: what is stored."""
    out = {}
    for key, value in values.items():
        if value.__class__ is str:
            value = value.strip()
            # A stray NUL or bell from a pasted text is never wanted (isprintable first: 5x cheaper, and
            # this runs for every text of every imported row).
            if not value.isprintable() and CONTROL_CHARACTERS.search(value):
                value = CONTROL_CHARACTERS.sub("", value).strip()
            out[key] = None if value in ("", "-") else value
        elif isinstance(value, (dt.date, dt.datetime)):
            out[key] = value.isoformat()
        else:
            out[key] = value
    return out
