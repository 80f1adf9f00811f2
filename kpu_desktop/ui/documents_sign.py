"""Add a further signature (e.g. the Ketua's after the Sekretaris') to a PDF already on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget, QVBoxLayout

from ..services.context import AppContext
from ..services.documents_view import PdfInspection, write_pdf
from ..services.errors import ServiceError
from ..tasks import TaskRunner
from . import identity_dialogs, messages
from .documents_jobs import inspect_job, sign_job
from .widgets import card, label


class ExistingSignPanel(QWidget):
    signed = Signal(str)   # the path written

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.can_sign = False
        self.inspection: PdfInspection | None = None
        self._handle = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = card(self)
        inner.addWidget(label(self.tr("Add a signature to an existing document"), "sectionTitle"))
        inner.addWidget(label(self.tr("For the Ketua's signature after the Sekretaris', or a BAST party: the "
                                      "earlier signatures stay valid."), "hint"))
        self.choose_button = QPushButton(self.tr("C&hoose PDF..."))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = label(self.tr("No file chosen"), "hint")
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        inner.addLayout(top)
        form = QFormLayout()
        self.slot = QComboBox()
        self.post = QLineEdit()
        self.post.setPlaceholderText(self.tr("e.g. Ketua KPU Kabupaten ..."))
        form.addRow(self.tr("Sl&ot"), self.slot)
        form.addRow(self.tr("Signer's p&ost"), self.post)
        inner.addLayout(form)
        row = QHBoxLayout()
        self.error = label("", "errorText")
        self.sign_button = QPushButton(self.tr("Sign and sa&ve..."))
        self.sign_button.clicked.connect(self.sign)
        row.addWidget(self.error, 1)
        row.addWidget(self.sign_button)
        inner.addLayout(row)
        layout.addWidget(frame)
        self._update()

    def set_can_sign(self, can: bool, why: str) -> None:
        self.can_sign = can
        self.sign_button.setToolTip(why)
        self.choose_button.setToolTip(why)
        self._update()

    def _update(self) -> None:
        busy = self._handle is not None
        free = self.inspection.free_slots if self.inspection else []
        self.choose_button.setEnabled(self.can_sign and not busy)
        self.slot.setEnabled(bool(free) and not busy)
        self.sign_button.setEnabled(self.can_sign and bool(free) and not busy)

    def choose(self) -> None:
        path = messages.open_file(self, self.tr("Document to sign"), self.tr("PDF (*.pdf)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        if self._handle is not None:
            return
        self.error.clear()
        self.file_label.setText(self.tr("Reading %1...").replace("%1", Path(path).name))
        self._start(inspect_job(path), self._inspected)

    def _inspected(self, found: PdfInspection) -> None:
        from .documents_produce import slot_name

        self.inspection = found
        self.slot.clear()
        for slot in found.free_slots:
            self.slot.addItem(slot_name(self, slot), slot)
        signed = [slot_name(self, name) for name, done in found.slots if done]
        text = Path(found.path).name
        if signed:
            text += " — " + self.tr("signed by: %1").replace("%1", ", ".join(signed))
        self.file_label.setText(text)
        if not found.free_slots:
            self.error.setText(self.tr("This document has no free signature slot."))
        if self.slot.findData("ketua") >= 0:
            self.slot.setCurrentIndex(self.slot.findData("ketua"))

    def sign(self) -> None:
        found, slot = self.inspection, self.slot.currentData()
        if found is None or not slot or self._handle is not None:
            return
        from .documents_produce import slot_name

        passphrase = identity_dialogs.ask_passphrase(
            self, self.tr("Passphrase of the signing key, to sign %1 as %2:")
            .replace("%1", Path(found.path).name).replace("%2", slot_name(self, slot)))
        if passphrase is None:
            return
        self.error.clear()
        self._start(sign_job(found.pdf, passphrase, slot, self.post.text().strip()), self._signed)

    def _signed(self, pdf: bytes) -> None:
        found = self.inspection
        path = messages.save_file(self, self.tr("Save the signed document"), found.path, self.tr("PDF (*.pdf)"))
        if not path:
            self.error.setText(self.tr("The signed document was not saved."))
            return
        try:
            write_pdf(Path(path), pdf, self.ctx.lang)
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.inspection = None
        self.slot.clear()
        self.file_label.setText(self.tr("Signed and saved: %1").replace("%1", path))
        self.signed.emit(path)

    def _start(self, job, on_success) -> None:
        self._handle = self.runner.submit("document-sign", job, owner=self)
        self._handle.succeeded.connect(on_success)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)
        self._update()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        messages.warn(self, self.tr("Sign a document"), message)

    def _finished(self) -> None:
        self._handle = None
        self._update()
