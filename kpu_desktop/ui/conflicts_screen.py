"""Konflik: records changed in two places before they were exchanged, and the decisions taken here.

The list loads and each decision is written on the task runner; the decision goes through the conflicts
service, which records it as an ordinary change so it travels with the next data package.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.roles import Permission
from ..tasks import TaskRunner
from . import messages
from .conflict_detail import ConflictDetail
from .exchange_jobs import conflicts_job, resolve_job
from .exchange_texts import kind_name, value_text, when_text
from .widgets import PageHeader, card, icon, label

OPEN, RESOLVED = "open", "resolved"


class ConflictsScreen(QWidget):
    loaded = Signal()
    resolved = Signal(str)       # conflict id
    data_changed = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.may_decide = ctx.may(Permission.RESOLVE_CONFLICTS)
        self.open: list[dict] = []
        self.done: list[dict] = []
        self._load_handle = self._resolve_handle = None
        self._loaded_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.header = PageHeader(self.tr("Conflicts"),
                                 self.tr("Records changed in two places before they were exchanged."))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_widget(self.refresh_button)
        layout.addWidget(self.header)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        caption = QLabel(self.tr("Sho&w:"))
        self.view_box = QComboBox()
        self.view_box.addItem(self.tr("Open conflicts"), OPEN)
        self.view_box.addItem(self.tr("Decided here"), RESOLVED)
        caption.setBuddy(self.view_box)
        self.view_box.currentIndexChanged.connect(self._fill)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("filter by record, field or kind"))
        self.search.textChanged.connect(self._apply_search)
        self.count_label = label("", "hint")
        filters.addWidget(caption)
        filters.addWidget(self.view_box)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        body.addLayout(filters)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflicts")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = ConflictDetail()
        self.detail.chosen.connect(self.decide)
        self.decision = label("", "")
        self.decision.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QStackedWidget()
        frame, inner = card(self)
        inner.addWidget(self.detail)
        self.details.addWidget(frame)
        frame2, inner2 = card(self)
        inner2.addWidget(self.decision)
        self.details.addWidget(frame2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 360])
        body.addWidget(splitter, 1)
        if not self.may_decide:
            body.addWidget(label(self.tr("Your role may look at conflicts; deciding them needs an operator or an "
                                         "administrator."), "hint"))
        layout.addWidget(self.body, 1)

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._load_handle is not None:
            return
        self.count_label.setText(self.tr("loading..."))
        self._load_handle = self.runner.submit("conflicts-list", conflicts_job, owner=self)
        self._load_handle.succeeded.connect(self._loaded)
        self._load_handle.failed.connect(self.count_label.setText)
        self._load_handle.finished.connect(self._load_done)

    def _loaded(self, result: dict) -> None:
        self.open, self.done = result["open"], result["resolved"]
        self._loaded_once = True
        self._fill()
        self.loaded.emit()

    def _load_done(self) -> None:
        self._load_handle = None

    def showing(self) -> str:
        return self.view_box.currentData()

    def _fill(self) -> None:
        selected = self._selected_key()
        if self.showing() == OPEN:
            headers = [self.tr("Record kind"), self.tr("Record"), self.tr("Field"), self.tr("Versions")]
            rows = [(kind_name(c["table"]), c["record_label"], c["field_label"],
                     " | ".join(self._version_summary(c, v) for v in c["versions"]), c["id"]) for c in self.open]
            self.details.setCurrentIndex(0)
        else:
            headers = [self.tr("Record kind"), self.tr("Record"), self.tr("Field"), self.tr("Value kept")]
            rows = [(kind_name(d["table"]), d["record_label"], d["field_label"],
                     f"{value_text(d['value'])}   ({d['username']}, {when_text(d['at'])})",
                     f"{d['table']}/{d['record_id']}/{d['field']}/{n}") for n, d in enumerate(self.done)]
            self.details.setCurrentIndex(1)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values[:4]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, values[4])
                self.table.setItem(row, column, item)
        self._apply_search()
        self._select(selected)
        if self.showing() == OPEN:
            self.count_label.setText(self.tr("%1 open").replace("%1", str(len(self.open))))
        else:
            self.count_label.setText(self.tr("%1 decided here").replace("%1", str(len(self.done))))

    def _version_summary(self, conflict: dict, version: dict) -> str:
        if conflict["kind"] == "delete":
            value = self.tr("deleted") if version["choice"] == 1 else self.tr("edited")
        else:
            value = value_text(version["values"].get(conflict["field"]))
        return f"{value} ({version.get('username') or '?'}, {version.get('unit', '?')})"

    def _apply_search(self) -> None:
        words = self.search.text().strip().lower()
        for row in range(self.table.rowCount()):
            text = " ".join(self.table.item(row, c).text().lower() for c in range(self.table.columnCount()))
            self.table.setRowHidden(row, bool(words) and words not in text)

    def _selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _select(self, key: str | None) -> None:
        visible = [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]
        target = next((r for r in visible if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == key),
                      visible[0] if visible else None)
        if target is None:
            self.table.clearSelection()
            self._show_selected()
        else:
            self.table.selectRow(target)
            self._show_selected()

    def current_conflict(self) -> dict | None:
        key = self._selected_key()
        return next((c for c in self.open if c["id"] == key), None) if self.showing() == OPEN else None

    def _show_selected(self) -> None:
        if self.showing() == OPEN:
            self.detail.show_conflict(self.current_conflict(), may_decide=self.may_decide,
                                      busy=self._resolve_handle is not None)
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.decision.setText(self.tr("No decision selected."))
            return
        d = self.done[rows[0].row()]
        self.decision.setText(self.tr("%1: %2 — %3\nKept: %4\nDecided by %5 on %6. The decision is sent with the next "
                                      "data package and closes the conflict everywhere.")
                              .replace("%1", kind_name(d["table"])).replace("%2", d["record_label"])
                              .replace("%3", d["field_label"]).replace("%4", value_text(d["value"]))
                              .replace("%5", d["username"]).replace("%6", when_text(d["at"])))

    # -- deciding ---------------------------------------------------------------------------------
    def decide(self, choice: int) -> None:
        conflict = self.current_conflict()
        if conflict is None or not self.may_decide or self._resolve_handle is not None:
            return
        kept = conflict["choices"][choice - 1] if conflict["kind"] == "delete" else value_text(
            conflict["versions"][choice - 1]["values"].get(conflict["field"]))
        question = self.tr("Keep \"%1\" for %2 of %3? The other version is set aside; the decision is recorded "
                           "in the audit trail and sent with the next data package.") \
            .replace("%1", kept).replace("%2", conflict["field_label"]).replace("%3", conflict["record_label"])
        if not messages.confirm(self, self.tr("Decide conflict"), question, yes=self.tr("Keep it")):
            return
        self._resolve_handle = self.runner.submit("conflict-resolve", resolve_job(conflict["id"], choice), owner=self)
        self._resolve_handle.succeeded.connect(self._decided)
        self._resolve_handle.failed.connect(lambda message: messages.warn(self, self.tr("Decide conflict"), message))
        self._resolve_handle.finished.connect(self._resolve_done)
        self._show_selected()

    def _decided(self, result: dict) -> None:
        self.resolved.emit(result["id"])
        self.data_changed.emit()

    def _resolve_done(self) -> None:
        self._resolve_handle = None
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
