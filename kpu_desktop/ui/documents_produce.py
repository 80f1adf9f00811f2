"""Produce a document: the form, Generate (background, progress, cancel), the result, Save as and Sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.documents_view import write_pdf
from ..services.errors import ServiceError
from ..services.roles import Permission
from ..tasks import TaskRunner
from . import identity_dialogs, messages
from .documents_form import DocumentForm
from .documents_jobs import Produced, generate_job, sign_job
from .documents_sign import ExistingSignPanel
from .widgets import card, label


def open_externally(path: str) -> bool:
    """Open a saved PDF with the system's viewer (the seam tests replace)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class ProducePanel(QWidget):
    produced = Signal(object)   # Produced
    saved = Signal(str)
    signed = Signal(str)        # the slot just signed

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.may_sign = ctx.may(Permission.SIGN_DOCUMENTS)
        self.may_produce = ctx.may(Permission.EXPORT_DATA) or self.may_sign
        self.has_identity = False
        self.result: Produced | None = None
        self.saved_path = ""
        self._handle = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._form_card(), 3)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self._result_card())
        self.existing = ExistingSignPanel(ctx, runner, self)
        right.addWidget(self.existing)
        right.addStretch(1)
        row.addLayout(right, 2)
        self._show_result()

    # -- layout -------------------------------------------------------------------------------------
    def _form_card(self) -> QWidget:
        frame, inner = card(self)
        inner.addWidget(label(self.tr("Produce a document"), "sectionTitle"))
        self.form = DocumentForm(self.ctx)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form sits on the card: no grey viewport behind it.
        scroll.viewport().setAutoFillBackground(False)
        self.form.setAutoFillBackground(False)
        inner.addWidget(scroll, 1)
        self.sign_now = QCheckBox(self.tr("Sign &now with this installation's identity"))
        inner.addWidget(self.sign_now)
        buttons = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = label("", "hint")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("primary")
        self.generate_button.setEnabled(self.may_produce)
        self.generate_button.clicked.connect(self.generate)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        inner.addLayout(buttons)
        self.error = label("", "errorText")
        inner.addWidget(self.error)
        self.form.changed.connect(self.error.clear)
        return frame

    def _result_card(self) -> QWidget:
        frame, inner = card(self)
        self.result_title = label(self.tr("No document yet"), "sectionTitle")
        inner.addWidget(self.result_title)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.facts: dict[str, QLabel] = {}
        captions = (("number", self.tr("Number")), ("pages", self.tr("Pages")), ("records", self.tr("Records")),
                    ("fingerprint", self.tr("Data fingerprint")), ("sha256", self.tr("SHA-256 of the data")),
                    ("signatures", self.tr("Signatures")), ("file", self.tr("Saved as")))
        for n, (key, caption) in enumerate(captions):
            grid.addWidget(label(caption, "hint", wrap=False), n, 0, Qt.AlignmentFlag.AlignTop)
            value = label("-")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            grid.addWidget(value, n, 1)
        inner.addLayout(grid)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save as..."))
        self.save_button.clicked.connect(self.save_as)
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Signature slot"))
        self.slot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sign_button = QPushButton(self.tr("S&ign..."))
        self.sign_button.clicked.connect(self.sign_result)
        self.open_button = QPushButton(self.tr("&Open with the system viewer"))
        self.open_button.clicked.connect(self.open_saved)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.slot)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        inner.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    # -- state --------------------------------------------------------------------------------------
    def set_identity(self, present: bool) -> None:
        self.has_identity = present
        can = self.may_sign and present
        self.sign_now.setEnabled(can)
        if not can:
            self.sign_now.setChecked(False)
        self.sign_now.setToolTip("" if can else self._why_no_signing())
        self.existing.set_can_sign(can, self._why_no_signing())
        self._show_result()

    def _why_no_signing(self) -> str:
        if not self.may_sign:
            return self.tr("Your role may not sign documents.")
        if not self.has_identity:
            return self.tr("This installation has no signing identity yet (tab 'Identity and trust').")
        return ""

    def busy(self) -> bool:
        return self._handle is not None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.generate_button.setEnabled(not busy and self.may_produce)
        self.status.setText(text)
        self._show_result()

    def _show_result(self) -> None:
        produced = self.result
        busy = self._handle is not None
        if produced is None:
            self.result_title.setText(self.tr("No document yet"))
            for value in self.facts.values():
                value.setText("-")
        else:
            doc = produced.doc
            self.result_title.setText(self.form.kind_names().get(doc.kind, doc.kind))
            self.facts["number"].setText(doc.doc_number or "-")
            self.facts["pages"].setText(str(produced.pages or "-"))
            self.facts["records"].setText(str(doc.record_count))
            self.facts["fingerprint"].setText(doc.fingerprint)
            self.facts["sha256"].setText(_wrap_hex(doc.data_sha256))
            self.facts["signatures"].setText(self._slots_text(produced))
            self.facts["file"].setText(self.saved_path or self.tr("not saved yet"))
        free = self._free_slots()
        current = self.slot.currentData()
        self.slot.clear()
        for slot in free:
            self.slot.addItem(slot_name(self, slot), slot)
        self.slot.setCurrentIndex(max(self.slot.findData(current), 0))
        can_sign = self.may_sign and self.has_identity
        self.save_button.setEnabled(produced is not None and not busy)
        self.slot.setEnabled(bool(free) and can_sign and not busy)
        self.sign_button.setEnabled(bool(free) and can_sign and not busy)
        self.sign_button.setToolTip(self._why_no_signing())
        self.open_button.setEnabled(bool(self.saved_path) and not busy)

    def _free_slots(self) -> list[str]:
        if self.result is None:
            return []
        return [s for s in self.result.doc.slots if s not in self.result.signed_slots]

    def _slots_text(self, produced: Produced) -> str:
        if not produced.doc.slots:
            return "-"
        parts = []
        for slot in produced.doc.slots:
            state = self.tr("signed") if slot in produced.signed_slots else self.tr("not signed")
            parts.append(f"{slot_name(self, slot)}: {state}")
        return "; ".join(parts)

    # -- generating ---------------------------------------------------------------------------------
    def generate(self) -> None:
        if self._handle is not None:
            return
        problem = self.form.problem()
        if problem:
            self.error.setText(problem)
            return
        passphrase = None
        if self.sign_now.isChecked():
            passphrase = identity_dialogs.ask_passphrase(
                self, self.tr("Passphrase of the signing key, to sign the document as it is produced:"))
            if passphrase is None:
                return
        self.error.clear()
        request = self.form.request()
        self._set_busy(True, self.tr("Producing the document..."))
        self._handle = self.runner.submit("document", generate_job(request, passphrase), owner=self)
        self._handle.progressed.connect(self._progressed)
        self._handle.succeeded.connect(self._generated)
        self._handle.failed.connect(self._failed)
        self._handle.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled; nothing was produced.")))
        self._handle.finished.connect(self._finished)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, _total: int, step: str) -> None:
        self.progress.setValue(done)
        steps = {"collect": self.tr("Reading the records..."), "fingerprint": self.tr("Computing the data fingerprint..."),
                 "number": self.tr("Taking the document number..."), "render": self.tr("Laying out the pages..."),
                 "sign": self.tr("Signing..."), "done": self.tr("Done.")}
        self.status.setText(steps.get(step, step))

    def _generated(self, produced: Produced) -> None:
        self.result, self.saved_path = produced, ""
        self.status.setText(self.tr("Document %1 is ready: save it.").replace("%1", produced.doc.doc_number))
        self.produced.emit(produced)

    def _failed(self, message: str) -> None:
        self.status.clear()
        self.error.setText(message)
        messages.warn(self, self.tr("Documents"), message)

    def _finished(self) -> None:
        self._handle = None
        self._set_busy(False, self.status.text())

    # -- the result ---------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        doc = self.result.doc
        number = (doc.doc_number or doc.kind).replace("/", "-")
        return f"{number}.pdf"

    def save_as(self) -> None:
        if self.result is None:
            return
        path = messages.save_file(self, self.tr("Save document"), self.suggested_name(), self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(Path(path), self.result.pdf, self.ctx.lang)
        except ServiceError as exc:
            messages.warn(self, self.tr("Save document"), str(exc))
            return
        self.saved_path = path
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self._show_result()
        self.saved.emit(path)

    def sign_result(self) -> None:
        slot = self.slot.currentData()
        if self.result is None or not slot or self._handle is not None:
            return
        passphrase = identity_dialogs.ask_passphrase(
            self, self.tr("Passphrase of the signing key, to sign as %1:").replace("%1", slot_name(self, slot)))
        if passphrase is None:
            return
        post = self.form.cosigner["post"].text().strip() if slot == "ketua" else ""
        self.error.clear()
        self._set_busy(True, self.tr("Signing..."))
        self._handle = self.runner.submit("document-sign", sign_job(self.result.pdf, passphrase, slot, post),
                                          owner=self)
        self._handle.succeeded.connect(lambda pdf, s=slot: self._signed(pdf, s))
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)

    def _signed(self, pdf: bytes, slot: str) -> None:
        produced = self.result
        self.result = Produced(produced.doc, pdf, produced.pages, produced.signed_slots + (slot,))
        # The file on disk (if any) is the unsigned copy: the signed one must be saved again.
        self.saved_path = ""
        self.status.setText(self.tr("Signed as %1: save the document.").replace("%1", slot_name(self, slot)))
        self.signed.emit(slot)

    def open_saved(self) -> None:
        if self.saved_path and not open_externally(self.saved_path):
            messages.warn(self, self.tr("Open document"),
                          self.tr("No PDF viewer could be started for %1.").replace("%1", self.saved_path))

    def shutdown(self) -> None:
        self.form.shutdown()
        if self._handle is not None:
            self._handle.cancel()


def slot_name(_widget: QWidget | None, slot: str) -> str:
    """A signature slot as people call it (the slot names inside the PDF stay as they are)."""
    names = {"sekretaris": QCoreApplication.translate("DocumentSlots", "Sekretaris"),
             "ketua": QCoreApplication.translate("DocumentSlots", "Ketua"),
             "pihak_pertama": QCoreApplication.translate("DocumentSlots", "first party"),
             "pihak_kedua": QCoreApplication.translate("DocumentSlots", "second party")}
    return names.get(slot, slot.replace("_", " "))


def _wrap_hex(text: str) -> str:
    return text[:32] + "\n" + text[32:] if len(text) > 32 else text
