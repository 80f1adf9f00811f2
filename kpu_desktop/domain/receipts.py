"""Logistics receipts: the handover report (BAST) of one hop and its item lines."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from kpu_desktop.domain.dates import parse_datetime
from kpu_desktop.domain.issues import Issue, make_issue, make_warning, prefixed
from kpu_desktop.domain.labels import VALUE_LABELS

TRANSPORT_MODES = ("DARAT", "SUNGAI", "UDARA", "LAUT")
QUANTITY_KEYS = ("expected", "received", "good", "damaged", "short", "excess")
# Election types whose ballots differ per electoral district (dapil).
DAPIL_ELECTION_TYPES = ("DPR", "DPRD_PROV", "DPRD_KABKOTA")
BALLOT_ITEM = "SURAT_SUARA"

_TRANSPORT_WORDS = (
    ("SUNGAI", ("sungai", "river", "klotok", "kelotok", "speedboat", "speed boat", "longboat", "perahu")),
    ("LAUT", ("laut", "sea", "kapal laut")),
    ("UDARA", ("udara", "air", "pesawat", "helikopter", "helicopter")),
    ("DARAT", ("darat", "road", "jalan", "mobil", "truk", "motor")),
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_INVALID = object()  # marks a quantity that is not a whole number
MAX_QUANTITY = 100_000_000  # far above a province's ballots; a typing slip past it is refused
MAX_TPS_NUMBER = 9_999


# Election types of both 2024 events, and the other names secretariats write for them.
ELECTION_TYPES = ("PPWP", "DPR", "DPD", "DPRD_PROV", "DPRD_KABKOTA", "PILGUB", "PILBUP", "PILWALI")
_TYPE_WORDS = {"PPWP": ("presiden", "pilpres"), "DPR": ("dpr ri",), "DPD": ("dpd ri",),
               "DPRD_PROV": ("dprd provinsi",), "DPRD_KABKOTA": ("dprd kabupaten/kota", "dprd kabupaten", "dprd kota"),
               "PILWALI": ("pilwalkot", "walikota")}


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _type_names() -> dict[str, str]:
    names = {}
    for code in ELECTION_TYPES:
        for name in (code, *VALUE_LABELS[code].values(), *_TYPE_WORDS.get(code, ())):
            names.setdefault(_squashed(name), code)
    return names


TYPE_NAMES = _type_names()


def election_type_code(text) -> str:
    """`DPRD Kab/Kota`, `dprd_kabkota`, `Bupati` or a code -> the code (DPRD_KABKOTA, PILBUP); other text
    upper-cased as typed, for the line's check to name."""
    raw = str(text).strip()
    return TYPE_NAMES.get(_squashed(raw)) or raw.upper()


def parse_transport(text) -> str | None:
    """`Darat`, `Sungai`, `speedboat`, `Udara`, `Laut` or a code -> a code of TRANSPORT_MODES."""
    if text is None:
        return None
    words = " ".join(re.sub(r"[^\w]+", " ", str(text)).lower().split())
    if not words:
        return None
    if words.upper() in TRANSPORT_MODES:
        return words.upper()
    for code, phrases in _TRANSPORT_WORDS:
        if any(re.search(rf"\b{re.escape(p)}\b", words) for p in phrases):
            return code
    return None


def to_quantity(value):
    """A whole number from a cell (`1.200` is one thousand two hundred); None if blank, _INVALID if not."""
    kind = value.__class__
    # The common cases first, a count or the text of one: imports read hundreds of thousands of these.
    # (isdecimal, not isdigit: `²` is a digit that int() refuses.)
    if kind is int:
        return value
    if kind is str and value.isdecimal():
        return int(value)
    if value is None or kind is bool:
        return None if value is None else _INVALID
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else _INVALID
    text = str(value).strip().replace(" ", "")
    if text in ("", "-"):
        return None
    if _THOUSANDS.match(text):
        text = re.sub(r"[.,]", "", text)
    return int(text) if re.fullmatch(r"-?\d+", text) else _INVALID


def _is_int(value) -> bool:
    """A quantity as complete_line leaves it: exactly an int (never a bool)."""
    return value.__class__ is int


def _fill_condition(out: dict) -> None:
    # Only fill what the line implies; a negative result is left blank for validation to report.
    received, good, damaged = out.get("received"), out.get("good"), out.get("damaged")
    if not _is_int(received):
        return
    if good is None and (damaged is None or _is_int(damaged)):
        damaged = damaged or 0
        if received - damaged >= 0:
            out["good"], out["damaged"] = received - damaged, damaged
    elif damaged is None and _is_int(good) and received - good >= 0:
        out["damaged"] = received - good


