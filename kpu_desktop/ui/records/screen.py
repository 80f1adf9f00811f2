"""The shared record screen: a paged list with filters, and the actions the shell wires to menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.formatting import format_number
from ...domain.issues import Issue
from ...services.context import AppContext
from ...services.errors import ServiceError
from ...services.paging import ListQuery
from ...services.undo import UndoService
from ...tasks import TaskRunner
from . import prompts
from .columns import ColumnSpec
from .delete_dialog import DeleteDialog
from .filter_bar import ColumnChooser, FilterBar
from .import_dialog import ImportDialog
from .list_model import PagedTableModel
from .record_jobs import export_job



class RecordScreen(QWidget):
    """Subclasses set `kind`, `columns()`, `dialog_class` and `describe(row)`."""

    record_changed = Signal()
    kind = ""
    dialog_class: type = QDialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None,
                 runner: TaskRunner | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner or TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, self)
        self.undo = UndoService(ctx)
        self.dialog: QDialog | None = None
        self.export_handle = None
        self._build(settings)

    # -- layout ---------------------------------------------------------------------------
    def columns(self) -> list[ColumnSpec]:
        raise NotImplementedError

    def describe(self, row: dict) -> str:
        raise NotImplementedError

    def _build(self, settings: QSettings | None) -> None:
        layout = QVBoxLayout(self)
        self.filters = FilterBar(self.ctx, self.kind, self)
        layout.addWidget(self.filters)
        self.table = QTableView(self, objectName="records")
        self.model = PagedTableModel(self.ctx, self.columns(), self.filters.query(), self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # One line per row, every row the same height: the view never measures rows (QTableView has no
        # setUniformRowHeights; a fixed default section size is its equivalent), and text is elided, not
        # wrapped into a second line the row cannot show.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        header.setHighlightSections(False)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._actions_row())
        self._note = ""
        self._select_later: str | None = None
        self.chooser = ColumnChooser(self.filters.columns_button, self.table, self.model.columns,
                                     f"records/{self.kind}/columns", settings, changed=self._fit_last_column)
        self._fit_last_column()
        self.filters.query_changed.connect(self._requery)
        self.model.count_changed.connect(self._count_changed)
        self._show_count()

    def _size_columns(self) -> None:
        """Default widths from each column's kind (names wide, codes narrow), never from the rows."""
        header = self.table.horizontalHeader()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        bold = header.font()
        bold.setBold(True)      # styles draw header titles bold
        titles = QFontMetrics(bold)
        for n, column in enumerate(self.model.columns):
            title = titles.horizontalAdvance(self.model.title(n)) + 20   # margins and the sort arrow
            header.resizeSection(n, max(column.width * digit + 12, title))

    def _fit_last_column(self) -> None:
        """The last visible column takes the spare width only when it holds free text."""
        visible = [c for n, c in enumerate(self.model.columns) if not self.table.isColumnHidden(n)]
        self.table.horizontalHeader().setStretchLastSection(bool(visible) and visible[-1].wide)

    def _actions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons = ((self.tr("New"), "Ctrl+N", self.new_record), (self.tr("Open"), "Enter", self.open_current),
                   (self.tr("Delete"), "Del", self.delete_current), (self.tr("Undo"), "Ctrl+Z", self.undo_last),
                   (self.tr("Import..."), "", self.import_file), (self.tr("Export..."), "", self.export_file))
        self.buttons: dict[str, QPushButton] = {}
        for text, keys, slot in buttons:
            button = QPushButton(text, self)
            button.setToolTip(keys)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[slot.__name__] = button
        row.addStretch(1)
        self.progress = QProgressBar(self, objectName="taskProgress")
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.clicked.connect(self.cancel_task)
        self.status = QLabel(self, objectName="statusText")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.progress, self.stop_button):
            widget.setVisible(False)
            row.addWidget(widget)
        row.addWidget(self.status, 2)
        return row

    def set_settings(self, settings: QSettings) -> None:
        """Keep the visible columns in the shell's settings from now on."""
        self.chooser.settings = settings
        self.chooser.restore()

    # -- the list -------------------------------------------------------------------------
    def _requery(self, query: ListQuery) -> None:
        self._select_later = None
        self._note = ""
        self.model.set_query(query)

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        query = self.model.query
        key = self.model.columns[column].sort
        if key is None:
            previous = next((n for n, c in enumerate(self.model.columns) if c.sort == query.sort), -1)
            header.setSortIndicator(previous, Qt.SortOrder.DescendingOrder if query.descending
                                    else Qt.SortOrder.AscendingOrder)
            return
        descending = query.sort == key and not query.descending
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.filters.set_sort(key, descending)
        self.model.set_query(query.with_(sort=key, descending=descending))

    def _show_count(self, note: str | None = None) -> None:
        if note is not None:
            self._note = note
        n = format_number(self.model.rowCount(), self.ctx.lang)
        # Until the worker has counted a long filtered list, what is known is a lower bound.
        count = self.tr("{n} records").format(n=n) if self.model.count_known() else \
            self.tr("{n}+ records").format(n=n)
        self.status.setText(f"{count}. {self._note}" if self._note else count)

    def _count_changed(self) -> None:
        self._show_count()
        if self._select_later and self.model.surveyed():
            record_id, self._select_later = self._select_later, None
            self._select(record_id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def refresh(self, select_id: str | None = None) -> None:
        """Read the list again (after a change here or elsewhere), keeping the selection if possible."""
        select_id = select_id or self.current_id()
        self._select_later = None
        self.model.refresh()
        if select_id and not self._select(select_id) and not self.model.surveyed():
            self._select_later = select_id      # found through the position index once it is in

    def _select(self, record_id: str) -> bool:
        row = self.model.index_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _changed(self, record_id: str | None, note: str = "") -> None:
        self._note = ""
        self.refresh(record_id)
        self._show_count(note)
        self.record_changed.emit()

    # -- shell actions ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def show_filtered(self, unit_code: str | None = None, event_id: str | None = None,
                      discrepancies_only: bool = False, status: str | None = None, search: str = "") -> None:
        self.filters.set_filters(unit_code=unit_code, event_id=event_id, status=status,
                                 discrepancies_only=discrepancies_only, search=search)

    def new_record(self) -> None:
        self._open_dialog(None)

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self._open_dialog(record_id)

    def _open_dialog(self, record_id: str | None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        try:
            before = self.undo.before_edit(self.kind, record_id) if record_id else None
            dialog = self.dialog_class(self.ctx, record_id, self)
        except ServiceError as exc:
            prompts.complain(self, self.tr("Cannot open"), str(exc))
            return
        dialog.record_saved.connect(lambda saved: self._saved(saved, before, dialog.saved_warnings))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.table.setFocus()

    def _saved(self, record_id: str, before: dict | None, warnings: list[Issue]) -> None:
        if before is None:
            self.undo.added(self.kind, record_id)
        else:
            self.undo.edited(self.kind, record_id, before)
        note = self.tr("Saved.")
        if warnings:
            note += " " + self.tr("Warnings: {list}").format(list=" ".join(w.message(self.ctx.lang)
                                                                            for w in warnings))
        self._changed(record_id, note)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        if row is None or self.dialog is not None:
            return
        dialog = DeleteDialog(self.describe(row), self)
        dialog.accepted.connect(lambda: self._delete(row["id"], dialog.reason))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _delete(self, record_id: str, reason: str) -> None:
        service = self.dialog_class.service_class(self.ctx)
        try:
            lines = self.undo.before_delete(self.kind, record_id)
            service.delete(record_id, reason)
        except ServiceError as exc:
            prompts.complain(self, self.tr("Not deleted"), str(exc))
            return
        self.undo.deleted(self.kind, record_id, lines)
        self._changed(None, self.tr("Deleted. Ctrl+Z brings it back."))

    def undo_last(self) -> None:
        try:
            change = self.undo.undo()
        except ServiceError as exc:
            self._show_count(str(exc))
            return
        self._changed(change.record_id if change.op != "add" else None, self.tr("Undone."))

    # -- spreadsheets -----------------------------------------------------------------------
    def import_file(self) -> None:
        path = prompts.open_path(self, self.tr("Import a spreadsheet"), prompts.SHEETS)
        if not path or self.dialog is not None:
            return
        dialog = ImportDialog(self.runner, Path(path), self.kind, self)
        dialog.imported.connect(lambda report: self._changed(None, self.tr("Imported.")))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def export_file(self) -> None:
        path = prompts.save_path(self, self.tr("Export to a spreadsheet"), f"{self.kind}.xlsx", prompts.SHEETS)
        if not path or self.export_handle is not None:
            return
        self.export_handle = handle = self.runner.submit(f"export-{self.kind}", export_job(self.model.query,
                                                                                           Path(path)))
        self.progress.setRange(0, 0)
        for widget in (self.progress, self.stop_button):
            widget.setVisible(True)
        handle.succeeded.connect(lambda count: self._show_count(
            self.tr("Exported {n} rows to {path}.").format(n=count, path=path)))
        handle.failed.connect(lambda message: prompts.complain(self, self.tr("Export failed"), message))
        handle.cancelled.connect(lambda: self._show_count(self.tr("Export stopped.")))
        handle.finished.connect(self._task_done)

    def _task_done(self) -> None:
        self.export_handle = None
        for widget in (self.progress, self.stop_button):
            widget.setVisible(False)

    def cancel_task(self) -> None:
        if self.export_handle is not None:
            self.export_handle.cancel()

    def shutdown(self) -> None:
        """Stop background work before the screen goes away (the shell calls this on close)."""
        self.filters.timer.stop()
        self._select_later = None
        self.model.shutdown()
        self.runner.shutdown()

    # -- keyboard -------------------------------------------------------------------------
    def _key_action(self, event: QKeyEvent):
        if event.matches(QKeySequence.StandardKey.Find):
            return self.focus_search
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if ctrl and key == Qt.Key.Key_N:
            return self.new_record
        if ctrl and key == Qt.Key.Key_Z and not isinstance(self.focusWidget(), QLineEdit):
            return self.undo_last
        in_table = self.focusWidget() is self.table
        if mods == Qt.KeyboardModifier.NoModifier and in_table:
            if key == Qt.Key.Key_Delete:
                return self.delete_current
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.open_current
        if self.focusWidget() is self.filters.search and mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                return self._enter_list
            if key == Qt.Key.Key_Escape and self.filters.search.text():
                return self.filters.search.clear
        return None

    def _enter_list(self) -> None:
        self.filters.flush()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window shortcuts see them, so shell menus with the same keys never clash.
        if event.type() == QEvent.Type.ShortcutOverride and self._key_action(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        action()
