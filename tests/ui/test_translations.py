"""Qt Linguist translations: complete in both languages, current with the source, compiled on demand."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from kpu_desktop.ui import i18n


def _messages(lang: str):
    tree = ET.parse(i18n.ts_file(lang))
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_unfinished_or_empty_translation(lang):
    """Every message of the .ts file is translated and finished."""
    bad = [f"{name}: {m.findtext('source')!r}" for name, m in _messages(lang)
           if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
           or not (m.findtext("translation") or "").strip()]
    assert not bad, "untranslated or unfinished:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_placeholders_survive_translation(lang):
    """A translation keeps every %1 and {name} placeholder of its source."""
    import re

    pattern = re.compile(r"%\d|\{\w+\}")
    bad = [m.findtext("source") for _, m in _messages(lang)
           if sorted(pattern.findall(m.findtext("source") or "")) != sorted(pattern.findall(m.findtext("translation") or ""))]
    assert not bad, bad


def test_ts_files_hold_every_source_string(tmp_path, monkeypatch):
    """lupdate over kpu_desktop/ui finds no string the .ts files lack (run `python -m kpu_desktop.ui.i18n --update`)."""
    for lang in i18n.LANGUAGES:
        shutil.copy(i18n.ts_file(lang), tmp_path / i18n.ts_file(lang).name)
    monkeypatch.setattr(i18n, "ts_file", lambda lang: tmp_path / f"kpu_desktop_{lang}.ts")
    i18n.update_sources()
    new = [m.findtext("source") for _, m in _messages("id") if m.find("translation").get("type") == "unfinished"]
    assert not new, f"strings missing from the .ts files: {new}"


def test_missing_qm_is_compiled(tmp_path, monkeypatch):
    """Without a .qm next to the .ts, one is compiled (here into a temporary folder) and loads."""
    target = tmp_path / "kpu_desktop_id.qm"
    monkeypatch.setattr(i18n, "_qm_targets", lambda lang: [target])
    assert i18n.compiled_translation("id") == target and target.stat().st_size > 0


def test_indonesian_is_installed(qapp):
    """Installing Indonesian translates the navigation's 'Home' into 'Beranda'."""
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install_language("id")
        assert QCoreApplication.translate("MainWindow", "Home") == "Beranda"
    finally:
        i18n.install_language("en")


def test_qts_own_buttons_and_edit_menu_speak_indonesian(qapp):
    """Qt has no Indonesian of its own: standard dialog buttons and a field's right-click menu take ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    buttons = QDialogButtonBox.StandardButton
    try:
        assert i18n.install_language("id")
        box = QDialogButtonBox(buttons.Save | buttons.Cancel | buttons.Close)
        assert [box.button(b).text() for b in (buttons.Save, buttons.Cancel, buttons.Close)] == \
            ["Simpan", "Batal", "Tutup"]
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        assert {"&Salin", "&Tempel", "Pilih Semua"} <= {a.text().split("\t")[0] for a in menu.actions()}
    finally:
        i18n.install_language("en")
    assert QDialogButtonBox(buttons.Cancel).button(buttons.Cancel).text() == "Cancel"
