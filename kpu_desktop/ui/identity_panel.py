"""The installation's signing identity: who signs, its fingerprint for reading out by phone, create/import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services.context import AppContext
from ..services.documents_view import grouped_fingerprint, identity_summary
from ..services.errors import ServiceError
from ..services.identity import IdentityService
from ..services.roles import Permission
from ..tasks import TaskRunner
from . import identity_dialogs, messages
from .widgets import card, label


class IdentityPanel(QWidget):
    """A card with the identity's facts and its actions; creating a key runs in the background."""

    identity_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._handle = None
        self.may_change = ctx.may(Permission.SIGN_DOCUMENTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = card(self)
        inner.addWidget(label(self.tr("Signing identity of this installation"), "sectionTitle"))
        self.state = label("", "hint")
        inner.addWidget(self.state)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        captions = (("subject", self.tr("Signer")), ("organization", self.tr("Organisation")),
                    ("valid", self.tr("Valid")), ("fingerprint", self.tr("Certificate fingerprint (SHA-256)")))
        for row, (key, caption) in enumerate(captions):
            grid.addWidget(label(caption, "hint", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            value = label("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            grid.addWidget(value, row, 1)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.values["fingerprint"].setFont(mono)
        self.values["fingerprint"].setAccessibleName(self.tr("Certificate fingerprint"))
        inner.addLayout(grid)
        inner.addWidget(label(self.tr("Read the fingerprint out to KPU Provinsi by phone: they add your certificate "
                                      "to their trust store only when every group matches."), "hint"))
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create identity..."))
        self.import_button = QPushButton(self.tr("&Import PKCS#12..."))
        self.export_button = QPushButton(self.tr("E&xport certificate..."))
        self.create_button.clicked.connect(self.create_identity)
        self.import_button.clicked.connect(self.import_identity)
        self.export_button.clicked.connect(self.export_certificate)
        for button in (self.create_button, self.import_button):
            button.setEnabled(self.may_change)
            if not self.may_change:
                button.setToolTip(self.tr("Only a verifier or an administrator may change the identity."))
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        inner.addLayout(buttons)
        self.error = label("", "errorText")
        inner.addWidget(self.error)
        layout.addWidget(frame)
        self.info: dict | None = None
        self.refresh()

    # -- showing ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.info = identity_summary(self.ctx)
        info = self.info
        if info is None:
            self.state.setText(self.tr("No signing identity yet: create one, or import the PKCS#12 file your "
                                       "certification authority gave you."))
            for value in self.values.values():
                value.setText("-")
        else:
            trusted = self.tr("trusted by this installation") if info["trusted_here"] else \
                self.tr("NOT trusted by this installation")
            self.state.setText(self.tr("Documents and USB bundles are signed with this certificate (%1).")
                               .replace("%1", trusted))
            self.values["subject"].setText(info["subject"])
            self.values["organization"].setText(info["organization"] or "-")
            self.values["valid"].setText(f"{info['not_before']:%d-%m-%Y} – {info['not_after']:%d-%m-%Y}")
            self.values["fingerprint"].setText(grouped_fingerprint(info["fingerprint"]))
        self.export_button.setEnabled(info is not None)
        self.create_button.setText(self.tr("&Create identity...") if info is None else self.tr("&Replace identity..."))

    def has_identity(self) -> bool:
        return self.info is not None

    # -- actions ------------------------------------------------------------------------------------
    def _may_replace(self) -> bool:
        if self.info is None:
            return True
        return messages.confirm(self, self.tr("Replace identity"),
                                self.tr("This installation already has a signing identity (%1). Replace it? "
                                        "Documents signed earlier stay valid here; KPU Provinsi must trust the "
                                        "new certificate before it accepts new signatures.")
                                .replace("%1", self.info["subject"]), yes=self.tr("Replace"))

    def create_identity(self) -> None:
        if self._handle is not None or not self._may_replace():
            return
        session = self.ctx.session
        values = identity_dialogs.ask_new_identity(self, (session.full_name or "") if session else "",
                                                   (session.nip or "") if session else "")
        if not values:
            return
        replace = self.info is not None

        def job(ctx, progress, v=values):
            return IdentityService(ctx).create(v["passphrase"], name=v["name"], nip=v["nip"] or None,
                                               replace=replace)
        self._start(job, self.tr("Creating the key (this takes a few seconds)..."))

    def import_identity(self) -> None:
        if self._handle is not None or not self._may_replace():
            return
        values = identity_dialogs.ask_import_identity(self)
        if not values:
            return
        replace = self.info is not None

        def job(ctx, progress, v=values):
            return IdentityService(ctx).import_file(Path(v["path"]), v["file_passphrase"], v["passphrase"],
                                                    replace=replace)
        self._start(job, self.tr("Importing the identity..."))

    def _start(self, job, text: str) -> None:
        self.error.clear()
        self.state.setText(text)
        self.create_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.busy_changed.emit(True)
        self._handle = self.runner.submit("identity", job, owner=self)
        self._handle.succeeded.connect(self._installed)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)

    def _installed(self, info: dict) -> None:
        self.refresh()
        messages.inform(self, self.tr("Signing identity"),
                        self.tr("Signing identity ready: %1\nFingerprint (SHA-256):\n%2")
                        .replace("%1", info["subject"]).replace("%2", grouped_fingerprint(info["fingerprint"])))
        self.identity_changed.emit()

    def _failed(self, message: str) -> None:
        self.refresh()
        self.error.setText(message)
        messages.warn(self, self.tr("Signing identity"), message)

    def _finished(self) -> None:
        self._handle = None
        self.create_button.setEnabled(self.may_change)
        self.import_button.setEnabled(self.may_change)
        self.busy_changed.emit(False)

    def export_certificate(self) -> None:
        if self.info is None:
            return
        suggested = f"sertifikat-{self.ctx.unit['code'].replace('.', '')}.pem"
        path = messages.save_file(self, self.tr("Export certificate"), suggested,
                                  self.tr("Certificate (*.pem);;All files (*)"))
        if not path:
            return
        try:
            fp = IdentityService(self.ctx).export_certificate(Path(path))
        except ServiceError as exc:
            messages.warn(self, self.tr("Export certificate"), str(exc))
            return
        messages.inform(self, self.tr("Export certificate"),
                        self.tr("Certificate written to %1.\nGive it to KPU Provinsi and read out its fingerprint:\n%2")
                        .replace("%1", path).replace("%2", grouped_fingerprint(fp)))
