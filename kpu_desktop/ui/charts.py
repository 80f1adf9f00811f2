"""Horizontal bar charts painted with QPainter; every bar can be clicked or chosen with the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 16
ROW_GAP = 8
GOOD, WARN, BAD, TRACK, OVER = "#43a047", "#fb8c00", "#e53935", "#eceff1", "#8e24aa"


@dataclass(frozen=True)
class Bar:
    key: object          # what a click opens (handed back by `bar_activated`)
    label: str
    value: float
    maximum: float
    text: str            # the figure printed right of the bar
    tooltip: str = ""

    @property
    def ratio(self) -> float:
        return 0.0 if self.maximum <= 0 else self.value / self.maximum


def colour_for(ratio: float) -> str:
    if ratio > 1.0001:
        return OVER
    if ratio >= 0.999:
        return GOOD
    return WARN if ratio >= 0.8 else BAD


class BarChart(QWidget):
    """One bar per row: label, a track filled to value/maximum, and the figure."""

    bar_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, label_width: int = 150, text_width: int = 90):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._current = -1
        self._label_width, self._text_width = label_width, text_width
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("chart")

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._current = 0 if self._bars else -1
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(360, max(len(self._bars), 1) * (BAR_HEIGHT + ROW_GAP) + ROW_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def bar_rect(self, index: int) -> QRectF:
        """The clickable row of bar `index` (label, track and figure)."""
        return QRectF(0, ROW_GAP / 2 + index * (BAR_HEIGHT + ROW_GAP), self.width(), BAR_HEIGHT + ROW_GAP)

    def _track(self, index: int) -> QRectF:
        top = ROW_GAP + index * (BAR_HEIGHT + ROW_GAP)
        width = max(self.width() - self._label_width - self._text_width - 16, 20)
        return QRectF(self._label_width + 8, top, width, BAR_HEIGHT)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        for index, bar in enumerate(self._bars):
            track = self._track(index)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self._label_width - 4)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(0, track.top() - 2, self._label_width, BAR_HEIGHT + 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TRACK))
            painter.drawRoundedRect(track, 3, 3)
            filled = QRectF(track.left(), track.top(), track.width() * min(bar.ratio, 1.0), track.height())
            painter.setBrush(QColor(colour_for(bar.ratio)))
            if filled.width() > 0:
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(track.right() + 8, track.top() - 2, self._text_width, BAR_HEIGHT + 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
            if index == self._current and self.hasFocus():
                painter.setPen(QPen(QColor("#e53935"), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.bar_rect(index).adjusted(1, 1, -1, -1))
        painter.end()

    def _index_at(self, y: float) -> int:
        index = int((y - ROW_GAP / 2) // (BAR_HEIGHT + ROW_GAP))
        return index if 0 <= index < len(self._bars) else -1

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        index = self._index_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self._bars[index].tooltip if index >= 0 else "")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        index = self._index_at(event.position().y())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._current = index
            self.update()
            self.bar_activated.emit(self._bars[index].key)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = (self._current + step) % len(self._bars)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.bar_activated.emit(self._bars[self._current].key)
        else:
            super().keyPressEvent(event)
