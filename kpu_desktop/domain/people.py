"""People: the civil servants and others placed in secretariats (not their placements)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from kpu_desktop.domain.dates import parse_date
from kpu_desktop.domain.identifiers import (
    NikInfo, NipInfo, cross_check_nip_nik, normalize_digits, parse_ni_pppk, parse_nik, parse_nip,
)
from kpu_desktop.domain.issues import Issue, make_issue
from kpu_desktop.domain.ranks import (
    GOLONGAN_PANGKAT, PANGKAT_GOLONGAN, normalize_golongan, normalize_pangkat, split_pangkat_golongan,
    validate_rank,
)

EMPLOYMENT_STATUSES = ("PNS", "CPNS", "PPPK", "NON_ASN", "PERANGKAT_DESA")
ASN_STATUSES = ("PNS", "CPNS", "PPPK")
PNS_STATUSES = ("PNS", "CPNS")
NON_ASN_STATUSES = ("NON_ASN", "PERANGKAT_DESA")

_STATUS_ALIASES = {
    "P3K": "PPPK", "NONASN": "NON_ASN", "NON_PNS": "NON_ASN", "NONPNS": "NON_ASN",
    "HONORER": "NON_ASN", "PERANGKAT": "PERANGKAT_DESA", "APARATUR_DESA": "PERANGKAT_DESA",
}
_SEX_ALIASES = {
    "L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L", "M": "L", "MALE": "L",
    "P": "P", "PEREMPUAN": "P", "WANITA": "P", "F": "P", "FEMALE": "P",
}
_PREFIX_TITLES = {"dr", "drs", "dra", "drg", "drh", "ir", "h", "hj", "prof", "ns", "apt", "kh", "rd", "st"}
_UNDOTTED_DEGREES = {
    "SE", "SH", "ST", "SP", "MM", "MH", "MT", "MSI", "MPD", "MAP", "SPD", "SSOS", "SIP", "SKOM", "SAP",
    "AMD", "SHUT", "SKM", "SKEP", "SSTP", "MKES", "SAG", "SPDI", "SHI", "MAG", "SIKOM", "SS", "SSI",
}
_DOTTED_DEGREE = re.compile(r"^[A-Za-z]{1,4}\.(?:[A-Za-z]{1,5}\.?)+$")
_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def parse_employment_status(value) -> str | None:
    """`pns`, `P3K`, `Non ASN`, `Perangkat Desa` -> a code of EMPLOYMENT_STATUSES; None if unknown."""
    if value is None:
        return None
    key = re.sub(r"[\s\-]+", "_", str(value).strip().upper())
    key = _STATUS_ALIASES.get(key, key)
    return key if key in EMPLOYMENT_STATUSES else None


def parse_sex(value) -> str | None:
    """`L`, `Laki-laki`, `Pria`, `P`, `Perempuan`, `Wanita` -> `L`/`P`; None if unknown."""
    if value is None:
        return None
    return _SEX_ALIASES.get(" ".join(str(value).strip().upper().split()))


def _is_title(token: str) -> bool:
    bare = token.rstrip(".").lower()
    if bare in _PREFIX_TITLES and (token.endswith(".") or len(bare) > 1):
        return True
    return bool(_DOTTED_DEGREE.match(token)) or token.replace(".", "").upper() in _UNDOTTED_DEGREES


def name_without_titles(name: str) -> str:
    """The personal name with academic and religious titles removed."""
    tokens = [t for t in re.split(r"[\s,]+", name) if t]
    return " ".join(t for t in tokens if not _is_title(t))


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def _name_issues(name) -> list[Issue]:
    if _blank(name):
        return [make_issue("name", "field.required")]
    if not re.search(r"[^\W\d_]", name_without_titles(str(name))):
        return [make_issue("name", "person.name_only_titles", value=str(name).strip())]
    return []


def _status_issues(raw, status: str | None) -> list[Issue]:
    if _blank(raw):
        return [make_issue("employment_status", "field.required")]
    if status is None:
        return [make_issue("employment_status", "field.unknown_value", value=str(raw))]
    return []


def _number_issues(data: Mapping, status: str | None,
                   today: dt.date) -> tuple[NipInfo | None, NikInfo | None, list[Issue]]:
    nip, nik = data.get("nip"), data.get("nik")
    has_nip, has_nik = bool(normalize_digits(nip)), bool(normalize_digits(nik))
    nip_info, issues = None, []
    if status in ASN_STATUSES and not has_nip:
        issues.append(make_issue("nip", "field.required"))
    elif status in PNS_STATUSES:
        nip_info, found = parse_nip(nip, field="nip", today=today)
        issues += found
    elif status in NON_ASN_STATUSES and has_nip:
        issues.append(make_issue("nip", "person.nip_not_allowed", status=status))
    elif has_nip:
        # PPPK, or an unknown status: never impose the PNS layout.
        issues += parse_ni_pppk(nip, field="nip")
    if status in NON_ASN_STATUSES and not has_nik:
        issues.append(make_issue("nik", "field.required"))
    nik_info, found = parse_nik(nik, field="nik", today=today)
    issues += found
    if nip_info and nik_info:
        issues += cross_check_nip_nik(nip_info, nik_info)
    return nip_info, nik_info, issues


def _derived_source(nip_info: NipInfo | None, nik_info: NikInfo | None):
    if nip_info is not None:
        return nip_info, "NIP_SOURCE"
    if nik_info is not None:
        return nik_info, "NIK_SOURCE"
    return None, None


def _birth_sex_issues(data: Mapping, info, source: str | None, today: dt.date) -> list[Issue]:
    issues = []
    birth, found = parse_date(data.get("birth_date"), field="birth_date")
    issues += found
    if birth is not None and birth > today:
        issues.append(make_issue("birth_date", "date.future", value=birth))
    elif birth is not None and info is not None and birth != info.birth_date:
        issues.append(make_issue("birth_date", "person.birth_date_mismatch",
                                 value=birth, source=source, expected=info.birth_date))
    raw_sex = data.get("sex")
    if _blank(raw_sex):
        return issues
    sex = parse_sex(raw_sex)
    if sex is None:
        issues.append(make_issue("sex", "field.unknown_value", value=str(raw_sex)))
    elif info is not None and sex != info.sex:
        issues.append(make_issue("sex", "person.sex_mismatch", value=sex, source=source, expected=info.sex))
    return issues


def phone_issues(phone, *, field: str = "phone") -> list[Issue]:
    """An Indonesian phone number: digits, optional 0/62/+62 prefix, 9-14 digits in all."""
    text = normalize_digits(phone) if isinstance(phone, (int, float)) else str(phone or "").strip()
    if text in ("", "-"):
        return []
    cleaned = _PHONE_SEPARATORS.sub("", text)
    digits = cleaned[1:] if cleaned.startswith("+") else cleaned
    valid = (
        digits.isdigit() and digits.isascii() and 9 <= len(digits) <= 14
        and (not cleaned.startswith("+") or digits.startswith("62"))
    )
    return [] if valid else [make_issue(field, "person.phone_invalid", value=text)]


def validate_person(data: Mapping, *, today: dt.date) -> list[Issue]:
    """Every problem of a person record (errors and warnings)."""
    raw_status = data.get("employment_status")
    status = parse_employment_status(raw_status)
    issues = _name_issues(data.get("name")) + _status_issues(raw_status, status)
    nip_info, nik_info, found = _number_issues(data, status, today)
    issues += found
    info, source = _derived_source(nip_info, nik_info)
    issues += _birth_sex_issues(data, info, source, today)
    issues += phone_issues(data.get("phone"))
    issues += validate_rank(data.get("golongan"), data.get("pangkat"), employment_status=status)
    return issues


def _normalized_number(value):
    digits = normalize_digits(value)
    if not digits:
        return None
    # Leave unreadable values as they were so validation can explain them.
    return digits if digits.isdigit() else value


def _derive_rank(out: dict, status: str | None) -> None:
    golongan = normalize_golongan(out.get("golongan"))
    pangkat = out.get("pangkat")
    if not golongan and pangkat:
        pangkat, golongan = split_pangkat_golongan(pangkat)
    pangkat = normalize_pangkat(pangkat)
    if status in PNS_STATUSES:
        golongan = golongan or PANGKAT_GOLONGAN.get(pangkat, "")
        pangkat = pangkat or GOLONGAN_PANGKAT.get(golongan, "")
    if "golongan" in out or golongan:
        out["golongan"] = golongan or None
    if "pangkat" in out or pangkat:
        out["pangkat"] = pangkat or None


def _derive_birth_sex(out: dict, status: str | None) -> None:
    birth, found = parse_date(out.get("birth_date"), field="birth_date")
    if not found and "birth_date" in out:
        out["birth_date"] = birth
    if "sex" in out and parse_sex(out["sex"]):
        out["sex"] = parse_sex(out["sex"])
    info = None
    if status in PNS_STATUSES:
        info, _ = parse_nip(out.get("nip"))
    if info is None:
        info, _ = parse_nik(out.get("nik"))
    if info is None:
        return
    if _blank(out.get("birth_date")):
        out["birth_date"] = info.birth_date
    if _blank(out.get("sex")):
        out["sex"] = info.sex


def derive_person_fields(data: Mapping) -> dict:
    """A new dict with numbers, status, sex and rank normalised and birth date/sex filled from NIP/NIK."""
    out = dict(data)
    status = parse_employment_status(out.get("employment_status"))
    if status:
        out["employment_status"] = status
    for key in ("nip", "nik"):
        if key in out:
            out[key] = _normalized_number(out[key])
    if isinstance(out.get("name"), str):
        out["name"] = " ".join(out["name"].split())
    _derive_rank(out, status)
    _derive_birth_sex(out, status)
    return out
