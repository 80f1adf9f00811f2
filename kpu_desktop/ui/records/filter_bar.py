"""The line above a record list: search as you type, unit, event and status filters, column chooser."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QMenu, QTableView, QToolButton,
                               QWidget)

from ...domain.messages import value_label
from ...services.context import AppContext
from ...services.paging import ListQuery, filter_choices
from .binding import share_width
from .columns import COLUMN_CONTEXT, ColumnSpec

# Search runs when the keys already queued have been handled (a zero timer), not after a pause: the first
# page of a search is one LIMIT query on the FTS index (a few ms), and the count follows on a worker. Keys
# that arrive together (a paste, keys typed while the UI was busy) still run one query.
SEARCH_DELAY_MS = 0


class FilterBar(QWidget):
    """Emits `query_changed` with a fresh `ListQuery` (search is debounced, the boxes apply at once)."""

    query_changed = Signal(object)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self._sort, self._descending = "rowid", False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): name, NIP, number..."))
        self.unit = QComboBox(self, objectName="unitFilter")
        self.event = QComboBox(self, objectName="eventFilter")
        self.status = QComboBox(self, objectName="statusFilter")
        self.discrepancies = QCheckBox(self.tr("Discrepancies only"), self, objectName="discrepancyFilter")
        self.discrepancies.setVisible(kind == "receipt")
        self.columns_button = QToolButton(self, objectName="columnsButton")
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for widget, stretch in ((self.search, 3), (self.unit, 2), (self.event, 1), (self.status, 1),
                                (self.discrepancies, 0), (self.columns_button, 0)):
            layout.addWidget(widget, stretch)
        self._fill()
        for combo, letters in ((self.unit, 16), (self.event, 10), (self.status, 10)):
            share_width(combo, letters)  # the row fits a 1024-pixel window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        for combo in (self.unit, self.event, self.status):
            combo.currentIndexChanged.connect(self.apply)
        self.discrepancies.toggled.connect(self.apply)

    def _fill(self) -> None:
        choices, lang = filter_choices(self.ctx, self.kind), self.ctx.lang
        self.unit.addItem(self.tr("All units"), None)
        for unit in choices["units"]:
            indent = {"kpu-prov": 0, "kpu-kab": 0, "ppk": 1, "pps": 2}.get(unit["kind"], 0)
            self.unit.addItem("   " * indent + f"{unit['code']}  {unit['name']}", unit["code"])
        self.event.addItem(self.tr("All events"), None)
        for event in choices["events"]:
            self.event.addItem(event["name"], event["id"])
        self.status.addItem(self.tr("Any status") if self.kind != "facility" else self.tr("Any kind"), None)
        special = {"DISCREPANCY": self.tr("With discrepancies"), "LATE": self.tr("Arrived late")}
        for code in choices["statuses"]:
            self.status.addItem(special.get(code) or value_label(code, lang), code)

    def query(self) -> ListQuery:
        return ListQuery(self.kind, unit_code=self.unit.currentData(), event_id=self.event.currentData(),
                         status=self.status.currentData(), search=self.search.text().strip(),
                         discrepancies_only=self.discrepancies.isChecked(), sort=self._sort,
                         descending=self._descending)

    def set_sort(self, sort: str, descending: bool) -> None:
        self._sort, self._descending = sort, descending

    def apply(self) -> None:
        self.timer.stop()
        self.query_changed.emit(self.query())

    def flush(self) -> None:
        """Run a search still waiting for its timer now."""
        if self.timer.isActive():
            self.apply()

    def set_filters(self, *, unit_code: str | None, event_id: str | None, status: str | None,
                    discrepancies_only: bool, search: str) -> None:
        """Set every box at once (dashboard drill-down), then apply once."""
        boxes = (self.unit, self.event, self.status, self.discrepancies, self.search)
        for box in boxes:
            box.blockSignals(True)
        try:
            for combo, value in ((self.unit, unit_code), (self.event, event_id), (self.status, status)):
                at = combo.findData(value)
                if at < 0:
                    combo.addItem(str(value), value)
                    at = combo.count() - 1
                combo.setCurrentIndex(at)
            self.discrepancies.setChecked(discrepancies_only)
            self.search.setText(search or "")
        finally:
            for box in boxes:
                box.blockSignals(False)
        self.apply()


class ColumnChooser:
    """A menu of checkable column names; the visible set is kept in QSettings when there is one."""

    def __init__(self, button: QToolButton, view: QTableView, columns: list[ColumnSpec], key: str,
                 settings: QSettings | None = None, changed: Callable[[], None] | None = None):
        self.view, self.columns, self.key, self.settings = view, columns, key, settings
        self.changed = changed
        self.menu = QMenu(button)
        button.setMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for n, column in enumerate(columns):
            action = QAction(QCoreApplication.translate(COLUMN_CONTEXT, column.title), self.menu, checkable=True)
            action.toggled.connect(lambda on, n=n: self._show(n, on))
            self.menu.addAction(action)
            self.actions[column.key] = action
        self.restore()

    def visible_keys(self) -> list[str]:
        return [c.key for n, c in enumerate(self.columns) if not self.view.isColumnHidden(n)]

    def restore(self) -> None:
        saved = self.settings.value(self.key) if self.settings is not None else None
        keys = set(saved if isinstance(saved, list) else [saved] if isinstance(saved, str) else
                   [c.key for c in self.columns if not c.hidden])
        for column in self.columns:
            self.actions[column.key].setChecked(column.key in keys)
            self._show(self.columns.index(column), column.key in keys, save=False)

    def set_visible(self, key: str, visible: bool) -> None:
        self.actions[key].setChecked(visible)

    def _show(self, column: int, visible: bool, *, save: bool = True) -> None:
        if not visible and len(self.visible_keys()) <= 1 and not self.view.isColumnHidden(column):
            self.actions[self.columns[column].key].setChecked(True)   # keep at least one column
            return
        self.view.setColumnHidden(column, not visible)
        if save and self.settings is not None:
            self.settings.setValue(self.key, self.visible_keys())
        if self.changed is not None:
            self.changed()


__all__ = ["ColumnChooser", "FilterBar", "SEARCH_DELAY_MS"]
