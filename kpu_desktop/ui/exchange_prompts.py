"""What the exchange screens ask the user: folders, a certificate, the identity's passphrase.

Module-level functions, so tests replace them (the passphrase is never stored, only handed to the job).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QVBoxLayout, QWidget)


class PassphraseDialog(QDialog):
    """Asks for the passphrase of this installation's identity (typed hidden)."""

    def __init__(self, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identity passphrase"))
        layout = QVBoxLayout(self)
        text = QLabel(reason)
        text.setWordWrap(True)
        layout.addWidget(text)
        caption = QLabel(self.tr("&Passphrase:"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        caption.setBuddy(self.edit)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())


def ask_passphrase(parent: QWidget | None, reason: str) -> str | None:
    """The passphrase typed, or None when the user cancelled."""
    dialog = PassphraseDialog(reason, parent)
    try:
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def choose_folder(parent: QWidget | None, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, "")


def choose_certificate(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path
