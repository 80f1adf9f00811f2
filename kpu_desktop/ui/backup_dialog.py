"""Berkas → Cadangkan: a verified copy of the database to a USB stick or any folder, and the automatic backups.

The copy is written off the UI thread by services/backup (temporary name, fsync, verify, rename), so
pulling the stick mid-way never leaves a file that looks complete.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..services import backup_view
from ..services.context import AppContext
from ..services.errors import ServiceError
from ..tasks import TaskRunner
from . import messages
from .widgets import card, icon, label

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(size, 1) / 1000:.0f} kB"


def removable_volumes() -> list[tuple[str, str]]:
    """(label, root) of writable drives that look removable: USB sticks and SD cards."""
    system = (os.environ.get("SystemDrive", "C:") + "/").upper()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            removable = len(root) <= 3 and root.upper() != system
        else:
            removable = root.startswith(REMOVABLE_ROOTS)
        if removable:
            name = volume.displayName() or root
            free = size_text(volume.bytesAvailable())
            found.append((f"{name} — {root} ({free})", root))
    return found


def reason_text(reason: str) -> str:
    names = {"daily": QCoreApplication.translate("BackupDialog", "daily (first start of the day)"),
             "import": QCoreApplication.translate("BackupDialog", "before an import"),
             "bundle-import": QCoreApplication.translate("BackupDialog", "before a data package import"),
             "before-restore": QCoreApplication.translate("BackupDialog", "before a restore"),
             "damaged": QCoreApplication.translate("BackupDialog", "damaged database, kept as found")}
    if reason.startswith("migration"):
        return QCoreApplication.translate("BackupDialog", "before a database upgrade")
    return names.get(reason, reason)


def backup_table(parent: QWidget) -> QTableWidget:
    """Time, reason and size of automatic backups; the file path rides on the first column."""
    table = QTableWidget(0, 3, parent)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupDialog", "Time"),
                                     QCoreApplication.translate("BackupDialog", "Reason"),
                                     QCoreApplication.translate("BackupDialog", "Size")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setMinimumHeight(140)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_backup_table(table: QTableWidget, backups) -> None:
    table.setRowCount(len(backups))
    for row, info in enumerate(backups):
        when = QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M"))
        when.setData(Qt.ItemDataRole.UserRole, str(info.path))
        when.setToolTip(str(info.path))
        table.setItem(row, 0, when)
        table.setItem(row, 1, QTableWidgetItem(reason_text(info.reason)))
        table.setItem(row, 2, QTableWidgetItem(size_text(info.size)))


class BackupDialog(QDialog):
    """Choose a target, write the backup with progress, say where it went and how big it is."""

    backup_written = Signal(object)  # backup_view.WrittenBackup

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._handle = None
        self._chosen = ""
        self.written = None
        self.setWindowTitle(self.tr("Back up - kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(label(self.tr("Back up the database"), "pageTitle"))
        layout.addWidget(label(self.tr("A complete, verified copy of all records. Keep it on a USB stick, away "
                                       "from this computer; it can be restored on any installation."),
                               "pageSubtitle"))
        layout.addWidget(self._target_card())
        layout.addWidget(self._automatic_card(), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.refresh_targets()
        self.refresh_automatic()

    # -- layout ---------------------------------------------------------------------------------
    def _target_card(self) -> QWidget:
        frame, box = card(self)
        box.addWidget(label(self.tr("Where to write the backup"), "sectionTitle"))
        row = QHBoxLayout()
        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("Backup target"))
        self.target_box.currentIndexChanged.connect(self._target_changed)
        row.addWidget(self.target_box, 1)
        self.rescan_button = QPushButton(self.tr("Look for drives"))
        self.rescan_button.clicked.connect(self.refresh_targets)
        row.addWidget(self.rescan_button)
        self.choose_button = QPushButton(self.tr("Choose folder or file..."))
        self.choose_button.clicked.connect(self.choose_target)
        row.addWidget(self.choose_button)
        box.addLayout(row)
        self.target_label = label("", "hint")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.target_label)
        run = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        run.addWidget(self.progress, 1)
        run.addStretch(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        run.addWidget(self.cancel_button)
        self.backup_button = QPushButton(icon("usb"), self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.start_backup)
        run.addWidget(self.backup_button)
        box.addLayout(run)
        self.result_label = label("", "okText")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)
        box.addWidget(self.result_label)
        return frame

    def _automatic_card(self) -> QWidget:
        frame, box = card(self)
        box.addWidget(label(self.tr("Automatic backups"), "sectionTitle"))
        box.addWidget(label(self.tr("Made daily at the first start, before imports, upgrades and restores, in "
                                    "%1").replace("%1", str(self.ctx.paths.backup_dir)), "hint"))
        self.automatic = backup_table(frame)
        box.addWidget(self.automatic)
        return frame

    # -- targets --------------------------------------------------------------------------------
    def refresh_targets(self) -> None:
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for text, root in removable_volumes():
            self.target_box.addItem(icon("usb"), text, root)
        if self._chosen:
            self.target_box.addItem(icon("export"), self._chosen, self._chosen)
        if self.target_box.count() == 0:
            self.target_box.addItem(self.tr("No USB drive found: plug one in, or choose a folder"), "")
        self.target_box.blockSignals(False)
        self.target_box.setCurrentIndex(self.target_box.count() - 1 if self._chosen else 0)
        self._target_changed()

    def choose_target(self) -> None:
        path = messages.save_file(self, self.tr("Save the backup as"), backup_view.suggested_name(),
                                  self.tr("kpu-desktop backups (*.sqlite3);;All files (*)"))
        if not path:
            return
        self._chosen = path
        self.refresh_targets()

    def target(self) -> str:
        """The folder or file the backup goes to; empty when nothing usable is chosen."""
        return self.target_box.currentData() or ""

    def _target_changed(self, *_args) -> None:
        target = self.target()
        busy = self._handle is not None
        self.backup_button.setEnabled(bool(target) and not busy)
        if not target:
            self.target_label.setText(self.tr("Plug in a USB stick and press Look for drives, or choose a folder."))
            return
        file = backup_view.resolve_target(target)
        self.target_label.setText(self.tr("The backup will be written to %1").replace("%1", str(file)))

    # -- writing --------------------------------------------------------------------------------
    def start_backup(self) -> None:
        target = self.target()
        if not target or self._handle is not None:
            return
        # A file picked in the save dialog was confirmed there if it existed already.
        overwrite = target == self._chosen and not Path(target).is_dir()

        def job(ctx, progress):
            return backup_view.write_backup(ctx, target, lambda done, total: progress.report(done, total),
                                            overwrite=overwrite)

        self.result_label.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._handle = self.runner.submit("backup", job, owner=self)
        self._handle.progressed.connect(self._progressed)
        self._handle.succeeded.connect(self._written)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._done)
        self._target_changed()

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _written(self, written) -> None:
        self.written = written
        text = (self.tr("Backup written and verified: %1 (%2)")
                .replace("%1", str(written.path)).replace("%2", size_text(written.size)))
        self.result_label.setText(text)
        self.result_label.setVisible(True)
        self.backup_written.emit(written)

    def _failed(self, message: str) -> None:
        messages.warn(self, self.tr("Backup failed"), message)

    def _done(self) -> None:
        self._handle = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._target_changed()

    # -- automatic backups ----------------------------------------------------------------------
    def refresh_automatic(self) -> None:
        try:
            backups = backup_view.recent_backups(self.ctx)
        except ServiceError:
            backups = []
        fill_backup_table(self.automatic, backups)

    def reject(self) -> None:
        if self._handle is not None:
            # Closing mid-copy cancels it; the temporary file is removed by the service.
            self._handle.cancel()
        super().reject()

    def shutdown(self) -> None:
        self.cancel()
