"""Add or edit a facility support record, with the warehouse checklist."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from ...domain.facilities import BASES, CATEGORIES, CONDITIONS, WAREHOUSE_CHECKLIST
from ...domain.issues import Issue
from ...domain.messages import value_label
from ...services.context import AppContext
from ...services.facility import DATE_FIELDS, FacilityService
from ...services.undo import snapshot
from ..forms.ui_records_facility import Ui_RecordsFacilityDialog
from .binding import coded_items, fill_combo
from .placement_dialog import event_items, unit_items
from .record_dialog import RecordDialog

FIELDS = ("unit_code", "event_id", "category", "description", "specification", "quantity", "measure_unit",
          "condition", "owner_name", "owner_contact", "registration_no", "location_code", "basis", "agreement_no",
          "agreement_date", "start_date", "end_date", "extended", "return_date", "return_bast_no", "note")


class FacilityDialog(RecordDialog):
    service_class = FacilityService
    aliases = {"unit_id": "unit_code"}

    def __init__(self, ctx: AppContext, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, Ui_RecordsFacilityDialog(), FIELDS, record_id=record_id, date_fields=DATE_FIELDS,
                         parent=parent)
        self.service = FacilityService(ctx)
        self.checks: dict[str, QCheckBox] = {}
        self._fill_choices()
        self._base: dict | None = None
        if record_id:
            self._base = snapshot(ctx, "facility", record_id)
            self.binding.load(dict(self._base, unit_code=self.service.show(record_id)["unit_code"]))
            self._load_checklist(self._base.get("checklist"))
            self.setWindowTitle(self.tr("Edit facility support"))
        else:
            self.form.quantity.setText("1")
            self.setWindowTitle(self.tr("New facility support"))
        self._initial_checklist = self.checklist()
        self.form.category.currentIndexChanged.connect(self._show_checklist)
        self._show_checklist()
        self.start()
        for box in self.checks.values():
            box.toggled.connect(self.validate)
        self.form.unit_code.setFocus()

    def _fill_choices(self) -> None:
        f, lang = self.form, self.ctx.lang
        fill_combo(f.unit_code, unit_items(self.ctx, "facility"), blank="")
        fill_combo(f.event_id, event_items(self.ctx, "facility"), blank=self.tr("(every event)"))
        fill_combo(f.category, coded_items(CATEGORIES, lang))
        fill_combo(f.condition, coded_items(CONDITIONS, lang), blank="")
        fill_combo(f.basis, coded_items(BASES, lang), blank="")
        grid = f.checklistGrid
        previous: QWidget = f.note
        for n, key in enumerate(WAREHOUSE_CHECKLIST):
            box = QCheckBox(value_label(key, lang), f.checklistGroup)
            box.setObjectName(f"check_{key}")
            grid.addWidget(box, n // 2, n % 2)
            QWidget.setTabOrder(previous, box)
            previous = box
            self.checks[key] = box
        QWidget.setTabOrder(previous, f.buttonBox)

    def _load_checklist(self, stored: Any) -> None:
        values = json.loads(stored) if isinstance(stored, str) and stored else (stored or {})
        for key, box in self.checks.items():
            box.setChecked(bool(values.get(key)))

    def _show_checklist(self) -> None:
        self.form.checklistGroup.setVisible(self.form.category.currentData() == "GUDANG")

    def checklist(self) -> dict[str, bool] | None:
        if self.form.category.currentData() != "GUDANG":
            return None
        return {key: box.isChecked() for key, box in self.checks.items()}

    def payload(self) -> dict[str, Any]:
        values = super().payload()
        if not self.editing or self.checklist() != self._initial_checklist:
            values["checklist"] = self.checklist()
        if "event_id" in values and values["event_id"] is None:
            values["event_id"] = ""
        return values

    def check(self, values: dict[str, Any]) -> list[Issue]:
        return self.service.prepare(values, current=self._base)[1]

    def write(self, values: dict[str, Any]) -> tuple[str, list[Issue]]:
        if self.record_id:
            return self.record_id, self.service.edit(self.record_id, values)
        return self.service.add(values)
