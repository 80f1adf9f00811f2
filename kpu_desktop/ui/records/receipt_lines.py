"""The editable grid of a receipt's item lines, with discrepancies coloured as they appear."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QTableView

from ...domain.formatting import format_number
from ...domain.issues import Issue
from ...domain.messages import value_label
from ...domain.receipts import complete_line, election_type_code

EDITABLE = ("item_code", "election_type", "dapil", "expected", "received", "damaged", "note")
DERIVED = ("good", "short", "excess")
COLUMNS = EDITABLE + DERIVED
NUMERIC = ("expected", "received", "damaged", "good", "short", "excess")
BRUSHES = {"error": QBrush(QColor("#f8d0d0")), "short": QBrush(QColor("#ffe7b0")),
           "damaged": QBrush(QColor("#ffd3c4")), "excess": QBrush(QColor("#d6e8ff")),
           "wrong_dapil": QBrush(QColor("#f3c2f0"))}


def _int(value: Any) -> int | None:
    try:
        return int(str(value).replace(".", "").strip()) if value not in (None, "") else None
    except ValueError:
        return None


class ReceiptLinesModel(QAbstractTableModel):
    """Lines as typed (text), one trailing blank row that becomes a line when something is typed in it."""

    lines_changed = Signal()

    def __init__(self, titles: dict[str, str], *, item_name: Callable[[str], str],
                 item_code: Callable[[str], str | None], parent: QObject | None = None):
        super().__init__(parent)
        self.titles, self.item_name, self.item_code = titles, item_name, item_code
        self.lines: list[dict] = []
        self.lang = "id"
        self.issues: dict[int, list[Issue]] = {}
        self.expected_for: Callable[[dict], int | None] = lambda line: None

    # -- content ----------------------------------------------------------------------------
    def set_lines(self, lines: list[dict]) -> None:
        self.beginResetModel()
        self.lines = [{k: line.get(k) for k in EDITABLE} for line in lines]
        self.issues = {}
        self.endResetModel()
        self.lines_changed.emit()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.lines_changed.emit()

    def set_issues(self, issues: dict[int, list[Issue]]) -> None:
        self.issues = issues
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    def completed(self, row: int) -> dict:
        line = {k: (_int(v) if k in NUMERIC and _int(v) is not None else v) for k, v in self.lines[row].items()}
        return complete_line(line)

    def totals(self) -> dict[str, int]:
        sums = dict.fromkeys(NUMERIC, 0)
        for row in range(len(self.lines)):
            done = self.completed(row)
            for key in NUMERIC:
                value = done.get(key)
                sums[key] += value if isinstance(value, int) else 0
        return sums

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[COLUMNS[section]]
        return "*" if section == len(self.lines) else str(section + 1)

    def flags(self, index):
        if COLUMNS[index.column()] in DERIVED:
            return Qt.ItemFlag.ItemIsSelectable      # not enabled: Tab skips the derived columns
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, key = index.row(), COLUMNS[index.column()]
        if row >= len(self.lines):
            return None
        if role == Qt.ItemDataRole.EditRole:
            value = self.lines[row].get(key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(i.message(self.lang) for i in self.issues.get(row, [])) or None
        return None

    def _shown(self, row: int, key: str) -> str:
        if key in DERIVED:
            value = self.completed(row).get(key)
            return format_number(value) if isinstance(value, int) else ""
        value = self.lines[row].get(key)
        if value in (None, ""):
            return ""
        if key == "item_code":
            return self.item_name(str(value))
        if key == "election_type":
            return value_label(str(value), self.lang)
        return format_number(_int(value)) if key in NUMERIC and _int(value) is not None else str(value)

    def _brush(self, row: int, key: str):
        mine = self.issues.get(row, [])
        if any(i.is_error and i.field == key for i in mine):
            return BRUSHES["error"]
        if key == "dapil" and any(i.code == "line.wrong_dapil" for i in mine):
            return BRUSHES["wrong_dapil"]
        done = self.completed(row)
        for flag in ("short", "damaged", "excess"):
            if isinstance(done.get(flag), int) and done[flag] > 0 and key in (flag, "received"):
                return BRUSHES[flag]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or COLUMNS[index.column()] in DERIVED:
            return False
        row, key = index.row(), COLUMNS[index.column()]
        text = str(value).strip() if value is not None else ""
        if row >= len(self.lines):
            if not text:
                return False
            self.beginInsertRows(QModelIndex(), len(self.lines) + 1, len(self.lines) + 1)
            self.lines.append(dict.fromkeys(EDITABLE))
            self.endInsertRows()
        line = self.lines[row]
        if key == "item_code":
            text = self.item_code(text) or text
        elif key == "election_type" and text:
            text = election_type_code(text)
        line[key] = text or None
        if key in ("item_code", "election_type", "dapil") and line.get("expected") in (None, ""):
            expected = self.expected_for(line)
            line["expected"] = None if expected is None else str(expected)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row + 1)
        self.lines_changed.emit()
        return True


class LineDelegate(QStyledItemDelegate):
    """Line editors that select their text (typing replaces it); Enter commits and moves down."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view

    def setEditorData(self, editor, index) -> None:
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            move_down(self.view)
            return True
        return super().eventFilter(editor, event)


def move_down(view: QTableView) -> None:
    current = view.currentIndex()
    below = view.model().index(current.row() + 1, current.column())
    if below.isValid():
        view.setCurrentIndex(below)


class GridKeys(QObject):
    """Enter on the grid (not editing) moves down instead of pressing the dialog's default button."""

    def eventFilter(self, view: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(view, QTableView) and view.state() != QAbstractItemView.State.EditingState):
            move_down(view)
            return True
        return False
