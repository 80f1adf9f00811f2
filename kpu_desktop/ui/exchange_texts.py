"""Wording shared by the exchange and conflict screens: record kinds and values as people read them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.formatting import format_local_time


def kind_name(table: str) -> str:
    names = {"units": QCoreApplication.translate("RecordKinds", "Units"),
             "tps": QCoreApplication.translate("RecordKinds", "Polling stations (TPS)"),
             "events": QCoreApplication.translate("RecordKinds", "Elections"),
             "persons": QCoreApplication.translate("RecordKinds", "ASN people"),
             "placements": QCoreApplication.translate("RecordKinds", "ASN placements"),
             "facilities": QCoreApplication.translate("RecordKinds", "Facilities"),
             "receipts": QCoreApplication.translate("RecordKinds", "Logistics receipts (BAST)"),
             "receipt_lines": QCoreApplication.translate("RecordKinds", "Receipt lines")}
    return names.get(table, table)


def value_text(value) -> str:
    """A stored value for display: empty shown as such, lists and objects as plain text."""
    if value is None or value == "":
        return QCoreApplication.translate("RecordKinds", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("RecordKinds", "yes") if value else QCoreApplication.translate(
            "RecordKinds", "no")
    return str(value)


def when_text(iso: str) -> str:
    """`2024-05-26T03:04:05+00:00` → `2024-05-26 10:04 WIB`: the moment in this computer's time zone."""
    return format_local_time(iso) if iso else ""
