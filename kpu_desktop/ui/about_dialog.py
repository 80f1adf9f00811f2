"""Bantuan → Tentang: what this installation is, where its data lives, and a fingerprint to compare by phone."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .. import __version__
from ..services.about import about_info
from ..services.context import AppContext
from ..tasks import TaskRunner
from .widgets import card, icon, label, plain


def open_folder(path: str) -> bool:
    """Show a folder in the file manager (a seam for tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _about(ctx, progress) -> dict:
    return about_info(ctx)


class AboutDialog(QDialog):
    """Versions at once; schema, node and the data fingerprint (hashing every shared row) off the UI thread."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.info: dict | None = None
        self.setWindowTitle(self.tr("About kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("box").pixmap(48, 48))
        head.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("kpu-desktop %1").replace("%1", __version__), "pageTitle"))
        titles.addWidget(label(self.tr("Records of ASN placements, facility support and election logistics "
                                       "for KPU secretariats."), "pageSubtitle"))
        head.addLayout(titles, 1)
        layout.addLayout(head)

        frame, box = card(self)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        pending = self.tr("computing...")
        self.version = QLabel(__version__)
        form.addRow(self.tr("Version"), self.version)
        self.data_dir = QLineEdit(str(ctx.paths.data_dir))
        self.data_dir.setReadOnly(True)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_data_dir)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(lambda: open_folder(str(self.ctx.paths.data_dir)))
        folder_row.addWidget(self.copy_button)
        folder_row.addWidget(self.open_button)
        form.addRow(self.tr("Data folder"), folder_row)
        self.unit = plain(QLabel(pending))
        form.addRow(self.tr("Unit"), self.unit)
        self.schema = QLabel(pending)
        form.addRow(self.tr("Database schema"), self.schema)
        self.node = QLabel(pending)
        form.addRow(self.tr("Node ID"), self.node)
        self.fingerprint = QLabel(pending)
        # The application style sheet fixes every widget's font size; this one must be read from a distance.
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold; "
                                       "letter-spacing: 1px; color: #1c262b;")
        form.addRow(self.tr("Data fingerprint"), self.fingerprint)
        form.addRow("", label(self.tr("Read it out over the phone: installations holding the same shared records "
                                      "show the same fingerprint."), "hint"))
        self.last_backup = label(pending)
        form.addRow(self.tr("Last backup"), self.last_backup)
        self.qt = QLabel(f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}")
        form.addRow(self.tr("Libraries"), self.qt)
        for value in (self.unit, self.schema, self.node, self.fingerprint, self.last_backup, self.qt):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addLayout(form)
        layout.addWidget(frame)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._handle = runner.submit("about", _about, owner=self)
        self._handle.succeeded.connect(self._show_info)
        self._handle.failed.connect(self._show_failure)

    def copy_data_dir(self) -> None:
        QGuiApplication.clipboard().setText(str(self.ctx.paths.data_dir))

    def _show_info(self, info: dict) -> None:
        self.info = info
        self.unit.setText(info.get("unit") or "-")
        self.schema.setText(str(info["schema_version"]))
        self.node.setText(info.get("node_id") or "-")
        self.fingerprint.setText(info["fingerprint"])
        if info.get("last_backup"):
            # The folder is shown above; the name alone fits, the whole path is in the tooltip.
            self.last_backup.setText(f"{info['last_backup_at']} · {Path(info['last_backup']).name}")
            self.last_backup.setToolTip(info["last_backup"])
        else:
            self.last_backup.setText(self.tr("none yet"))

    def _show_failure(self, message: str) -> None:
        for value in (self.unit, self.schema, self.node, self.fingerprint, self.last_backup):
            value.setText(self.tr("unavailable"))
        self.fingerprint.setToolTip(message)

    def shutdown(self) -> None:
        self._handle.cancel()

