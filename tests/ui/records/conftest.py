"""Fixtures of the record screen tests: screens that are shut down after each test, mocked prompts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def prompts(monkeypatch):
    """Message boxes and file dialogs never open: tests set the answers and read what was said."""
    from kpu_desktop.ui.records import prompts as module

    said: dict[str, list] = {"complain": [], "tell": [], "open_path": "", "save_path": ""}
    monkeypatch.setattr(module, "complain", lambda parent, title, text: said["complain"].append(text))
    monkeypatch.setattr(module, "tell", lambda parent, title, text: said["tell"].append(text))
    monkeypatch.setattr(module, "open_path", lambda parent, title, filters: said["open_path"])
    monkeypatch.setattr(module, "save_path", lambda parent, title, suggested, filters: said["save_path"])
    return said


@pytest.fixture
def make_screen(qtbot):
    """Build a record screen; after the test no task, thread or timer of it may still run."""
    made = []

    def build(cls, ctx, **kwargs):
        screen = cls(ctx, **kwargs)
        qtbot.addWidget(screen)
        screen.resize(1200, 700)
        screen.show()
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        made.append(screen)
        return screen

    yield build
    for screen in made:
        if screen.dialog is not None:
            screen.dialog.reject()
        screen.shutdown()
        assert not screen.runner.busy, "a background task outlived its test"
        assert not screen.filters.timer.isActive(), "the search timer outlived its test"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
