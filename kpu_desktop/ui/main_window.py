"""The main window: a shell of navigation, menus and status bar around one screen at a time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.settings import Settings, save_settings
from ..tasks import TaskRunner
from . import messages
from .idle_lock import IdleWatcher
from .login_dialog import LockPanel
from .pages import PAGES
from .shell_actions import SCREEN_ACTIONS, KeyRouter, ShellActions
from .status_bar import ShellStatusBar
from .texts import unit_title
from .widgets import icon, plain

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Screens are built on first visit, so the window is usable as soon as Beranda is."""

    closed = Signal(str)  # why: "quit", "sign_out", "rebuild" or "restore"
    restore_requested = Signal(object, bool)  # a verified plan, whether another installation's is allowed
    language_changed = Signal(str)
    page_shown = Signal(str)
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.runner = TaskRunner(ctx.paths, self._session, self._lang, self)
        self.pages: dict[str, QWidget] = {}
        self.locked = False
        self._closing = False
        self._stale: set[str] = set()
        self.close_reason = "quit"
        self.setWindowTitle(f"kpu-desktop - {unit_title(ctx.unit)}")
        self.setWindowIcon(icon("box"))
        self._build()
        self.shell = ShellActions(self)
        self.keys = KeyRouter(self)
        self.status = ShellStatusBar(ctx, self.runner, self)
        self.setStatusBar(self.status)
        self.status.show_user()
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60_000, self)
        self.idle.idle_timed_out.connect(self.lock)
        self._restore_geometry()
        self._painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            # The shell paints first; Beranda and the data fingerprint (hashing every shared row
            # competes for the interpreter) follow right after, so the window appears at once.
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._closing:
            return
        if self.navigation.currentItem() is None:
            self.show_page("home")
        self.status.refresh_fingerprint()

    def _session(self):
        return self.ctx.session

    def _lang(self) -> str:
        return self.ctx.lang

    # -- layout -------------------------------------------------------------------------------
    def page_titles(self) -> dict[str, str]:
        return {"home": self.tr("Home"), "asn": self.tr("ASN Placements"),
                "facility": self.tr("Facilities"), "receipt": self.tr("Logistics"),
                "units": self.tr("Units and Regions"), "exchange": self.tr("Data Exchange"),
                "documents": self.tr("Documents"), "conflicts": self.tr("Conflicts"),
                "audit": self.tr("Audit Trail"), "settings": self.tr("Settings")}

    def pages_allowed(self) -> list[str]:
        return [spec.key for spec in PAGES if self.ctx.may(spec.permission)]

    def _build(self) -> None:
        side = QWidget()
        side.setFixedWidth(232)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(QLabel("kpu-desktop", objectName="brand"))
        unit = plain(QLabel(unit_title(self.ctx.unit), objectName="brandUnit"))
        unit.setWordWrap(True)
        side_layout.addWidget(unit)
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setAccessibleName(self.tr("Navigation"))
        titles = self.page_titles()
        for key in self.pages_allowed():
            spec = next(s for s in PAGES if s.key == key)
            item = QListWidgetItem(icon(spec.icon, light=True), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentItemChanged.connect(self._navigated)
        side_layout.addWidget(self.navigation, 1)

        self.stack = QStackedWidget()
        self.lock_panel = LockPanel(self.ctx)
        self.lock_panel.unlocked.connect(self.unlock)
        self.lock_panel.logout_requested.connect(self.sign_out)
        self.root = QStackedWidget()
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.root.addWidget(workspace)
        self.root.addWidget(self.lock_panel)
        self.setCentralWidget(self.root)

    # -- screens ------------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget | None:
        if key not in self.pages_allowed() or self.locked or self._closing:
            return None
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
        return self.pages.get(key)

    def _navigated(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None or self._closing:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        screen = self.pages.get(key)
        if screen is None:
            spec = next(s for s in PAGES if s.key == key)
            screen = spec.build(self)
            screen.setObjectName(f"screen_{key}")
            self.pages[key] = screen
            self.stack.addWidget(screen)
            self.keys.watch(screen)
            if callable(getattr(screen, "refresh", None)) and key in ("home", "units", "audit"):
                screen.refresh()
        elif key in self._stale:
            self._stale.discard(key)
            screen.refresh()
        self.stack.setCurrentWidget(screen)
        self._update_actions()
        self.page_shown.emit(key)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def call_on_screen(self, method: str) -> bool:
        """Run `method` of the current screen if it has one and the action is allowed now."""
        key = next((k for k, (m, _) in SCREEN_ACTIONS.items() if m == method), None)
        if key is not None and not self.shell.actions[key].isEnabled():
            return False
        target = getattr(self.current_screen(), method, None)
        if not callable(target):
            return False
        target()
        return True

    def drill_down(self, screen_key: str, filters: dict) -> None:
        """Open a record screen filtered as a dashboard figure asks."""
        self.show_page(screen_key)
        screen = self.pages.get(screen_key)
        show = getattr(screen, "show_filtered", None)
        if callable(show):
            show(**filters)

    def records_changed(self) -> None:
        """A record screen saved something: figures elsewhere are out of date."""
        self.status.refresh_fingerprint()
        self._stale = {key for key in self.pages if key in ("home", "units", "audit")}

    def _update_actions(self) -> None:
        role = self.ctx.session.role if self.ctx.session else ""
        self.shell.update_for(self.current_screen(), role, self.locked)

    # -- session ------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or self.ctx.session is None:
            return
        self.locked = True
        self.idle.pause()
        self.lock_panel.prepare(self.ctx.session.username)
        self.root.setCurrentWidget(self.lock_panel)
        self._update_actions()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.root.setCurrentIndex(0)
        self.idle.resume()
        self._update_actions()
        self.locked_changed.emit(False)

    def sign_out(self) -> None:
        self.ctx.session = None
        self.close_for("sign_out")

    def close_for(self, reason: str) -> None:
        self.close_reason = reason
        self.close()

    def apply_settings(self, settings: Settings) -> None:
        old = self.settings
        self.settings = settings
        save_settings(self.ctx.paths, settings)
        self.idle.set_timeout(settings.idle_lock_minutes * 60_000)
        if settings.language != old.language:
            self.language_changed.emit(settings.language)

    def show_about(self):
        from .about_dialog import AboutDialog
        return self._open_dialog(AboutDialog(self.ctx, self.runner, self))

    def show_backup(self):
        from .backup_dialog import BackupDialog
        return self._open_dialog(BackupDialog(self.ctx, self.runner, self))

    def show_restore(self):
        """Admins only; once confirmed, the window closes so that no connection outlives the old file."""
        from ..services.backup_view import may_restore
        from .restore_dialog import RestoreDialog
        if not may_restore(self.ctx):
            messages.warn(self, self.tr("Restore"), self.tr("Only an administrator may restore a backup."))
            return None
        dialog = self._open_dialog(RestoreDialog(self.ctx, self.runner, self))
        dialog.accepted.connect(lambda: self._restore_confirmed(dialog))
        return dialog

    def _restore_confirmed(self, dialog) -> None:
        self.restore_requested.emit(dialog.plan, dialog.allow_other)
        self.close_for("restore")

    def _open_dialog(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- geometry and closing -----------------------------------------------------------------
    def ui_settings(self) -> QSettings:
        """Window geometry and per-screen layout (column choices) in one INI file."""
        return QSettings(str(self.ctx.paths.qsettings_file), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        store = self.ui_settings()
        geometry = store.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._closing:
            self._closing = True
            store = self.ui_settings()
            store.setValue("main_window/geometry", self.saveGeometry())
            store.sync()
            self.idle.stop()
            self.runner.shutdown()
            for screen in self.pages.values():
                closing = getattr(screen, "shutdown", None)
                if callable(closing):
                    closing()
            self.closed.emit(self.close_reason)
        super().closeEvent(event)
