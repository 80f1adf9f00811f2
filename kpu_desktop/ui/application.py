"""Starting the desktop application: the folder lock, the database check, settings, language, first-run
setup, login, the main window; and reopening everything after a restore."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ..instance import AlreadyRunning, InstanceLock
from ..services import backup_view
from ..services.backup import daily_backup_if_due
from ..services.context import AppContext
from ..services.settings import Settings, load_settings, save_settings
from ..tasks import TaskRunner
from . import i18n, messages
from .widgets import icon, style_sheet

log = logging.getLogger(__name__)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("kpu-desktop")
    app.setOrganizationName("kpu-desktop")
    app.setWindowIcon(icon("box"))
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    return app


class DesktopApplication(QObject):
    """Walks the user from an empty folder or a login to the main window, and back after signing out."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings: Settings = load_settings(ctx.paths)
        self.window = None
        self.lock: InstanceLock | None = None
        self.runner = TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, self, max_threads=1)
        self._pending_restore = None
        self.restoring = None
        self.use_language(self.settings.language)

    def use_language(self, lang: str) -> None:
        self.ctx.lang = lang
        if not i18n.install_language(lang):
            log.warning("no translation for %s; showing source texts", lang)

    # -- before anything opens the database -----------------------------------------------------
    def secure_start(self) -> bool:
        """Hold the data folder, check the database (offering a restore), start the daily backup.

        False when the application must not go on: another instance holds the folder, or the database
        is damaged and the user did not restore it. The reason was shown to the user.
        """
        try:
            self.lock = InstanceLock(self.ctx.paths.data_dir).acquire("gui")
        except AlreadyRunning as exc:
            messages.warn(None, self.tr("kpu-desktop is already running"), exc.message(self.ctx.lang))
            return False
        except OSError as exc:
            messages.warn(None, self.tr("The data folder cannot be used"),
                          self.tr("%1 cannot be locked: %2").replace("%1", str(self.ctx.paths.data_dir))
                          .replace("%2", exc.strerror or str(exc)))
            return False
        problem = backup_view.start_problem(self.ctx.paths)
        if problem is not None and not self.offer_restore(problem):
            self.shutdown()
            return False
        self.start_daily_backup()
        return True

    def offer_restore(self, problem: backup_view.StartProblem) -> bool:
        """The database failed its quick check: name the latest backup, and restore it now if asked."""
        text = (problem.message(self.ctx.lang) + "\n\n"
                + self.tr("An administrator can restore a backup now. Cancel closes kpu-desktop; the command "
                          "above restores later."))
        if not messages.confirm(None, self.tr("The database is damaged"), text,
                                yes=self.tr("Restore a backup...")):
            return False
        from .restore_dialog import RestoreDialog, RestoreProgressDialog
        dialog = RestoreDialog(self.ctx, self.runner, damaged=problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        progress = RestoreProgressDialog(self.ctx, dialog.plan, dialog.allow_other)
        progress.failed.connect(self._restore_failed)
        progress.restored.connect(self._restored)
        progress.start()
        accepted = progress.exec() == QDialog.DialogCode.Accepted
        progress.shutdown()
        self.ctx.session = None  # whoever restored signs in again, over the restored database
        return accepted

    def start_daily_backup(self) -> None:
        """The first start of the day keeps a copy, off the UI thread; a failure only reaches the log."""
        if self.ctx.paths.database.exists():
            self.runner.submit("daily-backup", lambda ctx, progress: daily_backup_if_due(ctx.paths))

    def shutdown(self) -> None:
        """Wait for start-up work and let go of the data folder."""
        self.runner.shutdown()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def start(self) -> bool:
        """Setup (if the folder is empty) and login; False when the user gave up."""
        if not self.ctx.is_initialised():
            from .setup_wizard import SetupWizard
            wizard = SetupWizard(self.ctx)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return False
            self.settings = Settings(language=self.ctx.lang, last_user=wizard.admin_name()).validated()
            save_settings(self.ctx.paths, self.settings)
        if self.ctx.session is None and not self.login():
            return False
        self.open_window()
        return True

    def login(self) -> bool:
        from .login_dialog import LoginDialog
        dialog = LoginDialog(self.ctx, self.settings.last_user)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if self.ctx.session.username != self.settings.last_user:
            from dataclasses import replace
            self.settings = replace(self.settings, last_user=self.ctx.session.username)
            save_settings(self.ctx.paths, self.settings)
        return True

    def open_window(self) -> None:
        from .main_window import MainWindow
        self.window = MainWindow(self.ctx, self.settings)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.closed.connect(self._window_closed, Qt.ConnectionType.QueuedConnection)
        self.window.language_changed.connect(self._language_changed, Qt.ConnectionType.QueuedConnection)
        self.window.restore_requested.connect(self._remember_restore)
        self.window.show()

    def _window_closed(self, reason: str) -> None:
        if reason == "rebuild":
            return
        self.window = None
        if reason == "restore" and self._pending_restore is not None:
            self.run_restore(*self._pending_restore)
            return
        if reason == "sign_out" and self.login():
            self.open_window()
            return
        QApplication.instance().quit()

    # -- restoring from the window --------------------------------------------------------------
    def _remember_restore(self, plan, allow_other: bool) -> None:
        self._pending_restore = (plan, allow_other)

    def run_restore(self, plan, allow_other: bool) -> None:
        """The window is closed; swap the file off the UI thread, then sign in again over the new one."""
        from .restore_dialog import RestoreProgressDialog
        self._pending_restore = None
        self.runner.shutdown()  # the daily backup must not be reading the file being replaced
        self.restoring = RestoreProgressDialog(self.ctx, plan, allow_other)
        self.restoring.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restoring.restored.connect(self._restored)
        self.restoring.failed.connect(self._restore_failed)
        self.restoring.finished.connect(self._after_restore, Qt.ConnectionType.QueuedConnection)
        self.restoring.start()
        self.restoring.open()

    def _restored(self, result) -> None:
        kept = str(result.kept) if result.kept else "-"
        messages.inform(None, self.tr("Backup restored"),
                        self.tr("The database was restored from %1.\nThe previous database was kept as %2.\n\n"
                                "Please sign in again.").replace("%1", str(result.source)).replace("%2", kept))

    def _restore_failed(self, message: str) -> None:
        messages.warn(None, self.tr("Restore failed"), message)

    def _after_restore(self) -> None:
        self.restoring = None
        self.ctx.close()
        self.ctx.session = None
        if self.login():
            self.open_window()
        else:
            QApplication.instance().quit()

    def _language_changed(self, lang: str) -> None:
        """Rebuild the window in the new language, on the same screen and session."""
        old = self.window
        key = old.current_key() if old else "settings"
        self.settings = load_settings(self.ctx.paths)
        self.use_language(lang)
        if old is not None:
            old.close_for("rebuild")
        self.open_window()
        self.window.show_page(key)


def run_application(ctx: AppContext) -> int:
    app = ensure_application()
    # The controller decides when to quit: signing out closes the window but not the application.
    app.setQuitOnLastWindowClosed(False)
    desktop = DesktopApplication(ctx)
    if not desktop.secure_start():
        return 1
    try:
        if not desktop.start():
            return 1
        return app.exec()
    finally:
        desktop.shutdown()
