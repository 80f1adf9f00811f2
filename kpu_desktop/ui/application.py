"""Starting the desktop application: settings, language, first-run setup, login, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ..services.context import AppContext
from ..services.settings import Settings, load_settings, save_settings
from . import i18n
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
        self.use_language(self.settings.language)

    def use_language(self, lang: str) -> None:
        self.ctx.lang = lang
        if not i18n.install_language(lang):
            log.warning("no translation for %s; showing source texts", lang)

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
        self.window.show()

    def _window_closed(self, reason: str) -> None:
        if reason == "rebuild":
            return
        self.window = None
        if reason == "sign_out" and self.login():
            self.open_window()
            return
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
    if not desktop.start():
        return 1
    return app.exec()
