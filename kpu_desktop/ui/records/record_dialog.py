"""The shared behaviour of the add/edit dialogs: a generated form, inline validation, save."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.issues import Issue, ValidationFailed, errors
from ...services.context import AppContext
from ...services.errors import ServiceError
from .binding import FormBinding, show_issues


class RecordDialog(QDialog):
    """Subclasses fill the choices, then call `start()`; they implement `check` and `write`."""

    record_saved = Signal(str)
    aliases: dict[str, str] = {}
    amount_fields: tuple[str, ...] = ()  # shown grouped by thousands; the service reads them back

    def __init__(self, ctx: AppContext, form: Any, fields: tuple[str, ...], *, record_id: str | None = None,
                 date_fields: tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.record_id, self.form = ctx, record_id, form
        form.setupUi(self)
        self.binding = FormBinding(form, fields, date_fields=date_fields, amount_fields=self.amount_fields,
                                   lang=ctx.lang)
        self.issues: list[Issue] = []
        self.saved_warnings: list[Issue] = []
        self.saved_id: str | None = None
        self._initial: dict[str, Any] = {}
        form.buttonBox.accepted.connect(self.save)
        form.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        form.issues.setVisible(False)

    @property
    def editing(self) -> bool:
        return self.record_id is not None

    def start(self) -> None:
        """Remember what the form shows now (edits send only what changed) and validate as the user types."""
        self._initial = self.binding.values()
        self.binding.on_change(self.validate)
        if self.editing:
            self.validate()

    def payload(self) -> dict[str, Any]:
        return self.binding.changed(self._initial) if self.editing else self.binding.values()

    # -- subclass hooks ---------------------------------------------------------------------
    def check(self, values: dict[str, Any]) -> list[Issue]:
        raise NotImplementedError

    def write(self, values: dict[str, Any]) -> tuple[str, list[Issue]]:
        raise NotImplementedError

    # -- validation and saving --------------------------------------------------------------
    def validate(self) -> list[Issue]:
        try:
            self.issues = self.check(self.payload())
        except ServiceError as exc:
            self.issues = []
            self.show_message(str(exc))
            return self.issues
        self.binding.mark(self.issues, self.ctx.lang, self.aliases)
        show_issues(self.form.issues, self.issues, self.ctx.lang)
        return self.issues

    def show_message(self, text: str) -> None:
        self.form.issues.setText(f"<span style=\"color:#c62828\">{html.escape(text)}</span>")
        self.form.issues.setVisible(True)

    def save(self) -> None:
        if errors(self.validate()):
            widget = self.binding.first_with("error")
            if widget is not None:
                widget.setFocus()
            return
        try:
            self.saved_id, self.saved_warnings = self.write(self.payload())
        except ValidationFailed as exc:
            self.binding.mark(exc.issues, self.ctx.lang, self.aliases)
            show_issues(self.form.issues, exc.issues, self.ctx.lang)
            return
        except ServiceError as exc:
            self.show_message(str(exc))
            return
        self.record_saved.emit(self.saved_id)
        self.accept()
