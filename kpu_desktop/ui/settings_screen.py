"""Pengaturan: language and idle lock for everyone, user accounts for administrators."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.roles import Permission
from ..services.settings import IDLE_MINUTES_RANGE, Settings
from .users_panel import UsersPanel
from .widgets import PageHeader, card, label


class SettingsScreen(QWidget):
    settings_saved = Signal(object)

    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(PageHeader(self.tr("Settings"), self.tr("Preferences of this installation.")))
        layout.addWidget(self._preferences())
        self.users: UsersPanel | None = None
        frame, inner = card(self)
        inner.addWidget(label(self.tr("User accounts"), "sectionTitle"))
        if ctx.may(Permission.MANAGE_USERS):
            self.users = UsersPanel(ctx)
            inner.addWidget(self.users, 1)
        else:
            from .users_panel import OwnPasswordPanel
            inner.addWidget(OwnPasswordPanel(ctx))
        layout.addWidget(frame, 1)

    def _preferences(self) -> QWidget:
        frame, inner = card(self)
        inner.addWidget(label(self.tr("Preferences"), "sectionTitle"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setValue(self.settings.idle_lock_minutes)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Lock the session after &idle time"), self.idle_minutes)
        inner.addLayout(form)
        inner.addWidget(label(self.tr("A locked session hides the data until the password is typed again."),
                              "hint"))
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save preferences"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        return frame

    def save(self) -> None:
        self.settings = replace(self.settings, language=self.language.currentData(),
                                idle_lock_minutes=self.idle_minutes.value()).validated()
        self.settings_saved.emit(self.settings)
