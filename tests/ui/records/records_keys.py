"""Keyboard helpers: type into the focused widget as an operator would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    """Type ASCII text into whatever has the focus, one key at a time (editors open as keys arrive)."""
    assert focused() is not None, "no widget has the keyboard focus"
    for char in text:
        qtbot.keyClicks(focused(), char)


def press(qtbot, key, modifier=None) -> None:
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier or Qt.KeyboardModifier.NoModifier)


def wait_dialog(qtbot, screen):
    """The screen's dialog, once it is up and holds the keyboard focus."""
    qtbot.waitUntil(lambda: screen.dialog is not None and focused() is not None
                    and focused().window() is screen.dialog)
    return screen.dialog
