"""Menus and keyboard shortcuts of the main window; record actions go to the current screen."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow

from ..services.backup import RESTORE_ROLES
from ..services.roles import Permission

# action key -> (method on the current screen, permission needed)
SCREEN_ACTIONS: dict[str, tuple[str, Permission]] = {
    "find": ("focus_search", Permission.VIEW),
    "new": ("new_record", Permission.EDIT_RECORDS),
    "open": ("open_current", Permission.VIEW),
    "delete": ("delete_current", Permission.EDIT_RECORDS),
    "undo": ("undo_last", Permission.EDIT_RECORDS),
    "import": ("import_file", Permission.IMPORT),
    "export": ("export_file", Permission.EXPORT_DATA),
    "refresh": ("refresh", Permission.VIEW),
}


class ShellActions(QObject):
    """Builds the menu bar of `window` and keeps each action enabled only when it can do something."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._build()

    def _action(self, key: str, text: str, shortcut=None, slot=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.actions[key] = action
        return action

    def _build(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action("lock", self.tr("&Lock session"), "Ctrl+L", w.lock))
        file_menu.addAction(self._action("sign_out", self.tr("&Sign out"), None, w.sign_out))
        file_menu.addSeparator()
        file_menu.addAction(self._action("backup", self.tr("&Back up..."), "Ctrl+Shift+B", w.show_backup))
        file_menu.addAction(self._action("restore", self.tr("&Restore..."), None, w.show_restore))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, w.close))

        record = bar.addMenu(self.tr("&Records"))
        specs = (("find", self.tr("&Search"), QKeySequence.StandardKey.Find),
                 ("new", self.tr("&New record..."), QKeySequence.StandardKey.New),
                 ("open", self.tr("&Open selected"), Qt.Key.Key_Return),
                 ("delete", self.tr("&Delete selected..."), QKeySequence.StandardKey.Delete),
                 ("undo", self.tr("&Undo last change"), QKeySequence.StandardKey.Undo),
                 ("import", self.tr("&Import spreadsheet..."), "Ctrl+I"),
                 ("export", self.tr("&Export spreadsheet..."), "Ctrl+E"))
        for key, text, shortcut in specs:
            action = self._action(key, text, shortcut, partial(w.call_on_screen, SCREEN_ACTIONS[key][0]))
            if key in ("open", "delete"):
                # Enter and Delete belong to the focused widget (a search box edits text with them);
                # KeyRouter below hands them to the screen when a list has the focus.
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            record.addAction(action)

        view = bar.addMenu(self.tr("&View"))
        for number, (key, title) in enumerate(w.page_titles().items(), start=1):
            if key in w.pages_allowed():
                shortcut = f"Ctrl+{number % 10}"
                view.addAction(self._action(f"page_{key}", title, shortcut, partial(w.show_page, key)))
        view.addSeparator()
        view.addAction(self._action("refresh", self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                    partial(w.call_on_screen, "refresh")))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("about", self.tr("&About kpu-desktop"), None, w.show_about))

    def update_for(self, screen, role: str, locked: bool) -> None:
        """Enable a record action only if the current screen offers it and the role allows it."""
        from ..services.roles import allows

        for key, (method, permission) in SCREEN_ACTIONS.items():
            available = screen is not None and callable(getattr(screen, method, None))
            self.actions[key].setEnabled(available and allows(role, permission) and not locked)
        for key, action in self.actions.items():
            if key.startswith("page_") or key in ("lock",):
                action.setEnabled(not locked)
        self.actions["backup"].setEnabled(allows(role, Permission.EXPORT_DATA) and not locked)
        self.actions["restore"].setEnabled(role in RESTORE_ROLES and not locked)


class KeyRouter(QObject):
    """Enter opens and Delete deletes when a list of the current screen has the focus."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def watch(self, screen) -> None:
        for view in screen.findChildren(QAbstractItemView):
            view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if isinstance(watched, QAbstractItemView) and watched.state() == QAbstractItemView.State.EditingState:
            return False
        method = {Qt.Key.Key_Return: "open_current", Qt.Key.Key_Enter: "open_current",
                  Qt.Key.Key_Delete: "delete_current"}.get(event.key())
        if method is None:
            return False
        return self.window.call_on_screen(method)
