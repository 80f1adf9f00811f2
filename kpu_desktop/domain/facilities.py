"""Facility support (sarana dan prasarana) lent or given to secretariats."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from kpu_desktop.domain.dates import add_years, parse_date
from kpu_desktop.domain.identifiers import parse_region_code
from kpu_desktop.domain.issues import Issue, make_issue, make_warning

CATEGORIES = (
    "RUANG_KANTOR", "GUDANG", "KENDARAAN_RODA4", "KENDARAAN_RODA2", "PERAHU", "MEUBELER",
    "KOMPUTER", "PRINTER", "GENERATOR", "INTERNET", "LAINNYA",
)
CONDITIONS = ("BAIK", "RUSAK_RINGAN", "RUSAK_BERAT")
BASES = ("PINJAM_PAKAI", "BAST", "SURAT", "SEWA")
WAREHOUSE_CHECKLIST = (
    "bebas_banjir", "listrik", "cctv", "pagar_aman", "bangunan_kokoh", "ventilasi", "palet",
    "akses_transportasi", "apar", "anti_rayap_tikus", "penjaga",
)
VEHICLE_CATEGORIES = ("KENDARAAN_RODA4", "KENDARAAN_RODA2")
# Pinjam pakai of regional property: at most 5 years, extendable once.
LOAN_MAX_YEARS = 5
LOAN_MAX_YEARS_EXTENDED = 10

# Keyword lists are tried in order: the first whose phrase occurs in the text wins.
_CATEGORY_WORDS = (
    ("KENDARAAN_RODA2", ("roda 2", "roda dua", "sepeda motor", "motor")),
    ("KENDARAAN_RODA4", ("roda 4", "roda empat", "mobil", "pickup", "pick up", "truk", "double cabin")),
    ("PERAHU", ("speedboat", "speed boat", "perahu", "kapal", "klotok", "kelotok", "longboat", "boat")),
    ("GUDANG", ("gudang", "warehouse")),
    ("MEUBELER", ("meubeler", "meubel", "mebel", "mebeler", "meja", "kursi", "lemari", "furniture")),
    ("KOMPUTER", ("komputer", "laptop", "notebook", "pc", "computer")),
    ("PRINTER", ("printer", "pencetak")),
    ("GENERATOR", ("genset", "generator")),
    ("INTERNET", ("internet", "wifi", "wi fi", "modem", "jaringan")),
    ("RUANG_KANTOR", ("ruang", "kantor", "sekretariat", "office")),
    ("LAINNYA", ("lainnya", "lain lain", "other")),
)
_CONDITION_WORDS = (
    ("RUSAK_RINGAN", ("rusak ringan", "rr", "lightly damaged", "minor damage")),
    ("RUSAK_BERAT", ("rusak berat", "rb", "heavily damaged", "major damage")),
    ("BAIK", ("baik", "b", "good")),
)
_BASIS_WORDS = (
    ("PINJAM_PAKAI", ("pinjam pakai", "pinjam", "loan")),
    ("BAST", ("bast", "berita acara serah terima", "serah terima", "handover")),
    ("SEWA", ("sewa", "rent", "rental")),
    ("SURAT", ("surat", "letter")),
)


def _words(text) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(text)).replace("_", " ").lower().split())


def _match(text, codes: tuple[str, ...], table, *, whole: bool) -> str | None:
    if text is None:
        return None
    words = _words(text)
    if not words:
        return None
    code = words.upper().replace(" ", "_")
    if code in codes:
        return code
    for code, phrases in table:
        for phrase in phrases:
            if words == phrase or (not whole and re.search(rf"\b{re.escape(phrase)}\b", words)):
                return code
    return None


def parse_category(text) -> str | None:
    """`Gudang`, `Mobil`, `Motor`, `Speedboat`, `Laptop` ... -> a code of CATEGORIES."""
    return _match(text, CATEGORIES, _CATEGORY_WORDS, whole=False)


def parse_condition(text) -> str | None:
    """`Baik`, `Rusak Ringan`, `RB` ... -> a code of CONDITIONS; a bare `rusak` is ambiguous (None)."""
    return _match(text, CONDITIONS, _CONDITION_WORDS, whole=True)


def parse_basis(text) -> str | None:
    """`Pinjam Pakai`, `BAST`, `Surat Camat`, `Sewa` -> a code of BASES."""
    return _match(text, BASES, _BASIS_WORDS, whole=False)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def _coded_issues(data: Mapping) -> list[Issue]:
    issues = [make_issue(key, "field.required")
              for key in ("unit_id", "category", "description") if _blank(data.get(key))]
    for key, parser in (("category", parse_category), ("condition", parse_condition), ("basis", parse_basis)):
        raw = data.get(key)
        if not _blank(raw) and parser(raw) is None:
            issues.append(make_issue(key, "field.unknown_value", value=str(raw)))
    return issues


MAX_QUANTITY = 1_000_000  # items of one kind lent to one secretariat


def _quantity_issues(value) -> list[Issue]:
    if _blank(value):
        return [make_issue("quantity", "field.required")]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        return [make_issue("quantity", "field.not_integer", value=str(value))]
    if value <= 0:
        return [make_issue("quantity", "field.not_positive", value=value)]
    if value > MAX_QUANTITY:
        return [make_issue("quantity", "field.too_large", value=value, max=MAX_QUANTITY)]
    return []


def _dates(data: Mapping, issues: list[Issue]) -> dict[str, dt.date | None]:
    out = {}
    for key in ("agreement_date", "start_date", "end_date", "return_date"):
        out[key], found = parse_date(data.get(key), field=key)
        issues += found
    return out


def _loan_issues(data: Mapping, d: Mapping) -> list[Issue]:
    if parse_basis(data.get("basis")) != "PINJAM_PAKAI":
        return []
    issues = [make_issue(key, "facility.loan_requires")
              for key in ("agreement_no", "agreement_date", "start_date")
              if _blank(data.get(key)) and d.get(key) is None]
    start, end = d["start_date"], d["end_date"]
    years = LOAN_MAX_YEARS_EXTENDED if data.get("extended") else LOAN_MAX_YEARS
    if start and end and end > add_years(start, years):
        issues.append(make_issue("end_date", "facility.loan_too_long", value=end, start=start, max_years=years))
    return issues


def _date_order_issues(d: Mapping) -> list[Issue]:
    start = d["start_date"]
    issues = []
    for key in ("end_date", "return_date"):
        if start and d[key] and d[key] < start:
            issues.append(make_issue(key, "date.end_before_start", value=d[key], start=start))
    return issues


def _checklist_issues(data: Mapping) -> list[Issue]:
    checklist = data.get("checklist") or {}
    issues = []
    for key, value in checklist.items():
        if key not in WAREHOUSE_CHECKLIST:
            issues.append(make_issue("checklist", "facility.checklist_unknown", value=str(key)))
        elif value is not None and not isinstance(value, bool):
            issues.append(make_issue(f"checklist.{key}", "field.not_boolean", value=str(value)))
    if parse_category(data.get("category")) == "GUDANG":
        missing = tuple(k for k in WAREHOUSE_CHECKLIST if checklist.get(k) is not True)
        if missing:
            issues.append(make_warning("checklist", "facility.warehouse_checklist_incomplete", items=missing))
    return issues


def _practical_warnings(data: Mapping, d: Mapping, today: dt.date) -> list[Issue]:
    issues = []
    if parse_category(data.get("category")) in VEHICLE_CATEGORIES and _blank(data.get("registration_no")):
        issues.append(make_warning("registration_no", "facility.vehicle_no_registration"))
    end = d["end_date"]
    if end and end < today and d["return_date"] is None and _blank(data.get("return_date")):
        issues.append(make_warning("return_date", "facility.return_overdue", end=end))
    return issues


def validate_facility(data: Mapping, *, today: dt.date) -> list[Issue]:
    """Every problem of a facility record (errors and warnings)."""
    issues = _coded_issues(data)
    issues += _quantity_issues(data.get("quantity"))
    d = _dates(data, issues)
    issues += _loan_issues(data, d)
    issues += _date_order_issues(d)
    _, found = parse_region_code(data.get("location_code"), field="location_code")
    issues += found
    issues += _checklist_issues(data)
    issues += _practical_warnings(data, d, today)
    return issues
