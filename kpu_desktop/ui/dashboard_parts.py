"""Pieces of the Beranda: figure tiles and the worst-first table of what needs attention."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QWidget)


class Tile(QPushButton):
    """A big figure beside its caption; clicking it opens the list behind the figure."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        self.figure = QLabel("–")
        self.figure.setMinimumWidth(104)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #546e7a; background: transparent;")
        for child in (self.figure, self.caption):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption, 1)
        self.set_figure("–")
        self.setAccessibleName(caption)

    def sizeHint(self) -> QSize:  # noqa: N802 - a push button ignores its layout otherwise
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(hint.height(), 44))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def set_figure(self, text: str, *, alarm: bool = False) -> None:
        self.figure.setText(text)
        colour = "#c62828" if alarm else "#2e7d32"
        self.figure.setStyleSheet(f"font-size: 15pt; font-weight: 600; background: transparent; color: {colour};")


@dataclass(frozen=True)
class Attention:
    """One row of the worst-first table."""

    topic: str       # "staffing", "facility", "logistics"
    flag: str        # the tile filter this row belongs to, e.g. "missing_secretary"
    priority: int
    unit_code: str
    unit_label: str
    problem: str
    figure: str


class AttentionTable(QTableWidget):
    """Rows of `Attention`; Enter or double-click asks to open the records behind a row."""

    row_activated = Signal(object)

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._rows: list[Attention] = []
        self.itemActivated.connect(self._activated)

    def set_rows(self, rows: list[Attention], topic_names: dict[str, str]) -> None:
        self._rows = list(rows)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (topic_names.get(row.topic, row.topic), row.unit_label, row.problem, row.figure)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.priority >= 3 and c == 2:
                    item.setForeground(QColor("#c62828"))
                self.setItem(r, c, item)
        if rows:
            self.setCurrentCell(0, 0)

    def rows(self) -> list[Attention]:
        return list(self._rows)

    def _activated(self, item: QTableWidgetItem) -> None:
        if 0 <= item.row() < len(self._rows):
            self.row_activated.emit(self._rows[item.row()])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.row_activated.emit(self._rows[self.currentRow()])
            return
        super().keyPressEvent(event)
