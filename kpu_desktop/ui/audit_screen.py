"""Jejak Audit: who changed what and when, filterable, with the hash chain verified."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from ..domain.formatting import format_local_time
from ..services.audit_view import AuditEntry, AuditFilter, AuditService
from ..services.context import AppContext
from ..tasks import TaskRunner
from .audit_labels import action_name, table_name
from .widgets import PageHeader, card, icon, label

NO_DATE = QDate(2000, 1, 1)


def _verify(ctx: AppContext, progress):
    return AuditService(ctx).verify()


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("seq", "at", "username", "action", "table", "record_id", "summary")

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "summary":
            return entry.summary(120)
        if column == "at":
            return format_local_time(entry.at, seconds=True)
        if column == "record_id":
            return entry.record_id[:8]
        if column == "action":
            return action_name(entry.action)
        if column == "table":
            return table_name(entry.table)
        return str(getattr(entry, column))


class AuditScreen(QWidget):
    loaded = Signal()
    verified = Signal(bool)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._verify_handle = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.header = PageHeader(self.tr("Audit Trail"),
                                 self.tr("Every change, who made it and when. Entries are chained by SHA-256: "
                                         "an entry altered afterwards breaks the chain."))
        self.verify_button = QPushButton(icon("audit"), self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.header.add_widget(self.verify_button)
        layout.addWidget(self.header)
        self.chain_label = label(self.tr("Chain: not verified yet"), "hint")
        layout.addWidget(self.chain_label)
        layout.addWidget(self._filters())
        self.model = AuditTableModel([self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                                      self.tr("Table"), self.tr("Record"), self.tr("Changes")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see every changed field."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 140])
        layout.addWidget(splitter, 1)

    def _filters(self) -> QWidget:
        frame, inner = card(self)
        grid = QGridLayout()
        self.user_box, self.table_box, self.action_box = QComboBox(), QComboBox(), QComboBox()
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("record id or its beginning"))
        self.record.returnPressed.connect(self.apply_filters)
        self.apply_button = QPushButton(self.tr("&Apply filter"))
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.clicked.connect(self.clear_filters)
        fields = ((self.tr("&User"), self.user_box), (self.tr("&Table"), self.table_box),
                  (self.tr("A&ction"), self.action_box), (self.tr("&From"), self.date_from),
                  (self.tr("U&ntil"), self.date_to), (self.tr("&Record"), self.record))
        for n, (text, widget) in enumerate(fields):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, n // 3, (n % 3) * 2)
            grid.addWidget(widget, n // 3, (n % 3) * 2 + 1)
            grid.setColumnStretch((n % 3) * 2 + 1, 1)
        buttons = QHBoxLayout()
        self.count_label = label("", "hint")
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        inner.addLayout(grid)
        inner.addLayout(buttons)
        return frame

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        choices = AuditService(self.ctx).choices()
        for box, values, name in ((self.user_box, choices["users"], str),
                                  (self.table_box, choices["tables"], table_name),
                                  (self.action_box, choices["actions"], action_name)):
            current = box.currentData()
            box.clear()
            box.addItem(self.tr("(all)"), "")
            for value in sorted(values, key=lambda v: name(v).casefold()):
                box.addItem(name(value), value)
            box.setCurrentIndex(max(box.findData(current), 0))
        self.apply_filters()
        self.verify()

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit):
            return None if edit.date() == NO_DATE else edit.date().toPython()
        return AuditFilter(username=self.user_box.currentData() or "", table=self.table_box.currentData() or "",
                           action=self.action_box.currentData() or "", date_from=day(self.date_from),
                           date_to=day(self.date_to), record=self.record.text())

    def apply_filters(self) -> None:
        entries = AuditService(self.ctx).entries(self.current_filter())
        self.model.set_entries(entries)
        self.count_label.setText(self.tr("%1 entries shown (newest first)").replace("%1", str(len(entries))))
        if entries:
            self.table.selectRow(0)
        else:
            self.detail.clear()
        self.loaded.emit()

    def clear_filters(self) -> None:
        for box in (self.user_box, self.table_box, self.action_box):
            box.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.record.clear()
        self.apply_filters()

    def focus_search(self) -> None:
        self.record.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_detail(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        entry = self.model.entries[current.row()]
        when = format_local_time(entry.at, seconds=True)  # as the list shows it
        lines = [f"#{entry.seq}  {when}  {entry.username}  {action_name(entry.action)} ({entry.action})  "
                 f"{table_name(entry.table)} ({entry.table})  {entry.record_id}", ""]
        lines.append(json.dumps(entry.changes, indent=2, ensure_ascii=False, default=str))
        self.detail.setPlainText("\n".join(lines))

    # -- chain ------------------------------------------------------------------------------------
    def verify(self) -> None:
        if self._verify_handle is not None:
            return
        self.chain_label.setText(self.tr("Chain: verifying..."))
        self._verify_handle = self.runner.submit("audit-verify", _verify, owner=self)
        self._verify_handle.succeeded.connect(self._verified)
        self._verify_handle.failed.connect(self._verify_failed)
        self._verify_handle.finished.connect(self._verify_done)

    def _verified(self, report) -> None:
        if report.ok:
            self.chain_label.setObjectName("okText")
            self.chain_label.setText(self.tr("Chain intact: all %1 entries verified.").replace("%1", str(report.entries)))
        else:
            self.chain_label.setObjectName("errorText")
            self.chain_label.setText(self.tr("Chain BROKEN at entry %1: %2").replace("%1", str(report.broken_at))
                                     .replace("%2", report.worded(self.ctx.lang)))
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)
        self.verified.emit(report.ok)

    def _verify_failed(self, message: str) -> None:
        self.chain_label.setText(self.tr("Chain could not be verified: %1").replace("%1", message))

    def _verify_done(self) -> None:
        self._verify_handle = None