def _fill_difference(out: dict) -> None:
    expected, received = out.get("expected"), out.get("received")
    if not (_is_int(expected) and _is_int(received)):
        return
    if out.get("short") is None:
        out["short"] = max(expected - received, 0)
    if out.get("excess") is None:
        out["excess"] = max(received - expected, 0)


def complete_line(line: Mapping) -> dict:
    """A new line with whole-number quantities and the derivable ones filled in.

    Unreadable quantities are kept as they were so that validation can name them.
    """
    out = dict(line)
    for key in QUANTITY_KEYS:
        quantity = to_quantity(line.get(key))
        out[key] = line.get(key) if quantity is _INVALID else quantity
    _fill_condition(out)
    _fill_difference(out)
    return out


def line_discrepancies(line: Mapping) -> set[str]:
    """Which of `short`, `excess`, `damaged` a line shows (wrong dapil needs validate_receipt)."""
    c = complete_line(line)
    found = set()
    for key in ("short", "excess", "damaged"):
        if _is_int(c.get(key)) and c[key] > 0:
            found.add(key)
    return found


def _flag(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower().startswith(("ya", "yes", "true", "1", "y"))
    return bool(value)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def _norm_dapil(value) -> str:
    return " ".join(str(value).upper().split()) if not _blank(value) else ""


def _header_issues(header: Mapping) -> list[Issue]:
    keys = ("number", "received_at", "event_id", "receiver_unit_id")
    issues = [make_issue(key, "field.required") for key in keys if _blank(header.get(key))]
    # Registers often name only the institutions (KPU Kabupaten ..., PPK ...): either identifies a party.
    for party in ("giver", "receiver"):
        if _blank(header.get(f"{party}_name")) and _blank(header.get(f"{party}_institution")):
            issues.append(make_issue(f"{party}_name", "field.required"))
    _, found = parse_datetime(header.get("received_at"), field="received_at")
    issues += found
    mode = header.get("transport_mode")
    if not _blank(mode) and parse_transport(mode) is None:
        issues.append(make_issue("transport_mode", "field.unknown_value", value=str(mode)))
    return issues + _tps_number_issues(header.get("tps_number")) + _journey_issues(header)


def _tps_number_issues(value) -> list[Issue]:
    """The TPS a receipt is for, when it is for one: a number from 1 to 9,999."""
    if _blank(value):
        return []
    number = to_quantity(value)
    if number is _INVALID or number is None:
        return [make_issue("tps_number", "field.not_integer", value=str(value))]
    if number <= 0:
        return [make_issue("tps_number", "field.not_positive", value=number)]
    if number > MAX_TPS_NUMBER:
        return [make_issue("tps_number", "field.too_large", value=number, max=MAX_TPS_NUMBER)]
    return []


def _journey_issues(header: Mapping) -> list[Issue]:
    times, issues = {}, []
    for key in ("planned_dispatch", "actual_dispatch", "planned_arrival", "actual_arrival"):
        times[key], found = parse_datetime(header.get(key), field=key)
        issues += found
    for kind in ("planned", "actual"):
        dispatch, arrival = times[f"{kind}_dispatch"], times[f"{kind}_arrival"]
        if dispatch and arrival and arrival < dispatch:
            issues.append(make_issue(f"{kind}_arrival", "receipt.arrival_before_dispatch",
                                     value=arrival, dispatch=dispatch))
    planned, actual = times["planned_arrival"], times["actual_arrival"]
    if planned and actual and actual > planned:
        issues.append(make_warning("actual_arrival", "receipt.late_arrival", value=actual, planned=planned))
    return issues


def _identity_issues(line: Mapping, item: Mapping | None, election_types: Collection[str]) -> list[Issue]:
    code, etype = line.get("item_code"), line.get("election_type")
    if _blank(code):
        return [make_issue("item_code", "field.required")]
    if item is None:
        return [make_issue("item_code", "field.unknown_value", value=str(code))]
    issues = []
    if _blank(etype):
        if _flag(item.get("per_type")):
            issues.append(make_issue("election_type", "field.required"))
    elif etype not in election_types:
        issues.append(make_issue("election_type", "line.election_type_not_in_event",
                                 value=str(etype), allowed=tuple(sorted(election_types))))
    if _flag(item.get("per_dapil")) and etype in DAPIL_ELECTION_TYPES and _blank(line.get("dapil")):
        issues.append(make_issue("dapil", "line.dapil_required", item=str(code), type=str(etype)))
    return issues


def _quantity_issues(raw: Mapping, line: Mapping) -> list[Issue]:
    issues = []
    for key in QUANTITY_KEYS:
        value = line.get(key)
        if value is None:
            continue
        if value.__class__ is not int:
            issues.append(make_issue(key, "field.not_integer", value=str(raw.get(key))))
        elif value < 0:
            issues.append(make_issue(key, "field.negative", value=value))
        elif value > MAX_QUANTITY:
            issues.append(make_issue(key, "field.too_large", value=value, max=MAX_QUANTITY))
    if line.get("received") is None:
        issues.append(make_issue("received", "field.required"))
    return issues


def _arithmetic_issues(line: Mapping) -> list[Issue]:
    received, good, damaged = line["received"], line.get("good") or 0, line.get("damaged") or 0
    issues = []
    if received != good + damaged:
        issues.append(make_issue("received", "line.good_damaged_sum", value=received, good=good, damaged=damaged))
    expected, short, excess = line.get("expected"), line.get("short"), line.get("excess")
    if short and excess:
        issues.append(make_issue("short", "line.short_and_excess"))
    if _is_int(expected):
        if short != max(expected - received, 0):
            issues.append(make_issue("short", "line.short_mismatch", value=short,
                                     expected=max(expected - received, 0)))
        if excess != max(received - expected, 0):
            issues.append(make_issue("excess", "line.excess_mismatch", value=excess,
                                     expected=max(received - expected, 0)))
    return issues


def _line_warnings(line: Mapping, item: Mapping | None, receiver_dapils) -> list[Issue]:
    expected, received, damaged = line.get("expected"), line["received"], line.get("damaged") or 0
    issues = []
    if _is_int(expected) and received < expected:
        issues.append(make_warning("received", "line.short", value=received,
                                   count=expected - received, expected=expected))
    if _is_int(expected) and received > expected:
        issues.append(make_warning("received", "line.excess", value=received,
                                   count=received - expected, expected=expected))
    if damaged > 0:
        issues.append(make_warning("damaged", "line.damaged_needs_replacement", value=damaged))
    excess = max(received - expected, 0) if _is_int(expected) else (line.get("excess") or 0)
    if line.get("item_code") == BALLOT_ITEM and (damaged > 0 or excess > 0):
        issues.append(make_warning("damaged" if damaged else "excess", "line.ballots_need_destruction",
                                   count=damaged + excess))
    return issues + _dapil_warnings(line, item, receiver_dapils)


def _dapil_warnings(line: Mapping, item: Mapping | None, receiver_dapils) -> list[Issue]:
    if not receiver_dapils or item is None or not _flag(item.get("per_dapil")):
        return []
    own = _norm_dapil(receiver_dapils.get(line.get("election_type")))
    given = _norm_dapil(line.get("dapil"))
    if own and given and own != given:
        return [make_warning("dapil", "line.wrong_dapil", value=str(line.get("dapil")),
                             expected=str(receiver_dapils[line.get("election_type")]))]
    return []


def validate_line(raw: Mapping, *, receiver_dapils: Mapping[str, str] | None,
                  catalogue: Mapping[str, Mapping], election_types: Collection[str],
                  completed: bool = False) -> list[Issue]:
    """Every problem of one line, with fields named as in the line (`received`, not `lines[0].received`).

    `completed`: the caller already passed the line through complete_line (imports do, for speed).
    """
    line = raw if completed else complete_line(raw)
    item = catalogue.get(line.get("item_code")) if not _blank(line.get("item_code")) else None
    issues = _identity_issues(line, item, election_types)
    quantity_issues = _quantity_issues(raw, line)
    if quantity_issues:
        return issues + quantity_issues
    return issues + _arithmetic_issues(line) + _line_warnings(line, item, receiver_dapils)


def _line_key(line: Mapping) -> tuple[str, str, str]:
    return (str(line.get("item_code") or "").strip(), str(line.get("election_type") or "").strip(),
            _norm_dapil(line.get("dapil")))


def validate_receipt(header: Mapping, lines: Sequence[Mapping], *,
                     receiver_dapils: Mapping[str, str] | None, catalogue: Mapping[str, Mapping],
                     election_types: Collection[str], completed: bool = False) -> list[Issue]:
    """Every problem of a receipt: header, lines (fields `lines[i].x`) and duplicates."""
    issues = _header_issues(header)
    if not lines:
        issues.append(make_issue("lines", "receipt.no_lines"))
    first_seen: dict[tuple, int] = {}
    for i, line in enumerate(lines):
        found = validate_line(line, receiver_dapils=receiver_dapils, catalogue=catalogue,
                              election_types=election_types, completed=completed)
        key = _line_key(line)
        if key[0] and key in first_seen:
            found.append(make_issue("item_code", "line.duplicate", other=first_seen[key] + 1))
        first_seen.setdefault(key, i)
        issues += prefixed(found, f"lines[{i}].")
    return issues
