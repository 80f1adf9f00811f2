"""The exchange status: the data fingerprint to compare by phone, and what is held from which node."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .exchange_texts import when_text
from .widgets import card, label


def ranges_text(ranges) -> str:
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in ranges)


class FingerprintCard(QWidget):
    """The short fingerprint, big and selectable, with a Copy button and a unit to narrow it to."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        frame, inner = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inner.addWidget(label(self.tr("Data fingerprint"), "sectionTitle"))
        self.value = QLabel("…")
        self.value.setObjectName("fingerprint")
        # The application style sheet fixes every widget's font size; this one is meant to be read aloud.
        self.value.setStyleSheet("font-size: 24pt; font-weight: 700; font-family: monospace; color: #1c262b;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        inner.addWidget(self.value)
        row = QHBoxLayout()
        caption = QLabel(self.tr("O&f:"))
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("all shared data"), "")
        caption.setBuddy(self.unit_box)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(caption)
        row.addWidget(self.unit_box, 1)
        row.addWidget(self.copy_button)
        inner.addLayout(row)
        inner.addWidget(label(self.tr("Read it to the other office by phone: the same fingerprint means the "
                                      "same data."), "hint"))

    def set_units(self, units: list[dict]) -> None:
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        while self.unit_box.count() > 1:
            self.unit_box.removeItem(1)
        for unit in units:
            self.unit_box.addItem("  " * unit["depth"] + f"{unit['code']}  {unit['name']}", unit["code"])
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0))
        self.unit_box.blockSignals(False)

    def set_value(self, short: str) -> None:
        self.value.setText(short)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value.text())


class StatusPanel(QWidget):
    """What is held from which node (ranges, gaps), waiting records and open conflicts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.summary = label("", "")
        layout.addWidget(self.summary)
        self.nodes = QTableWidget(0, 5)
        self.nodes.setObjectName("nodes")
        self.nodes.setHorizontalHeaderLabels([self.tr("Node"), self.tr("Unit"), self.tr("Changes held"),
                                              self.tr("Not for this unit"), self.tr("Missing")])
        self.nodes.verticalHeader().setVisible(False)
        self.nodes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.nodes.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.nodes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The unit's name gives way (elided) so that the ranges, what matters here, stay in view.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.nodes, 1)
        layout.addWidget(label(self.tr("Missing changes"), "sectionTitle"))
        self.gaps = label(self.tr("none"), "hint")
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.gaps)

    def show_status(self, status: dict) -> None:
        self.summary.setText(self.tr("This installation is node %1. Records waiting for their unit: %2. "
                                     "Open conflicts: %3.").replace("%1", status["node"])
                             .replace("%2", str(status["pending"])).replace("%3", str(status["conflicts"])))
        peers = {p["node"]: p for p in status["peers"]}
        self.nodes.setRowCount(len(status["nodes"]))
        for row, node in enumerate(status["nodes"]):
            name = node["node"] + ("  " + self.tr("(this one)") if node["own"] else "")
            unit = QTableWidgetItem(node["unit"])
            tip = [node["unit"]]  # whole, where the cell shortens it
            if node["node"] in peers and peers[node["node"]]["last_import_at"]:
                # In a tooltip: in the cell it would push the range columns out of view.
                tip.append(self.tr("last received %1").replace(
                    "%1", when_text(peers[node["node"]]["last_import_at"])))
            unit.setToolTip("\n".join(tip))
            self.nodes.setItem(row, 1, unit)
            texts = {0: name, 2: ranges_text(node["ranges"]), 3: ranges_text(node["withheld"]),
                     4: ranges_text(node["gaps"])}
            for column, text in texts.items():
                self.nodes.setItem(row, column, QTableWidgetItem(text))
        self.gaps.setText("\n".join(g["message"] for g in status["gaps"]) or self.tr("none"))
