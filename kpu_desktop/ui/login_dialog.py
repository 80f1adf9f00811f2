"""Signing in, and unlocking a session that locked itself after idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ..services.auth import AuthService
from ..services.context import AppContext
from ..services.errors import ServiceError
from .widgets import card, icon, label


class LoginDialog(QDialog):
    """Asks for user name and password; on success `ctx.session` is set and the dialog accepts."""

    def __init__(self, ctx: AppContext, last_user: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in - kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = label(self.tr("Sign in"), "pageTitle")
        layout.addWidget(title)
        unit = ctx.unit
        layout.addWidget(label(f"{unit['name']} ({unit['code']})", "pageSubtitle"))
        form = QFormLayout()
        form.setContentsMargins(0, 12, 0, 4)
        self.username = QLineEdit(last_user)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.error = label("", "errorText")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.login_button = QPushButton(self.tr("Sign in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.attempt)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.login_button)
        QWidget.setTabOrder(self.login_button, self.quit_button)
        (self.password if last_user else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        try:
            AuthService(self.ctx).login(self.username.text().strip(), self.password.text())
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


class LockPanel(QWidget):
    """Covers the workspace while the session is locked; only the same user's password opens it."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.username = ""
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        frame, layout = card(self, name="lockPanel")
        frame.setFixedWidth(440)
        picture = QLabel()
        picture.setPixmap(icon("lock").pixmap(40, 40))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(label(self.tr("Session locked"), "pageTitle"), 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = label("", "hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.attempt)
        layout.addWidget(self.password)
        self.error = label("", "errorText")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("Sign out"))
        self.logout_button.clicked.connect(self.logout_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.clicked.connect(self.attempt)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        row.addWidget(frame)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, username: str) -> None:
        self.username = username
        self.message.setText(self.tr("The session of %1 was locked. Enter the password to continue.")
                             .replace("%1", username))
        self.password.clear()
        self.error.setVisible(False)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        try:
            AuthService(self.ctx).login(self.username, self.password.text())
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            self.password.selectAll()
            return
        self.password.clear()
        self.unlocked.emit()
