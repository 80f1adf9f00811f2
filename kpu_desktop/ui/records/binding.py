"""Field widgets of a form by field name: read and load values, show domain issues beside them."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, Callable, Iterable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from ...domain.issues import Issue, without_echoes
from ...domain.formatting import format_number
from ...domain.messages import translate, value_label

ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"
WARNING_STYLE = "border: 2px solid #e0a000; border-radius: 3px;"


def shown_date(value: Any) -> str:
    """ISO date or date-time as secretariats write it: 15/01/2024, 06/02/2024 09:00."""
    if value in (None, ""):
        return ""
    text = str(value)
    try:
        if "T" in text:
            return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
        if len(text) == 10 and text[4] == "-":
            return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
    except ValueError:
        pass
    return text


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], *, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for label, data in items:
        combo.addItem(label, data)
    share_width(combo)


def share_width(combo: QComboBox, letters: int = 14) -> None:
    """A box as wide as its layout gives it (at least `letters` wide), its open list as wide as its entries.

    Sized to its longest entry (a PPS's full name), a box set the least width of its whole column and
    squeezed the fields beside it.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def coded_items(codes: Iterable[str], lang: str) -> list[tuple[str, str]]:
    return [(value_label(code, lang), code) for code in codes]


def issue_text(issues: Iterable[Issue], lang: str) -> str:
    """Rich text listing errors first, then warnings, each a full sentence naming its field."""
    lines = []
    for issue in sorted(without_echoes(issues), key=lambda i: not i.is_error):
        colour = "#c62828" if issue.is_error else "#8a6100"
        kind = translate("severity.error" if issue.is_error else "severity.warning", lang)
        lines.append(f'<span style="color:{colour}"><b>{html.escape(kind)}:</b> '
                     f"{html.escape(issue.message(lang))}</span>")
    return "<br>".join(lines)


class FormBinding:
    """The widgets of a generated form that carry record fields (object name = field name)."""

    def __init__(self, form: object, fields: Iterable[str], *, date_fields: Iterable[str] = (),
                 amount_fields: Iterable[str] = (), lang: str = "id"):
        self.widgets: dict[str, QWidget] = {f: getattr(form, f) for f in fields if hasattr(form, f)}
        self.date_fields = set(date_fields)
        self.amount_fields = set(amount_fields)  # whole amounts shown grouped (1.150.000), read back as typed
        self.lang = lang

    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if data is None and widget.isEditable():
                return widget.currentText().strip()
            return data
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise TypeError(f"unsupported widget for {name}")

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.widgets}

    def load(self, record: dict) -> None:
        for name, widget in self.widgets.items():
            if name not in record:
                continue
            value = record[name]
            if isinstance(widget, QLineEdit):
                if name in self.amount_fields and isinstance(value, int) and not isinstance(value, bool):
                    widget.setText(format_number(value, self.lang))
                    continue
                widget.setText(shown_date(value) if name in self.date_fields else
                               "" if value is None else str(value).replace("\n", "; "))
            elif isinstance(widget, QComboBox):
                at = widget.findData(value)
                if at < 0 and value not in (None, ""):
                    widget.addItem(str(value), value)
                    at = widget.count() - 1
                widget.setCurrentIndex(max(at, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def changed(self, initial: dict[str, Any]) -> dict[str, Any]:
        """Fields whose value differs from what the form showed when it opened."""
        now = self.values()
        return {k: v for k, v in now.items() if initial.get(k) != v}

    def on_change(self, callback: Callable[[], None]) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(callback)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(callback)
                if widget.isEditable():
                    widget.editTextChanged.connect(callback)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(callback)

    def mark(self, issues: Iterable[Issue], lang: str, aliases: dict[str, str] | None = None) -> None:
        """Outline each field with an issue (red for errors, amber for warnings); the message as tooltip."""
        aliases = aliases or {}
        found: dict[str, list[Issue]] = {}
        for issue in issues:
            name = aliases.get(issue.field, issue.field)
            if name in self.widgets:
                found.setdefault(name, []).append(issue)
        for name, widget in self.widgets.items():
            mine = found.get(name, [])
            state = "error" if any(i.is_error for i in mine) else "warning" if mine else ""
            if widget.property("issue") == state and not mine:
                continue
            widget.setProperty("issue", state)
            widget.setStyleSheet(ERROR_STYLE if state == "error" else WARNING_STYLE if state else "")
            widget.setToolTip("\n".join(i.message(lang) for i in mine))

    def first_with(self, state: str) -> QWidget | None:
        for widget in self.widgets.values():
            if widget.property("issue") == state:
                return widget
        return None


def show_issues(label: QLabel, issues: list[Issue], lang: str) -> None:
    label.setText(issue_text(issues, lang))
    label.setVisible(bool(issues))
