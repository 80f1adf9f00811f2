"""The columns of each record list: key, title, how a value is shown, which sort key it uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from ...domain.formatting import format_number
from ...domain.messages import value_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordColumns", text)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str
    render: Callable[[dict, str], str]
    sort: str | None = None          # the pager's sort key when this column's header is clicked
    numeric: bool = False
    hidden: bool = False             # hidden until chosen in the column chooser


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


def unit(row: dict, lang: str) -> str:
    return f"{row.get('unit_code', '')} {row.get('unit_name', '')}".strip()


def asn_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("person_name", _tr("Name"), text("person_name")),
        ColumnSpec("nip", _tr("NIP / NIK"), lambda r, lang: r.get("nip") or r.get("nik") or ""),
        ColumnSpec("employment_status", _tr("Employment"), coded("employment_status")),
        ColumnSpec("unit", _tr("Unit"), unit),
        ColumnSpec("post", _tr("Post"), coded("post"), sort="post"),
        ColumnSpec("event_id", _tr("Event"), text("event_id"), sort="event_id"),
        ColumnSpec("kpu_decree_no", _tr("KPU decree"), text("kpu_decree_no")),
        ColumnSpec("start_date", _tr("Start"), date("start_date")),
        ColumnSpec("end_date", _tr("End"), date("end_date"), hidden=True),
        ColumnSpec("honorarium", _tr("Honorarium"), number("honorarium"), numeric=True, hidden=True),
        ColumnSpec("status", _tr("Status"), coded("status"), sort="status"),
        ColumnSpec("phone", _tr("Phone"), text("phone"), hidden=True),
        ColumnSpec("updated_at", _tr("Last changed"), date("updated_at"), sort="updated_at", hidden=True),
    ]


def facility_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("category", _tr("Category"), coded("category"), sort="category"),
        ColumnSpec("description", _tr("Description"), text("description"), sort="description"),
        ColumnSpec("unit", _tr("Unit"), unit),
        ColumnSpec("quantity", _tr("Quantity"), number("quantity"), numeric=True),
        ColumnSpec("condition", _tr("Condition"), coded("condition")),
        ColumnSpec("owner_name", _tr("Owner"), text("owner_name")),
        ColumnSpec("basis", _tr("Basis"), coded("basis")),
        ColumnSpec("agreement_no", _tr("Agreement"), text("agreement_no")),
        ColumnSpec("end_date", _tr("Until"), date("end_date")),
        ColumnSpec("registration_no", _tr("Registration"), text("registration_no"), hidden=True),
        ColumnSpec("event_id", _tr("Event"), text("event_id"), hidden=True),
        ColumnSpec("updated_at", _tr("Last changed"), date("updated_at"), sort="updated_at", hidden=True),
    ]


def receipt_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("number", _tr("Report number"), text("number"), sort="number"),
        ColumnSpec("received_at", _tr("Received"), date("received_at"), sort="received_at"),
        ColumnSpec("unit", _tr("Receiving unit"), unit),
        ColumnSpec("event_id", _tr("Event"), text("event_id")),
        ColumnSpec("giver", _tr("Given by"), lambda r, lang: r.get("giver_institution") or r.get("giver_name") or ""),
        ColumnSpec("line_count", _tr("Lines"), number("line_count"), numeric=True),
        ColumnSpec("expected", _tr("Expected"), number("expected"), numeric=True),
        ColumnSpec("received", _tr("Received qty"), number("received"), numeric=True),
        ColumnSpec("damaged", _tr("Damaged"), number("damaged"), numeric=True),
        ColumnSpec("short", _tr("Short"), number("short"), numeric=True),
        ColumnSpec("excess", _tr("Excess"), number("excess"), numeric=True),
        ColumnSpec("transport_mode", _tr("Transport"), coded("transport_mode"), hidden=True),
        ColumnSpec("place", _tr("Place"), text("place"), hidden=True),
    ]
