"""PITFALLS #1: some PySide6 builds abort after ~5,000 Qt calls returning None on CPython 3.11."""

from PySide6.QtWidgets import QLabel


def test_ten_thousand_void_calls_survive(qtbot):
    """10,000 calls of a void Qt method leave the interpreter alive (PySide6 6.12.0 would abort here)."""
    label = QLabel()
    qtbot.addWidget(label)
    for n in range(10_000):
        label.setText(str(n))
    assert label.text() == "9999"
