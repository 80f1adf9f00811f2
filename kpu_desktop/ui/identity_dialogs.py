"""Dialogs of the signing identity: the key passphrase, a new identity, a PKCS#12 to import.

The `ask_*` functions are the one seam tests replace (as ui/messages.py is for message boxes).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..services.identity import MIN_PASSPHRASE
from . import messages
from .texts import nip_problem
from .widgets import label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _add_buttons(dialog: QDialog, layout: QVBoxLayout, ok_text: str, cancel_text: str) -> QPushButton:
    """OK and Cancel under the form (texts already translated in the dialog's own context); the OK button."""
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return ok


class _CheckedDialog(QDialog):
    """A form that shows its first problem under the fields instead of closing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(520)  # an 18-digit NIP and a file path stay readable

    def _add_error(self, layout: QVBoxLayout) -> None:
        self.error = label("", "errorText")
        layout.addWidget(self.error)

    def problem(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            super().accept()


class PassphraseDialog(QDialog):
    """Asks for the key passphrase once; it is used for one signature and never stored."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(text))
        form = QFormLayout()
        self.passphrase = _password_edit()
        self.passphrase.setAccessibleName(self.tr("Key passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("The passphrase is not stored; it unlocks the key for this signature only."),
                               "hint"))
        self.ok = _add_buttons(self, layout, self.tr("&Sign"), self.tr("Cancel"))
        self.ok.setDefault(True)

    def value(self) -> str:
        return self.passphrase.text()


class NewIdentityDialog(_CheckedDialog):
    """Name and NIP of the officer and the new key's passphrase, typed twice."""

    def __init__(self, name: str, nip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a signing identity"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("A new RSA-3072 key and a self-signed certificate are made for the "
                                       "officer. KPU Provinsi trusts it after comparing its fingerprint with you.")))
        form = QFormLayout()
        self.name, self.nip = QLineEdit(name), QLineEdit(nip)
        self.passphrase, self.repeat = _password_edit(), _password_edit()
        form.addRow(self.tr("Officer's &name"), self.name)
        form.addRow(self.tr("Officer's NI&P"), self.nip)
        form.addRow(self.tr("Pass&phrase (at least %1 characters)").replace("%1", str(MIN_PASSPHRASE)),
                    self.passphrase)
        form.addRow(self.tr("Passphrase a&gain"), self.repeat)
        layout.addLayout(form)
        self._add_error(layout)
        self.ok = _add_buttons(self, layout, self.tr("C&reate"), self.tr("Cancel"))

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the officer's name.")
        if problem := nip_problem(self.nip.text()):
            return problem
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "nip": self.nip.text().strip(), "passphrase": self.passphrase.text()}


class ImportIdentityDialog(_CheckedDialog):
    """A PKCS#12 file (e.g. from BSrE), its own passphrase and the passphrase it is kept under here."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a PKCS#12 identity"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Certificates issued by a certification authority (such as BSrE) come as a "
                                       ".p12 or .pfx file with its own passphrase.")))
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse..."))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.file_passphrase = _password_edit()
        self.passphrase, self.repeat = _password_edit(), _password_edit()
        # A row of widgets is no buddy by itself: the label points at the path, so its mnemonic works.
        file_label = QLabel(self.tr("PKCS#12 &file"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("Passphrase of the &file"), self.file_passphrase)
        form.addRow(self.tr("&New passphrase here"), self.passphrase)
        form.addRow(self.tr("New passphrase a&gain"), self.repeat)
        layout.addLayout(form)
        self._add_error(layout)
        self.ok = _add_buttons(self, layout, self.tr("&Import"), self.tr("Cancel"))

    def _browse(self) -> None:
        path = messages.open_file(self, self.tr("PKCS#12 file"), self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"))
        if path:
            self.path.setText(path)

    def problem(self) -> str:
        if not self.path.text().strip():
            return self.tr("Choose the PKCS#12 file.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def values(self) -> dict:
        return {"path": self.path.text().strip(), "file_passphrase": self.file_passphrase.text(),
                "passphrase": self.passphrase.text()}


# -- the seam ------------------------------------------------------------------------------------------


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    dialog = PassphraseDialog(text, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_identity(parent: QWidget | None, name: str, nip: str) -> dict | None:
    dialog = NewIdentityDialog(name, nip, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_import_identity(parent: QWidget | None) -> dict | None:
    dialog = ImportIdentityDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
