"""Small building blocks shared by screens: page headers, cards, icons, the style sheet."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..resources import resource


@lru_cache(maxsize=None)
def icon(name: str, *, light: bool = False) -> QIcon:
    path = resource("icons", f"{name}{'-light' if light else ''}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet() -> str:
    path = resource("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


class PageHeader(QWidget):
    """A screen's title line with an optional subtitle and room for buttons on the right."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = plain(QLabel(title, objectName="pageTitle"))
        self.subtitle = plain(QLabel(subtitle, objectName="pageSubtitle"))
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout.addLayout(texts, 1)
        self.actions = QHBoxLayout()
        layout.addLayout(self.actions)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def add_widget(self, widget: QWidget) -> None:
        self.actions.addWidget(widget)


def card(parent: QWidget | None = None, *, name: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent, objectName=name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    return frame, layout


def plain(widget: QLabel) -> QLabel:
    """`widget`, set to show its text as plain text whatever it holds."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def label(text: str, name: str = "", *, wrap: bool = True, rich: bool = False) -> QLabel:
    """A label showing `text` as written: names and values from records, bundles or PDFs may hold `<`, and
    Qt would otherwise take text that looks like HTML for markup. `rich` for our own markup."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget
