"""Send: write a signed bundle onto the chosen flashdisk or folder, with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..tasks import TaskRunner
from . import exchange_prompts, messages
from .exchange_drives import Location
from .exchange_jobs import export_job
from .exchange_texts import kind_name
from .widgets import icon, label

KIND_NAMES = {"kpu-prov": "KPU Provinsi", "kpu-kab": "KPU", "ppk": "PPK", "pps": "PPS"}


class SendPanel(QWidget):
    exported = Signal(object)   # ExportResult

    def __init__(self, ctx: AppContext, runner: TaskRunner, location: Callable[[], Location | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.location = ctx, runner, location
        self.handle = None
        self.parent_unit: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipient")
        self.recipient.addItem(self.tr("The unit above (default)"), "")
        form.addRow(self._caption(self.tr("&Recipient:"), self.recipient), self.recipient)
        self.full = QCheckBox(self.tr("Send &everything held, not only what the recipient lacks"))
        form.addRow("", self.full)
        self.encrypt = QCheckBox(self.tr("E&ncrypt for the recipient's certificate"))
        form.addRow("", self.encrypt)
        cert_row = QHBoxLayout()
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(self.tr("certificate file (.pem, .crt, .cer)"))
        self.cert_button = QPushButton(self.tr("Choose certificate..."))
        self.cert_button.clicked.connect(self.choose_certificate)
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(self.cert_button)
        form.addRow(self._caption(self.tr("Cer&tificate:"), self.certificate), cert_row)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self._encrypt_toggled(False)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("The package is signed with this installation's identity; with encryption "
                                       "a lost flashdisk reveals no personal data."), "hint"))
        actions = QHBoxLayout()
        self.export_button = QPushButton(icon("export"), self.tr("E&xport data package"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        layout.addLayout(actions)
        self.result = label("", "")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    def set_units(self, units: list[dict], parent: dict | None) -> None:
        self.parent_unit = parent
        default = self.tr("The unit above (default)")
        if parent:
            default = self.tr("The unit above: %1").replace(
                "%1", f"{KIND_NAMES.get(parent['kind'], '')} {parent['name']} ({parent['code']})")
        current = self.recipient.currentData()
        self.recipient.clear()
        self.recipient.addItem(default, "")
        for unit in units[1:]:  # the first is this installation's own unit
            self.recipient.addItem("  " * unit["depth"] + f"{KIND_NAMES.get(unit['kind'], '')} {unit['name']} "
                                   f"({unit['code']})", unit["code"])
        self.recipient.setCurrentIndex(max(self.recipient.findData(current), 0))

    def _encrypt_toggled(self, on: bool) -> None:
        self.certificate.setEnabled(on)
        self.cert_button.setEnabled(on)

    def choose_certificate(self) -> None:
        chosen = exchange_prompts.choose_certificate(
            self, self.tr("Recipient's certificate"), self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        if chosen:
            self.certificate.setText(chosen)
            self.encrypt.setChecked(True)

    @property
    def busy(self) -> bool:
        return self.handle is not None

    def export(self) -> None:
        if self.busy:
            return
        location = self.location()
        if location is None:
            messages.warn(self, self.tr("Export"), self.tr("Choose a flashdisk or a folder first."))
            return
        cert = self.certificate.text().strip() if self.encrypt.isChecked() else ""
        if self.encrypt.isChecked() and not cert:
            messages.warn(self, self.tr("Export"), self.tr("Choose the recipient's certificate, or untick "
                                                           "encryption."))
            return
        secret = exchange_prompts.ask_passphrase(
            self, self.tr("The data package is signed with this installation's identity. Type its passphrase."))
        if secret is None:
            return
        job = export_job(location.path, secret, to_cert=Path(cert) if cert else None,
                         for_unit=self.recipient.currentData() or None, full=self.full.isChecked())
        self.result.setText(self.tr("Writing the data package to %1...").replace("%1", str(location.path)))
        self.result.setObjectName("hint")
        self._restyle()
        self._start(self.runner.submit("sync-export", job, owner=self))

    def _start(self, handle) -> None:
        self.handle = handle
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        handle.progressed.connect(self._progressed)
        handle.succeeded.connect(self._done)
        handle.failed.connect(self._failed)
        handle.cancelled.connect(self._cancelled)
        handle.finished.connect(self._finished)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        tables = ", ".join(f"{kind_name(name)} {count}" for name, count in sorted(result.per_table.items())) or "-"
        lines = [self.tr("Data package written: %1").replace("%1", str(result.path)),
                 self.tr("%1 changes for %2%3").replace("%1", str(result.changes)).replace("%2", result.recipient)
                 .replace("%3", self.tr(", encrypted") if result.encrypted else ""),
                 self.tr("Per record kind: %1").replace("%1", tables)]
        self.result.setText("\n".join(lines))
        self.result.setObjectName("okText")
        self._restyle()
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        if self.handle is not None and self.handle.cancel_flag.is_set():
            self._cancelled()
            return
        self.result.setText(self.tr("No data package was written: %1").replace("%1", message))
        self.result.setObjectName("errorText")
        self._restyle()
        messages.warn(self, self.tr("Export"), message)

    def _cancelled(self) -> None:
        self.result.setText(self.tr("Export cancelled; no data package was written."))
        self.result.setObjectName("hint")
        self._restyle()

    def _finished(self) -> None:
        self.handle = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _restyle(self) -> None:
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
