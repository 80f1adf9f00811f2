"""Pertukaran Data, Dokumen and Konflik before their features land: say what comes, offer the CLI."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from kpu_desktop.ui.conflicts_screen import ConflictsScreen
from kpu_desktop.ui.documents_screen import DocumentsScreen
from kpu_desktop.ui.exchange_screen import ExchangeScreen


@pytest.mark.parametrize("cls", [ExchangeScreen, DocumentsScreen, ConflictsScreen])
def test_screen_offers_commands_meanwhile(ctx, make_widget, cls):
    """Each planned screen lists at least one kpu-desktop command to use meanwhile."""
    screen = make_widget(cls, ctx)
    commands = [b.property("command") for b in screen.body.command_buttons]
    assert commands and all(c.startswith("kpu-desktop ") for c in commands)


def test_copy_puts_the_command_on_the_clipboard(ctx, make_widget):
    """The Copy button beside a command copies it."""
    screen = make_widget(ExchangeScreen, ctx)
    button = screen.body.command_buttons[0]
    button.click()
    assert QGuiApplication.clipboard().text() == button.property("command")
