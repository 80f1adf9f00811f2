"""Add or edit an ASN placement, with a person picker that finds a registered person first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from ...domain.issues import Issue, make_issue
from ...domain.people import EMPLOYMENT_STATUSES
from ...domain.placements import END_REASONS, PLACEMENT_STATUSES, POSTS
from ...services.asn import DATE_FIELDS, PERSON_FIELDS, AsnService
from ...services.context import AppContext
from ...services.lookup import find_persons
from ...services.paging import filter_choices
from ...services.undo import snapshot
from ..forms.ui_records_placement import Ui_RecordsPlacementDialog
from .binding import coded_items, fill_combo, share_width
from .record_dialog import RecordDialog

FIELDS = PERSON_FIELDS + ("event_id", "unit_code", "post", "proposing_decree_no", "proposing_decree_date",
                          "kpu_decree_no", "kpu_decree_date", "integrity_pact_date", "start_date", "end_date",
                          "honorarium", "status", "end_reason", "note")
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def unit_items(ctx: AppContext, kind: str) -> list[tuple[str, str]]:
    return [(f"{u['code']}  {u['name']} ({u['kind'].upper()})", u["code"]) for u in filter_choices(ctx, kind)["units"]]


def event_items(ctx: AppContext, kind: str) -> list[tuple[str, str]]:
    return [(e["name"], e["id"]) for e in filter_choices(ctx, kind)["events"]]


class PickerKeys(QObject):
    """In the picker's search box Enter takes the highlighted person and Up/Down move in the results."""

    def __init__(self, pick, results: QListWidget):
        super().__init__(results)
        self.pick, self.results = pick, results

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick()
            return True     # never the dialog's default button
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if key == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return True
        return False


class PlacementDialog(RecordDialog):
    service_class = AsnService
    aliases = {"unit_id": "unit_code", "person_id": "name"}
    amount_fields = ("honorarium",)

    def __init__(self, ctx: AppContext, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, Ui_RecordsPlacementDialog(), FIELDS, record_id=record_id,
                         date_fields=DATE_FIELDS + ("birth_date",), parent=parent)
        for box in self.findChildren(QComboBox):
            # Long unit names would squeeze the person's fields until an 18-digit NIP no longer shows.
            share_width(box)
        self.service = AsnService(ctx)
        self._fill_choices()
        self._base: dict | None = None
        if record_id:
            self._base = dict(snapshot(ctx, "asn", record_id), id=record_id)
            shown = dict(self._base, unit_code=self.service.show(record_id)["unit_code"])
            self.binding.load(shown)
            self.setWindowTitle(self.tr("Edit ASN placement"))
        else:
            self.setWindowTitle(self.tr("New ASN placement"))
        f = self.form
        f.personSearch.textChanged.connect(self._search_persons)
        self._picker_keys = PickerKeys(self._pick_first, f.personResults)
        f.personSearch.installEventFilter(self._picker_keys)
        f.personResults.itemActivated.connect(self._pick)
        f.personResults.setVisible(False)
        f.nip.editingFinished.connect(lambda: self._known_number(f.nip.text()))
        f.nik.editingFinished.connect(lambda: self._known_number(f.nik.text()))
        self.start()
        (f.event_id if record_id else f.personSearch).setFocus()

    def _fill_choices(self) -> None:
        f, lang = self.form, self.ctx.lang
        fill_combo(f.sex, coded_items(("L", "P"), lang), blank="")
        fill_combo(f.employment_status, coded_items(EMPLOYMENT_STATUSES, lang))
        fill_combo(f.event_id, event_items(self.ctx, "asn"))
        fill_combo(f.unit_code, unit_items(self.ctx, "asn"), blank="")
        fill_combo(f.post, coded_items(POSTS, lang))
        fill_combo(f.status, coded_items(PLACEMENT_STATUSES, lang))
        fill_combo(f.end_reason, coded_items(END_REASONS, lang), blank="")

    # -- person picker ----------------------------------------------------------------------
    def _search_persons(self, text: str) -> None:
        results = self.form.personResults
        results.clear()
        for person in find_persons(self.ctx, text) if text.strip() else []:
            number = person.get("nip") or person.get("nik") or ""
            item = QListWidgetItem(f"{person['name']}  {number}  {person.get('origin_agency') or ''}".strip())
            item.setData(PERSON_ROLE, person)
            results.addItem(item)
        results.setVisible(results.count() > 0)
        if results.count():
            results.setCurrentRow(0)

    def _pick_first(self) -> None:
        if self.form.personResults.count():
            self._pick(self.form.personResults.currentItem() or self.form.personResults.item(0))

    def _pick(self, item: QListWidgetItem) -> None:
        self.use_person(item.data(PERSON_ROLE))
        self.form.event_id.setFocus()

    def use_person(self, person: dict) -> None:
        """Fill the person fields from a registered person (the placement will link to them)."""
        self.binding.load({k: person.get(k) for k in PERSON_FIELDS})
        self.form.personResults.setVisible(False)

    def _known_number(self, text: str) -> None:
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) not in (16, 18) or self.form.name.text().strip():
            return
        found = find_persons(self.ctx, digits, limit=1)
        if found:
            self.use_person(found[0])

    # -- validation and writing -------------------------------------------------------------
    def check(self, values: dict[str, Any]) -> list[Issue]:
        prepared = self.service.prepare(values, current=self._base)
        issues = list(prepared.issues)
        placement = prepared.placement
        for name, stored in (("unit_code", "unit_id"), ("event_id", "event_id")):
            if not placement.get(stored) and not any(i.field == name for i in issues):
                issues.append(make_issue(name, "field.required"))
        prepared.issues = issues
        if prepared.ok and placement.get("unit_id") and placement.get("event_id"):
            replacing = {self.record_id} if self.record_id else set()
            issues += self.service.staffing(placement["unit_id"], placement["event_id"],
                                            extra=[dict(prepared.person, **placement, id=self.record_id or "new")], replacing=replacing)
        return issues

    def write(self, values: dict[str, Any]) -> tuple[str, list[Issue]]:
        if self.record_id:
            return self.record_id, self.service.edit(self.record_id, values)
        return self.service.add(values)
