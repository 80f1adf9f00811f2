"""Validation results: one `Issue` per problem, never an exception per problem.

Validators return a list of issues so a form or an import can show every problem at once;
services raise `ValidationFailed` when errors must stop a write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter


class Severity(str, Enum):
    """An error blocks saving; a warning is shown but accepted."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem found in one field of a record."""

    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: tuple = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def param(self, key: str, default=None):
        """The value of one message parameter."""
        for name, value in self.params:
            if name == key:
                return value
        return default

    def message(self, lang: str = "id") -> str:
        """A full sentence naming the field and what is wrong with it."""
        # Imported here: messages is a large catalogue and issues must stay importable alone.
        from kpu_desktop.domain.messages import render_issue

        return render_issue(self.code, self.field, dict(self.params), lang)

    def to_dict(self, lang: str = "id") -> dict:
        return {
            "field": self.field,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(lang),
        }


def _hashable(value):
    if isinstance(value, (list, set, frozenset)):
        return tuple(_hashable(v) for v in value)
    return value


def make_issue(field: str, code: str, severity: Severity = Severity.ERROR, **params) -> Issue:
    """Build an issue with keyword parameters (kept in order, made hashable)."""
    pairs = tuple((key, _hashable(value)) for key, value in params.items())
    return Issue(field, code, severity, pairs)


def make_warning(field: str, code: str, **params) -> Issue:
    """Build a warning issue with keyword parameters."""
    return make_issue(field, code, Severity.WARNING, **params)


class ValidationFailed(Exception):
    """Raised by services when a record has errors; carries every issue found."""

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        super().__init__("; ".join(self.messages("id")))

    def messages(self, lang: str = "id") -> list[str]:
        return [issue.message(lang) for issue in self.issues]


REQUIRED = "field.required"


def without_echoes(issues: Iterable[Issue], place: Callable[[Issue], str] = attrgetter("field")) -> list[Issue]:
    """The issues without "is required" for a place (by default the field) that has another error: a value
    that could not be read (a date of 31/02/2024) is left blank, and saying it is missing as well would only
    mislead. An import passes the spreadsheet column, where several fields may meet."""
    issues = list(issues)
    other = {place(i) for i in issues if i.is_error and i.code != REQUIRED}
    return [i for i in issues if i.code != REQUIRED or place(i) not in other]


def errors(issues: Iterable[Issue]) -> list[Issue]:
    """Only the issues that block saving (each field's problem said once)."""
    return [i for i in without_echoes(issues) if i.severity is Severity.ERROR]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    """Only the issues that are shown but accepted."""
    return [i for i in issues if i.severity is Severity.WARNING]


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(i.severity is Severity.ERROR for i in issues)


MAX_TEXT = 10_000  # characters in one field: far above any note, well inside what a bundle carries


def long_text_issues(values, prefix: str = "") -> list[Issue]:
    """Text fields past MAX_TEXT characters. Such a value would be stored here but refused by every office
    it is exchanged with, holding up the whole bundle."""
    return [make_issue(prefix + key, "field.too_long", length=len(value), max=MAX_TEXT)
            for key, value in values.items() if isinstance(value, str) and len(value) > MAX_TEXT]


def prefixed(issues: Iterable[Issue], prefix: str) -> list[Issue]:
    """The same issues with `prefix` put before each field name (e.g. `lines[2].`)."""
    return [Issue(prefix + i.field, i.code, i.severity, i.params) for i in issues]
