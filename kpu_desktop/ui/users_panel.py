"""Managing local accounts (administrators) and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.auth import AuthService
from ..services.documents_meta import format_nip
from ..services.context import AppContext
from ..services.errors import ServiceError
from ..services.roles import ROLES
from . import messages
from .texts import nip_problem, role_name
from .widgets import label


class _FormDialog(QDialog):
    """A form with a line for its problem under the fields and Cancel / OK buttons."""

    def _finish(self, layout: QVBoxLayout, ok_text: str) -> None:
        self.error = label("", "errorText")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, ok_text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()  # room for the message without squeezing the fields


class UserDialog(_FormDialog):
    """A new account: user name, full name, NIP, role, password twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.nip = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(self.role.findData("operator"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&NIP"), self.nip)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password a&gain"), self.repeat)
        layout.addLayout(form)
        self._finish(layout, self.tr("Add user"))

    def values(self) -> dict:
        return {"username": self.username.text().strip(), "password": self.password.text(),
                "role": self.role.currentData(), "full_name": self.full_name.text().strip() or None,
                "nip": self.nip.text().strip() or None}

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        super().accept()


class PasswordDialog(_FormDialog):
    def __init__(self, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password for %1").replace("%1", username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&New password"), self.password)
        form.addRow(self.tr("Password a&gain"), self.repeat)
        layout.addLayout(form)
        self._finish(layout, self.tr("Change password"))

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        super().accept()


class ProfileDialog(_FormDialog):
    """The name and NIP printed under an officer's signatures."""

    def __init__(self, username: str, full_name: str, nip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name and NIP of %1").replace("%1", username))
        self.setMinimumWidth(460)  # an 18-digit NIP with its spaces stays readable
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Documents print this name and NIP under the signature of this account."),
                               "hint"))
        form = QFormLayout()
        self.full_name, self.nip = QLineEdit(full_name), QLineEdit(nip)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&NIP"), self.nip)
        layout.addLayout(form)
        self._finish(layout, self.tr("Save"))

    def values(self) -> dict:
        return {"full_name": self.full_name.text(), "nip": self.nip.text()}  # empty clears

    def accept(self) -> None:
        problem = nip_problem(self.nip.text())
        if problem:
            self.show_error(problem)
            return
        super().accept()


def edit_profile(parent: QWidget, ctx: AppContext, user: dict) -> bool:
    """Ask for the account's name and NIP until the service takes them or the user gives up."""
    dialog = ProfileDialog(user["username"], user.get("full_name") or "", format_nip(user.get("nip") or ""), parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            AuthService(ctx).set_profile(user["username"], **dialog.values())
        except ServiceError as exc:
            dialog.show_error(str(exc))
            continue
        return True
    return False


def _buttons(dialog: QDialog, ok_text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(QCoreApplication.translate("Dialogs", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    row.addWidget(cancel)
    row.addWidget(ok)
    dialog.ok_button = ok
    return row


class UsersPanel(QWidget):
    """The account table with add, role, enable/disable and password buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("NIP"),
                                              self.tr("Role"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user..."))
        self.add_button.clicked.connect(self.add_user)
        self.role_box = QComboBox()
        for role in ROLES:
            self.role_box.addItem(role_name(role), role)
        self.role_button = QPushButton(self.tr("Set &role"))
        self.role_button.clicked.connect(self.set_role)
        self.active_button = QPushButton(self.tr("Enable / &disable"))
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Set &password..."))
        self.password_button.clicked.connect(self.set_password)
        self.profile_button = QPushButton(self.tr("Name && NI&P..."))
        self.profile_button.clicked.connect(self.set_profile)
        for widget in (self.add_button, self.role_box, self.role_button, self.active_button, self.password_button,
                       self.profile_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.users = AuthService(self.ctx).list_users()
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            status = self.tr("active") if user["active"] else self.tr("disabled")
            for c, text in enumerate((user["username"], user["full_name"] or "", format_nip(user["nip"] or ""),
                                      role_name(user["role"]), status)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.users:
            self.table.selectRow(0)

    def selected(self) -> str | None:
        row = self.table.currentRow()
        return self.users[row]["username"] if 0 <= row < len(self.users) else None

    def _run(self, action) -> bool:
        try:
            action()
        except ServiceError as exc:
            messages.warn(self, self.tr("User accounts"), str(exc))
            return False
        self.reload()
        return True

    def add_user(self) -> None:
        dialog = UserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            try:
                AuthService(self.ctx).add_user(**values)
            except ServiceError as exc:
                dialog.show_error(str(exc))
                continue
            self.reload()
            return

    def set_role(self) -> None:
        user = self.selected()
        if user:
            self._run(lambda: AuthService(self.ctx).set_role(user, self.role_box.currentData()))

    def toggle_active(self) -> None:
        user = self.selected()
        if user:
            active = next(u["active"] for u in self.users if u["username"] == user)
            self._run(lambda: AuthService(self.ctx).set_active(user, not active))

    def set_profile(self) -> None:
        user = self.selected()
        if user and edit_profile(self, self.ctx, next(u for u in self.users if u["username"] == user)):
            self.reload()

    def set_password(self) -> None:
        user = self.selected()
        if not user:
            return
        dialog = PasswordDialog(user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if self._run(lambda: AuthService(self.ctx).change_password(user, dialog.password.text())):
                messages.inform(self, self.tr("User accounts"), self.tr("The password was changed."))


class OwnPasswordPanel(QWidget):
    """For users who do not manage accounts: change their own password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Only administrators manage accounts. You can change your own name, NIP and "
                                       "password."),
                               "hint"), 1)
        self.profile_button = QPushButton(self.tr("My name && NI&P..."))
        self.profile_button.clicked.connect(self.change_profile)
        layout.addWidget(self.profile_button)
        self.password_button = QPushButton(self.tr("Change my &password..."))
        self.password_button.clicked.connect(self.change)
        layout.addWidget(self.password_button)

    def change_profile(self) -> None:
        session = self.ctx.session
        edit_profile(self, self.ctx, {"username": session.username, "full_name": session.full_name,
                                      "nip": session.nip})

    def change(self) -> None:
        username = self.ctx.session.username
        dialog = PasswordDialog(username, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            AuthService(self.ctx).change_password(username, dialog.password.text())
        except ServiceError as exc:
            messages.warn(self, self.tr("User accounts"), str(exc))
            return
        messages.inform(self, self.tr("User accounts"), self.tr("The password was changed."))
