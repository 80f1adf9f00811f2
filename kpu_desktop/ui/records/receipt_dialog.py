"""Add or edit a logistics receipt: the BAST header and an editable grid of item lines."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ...domain.formatting import format_number
from ...domain.issues import Issue
from ...domain.receipts import TRANSPORT_MODES
from ...services.context import AppContext
from ...services.errors import ServiceError
from ...services.lookup import catalogue, expected_lines
from ...services.receipt import DATETIME_FIELDS, ReceiptService
from ...services.undo import snapshot
from ..forms.ui_records_receipt import Ui_RecordsReceiptDialog
from .binding import coded_items, fill_combo
from .placement_dialog import event_items, unit_items
from .receipt_lines import COLUMNS, EDITABLE, GridKeys, LineDelegate, ReceiptLinesModel
from .record_dialog import RecordDialog

FIELDS = ("number", "received_at", "place", "event_id", "receiver_unit_code", "tps_number", "giver_name",
          "giver_post", "giver_institution", "receiver_name", "receiver_post", "receiver_institution",
          "transport_mode", "planned_dispatch", "actual_dispatch", "planned_arrival", "actual_arrival",
          "witnesses", "refs", "note")
LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(.+)$")


class ReceiptDialog(RecordDialog):
    service_class = ReceiptService
    aliases = {"receiver_unit_id": "receiver_unit_code"}

    def __init__(self, ctx: AppContext, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, Ui_RecordsReceiptDialog(), FIELDS, record_id=record_id, date_fields=DATETIME_FIELDS,
                         parent=parent)
        self.service = ReceiptService(ctx)
        self._items = {item["code"]: item for item in catalogue(ctx)}
        self._norms: dict[tuple, int | None] = {}
        self._fill_choices()
        self.lines = self._make_grid()
        self._base: dict | None = None
        if record_id:
            stored = snapshot(ctx, "receipt", record_id)
            self._base = {k: v for k, v in stored.items() if k != "lines"}
            self.binding.load(dict(self._base, receiver_unit_code=self.service.show(record_id)["unit_code"]))
            self.lines.set_lines(stored["lines"])
            self.setWindowTitle(self.tr("Edit logistics receipt"))
        else:
            self.setWindowTitle(self.tr("New logistics receipt"))
        self._initial_lines = self.line_values()
        for combo in (self.form.event_id, self.form.receiver_unit_code):
            combo.currentIndexChanged.connect(self._read_norms)
        self.form.tps_number.editingFinished.connect(self._read_norms)
        self.form.fillButton.clicked.connect(self.fill_from_norms)
        self.form.removeLineButton.clicked.connect(self.remove_current_line)
        self._read_norms()
        self.start()
        self.lines.lines_changed.connect(self.validate)
        self.lines.lines_changed.connect(self._show_totals)
        self._show_totals()
        self.form.number.setFocus()

    def _fill_choices(self) -> None:
        f = self.form
        fill_combo(f.event_id, event_items(self.ctx, "receipt"))
        fill_combo(f.receiver_unit_code, unit_items(self.ctx, "receipt"), blank="")
        fill_combo(f.transport_mode, coded_items(TRANSPORT_MODES, self.ctx.lang), blank="")

    def _make_grid(self) -> ReceiptLinesModel:
        titles = {"item_code": self.tr("Item"), "election_type": self.tr("Election type"),
                  "dapil": self.tr("District"), "expected": self.tr("Expected"), "received": self.tr("Received"),
                  "damaged": self.tr("Damaged"), "note": self.tr("Note"), "good": self.tr("Good"),
                  "short": self.tr("Short"), "excess": self.tr("Excess")}
        model = ReceiptLinesModel(titles, item_name=lambda code: self._items.get(code, {}).get("name", code),
                                  item_code=self.service.item_code, parent=self)
        model.lang = self.ctx.lang
        model.expected_for = self._expected_for
        view = self.form.lines
        view.setModel(model)
        view.setItemDelegate(LineDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, key in enumerate(COLUMNS):
            if column:  # each title whole; a district's name (KALIMANTAN TENGAH 2) wider still
                wide = metrics.horizontalAdvance("KALIMANTAN TENGAH 2") if key == "dapil" else 0
                view.setColumnWidth(column, max(metrics.horizontalAdvance(titles[key]) + 28, wide + 12, 64))
        self._grid_keys = GridKeys(self)
        view.installEventFilter(self._grid_keys)
        QShortcut(QKeySequence("Ctrl+Delete"), view, self.remove_current_line)
        view.setCurrentIndex(model.index(0, 0))
        return model

    # -- norms ------------------------------------------------------------------------------
    def _read_norms(self) -> None:
        event, unit = self.form.event_id.currentData(), self.form.receiver_unit_code.currentData()
        tps = self.form.tps_number.text().strip()
        self._norms = {}
        if not (event and unit):
            return
        try:
            found = expected_lines(self.ctx, event, unit, int(tps) if tps.isdigit() else None)
        except ServiceError:
            return
        self._norms = {(ln["item_code"], ln["election_type"]): ln for ln in found}

    def _expected_for(self, line: dict) -> int | None:
        found = self._norms.get((line.get("item_code"), line.get("election_type") or None))
        return found["expected"] if found else None

    def fill_from_norms(self) -> None:
        """Add a line for every item the event's norms expect that the grid does not hold yet."""
        have = {(ln.get("item_code"), ln.get("election_type") or None) for ln in self.lines.lines}
        missing = [dict(ln, expected=None if ln["expected"] is None else str(ln["expected"]))
                   for key, ln in self._norms.items() if key not in have]
        self.lines.set_lines(self.lines.lines + missing)

    def remove_current_line(self) -> None:
        self.lines.remove_line(self.form.lines.currentIndex().row())

    # -- values -----------------------------------------------------------------------------
    def line_values(self) -> list[dict]:
        return [{k: (None if line.get(k) in (None, "") else str(line.get(k))) for k in EDITABLE}
                for line in self.lines.lines]

    def lines_changed_since_open(self) -> bool:
        return self.line_values() != self._initial_lines

    def _show_totals(self) -> None:
        sums, lang = self.lines.totals(), self.ctx.lang
        self.form.totals.setText(self.tr("Lines: {n}   Expected: {e}   Received: {r}   Good: {g}   Damaged: {d}"
                                         "   Short: {s}   Excess: {x}").format(
            n=len(self.lines.lines), e=format_number(sums["expected"], lang), r=format_number(sums["received"], lang),
            g=format_number(sums["good"], lang), d=format_number(sums["damaged"], lang),
            s=format_number(sums["short"], lang), x=format_number(sums["excess"], lang)))

    def check(self, values: dict[str, Any]) -> list[Issue]:
        prepared = self.service.prepare(values, self.lines.lines, current=self._base)
        per_line: dict[int, list[Issue]] = {}
        for issue in prepared.issues:
            match = LINE_FIELD.match(issue.field)
            if match:
                per_line.setdefault(int(match[1]), []).append(
                    Issue(match[2], issue.code, issue.severity, issue.params))
        self.lines.set_issues(per_line)
        return prepared.issues

    def write(self, values: dict[str, Any]) -> tuple[str, list[Issue]]:
        if self.record_id:
            changes = dict(values)
            if self.lines_changed_since_open():
                changes["lines"] = self.lines.lines
            return self.record_id, self.service.edit(self.record_id, changes)
        return self.service.add(values, self.lines.lines)
