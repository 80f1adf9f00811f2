"""A panel for a screen whose feature arrives later: what it will hold and what to do meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .widgets import card, icon, label


class PlannedFeaturePanel(QWidget):
    """Two cards: the feature's promise, and the interim ways (commands that can be copied)."""

    def __init__(self, icon_name: str, heading: str, promise: str, holds: list[str], meanwhile_intro: str,
                 commands: list[tuple[str, str]], copy_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        top, top_layout = card(self, name="banner")
        row = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(picture)
        texts = QVBoxLayout()
        texts.addWidget(label(heading, "sectionTitle"))
        texts.addWidget(label(promise))
        for line in holds:
            texts.addWidget(label("•  " + line))
        row.addLayout(texts, 1)
        top_layout.addLayout(row)
        layout.addWidget(top)

        meanwhile, inner = card(self)
        title_row = QHBoxLayout()
        symbol = QLabel()
        symbol.setPixmap(icon("terminal").pixmap(22, 22))
        title_row.addWidget(symbol)
        title_row.addWidget(label(meanwhile_intro, "sectionTitle"), 1)
        inner.addLayout(title_row)
        self.command_buttons: list[QPushButton] = []
        for explanation, command in commands:
            line = QHBoxLayout()
            text = label(f"{explanation}<br><code>{command}</code>", rich=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(text, 1)
            button = QPushButton(copy_text)
            button.setProperty("command", command)
            button.clicked.connect(self._copy)
            self.command_buttons.append(button)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            inner.addLayout(line)
        layout.addWidget(meanwhile)
        layout.addStretch(1)

    def _copy(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            QGuiApplication.clipboard().setText(str(button.property("command")))
