"""The trust store: certificates whose signatures this installation accepts, with their fingerprints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.documents_view import certificate_preview, grouped_fingerprint
from ..services.errors import ServiceError
from ..services.identity import IdentityService
from ..services.roles import Permission
from . import messages
from .widgets import card, label


class TrustPanel(QWidget):
    trust_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.may_change = ctx.may(Permission.MANAGE_UNITS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = card(self)
        inner.addWidget(label(self.tr("Trusted signers"), "sectionTitle"))
        inner.addWidget(label(self.tr("Signed documents and USB bundles are accepted only from these certificates. "
                                      "Add one only after its fingerprint was confirmed with its owner."), "hint"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Signer"), self.tr("Label"), self.tr("Valid until"),
                                              self.tr("Fingerprint (SHA-256)")])
        self.table.setAccessibleName(self.tr("Trusted signers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Rows follow their wrapped contents as the columns take their widths: sized once, while the
        # table was still narrow, a row kept the height of a fingerprint wrapped word by word.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        inner.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add certificate..."))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self.add_certificate)
        self.remove_button.clicked.connect(self.remove_selected)
        if not self.may_change:
            note = self.tr("Only an administrator may change the trust store.")
            self.add_button.setToolTip(note)
            self.remove_button.setToolTip(note)
        self.add_button.setEnabled(self.may_change)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(frame)
        self.entries: list[dict] = []
        self.refresh()

    def refresh(self) -> None:
        self.entries = IdentityService(self.ctx).trust_list()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            until = f"{entry['not_after']:%d-%m-%Y}" + (self.tr(" (expired)") if entry["expired"] else "")
            for column, text in enumerate((entry["subject"], entry["label"], until,
                                           grouped_fingerprint(entry["fingerprint"], per_line=16))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry["fingerprint"])
                item.setToolTip(entry["fingerprint"])
                self.table.setItem(row, column, item)
        self._selection_changed()

    def selected_fingerprint(self) -> str | None:
        row = self.table.currentRow()
        return self.entries[row]["fingerprint"] if 0 <= row < len(self.entries) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.may_change and self.selected_fingerprint() is not None)

    def add_certificate(self) -> None:
        path = messages.open_file(self, self.tr("Certificate to trust"),
                                  self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not path:
            return
        try:
            info = certificate_preview(Path(path), self.ctx.lang)
        except ServiceError as exc:
            messages.warn(self, self.tr("Trusted signers"), str(exc))
            return
        question = self.tr("Trust signatures of %1 (%2)?\n\nCompare this fingerprint with its owner, by phone, "
                           "before you answer:\n%3").replace("%1", info["subject"]) \
            .replace("%2", info["organization"] or "-").replace("%3", grouped_fingerprint(info["fingerprint"]))
        if not messages.confirm(self, self.tr("Trust a certificate"), question, yes=self.tr("Trust")):
            return
        try:
            IdentityService(self.ctx).trust_add(Path(path), label=Path(path).stem)
        except ServiceError as exc:
            messages.warn(self, self.tr("Trusted signers"), str(exc))
            return
        self.refresh()
        self.trust_changed.emit()

    def remove_selected(self) -> None:
        fp = self.selected_fingerprint()
        if fp is None:
            return
        entry = next(e for e in self.entries if e["fingerprint"] == fp)
        question = self.tr("Stop trusting %1?\nDocuments and bundles signed with this certificate will be reported "
                           "as not trusted, and their data can no longer be imported.").replace("%1", entry["subject"])
        if not messages.confirm(self, self.tr("Remove a trusted signer"), question, yes=self.tr("Remove")):
            return
        try:
            IdentityService(self.ctx).trust_remove(fp)
        except ServiceError as exc:
            messages.warn(self, self.tr("Trusted signers"), str(exc))
            return
        self.refresh()
        self.trust_changed.emit()
