"""The few places the record screens ask or tell the user something: one seam for tests to mock."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from .. import messages


SHEETS = "Spreadsheets (*.xlsx *.csv)"


def open_path(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def tell(parent: QWidget | None, title: str, text: str) -> None:
    messages.inform(parent, title, text)


def complain(parent: QWidget | None, title: str, text: str) -> None:
    messages.warn(parent, title, text)
