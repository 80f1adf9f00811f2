"""One conflict in detail: the competing versions side by side, with who, where and when, and a button each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .exchange_texts import kind_name, value_text, when_text
from .widgets import card, label, plain


class ConflictDetail(QWidget):
    """Shows a conflict from `open_conflicts`; `chosen(choice)` asks to keep that choice (1-based)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict: dict | None = None
        self.keep_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("", "sectionTitle")
        self.explain = label("", "hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        self.versions = QWidget()
        column = QVBoxLayout(self.versions)
        column.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.row.setSpacing(12)
        column.addLayout(self.row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.versions.setObjectName("conflictVersions")
        scroll.setStyleSheet("QScrollArea, QWidget#conflictVersions { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(self.versions)
        layout.addWidget(scroll, 1)
        self.show_conflict(None)

    def show_conflict(self, conflict: dict | None, *, may_decide: bool = False, busy: bool = False) -> None:
        self.conflict = conflict
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.keep_buttons = []
        if conflict is None:
            self.heading.setText(self.tr("Select a conflict to compare its versions."))
            self.explain.setText("")
            return
        self.heading.setText(f"{kind_name(conflict['table'])}: {conflict['record_label']} — "
                             f"{conflict['field_label']}")
        if conflict["kind"] == "delete":
            self.explain.setText(self.tr("This record was deleted in one place while it was edited in another. "
                                         "It stays deleted until you decide."))
        else:
            self.explain.setText(self.tr("This field was changed in two places before the data was exchanged. The "
                                         "newest value (left) is in use until you decide; your decision is sent "
                                         "with the next data package."))
        for number, version in enumerate(conflict["versions"]):
            self.row.addWidget(self._version_card(conflict, number, version, may_decide and not busy), 1)

    def _version_card(self, conflict: dict, number: int, version: dict, enabled: bool) -> QWidget:
        frame, inner = card(self.versions)
        title = self.tr("Version %1").replace("%1", str(number + 1))
        if number == 0:
            title += "  " + self.tr("(in use now)")
        inner.addWidget(label(title, "sectionTitle"))
        deleting = conflict["kind"] == "delete"
        if deleting and number == 0:
            reason = version["values"].get("deleted_reason")
            text = self.tr("Deleted") + (f": {reason}" if reason else "")
        elif deleting:
            text = "\n".join(f"{name}: {value_text(value)}" for name, value in version["values"].items())
        else:
            text = value_text(version["values"].get(conflict["field"]))
        value = plain(QLabel(text))  # a value from another office, shown exactly as stored
        value.setWordWrap(True)
        value.setObjectName("conflictValue")
        # The application style sheet fixes font sizes; the values compared are what matters here.
        value.setStyleSheet("font-size: 15pt; font-weight: 700;" if not deleting else "font-weight: 700;")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(value)
        node = version.get("node", "")
        for caption, text in ((self.tr("Who"), version.get("username") or "?"),
                              (self.tr("Where"), f"{version.get('unit', '?')}  ({self.tr('node')} {node[:6]})"),
                              (self.tr("When"), when_text(version.get("at", "")))):
            inner.addWidget(label(f"<b>{caption}:</b> {_escape(text)}", rich=True))
        if deleting:
            choice = 1 if number == 0 else 2
            caption = self.tr("Keep &deleted") if number == 0 else self.tr("&Restore with these edits")
        else:
            choice = number + 1
            caption = self.tr("Keep value &%1").replace("%1", str(number + 1))
        button = QPushButton(caption)
        button.setEnabled(enabled)
        button.setProperty("choice", choice)
        button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c))
        self.keep_buttons.append(button)
        inner.addWidget(button)
        return frame


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
