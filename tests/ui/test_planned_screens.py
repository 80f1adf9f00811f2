"""The panel for a feature that arrives later: say what comes, offer the CLI commands to copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from kpu_desktop.ui.planned import PlannedFeaturePanel


def _panel(make_widget):
    return make_widget(PlannedFeaturePanel, "usb", "Coming", "This screen will hold:", ["one thing;"],
                       "Meanwhile", [("Check the data:", "kpu-desktop check"),
                                     ("Show the fingerprint:", "kpu-desktop fingerprint")], "Copy")


def test_panel_offers_commands_meanwhile(make_widget):
    """The panel lists each command it was given, each with its own Copy button."""
    panel = _panel(make_widget)
    commands = [b.property("command") for b in panel.command_buttons]
    assert commands == ["kpu-desktop check", "kpu-desktop fingerprint"]


def test_copy_puts_the_command_on_the_clipboard(make_widget):
    """The Copy button beside a command copies it."""
    panel = _panel(make_widget)
    button = panel.command_buttons[1]
    button.click()
    assert QGuiApplication.clipboard().text() == button.property("command")
