"""The services' message catalogues: complete in both languages."""

import string

import pytest

from kpu_desktop.services import documents_texts, sync_texts, texts


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("catalogue", [texts.TEXTS, documents_texts.TEXTS, sync_texts.TEXTS],
                         ids=["services", "documents", "sync"])
def test_every_message_has_both_languages_with_the_same_placeholders(catalogue):
    """No message is missing in Bahasa Indonesia or English, and both name the same parameters."""
    for key, entry in catalogue.items():
        assert entry.get("id") and entry.get("en"), key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


def test_lookup_falls_back_to_the_key_and_formats_parameters():
    """An unknown key comes back as itself; a known one is filled in the chosen language."""
    assert texts.t("no-such-key", "en") == "no-such-key"
    assert texts.t("user_exists", "en", user="budi") == "The user budi already exists."
    assert sync_texts.st("file_missing", "id", path="x.kpub") == "Berkas x.kpub tidak ditemukan."


def test_every_spreadsheet_problem_has_words_in_both_languages():
    """Each key the sheets layer raises (`SheetError("key", ...)`) is worded by the services in id and en."""
    import inspect
    import re

    from kpu_desktop.services.texts import TEXTS
    from kpu_desktop.sheets import table

    keys = set(re.findall(r'SheetError\("(\w+)"', inspect.getsource(table)))
    assert {"type", "missing", "no_header", "csv", "write"} <= keys
    assert [k for k in sorted(keys) if set(TEXTS.get(f"sheet.{k}", {})) != {"id", "en"}] == []
