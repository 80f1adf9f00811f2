"""Berkas → Pulihkan: verify a backup, show what it holds, and replace the database with it (admins only).

Two steps, because the live database may not be in use while its file is replaced:
`RestoreDialog` stages and verifies the chosen file off the UI thread and asks for confirmation;
`RestoreProgressDialog` then runs the swap once the caller has closed the main window and every
connection (the application returns to the login afterwards, over the restored file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from ..services import backup_view
from ..services.backup import BackupService
from ..services.context import AppContext
from ..services.errors import ServiceError
from ..tasks import TaskRunner
from . import messages
from .backup_dialog import backup_table, fill_backup_table
from .widgets import card, icon, label


def _verify_job(source: str):
    def job(ctx, progress):
        plan = BackupService(ctx).stage_restore(source)
        try:
            return plan, backup_view.summarise(plan)
        except Exception:
            plan.discard()
            raise
    return job


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # Indonesian grouping


def summary_text(summary: backup_view.BackupSummary) -> str:
    when = summary.taken_at.strftime("%Y-%m-%d %H:%M") if summary.taken_at else "-"
    names = {"units": QCoreApplication.translate("RestoreDialog", "units"),
             "persons": QCoreApplication.translate("RestoreDialog", "people"),
             "placements": QCoreApplication.translate("RestoreDialog", "placements"),
             "facilities": QCoreApplication.translate("RestoreDialog", "facilities"),
             "receipts": QCoreApplication.translate("RestoreDialog", "logistics receipts")}
    counts = ", ".join(f"{_thousands(summary.counts.get(key, 0))} {name}" for key, name in names.items())
    checked = QCoreApplication.translate("RestoreDialog", "Schema %1, %2 audit entries; integrity and audit "
                                                          "chain verified.")
    return "\n".join([
        QCoreApplication.translate("RestoreDialog", "File: %1").replace("%1", str(summary.source)),
        QCoreApplication.translate("RestoreDialog", "Taken: %1").replace("%1", when),
        QCoreApplication.translate("RestoreDialog", "Unit: %1").replace("%1", summary.unit or "-"),
        QCoreApplication.translate("RestoreDialog", "Holds: %1").replace("%1", counts),
        checked.replace("%1", str(summary.schema)).replace("%2", _thousands(summary.audit_entries)),
    ])


class RestoreDialog(QDialog):
    """Pick, verify, confirm. Accepted means `plan` is verified and the user confirmed the restore."""

    verified = Signal(object)   # backup_view.BackupSummary
    refused = Signal(str)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 damaged: backup_view.StartProblem | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.damaged = ctx, runner, damaged
        self.plan = None
        self.summary = None
        self.allow_other = False
        self._handle = None
        self._closed = False
        self.setWindowTitle(self.tr("Restore - kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setMinimumSize(700, 600 if damaged is None else 680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(label(self.tr("Restore a backup"), "pageTitle"))
        layout.addWidget(label(self.tr("Replaces every record with the backup's. The current database is kept "
                                       "as a backup first. Only an administrator may restore."), "pageSubtitle"))
        if damaged is not None:
            banner, box = card(self, name="banner")
            box.addWidget(label(damaged.message(ctx.lang)))
            layout.addWidget(banner)
        layout.addWidget(self._source_card(), 1)
        layout.addWidget(self._summary_card())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm_restore)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        try:
            fill_backup_table(self.automatic, self._automatic_backups())
        except ServiceError:
            pass

    def _automatic_backups(self):
        if self.ctx.session is None:  # before login, only when the database is damaged
            return backup_view.restorable_backups(self.ctx.paths)
        return [b for b in backup_view.recent_backups(self.ctx) if b.reason != "damaged"]

    def _source_card(self) -> QWidget:
        frame, box = card(self)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Automatic backups on this computer, or a file of your own"),
                            "sectionTitle"), 1)
        self.choose_button = QPushButton(self.tr("Choose file..."))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        box.addLayout(row)
        self.automatic = backup_table(frame)
        self.automatic.itemSelectionChanged.connect(self._automatic_chosen)
        box.addWidget(self.automatic)
        return frame

    def _summary_card(self) -> QWidget:
        frame, box = card(self)
        box.addWidget(label(self.tr("What the backup holds"), "sectionTitle"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        box.addWidget(self.progress)
        self.summary_label = label(self.tr("Choose a backup: it is checked before anything is replaced."), "hint")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.summary_label)
        self.credentials = QWidget()
        form = QFormLayout(self.credentials)
        form.setContentsMargins(0, 6, 0, 0)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.credentials.setVisible(self.ctx.session is None)
        box.addWidget(self.credentials)
        return frame

    # -- choosing and verifying ----------------------------------------------------------------
    def choose_file(self) -> None:
        path = messages.open_file(self, self.tr("Choose a backup file"),
                                  self.tr("kpu-desktop backups (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.automatic.clearSelection()
            self.verify(path)

    def _automatic_chosen(self) -> None:
        rows = self.automatic.selectionModel().selectedRows()
        if rows:
            self.verify(self.automatic.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def verify(self, source: str) -> None:
        """Stage and check `source` off the UI thread; nothing live is touched."""
        if self._handle is not None:
            return  # one staged copy at a time: both would use the same temporary file
        self._discard()
        self.restore_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.automatic.setEnabled(False)
        self.progress.setVisible(True)
        self.summary_label.setObjectName("hint")
        self.summary_label.setText(self.tr("Checking %1 ...").replace("%1", str(source)))
        self._handle = self.runner.submit("verify-backup", _verify_job(source), owner=self)
        self._handle.succeeded.connect(self._verified)
        self._handle.failed.connect(self._refused)
        self._handle.finished.connect(self._checked)

    def _verified(self, result) -> None:
        self.plan, self.summary = result
        self.summary_label.setText(summary_text(self.summary))
        self.restore_button.setEnabled(True)
        self.verified.emit(self.summary)

    def _refused(self, message: str) -> None:
        self.summary_label.setText(message)
        self.summary_label.setObjectName("errorText")
        self.summary_label.style().polish(self.summary_label)
        messages.warn(self, self.tr("This backup cannot be restored"), message)
        self.refused.emit(message)

    def _checked(self) -> None:
        self._handle = None
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        self.automatic.setEnabled(True)
        if self._closed:
            self._discard()  # verified after the dialog closed: the staged copy is nobody's

    # -- confirming -----------------------------------------------------------------------------
    def confirm_restore(self) -> None:
        if self.plan is None:
            return
        if self.ctx.session is None and not self._sign_in():
            return
        if not backup_view.may_restore(self.ctx):
            messages.warn(self, self.tr("Restore"), self.tr("Only an administrator may restore a backup."))
            return
        if self.summary.other_installation:
            if not messages.confirm(self, self.tr("Backup of another installation"),
                                    self.tr("This backup was made by another installation. Restoring it gives "
                                            "two installations the same identity. Restore it anyway?")):
                return
            self.allow_other = True
        when = self.summary.taken_at.strftime("%Y-%m-%d %H:%M") if self.summary.taken_at else "-"
        text = (self.tr("Replace the current database with the backup of %1?\n\nThe current database is kept "
                        "as a backup in %2. kpu-desktop then reopens the restored database and asks you to "
                        "sign in again.").replace("%1", when).replace("%2", str(self.ctx.paths.backup_dir)))
        if messages.confirm(self, self.tr("Restore the backup"), text, yes=self.tr("Restore")):
            self.accept()

    def _sign_in(self) -> bool:
        try:
            backup_view.sign_in_for_restore(self.ctx, self.plan, self.username.text().strip(),
                                            self.password.text())
        except ServiceError as exc:
            messages.warn(self, self.tr("Restore"), str(exc))
            return False
        return True

    def _discard(self) -> None:
        if self.plan is not None:
            self.plan.discard()
        self.plan = self.summary = None

    def reject(self) -> None:
        self._closed = True
        self._discard()
        super().reject()

    def shutdown(self) -> None:
        self._closed = True


class RestoreProgressDialog(QDialog):
    """Runs the restore off the UI thread; the caller closed the window and every connection first."""

    restored = Signal(object)   # RestoreResult
    failed = Signal(str)

    def __init__(self, ctx: AppContext, plan, allow_other: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.plan, self.allow_other = ctx, plan, allow_other
        self.result_value = None
        self.error = ""
        self.setWindowTitle(self.tr("Restore - kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(label(self.tr("Restoring the backup; the current database is kept first..."),
                               "sectionTitle"))
        bar = QProgressBar()
        bar.setRange(0, 0)
        layout.addWidget(bar)
        self.runner = TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, self, max_threads=1)
        self._handle = None

    def start(self) -> None:
        # The UI's own connection would keep the replaced file (and its WAL) alive: close it now; the
        # next use of ctx.conn opens the restored database.
        self.ctx.close()
        plan, allow = self.plan, self.allow_other

        def job(ctx, progress):
            return BackupService(ctx).restore(plan, allow_other_installation=allow)

        self._handle = self.runner.submit("restore", job, owner=self)
        self._handle.succeeded.connect(self._succeeded)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)

    def _succeeded(self, result) -> None:
        self.result_value = result

    def _failed(self, message: str) -> None:
        self.error = message

    def _finished(self) -> None:
        self.plan.discard()
        if self.result_value is not None:
            self.restored.emit(self.result_value)
            self.accept()
        else:
            self.failed.emit(self.error)
            self.reject()

    def reject(self) -> None:
        if self._handle is not None and not self._handle.done and self.result_value is None and not self.error:
            return  # a half-done swap cannot be cancelled: wait for it
        super().reject()

    def shutdown(self) -> None:
        self.runner.shutdown()
