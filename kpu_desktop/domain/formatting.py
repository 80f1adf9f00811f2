"""Indonesian (and English) presentation of numbers, money and dates."""

from __future__ import annotations

import datetime as dt

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def format_number(value: int | float | None, lang: str = "id") -> str:
    """`1935116` -> `1.935.116` (Indonesian) or `1,935,116` (English)."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}"
    else:
        text = f"{int(value):,}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_rupiah(value: int | None, lang: str = "id") -> str:
    """`1850000` -> `Rp1.850.000`."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{format_number(abs(value), lang)}"


def format_date_long(value: dt.date | None, lang: str = "id") -> str:
    """`2022-11-18` -> `18 November 2022` (or English month names)."""
    if value is None:
        return ""
    months = MONTHS_ID if lang == "id" else MONTHS_EN
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_date_short(value: dt.date | None) -> str:
    """`2024-05-16` -> `16/05/2024`, the way secretariats write dates."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


ZONES = {7: "WIB", 8: "WITA", 9: "WIT", 0: "UTC"}  # Indonesia's three zones by their hours east of UTC


def format_local_time(iso: str, zone: dt.tzinfo | None = None, *, seconds: bool = False) -> str:
    """`2024-05-26T03:04:05+00:00` -> `2024-05-26 10:04 WIB` on a laptop in western Indonesia: the moment in
    the computer's own time zone (or `zone`), named as Indonesians name theirs. Text that is no time is
    returned as it is."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone(zone)
    offset = int(local.utcoffset().total_seconds() // 60)
    name = ZONES.get(offset // 60) if offset % 60 == 0 else None
    if name is None:
        sign = "+" if offset >= 0 else "-"
        name = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
    return f"{local:%Y-%m-%d %H:%M:%S} {name}" if seconds else f"{local:%Y-%m-%d %H:%M} {name}"
