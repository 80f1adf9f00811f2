"""Verify a signed PDF against this installation's trust store, and import the data inside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.documents_texts import dt_text
from ..services.documents_view import PdfInspection
from ..services.roles import Permission
from ..tasks import TaskRunner
from . import messages
from .documents_jobs import import_job, inspect_job
from .widgets import card, label, plain

VERDICT_STYLE = {
    True: "background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a; border-radius: 6px; padding: 10px;"
          " font-size: 12pt; font-weight: 600;",
    False: "background: #ffebee; color: #b71c1c; border: 1px solid #ef5350; border-radius: 6px; padding: 10px;"
           " font-size: 12pt; font-weight: 600;",
}


class VerifyPanel(QWidget):
    verified = Signal(bool)
    imported = Signal(object)   # ImportReport

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.may_import = ctx.may(Permission.IMPORT)
        self.inspection: PdfInspection | None = None
        self._handle = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        frame, inner = card(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose a PDF to verify..."))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self.choose)
        self.file_label = label(self.tr("Checks every signature against the certificates this installation trusts; "
                                        "works offline."), "hint")
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        inner.addLayout(top)
        self.verdict = plain(QLabel())  # names the signers of a PDF from anywhere
        self.verdict.setWordWrap(True)
        self.verdict.setVisible(False)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        inner.addWidget(self.verdict)
        self.document_label = label("", "hint")
        inner.addWidget(self.document_label)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Slot"), self.tr("Signer"), self.tr("Signed at"),
                                              self.tr("Intact"), self.tr("Trusted"), self.tr("Changed after signing"),
                                              self.tr("Certificate fingerprint")])
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        inner.addWidget(self.table, 1)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Verification report"))
        self.details.setPlaceholderText(self.tr("The full verification report appears here."))
        self.details.setMaximumHeight(150)
        inner.addWidget(self.details)
        layout.addWidget(frame, 1)

        box, box_inner = card(self)
        box_inner.addWidget(label(self.tr("Import the data of a signed document"), "sectionTitle"))
        box_inner.addWidget(label(self.tr("A valid signed document carries its records: load them into this database "
                                          "instead of typing them again. Importing twice changes nothing."), "hint"))
        row = QHBoxLayout()
        self.import_status = label("", "hint")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = QPushButton(self.tr("&Import data..."))
        self.import_button.clicked.connect(self.import_data)
        if not self.may_import:
            self.import_button.setToolTip(self.tr("Your role may not import data."))
        row.addWidget(self.import_status, 1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.import_button)
        box_inner.addLayout(row)
        layout.addWidget(box)
        self._update()

    # -- verifying ----------------------------------------------------------------------------------
    def choose(self) -> None:
        path = messages.open_file(self, self.tr("Document to verify"), self.tr("PDF (*.pdf);;All files (*)"))
        if path:
            self.verify_file(path)

    def verify_file(self, path: str) -> None:
        if self._handle is not None:
            return
        self.inspection = None
        self.file_label.setText(self.tr("Verifying %1...").replace("%1", path))
        self.import_status.clear()
        self._start("document-verify", inspect_job(path), self._inspected)

    def _inspected(self, found: PdfInspection) -> None:
        self.inspection = found
        self.file_label.setText(found.path)
        lang = self.ctx.lang
        if found.ok:
            verdict = self.tr("VALID: every signature is intact and trusted, and the document was not changed.")
        else:
            verdict = self.tr("NOT VALID: %1").replace("%1", _reason(found, lang))
        self.verdict.setText(("✔  " if found.ok else "✖  ") + verdict)
        self.verdict.setStyleSheet(VERDICT_STYLE[found.ok])
        self.verdict.setVisible(True)
        facts = []
        if found.doc_number:
            facts.append(self.tr("%1, number %2, unit %3, %4 records")
                         .replace("%1", found.title).replace("%2", found.doc_number)
                         .replace("%3", found.unit_code or "-").replace("%4", str(found.record_count)))
        elif found.data_problem:
            facts.append(found.data_problem)
        if found.free_slots:
            facts.append(self.tr("Slots not signed yet: %1").replace("%1", ", ".join(found.free_slots)))
        self.document_label.setText("\n".join(facts))
        self._fill_table(found)
        self.details.setPlainText("\n".join(found.lines))
        self.verified.emit(found.ok)

    def _fill_table(self, found: PdfInspection) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        signatures = found.result.signatures
        self.table.setRowCount(len(signatures))
        for row, sig in enumerate(signatures):
            when = sig.signing_time.strftime("%d-%m-%Y %H:%M") if sig.signing_time else "-"
            intact = sig.intact and not sig.error
            cells = [(sig.field_name, None), (sig.signer or "?", None), (when, None),
                     (yes if intact else no, intact), (yes if sig.trusted else no, sig.trusted),
                     (yes if sig.modified_after else no, not sig.modified_after),
                     (sig.signer_fingerprint or "-", None)]
            for column, (text, good) in enumerate(cells):
                item = QTableWidgetItem(text)
                if good is not None:
                    item.setForeground(Qt.GlobalColor.darkGreen if good else Qt.GlobalColor.red)
                if sig.error:
                    item.setToolTip(sig.error)
                self.table.setItem(row, column, item)

    # -- importing ----------------------------------------------------------------------------------
    def import_data(self) -> None:
        found = self.inspection
        if found is None or self._handle is not None:
            return
        if not found.ok:
            messages.warn(self, self.tr("Import data"),
                          self.tr("Only a valid document can be imported: %1").replace("%1", _reason(found, self.ctx.lang)))
            return
        if not found.doc_number:
            messages.warn(self, self.tr("Import data"), found.data_problem or self.tr("The document carries no data."))
            return
        question = self.tr("Load the %1 records of %2 (%3) into this database?\nExisting records with the same "
                           "identity are updated to the document's values.") \
            .replace("%1", str(found.record_count)).replace("%2", found.doc_number).replace("%3", found.title)
        if not messages.confirm(self, self.tr("Import data"), question, yes=self.tr("Import")):
            return
        self.progress.setValue(0)
        self.import_status.setText(self.tr("Importing..."))
        self._start("document-import", import_job(found.pdf), self._imported, progress=True)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)

    def _imported(self, report) -> None:
        text = dt_text("import_done", self.ctx.lang, doc=report.doc_number, created=report.created,
                       updated=report.updated, unchanged=report.unchanged)
        self.import_status.setText(text)
        messages.inform(self, self.tr("Import data"), text)
        self.imported.emit(report)

    # -- plumbing -----------------------------------------------------------------------------------
    def _start(self, name: str, job, on_success, *, progress: bool = False) -> None:
        self._handle = self.runner.submit(name, job, owner=self)
        self._handle.succeeded.connect(on_success)
        self._handle.failed.connect(self._failed)
        if progress:
            self._handle.progressed.connect(lambda done, _total, _step: self.progress.setValue(done))
            self._handle.cancelled.connect(
                lambda: self.import_status.setText(self.tr("Import cancelled; nothing was changed.")))
        self._handle.finished.connect(self._finished)
        self.progress.setVisible(progress)
        self.cancel_button.setVisible(progress)
        self.cancel_button.setEnabled(progress)
        self._update()

    def _failed(self, message: str) -> None:
        if self.inspection is None:
            self.file_label.setText(message)
            self.verdict.setVisible(False)
        else:
            self.import_status.setText(message)
        messages.warn(self, self.tr("Documents"), message)

    def _finished(self) -> None:
        self._handle = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update()

    def _update(self) -> None:
        busy = self._handle is not None
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(self.may_import and not busy and self.inspection is not None
                                      and self.inspection.ok and bool(self.inspection.doc_number))

    def shutdown(self) -> None:
        if self._handle is not None:
            self._handle.cancel()


def _reason(found: PdfInspection, lang: str) -> str:
    from ..services.documents_pdf import failure_reason

    return failure_reason(found.result, lang)
