"""NIP, NI PPPK, NIK and Kemendagri region codes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kpu_desktop.domain.issues import Issue, make_issue

# Excel keeps 15 significant digits: a float at or above 10**15 may have lost its last digits.
_EXACT_FLOAT_LIMIT = 10**15
_SEPARATORS = re.compile(r"[\s.\-\u00a0\u2013\u2011]")
_BLANKS = ("", "-", "--")


@dataclass(frozen=True)
class NipInfo:
    """The facts encoded in a PNS NIP."""

    birth_date: dt.date
    appointed: tuple[int, int]  # (year, month) of TMT CPNS
    sex: str  # "L" or "P"
    serial: int


@dataclass(frozen=True)
class NikInfo:
    """The facts encoded in a NIK."""

    region: str  # 6 digits of the region of first registration
    birth_date: dt.date
    sex: str  # "L" or "P"
    serial: str  # 4 digits


@dataclass(frozen=True)
class RegionCode:
    """A Kemendagri region code, normalised to dotted form (`62.01.02.2001`)."""

    code: str
    level: str  # provinsi | kabupaten | kota | kecamatan | kelurahan | desa


def is_inexact_number(value) -> bool:
    """True for a spreadsheet float that cannot hold an 18- or 16-digit identifier exactly."""
    if not isinstance(value, float):
        return False
    return not value.is_integer() or abs(value) >= _EXACT_FLOAT_LIMIT


def normalize_digits(value) -> str:
    """Identifier text without spaces, dots and dashes; blank -> "".

    Integers are kept exactly. A float is accepted only when it is an exact integer below 10**15;
    otherwise its text form (e.g. `1.99103282015011e+17`) is returned so validation rejects it.
    """
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if is_inexact_number(value) else str(int(value))
    text = str(value).strip().lstrip("'")
    if text in _BLANKS:
        return ""
    return _SEPARATORS.sub("", text)


def _digit_issues(value, digits: str, field: str, length: int) -> list[Issue]:
    if is_inexact_number(value):
        return [make_issue(field, "number.excel_float", value=repr(value))]
    if not digits.isdigit() or not digits.isascii():
        return [make_issue(field, "number.not_digits", value=str(value))]
    if len(digits) != length:
        return [make_issue(field, "number.length", expected=length, actual=len(digits))]
    return []


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nip_appointment_issues(birth: dt.date | None, year: int, month: int, field: str,
                            today: dt.date) -> list[Issue]:
    text = f"{year:04d}-{month:02d}"
    if not 1 <= month <= 12 or year < 1900:
        return [make_issue(field, "nip.appointment_invalid", value=text)]
    if (year, month) > (today.year, today.month):
        return [make_issue(field, "nip.appointment_future", value=text)]
    # Month precision: TMT is always the first of a month, the 18th birthday may fall within it.
    if birth is not None and (year, month) < (birth.year + 18, birth.month):
        return [make_issue(field, "nip.appointment_too_young", value=text, birth=birth)]
    return []


def parse_nip(value, *, field: str = "nip",
              today: dt.date | None = None) -> tuple[NipInfo | None, list[Issue]]:
    """Decode a PNS NIP (`19860926 201505 1 001`); blank -> (None, [])."""
    today = today or dt.date.today()
    digits = normalize_digits(value)
    if not digits:
        return None, []
    issues = _digit_issues(value, digits, field, 18)
    if issues:
        return None, issues
    birth = _date_or_none(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None or birth.year < 1900 or birth > today:
        issues.append(make_issue(field, "nip.birth_date_invalid", value=digits[0:8]))
    year, month = int(digits[8:12]), int(digits[12:14])
    issues += _nip_appointment_issues(birth, year, month, field, today)
    if digits[14] not in "12":
        issues.append(make_issue(field, "nip.sex_invalid", value=digits[14]))
    serial = int(digits[15:18])
    if serial == 0:
        issues.append(make_issue(field, "nip.serial_zero"))
    if issues:
        return None, issues
    sex = "L" if digits[14] == "1" else "P"
    return NipInfo(birth, (year, month), sex, serial), []


def parse_ni_pppk(value, *, field: str = "nip") -> list[Issue]:
    """Check a NI PPPK: 18 digits, with no assumption about their layout."""
    digits = normalize_digits(value)
    if not digits:
        return []
    return _digit_issues(value, digits, field, 18)


def _nik_birth_date(ddmmyy: str, today: dt.date) -> tuple[dt.date | None, str]:
    day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    sex = "L"
    if day > 40:
        day, sex = day - 40, "P"
    # The century is not encoded: take the latest one that does not put the birth in the future.
    for century in (2000, 1900):
        birth = _date_or_none(century + yy, month, day)
        if birth is not None and birth <= today:
            return birth, sex
    return None, sex


def parse_nik(value, *, field: str = "nik",
              today: dt.date | None = None) -> tuple[NikInfo | None, list[Issue]]:
    """Decode a NIK (region + DDMMYY, day + 40 for women + serial); blank -> (None, [])."""
    today = today or dt.date.today()
    digits = normalize_digits(value)
    if not digits:
        return None, []
    issues = _digit_issues(value, digits, field, 16)
    if issues:
        return None, issues
    region = digits[0:6]
    if int(region[0:2]) < 11:
        issues.append(make_issue(field, "nik.region_invalid", value=region))
    birth, sex = _nik_birth_date(digits[6:12], today)
    if birth is None:
        issues.append(make_issue(field, "nik.birth_date_invalid", value=digits[6:12]))
    serial = digits[12:16]
    if serial == "0000":
        issues.append(make_issue(field, "nik.serial_zero"))
    if issues:
        return None, issues
    return NikInfo(region, birth, sex, serial), []


def cross_check_nip_nik(nip: NipInfo, nik: NikInfo) -> list[Issue]:
    """Birth date and sex encoded in the NIK must agree with the NIP."""
    issues = []
    if nip.birth_date != nik.birth_date:
        issues.append(make_issue("nik", "nik.birth_date_mismatch_nip",
                                 value=nik.birth_date, expected=nip.birth_date))
    if nip.sex != nik.sex:
        issues.append(make_issue("nik", "nik.sex_mismatch_nip", value=nik.sex, expected=nip.sex))
    return issues


_REGION_FORMAT = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")
_LEVEL_GROUPS = {
    "kabupaten_kota": ("kabupaten", "kota"),
    "desa_kelurahan": ("desa", "kelurahan"),
}


def _dotted(value) -> str:
    text = "" if value is None else re.sub(r"\s", "", str(value))
    # Codes pasted without dots: 62, 6201, 620102, 6201022001.
    if text.isdigit() and len(text) in (2, 4, 6, 10):
        parts = [text[0:2], text[2:4], text[4:6], text[6:10]]
        text = ".".join(p for p in parts if p)
    return text


def _region_level_issues(parts: list[str], field: str) -> tuple[str, list[Issue]]:
    if not 11 <= int(parts[0]) <= 99:
        return "", [make_issue(field, "region.province_invalid", value=parts[0])]
    level = "provinsi"
    if len(parts) > 1:
        regency = int(parts[1])
        if not (1 <= regency <= 69 or 71 <= regency <= 99):
            return "", [make_issue(field, "region.regency_invalid", value=parts[1])]
        level = "kabupaten" if regency <= 69 else "kota"
    if len(parts) > 2:
        if parts[2] == "00":
            return "", [make_issue(field, "region.district_invalid", value=parts[2])]
        level = "kecamatan"
    if len(parts) > 3:
        if parts[3][0] not in "12":
            return "", [make_issue(field, "region.village_invalid", value=parts[3])]
        level = "kelurahan" if parts[3][0] == "1" else "desa"
    return level, []


def parse_region_code(value, *, field: str = "code",
                      expected_level: str | None = None) -> tuple[RegionCode | None, list[Issue]]:
    """Check a Kemendagri code `PP[.KK[.CC[.DDDD]]]`; blank -> (None, [])."""
    code = _dotted(value)
    if code in _BLANKS:
        return None, []
    if not _REGION_FORMAT.match(code):
        return None, [make_issue(field, "region.format", value=str(value))]
    level, issues = _region_level_issues(code.split("."), field)
    if issues:
        return None, issues
    if expected_level and level not in _LEVEL_GROUPS.get(expected_level, (expected_level,)):
        return None, [make_issue(field, "region.level_mismatch", value=code,
                                 actual=level, expected=expected_level)]
    return RegionCode(code, level), []


def region_parent(code: str) -> str | None:
    """The code one level up (`62.01.02.2001` -> `62.01.02`); None for a province."""
    dotted = _dotted(code)
    if "." not in dotted:
        return None
    return dotted.rsplit(".", 1)[0]
