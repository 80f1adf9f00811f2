"""The columns of each record list: key, title, how a value is shown, which sort key it uses, how wide.

Titles are English source strings marked with QT_TRANSLATE_NOOP in the "RecordColumns" context (lupdate
reads them there); the model translates them with QCoreApplication.translate when it shows them.
Widths are in digits of the view's font, so they follow the font and never need the rows'
contents measured (resizeColumnsToContents would read every row of a million-row list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.formatting import format_number
from ...domain.messages import value_label


COLUMN_CONTEXT = "RecordColumns"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str
    render: Callable[[dict, str], str]
    sort: str | None = None          # the pager's sort key when this column's header is clicked
    numeric: bool = False
    hidden: bool = False             # hidden until chosen in the column chooser
    width: int = 12                  # default width in digits of the view's font
    wide: bool = False               # free text that may take the width left over when it is last


def text(key: str) -> Callable[[dict, str], str]:
    return lambda row, lang: "" if row.get(key) is None else str(row[key]).replace("\n", "; ")


def coded(key: str) -> Callable[[dict, str], str]:
    return lambda row, lang: "" if row.get(key) is None else value_label(row[key], lang)


def number(key: str) -> Callable[[dict, str], str]:
    return lambda row, lang: "" if row.get(key) is None else format_number(row[key], lang)


def date(key: str) -> Callable[[dict, str], str]:
    def render(row: dict, lang: str) -> str:
        value: Any = row.get(key)
        if not value:
            return ""
        day, _, time = str(value).partition("T")
        parts = day.split("-")
        shown = f"{parts[2]}/{parts[1]}/{parts[0]}" if len(parts) == 3 else day
        return f"{shown} {time[:5]}".strip()
    return render


def event_name(row: dict, lang: str) -> str:
    return row.get("event_name") or row.get("event_id") or ""


def unit(row: dict, lang: str) -> str:
    return f"{row.get('unit_code', '')} {row.get('unit_name', '')}".strip()


def asn_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("person_name", QT_TRANSLATE_NOOP("RecordColumns", "Name"), text("person_name"),
                   width=20, wide=True),
        ColumnSpec("nip", QT_TRANSLATE_NOOP("RecordColumns", "NIP / NIK"),
                   lambda r, lang: r.get("nip") or r.get("nik") or "", width=18),
        ColumnSpec("employment_status", QT_TRANSLATE_NOOP("RecordColumns", "Employment"),
                   coded("employment_status"), width=8),
        ColumnSpec("unit", QT_TRANSLATE_NOOP("RecordColumns", "Unit"), unit, width=19, wide=True),
        ColumnSpec("post", QT_TRANSLATE_NOOP("RecordColumns", "Post"), coded("post"), sort="post", width=13),
        ColumnSpec("event_id", QT_TRANSLATE_NOOP("RecordColumns", "Event"), event_name, sort="event_id",
                   width=11),
        ColumnSpec("kpu_decree_no", QT_TRANSLATE_NOOP("RecordColumns", "KPU decree"), text("kpu_decree_no"),
                   width=10),
        ColumnSpec("start_date", QT_TRANSLATE_NOOP("RecordColumns", "Start"), date("start_date"), width=9),
        ColumnSpec("end_date", QT_TRANSLATE_NOOP("RecordColumns", "End"), date("end_date"), hidden=True,
                   width=9),
        ColumnSpec("honorarium", QT_TRANSLATE_NOOP("RecordColumns", "Honorarium"), number("honorarium"),
                   numeric=True, hidden=True, width=11),
        ColumnSpec("status", QT_TRANSLATE_NOOP("RecordColumns", "Status"), coded("status"), sort="status",
                   width=6),
        ColumnSpec("phone", QT_TRANSLATE_NOOP("RecordColumns", "Phone"), text("phone"), hidden=True, width=14),
        ColumnSpec("updated_at", QT_TRANSLATE_NOOP("RecordColumns", "Last changed"), date("updated_at"),
                   sort="updated_at", hidden=True, width=16),
    ]


def facility_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("category", QT_TRANSLATE_NOOP("RecordColumns", "Category"), coded("category"),
                   sort="category", width=13),
        ColumnSpec("description", QT_TRANSLATE_NOOP("RecordColumns", "Description"), text("description"),
                   sort="description", width=23, wide=True),
        ColumnSpec("unit", QT_TRANSLATE_NOOP("RecordColumns", "Unit"), unit, width=19, wide=True),
        ColumnSpec("quantity", QT_TRANSLATE_NOOP("RecordColumns", "Quantity"), number("quantity"), numeric=True,
                   width=6),
        ColumnSpec("condition", QT_TRANSLATE_NOOP("RecordColumns", "Condition"), coded("condition"), width=10),
        ColumnSpec("owner_name", QT_TRANSLATE_NOOP("RecordColumns", "Owner"), text("owner_name"), width=15,
                   wide=True),
        ColumnSpec("basis", QT_TRANSLATE_NOOP("RecordColumns", "Basis"), coded("basis"), width=10),
        ColumnSpec("agreement_no", QT_TRANSLATE_NOOP("RecordColumns", "Agreement"), text("agreement_no"),
                   width=11),
        ColumnSpec("end_date", QT_TRANSLATE_NOOP("RecordColumns", "Until"), date("end_date"), width=9),
        ColumnSpec("registration_no", QT_TRANSLATE_NOOP("RecordColumns", "Registration"),
                   text("registration_no"), hidden=True, width=14),
        ColumnSpec("event_id", QT_TRANSLATE_NOOP("RecordColumns", "Event"), event_name, hidden=True,
                   width=11),
        ColumnSpec("updated_at", QT_TRANSLATE_NOOP("RecordColumns", "Last changed"), date("updated_at"),
                   sort="updated_at", hidden=True, width=16),
    ]


def receipt_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("number", QT_TRANSLATE_NOOP("RecordColumns", "Report number"), text("number"), sort="number",
                   width=20),
        ColumnSpec("received_at", QT_TRANSLATE_NOOP("RecordColumns", "Received"), date("received_at"),
                   sort="received_at", width=15),
        ColumnSpec("unit", QT_TRANSLATE_NOOP("RecordColumns", "Receiving unit"), unit, width=19, wide=True),
        ColumnSpec("event_id", QT_TRANSLATE_NOOP("RecordColumns", "Event"), event_name, width=11),
        ColumnSpec("giver", QT_TRANSLATE_NOOP("RecordColumns", "Given by"),
                   lambda r, lang: r.get("giver_institution") or r.get("giver_name") or "", width=16, wide=True),
        ColumnSpec("line_count", QT_TRANSLATE_NOOP("RecordColumns", "Lines"), number("line_count"), numeric=True,
                   width=5),
        ColumnSpec("expected", QT_TRANSLATE_NOOP("RecordColumns", "Expected"), number("expected"), numeric=True,
                   width=8),
        ColumnSpec("received", QT_TRANSLATE_NOOP("RecordColumns", "Received qty"), number("received"),
                   numeric=True, width=8),
        ColumnSpec("damaged", QT_TRANSLATE_NOOP("RecordColumns", "Damaged"), number("damaged"), numeric=True,
                   width=6),
        ColumnSpec("short", QT_TRANSLATE_NOOP("RecordColumns", "Short"), number("short"), numeric=True, width=6),
        ColumnSpec("excess", QT_TRANSLATE_NOOP("RecordColumns", "Excess"), number("excess"), numeric=True,
                   width=6),
        ColumnSpec("transport_mode", QT_TRANSLATE_NOOP("RecordColumns", "Transport"), coded("transport_mode"),
                   hidden=True, width=12),
        ColumnSpec("place", QT_TRANSLATE_NOOP("RecordColumns", "Place"), text("place"), hidden=True, width=18,
                   wide=True),
    ]
