"""The shell's message boxes: the safe answer by default, texts shown as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kpu_desktop.ui import messages
from kpu_desktop.ui.records import prompts



@pytest.fixture
def dialogs():
    """Here the real message boxes open (the shell's tests replace them with recorded answers)."""


TEXT = 'Hapus "<b>Gudang</b> <span style="color:white">desa</span>"?'


def _answer(seen: list, button: str) -> None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if not boxes:  # not shown yet: look again once the event loop has run
        QTimer.singleShot(10, lambda: _answer(seen, button))
        return
    box = boxes[0]
    seen.append((box.text(), box.textFormat()))
    (box.defaultButton() if button == "default" and box.defaultButton() else box.buttons()[0]).click()


@pytest.mark.parametrize("ask", [
    lambda: messages.confirm(None, "Hapus", TEXT),
    lambda: messages.inform(None, "Info", TEXT),
    lambda: messages.warn(None, "Peringatan", TEXT),
    lambda: prompts.tell(None, "Info", TEXT),
    lambda: prompts.complain(None, "Peringatan", TEXT),
])
def test_texts_are_shown_as_written(qapp, ask):
    """A record's name in a question or a notice keeps its '<' and never restyles the message."""
    seen: list = []
    QTimer.singleShot(0, lambda: _answer(seen, "default"))
    ask()
    assert seen == [(TEXT, Qt.TextFormat.PlainText)]


def test_confirm_defaults_to_the_safe_answer(qapp):
    """Enter on a confirmation cancels: the destructive act needs the explicit button."""
    seen: list = []
    QTimer.singleShot(0, lambda: _answer(seen, "default"))
    assert messages.confirm(None, "Hapus", "Hapus data ini?") is False
