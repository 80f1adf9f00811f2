"""Reading dates the way secretariats write them, and small date arithmetic."""

from __future__ import annotations

import datetime as dt
import re

from kpu_desktop.domain.issues import Issue, make_issue

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_WEEKDAYS = (
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
_BLANKS = ("", "-", "--")
# Excel's 1900 date system counts 1900-02-29, a day that never existed.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_MAX = 2958465  # 9999-12-31

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-.]+([a-z']+)\.?[\s\-.,]+(\d{2}|\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z']+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_TIME_TAIL = re.compile(
    r"^(?P<date>.+?)(?:[\st,]+(?:pukul|jam|pk\.?)?\s*)"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?\s*(?:wib|wita|wit)?$"
)


def _year(text: str) -> int:
    # Two-digit years in these records are always of this century.
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def excel_serial_to_date(serial: float) -> dt.date | None:
    """A date from an Excel serial number (1900 system); None when out of range."""
    whole = int(serial)
    if whole < 1 or whole > _EXCEL_MAX or whole == 60:
        return None
    if whole < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=whole)
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


def _strip_weekday(text: str) -> str:
    for name in _WEEKDAYS:
        if text.startswith(name):
            rest = text[len(name):]
            if rest[:1] in (",", " "):
                return rest.lstrip(", ")
    return text


def _text_to_date(text: str) -> dt.date | None:
    text = _strip_weekday(" ".join(text.strip().lower().split()))
    if "t" in text and re.match(r"^\d{4}-\d{2}-\d{2}t", text):
        text = text[:10]
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(text):
        return _make(_year(m[3]), int(m[2]), int(m[1]))
    if m := _COMPACT.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_MONTH_NAME.match(text):
        month = _MONTHS.get(m[2])
        return _make(_year(m[3]), month, int(m[1])) if month else None
    if m := _MONTH_NAME_DAY.match(text):
        month = _MONTHS.get(m[1])
        return _make(int(m[3]), month, int(m[2])) if month else None
    return None


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in _BLANKS)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_date(value, *, field: str = "date") -> tuple[dt.date | None, list[Issue]]:
    """A date from a date object, text or Excel serial; blank -> (None, [])."""
    if _is_blank(value):
        return None, []
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    parsed = None
    if _is_number(value):
        parsed = excel_serial_to_date(value)
    elif isinstance(value, str):
        parsed = _text_to_date(value)
    if parsed is None:
        return None, [make_issue(field, "date.invalid", value=str(value))]
    return parsed, []


def _split_time(value: str) -> tuple[str, dt.time | None, bool]:
    """(date text, time or None, whether the time part is valid)."""
    text = " ".join(value.strip().lower().split())
    m = _TIME_TAIL.match(text)
    if not m:
        return text, None, True
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return text, None, False
    return m["date"], dt.time(hour, minute, second), True


def _from_iso(value: str) -> dt.datetime | None:
    if not re.match(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d", value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        # Records keep naive local times; Kalimantan Tengah is on WIB (UTC+7).
        parsed = parsed.astimezone(WIB).replace(tzinfo=None)
    return parsed


def parse_datetime(value, *, field: str) -> tuple[dt.datetime | None, list[Issue]]:
    """A datetime from objects, ISO text, `14/11/2024 09:30` or `14 November 2024 pukul 09.30 WIB`."""
    if _is_blank(value):
        return None, []
    if isinstance(value, dt.datetime):
        return value, []
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0)), []
    invalid = [make_issue(field, "datetime.invalid", value=str(value))]
    if _is_number(value):
        day = excel_serial_to_date(value)
        if day is None:
            return None, invalid
        seconds = round((float(value) - int(value)) * 86400)
        return dt.datetime.combine(day, dt.time(0)) + dt.timedelta(seconds=seconds), []
    if not isinstance(value, str):
        return None, invalid
    iso = _from_iso(value)
    if iso is not None:
        return iso, []
    date_text, time, time_ok = _split_time(value)
    if not time_ok:
        return None, invalid
    day = _text_to_date(date_text)
    if day is None:
        return None, invalid
    return dt.datetime.combine(day, time or dt.time(0)), []


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from `start` to `end` (an age); negative when `end` is earlier."""
    if end < start:
        return -years_between(end, start)
    years = end.year - start.year
    if add_years(start, years) > end:
        years -= 1
    return years
