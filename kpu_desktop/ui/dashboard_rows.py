"""The worst-first rows of the Beranda's attention table, worded for the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.formatting import format_number
from ..domain.labels import VALUE_LABELS
from ..services.dashboard import Dashboard, UnitRef
from .dashboard_parts import Attention


def _unit(unit: UnitRef) -> str:
    return f"{unit.kind.upper()} {unit.name}"


def attention_rows(owner, board: Dashboard) -> list[Attention]:
    lang = owner.ctx.lang
    rows: list[Attention] = []
    for r in board.staffing:
        if r.missing_secretary:
            rows.append(Attention("staffing", "missing_secretary", 3, r.unit.code, _unit(r.unit),
                                  QCoreApplication.translate("DashboardRows", "No Sekretaris placed"), "0/1"))
        if r.non_asn_secretary:
            rows.append(Attention("staffing", "non_asn", 2, r.unit.code, _unit(r.unit),
                                  QCoreApplication.translate("DashboardRows", "Sekretaris PPK is not an ASN"), "1"))
        if r.filled < r.posts:
            rows.append(Attention("staffing", "posts", 2, r.unit.code, _unit(r.unit),
                                  QCoreApplication.translate("DashboardRows", "Posts not filled"),
                                  f"{r.filled}/{r.posts}"))
    for r in board.facilities:
        if not r.has_office:
            rows.append(Attention("facility", "no_office", 1 if r.unit.kind == "pps" else 3, r.unit.code,
                                  _unit(r.unit), QCoreApplication.translate("DashboardRows", "No office room recorded"),
                                  "0"))
        if r.needs_warehouse and not r.has_warehouse:
            rows.append(Attention("facility", "no_warehouse", 3, r.unit.code, _unit(r.unit),
                                  QCoreApplication.translate("DashboardRows", "No warehouse recorded"), "0"))
        if r.checklist_gaps:
            missing = ", ".join(VALUE_LABELS.get(k, {}).get(lang, k) for k in r.checklist_gaps)
            rows.append(Attention("facility", "checklist", 1, r.unit.code, _unit(r.unit),
                                  QCoreApplication.translate("DashboardRows", "Warehouse lacks: %1")
                                  .replace("%1", missing), str(len(r.checklist_gaps))))
    for r in board.logistics:
        if not r.gap:
            continue
        parts = []
        if r.short:
            parts.append(QCoreApplication.translate("DashboardRows", "short %1").replace("%1", format_number(r.short, lang)))
        if r.damaged:
            parts.append(QCoreApplication.translate("DashboardRows", "damaged %1")
                         .replace("%1", format_number(r.damaged, lang)))
        if r.excess:
            parts.append(QCoreApplication.translate("DashboardRows", "excess %1")
                         .replace("%1", format_number(r.excess, lang)))
        rows.append(Attention("logistics", "discrepancies", 2, r.unit.code, _unit(r.unit),
                              f"{r.item_name}: {', '.join(parts)}", format_number(r.gap, lang)))
    for unit in board.units_without_receipt:
        rows.append(Attention("logistics", "no_receipt", 3, unit.code, _unit(unit),
                              QCoreApplication.translate("DashboardRows", "No logistics receipt recorded"), "0"))
    rows.sort(key=lambda a: -a.priority)
    return rows
