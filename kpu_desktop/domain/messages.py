"""The message catalogue: issue codes, field labels and short UI/CLI strings in two languages.

Bahasa Indonesia ("id") is the default language, English ("en") the second. Every entry must exist in
both; `register_strings` and `register_messages` let other layers add their own entries with the
same guarantee.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from kpu_desktop.domain.formatting import format_date_long, format_number
from kpu_desktop.domain.labels import FIELD_LABELS, VALUE_LABELS
from kpu_desktop.domain.message_texts import MESSAGES

__all__ = [
    "FIELD_LABELS", "LANGUAGES", "MESSAGES", "STRINGS", "VALUE_LABELS", "field_label",
    "format_param", "register_messages", "register_strings", "render_issue", "translate", "value_label",
]

LANGUAGES = ("id", "en")

# Short UI/CLI strings; other modules add theirs with register_strings().
STRINGS: dict[str, dict[str, str]] = {
    "severity.error": {"id": "Galat", "en": "Error"},
    "severity.warning": {"id": "Peringatan", "en": "Warning"},
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    "line_suffix": {"id": "{label} baris {n}", "en": "{label} on line {n}"},
}

_INDEXED = re.compile(r"^(?P<base>\w+)\[(?P<index>\d+)\]\.(?P<field>.+)$")


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "id"


def _check_entries(entries: Mapping[str, Mapping[str, str]]) -> None:
    for key, texts in entries.items():
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"entry {key!r} lacks languages {missing}")


def register_strings(entries: Mapping[str, Mapping[str, str]]) -> None:
    """Add UI/CLI strings; each must have both languages."""
    _check_entries(entries)
    STRINGS.update({k: dict(v) for k, v in entries.items()})


def register_messages(entries: Mapping[str, Mapping[str, str]]) -> None:
    """Add issue message templates (with `{label}`); each must have both languages."""
    _check_entries(entries)
    MESSAGES.update({k: dict(v) for k, v in entries.items()})


def _humanize(name: str) -> str:
    return name.replace("_", " ").strip()


def field_label(field: str, lang: str = "id") -> str:
    """Human label of a field name; `lines[3].received` -> `jumlah diterima baris 4`."""
    lang = _lang(lang)
    match = _INDEXED.match(field)
    if match:
        inner = field_label(match["field"], lang)
        n = int(match["index"]) + 1
        return STRINGS["line_suffix"][lang].format(label=inner, n=n)
    if field in FIELD_LABELS:
        return FIELD_LABELS[field][lang]
    if "." in field:
        head, _, tail = field.partition(".")
        if head in FIELD_LABELS:
            tail_label = value_label(tail, lang) if tail in VALUE_LABELS else _humanize(tail)
            return f"{FIELD_LABELS[head][lang]}: {tail_label}"
    return _humanize(field)


def value_label(value, lang: str = "id") -> str:
    """Human label of a coded value (post, status, category...); other values as text."""
    if isinstance(value, str) and value in VALUE_LABELS:
        return VALUE_LABELS[value][_lang(lang)]
    return format_param(value, lang)


def format_param(value, lang: str = "id") -> str:
    """A message parameter as text in the given language."""
    lang = _lang(lang)
    if value is None:
        return "-"
    if isinstance(value, bool):
        return STRINGS["yes" if value else "no"][lang]
    if isinstance(value, dt.datetime):
        sep = "." if lang == "id" else ":"
        return f"{format_date_long(value.date(), lang)} {value.hour:02d}{sep}{value.minute:02d}"
    if isinstance(value, dt.date):
        return format_date_long(value, lang)
    if isinstance(value, (int, float)):
        return format_number(value, lang)
    if isinstance(value, tuple):
        return ", ".join(value_label(v, lang) for v in value)
    if isinstance(value, str) and value in VALUE_LABELS:
        return VALUE_LABELS[value][lang]
    return str(value)


class _Params(dict):
    """Leaves unknown placeholders visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def render_issue(code: str, field: str, params: Mapping, lang: str = "id") -> str:
    """The full sentence of an issue."""
    lang = _lang(lang)
    label = field_label(field, lang)
    values = _Params({k: format_param(v, lang) for k, v in params.items()})
    values["label"] = label
    texts = MESSAGES.get(code)
    if texts is None:
        # Unknown codes still produce a readable sentence naming the field.
        return _capitalize(f"{label}: {code}")
    return _capitalize(texts[lang].format_map(values))


def translate(key: str, lang: str = "id", **params) -> str:
    """A short string (UI/CLI string, message, field or value label) in the given language."""
    lang = _lang(lang)
    for table in (STRINGS, MESSAGES, FIELD_LABELS, VALUE_LABELS):
        if key in table:
            values = _Params({k: format_param(v, lang) for k, v in params.items()})
            return table[key][lang].format_map(values)
    return key
