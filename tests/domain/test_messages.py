"""The message catalogue: both languages everywhere, labels named in every message."""

from __future__ import annotations

import ast
import importlib
import string
from pathlib import Path

import pytest

from kpu_desktop.domain import facilities, people, placements, receipts
from kpu_desktop.domain.issues import Issue, make_issue
from kpu_desktop.domain.messages import (
    FIELD_LABELS, LANGUAGES, MESSAGES, STRINGS, VALUE_LABELS, field_label, register_messages,
    register_strings, translate,
)

PACKAGE = Path(__file__).resolve().parents[2] / "kpu_desktop"
_ISSUE_BUILDERS = {"Issue", "make_issue", "make_warning"}


def _codes_in(path: Path) -> set[str]:
    codes = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in _ISSUE_BUILDERS:
            continue
        candidates = node.args[1:2] + [k.value for k in node.keywords if k.arg == "code"]
        codes |= {c.value for c in candidates if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return codes


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _dummy_params(code: str) -> dict:
    names = set().union(*(_placeholders(t) for t in MESSAGES[code].values())) - {"label"}
    return {name: f"<{name}>" for name in names}


def test_domain_uses_some_codes():
    """The source scan finds the codes of the domain package (guards the scanner itself)."""
    codes = set().union(*(_codes_in(p) for p in (PACKAGE / "domain").glob("*.py")))
    assert {"nip.birth_date_invalid", "line.good_damaged_sum", "facility.loan_too_long"} <= codes


def test_every_code_used_in_the_package_has_a_message():
    """Every literal issue code anywhere in kpu_desktop has a catalogue entry."""
    missing = {}
    for path in PACKAGE.rglob("*.py"):
        unknown = _codes_in(path) - MESSAGES.keys()
        if unknown and path.parent.name != "domain":
            importlib.import_module(_module_name(path))  # may register its own messages
            unknown -= MESSAGES.keys()
        if unknown:
            missing[str(path.relative_to(PACKAGE))] = sorted(unknown)
    assert missing == {}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_exists_in_both_languages(code):
    """Each code has a non-empty template in Indonesian and English."""
    assert all(MESSAGES[code].get(lang, "").strip() for lang in LANGUAGES)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_templates_share_placeholders(code):
    """Both languages use the same parameters, and both name the field label."""
    id_names, en_names = (_placeholders(MESSAGES[code][lang]) for lang in LANGUAGES)
    assert id_names == en_names and "label" in id_names


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_rendered_message_names_the_field(code, lang):
    """The rendered message contains the field's human label and no unfilled placeholder."""
    issue = make_issue("birth_date", code, **_dummy_params(code))
    text = issue.message(lang)
    label = FIELD_LABELS["birth_date"][lang]
    assert label.lower() in text.lower() and "{" not in text


@pytest.mark.parametrize("table", [FIELD_LABELS, VALUE_LABELS, STRINGS], ids=["fields", "values", "strings"])
def test_label_tables_have_both_languages(table):
    """Every label and UI string exists in both languages."""
    assert [k for k, v in table.items() if not all(v.get(lang) for lang in LANGUAGES)] == []


@pytest.mark.parametrize("codes", [
    facilities.CATEGORIES, facilities.CONDITIONS, facilities.BASES, facilities.WAREHOUSE_CHECKLIST,
    placements.POSTS, placements.PLACEMENT_STATUSES, placements.END_REASONS, placements.BODY_KINDS,
    people.EMPLOYMENT_STATUSES, receipts.TRANSPORT_MODES,
], ids=["categories", "conditions", "bases", "checklist", "posts", "statuses", "end_reasons", "bodies",
        "employment", "transport"])
def test_coded_values_have_labels(codes):
    """Every enumerated code can be shown to users in both languages."""
    assert [c for c in codes if c not in VALUE_LABELS] == []


@pytest.mark.parametrize(("field", "lang", "expected"), [
    ("nip", "id", "NIP"),
    ("birth_date", "en", "birth date"),
    ("lines[3].received", "id", "jumlah diterima baris 4"),
    ("lines[3].received", "en", "quantity received on line 4"),
    ("lines[0].dapil", "id", "dapil baris 1"),
    ("checklist.cctv", "en", "warehouse checklist: CCTV"),
    ("some_new_field", "id", "some new field"),
])
def test_field_label(field, lang, expected):
    """Field names map to human labels, with line numbers counted from 1."""
    assert field_label(field, lang) == expected


def test_unknown_language_falls_back_to_indonesian():
    """A language other than id/en renders Indonesian."""
    assert make_issue("name", "field.required").message("fr") == "Nama wajib diisi."


def test_unknown_code_still_names_the_field():
    """An issue with an uncatalogued code still produces a sentence naming the field."""
    assert Issue("phone", "x.unknown").message("en") == "Phone number: x.unknown"


def test_message_is_capitalised():
    """Messages start with a capital letter even when the label is lower case."""
    assert make_issue("birth_date", "field.required").message("id") == "Tanggal lahir wajib diisi."


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (1850000, "id", "1.850.000"),
    (1850000, "en", "1,850,000"),
])
def test_numbers_are_formatted_per_language(value, lang, expected):
    """Numeric parameters use the language's thousands separator."""
    text = make_issue("honorarium", "field.negative", value=value).message(lang)
    assert expected in text


def test_translate_looks_up_strings_and_labels():
    """translate() finds UI strings, messages and labels and formats parameters."""
    assert translate("severity.warning", "en") == "Warning"
    assert translate("GUDANG", "id") == "gudang"
    assert translate("field.required", "en", label="Name") == "Name is required."
    assert translate("no.such.key", "en") == "no.such.key"


def test_register_strings_requires_both_languages():
    """Registering a string without English is refused."""
    with pytest.raises(ValueError):
        register_strings({"test.only_id": {"id": "hanya"}})
    assert "test.only_id" not in STRINGS


def test_register_messages_adds_a_code():
    """Other layers can add message codes with both languages."""
    register_messages({"test.registered": {"id": "{label} uji.", "en": "{label} test."}})
    try:
        assert make_issue("name", "test.registered").message("en") == "Name test."
    finally:
        MESSAGES.pop("test.registered")
