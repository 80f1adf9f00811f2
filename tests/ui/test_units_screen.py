"""Unit & Wilayah: the unit tree with TPS and DPT, and imports off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpu_desktop.ui.units_screen import UnitsScreen
from ui_helpers import login_as


@pytest.fixture
def units(qtbot, demo_ctx, make_runner, make_widget):
    screen = make_widget(UnitsScreen, demo_ctx, make_runner(demo_ctx))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    return screen


def _find(tree, code):
    found = tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
    return found[0]


def test_tree_holds_regency_ppk_and_pps(units):
    """The regency is the root; its PPK are children and their PPS grandchildren."""
    root = units.tree.topLevelItem(0)
    assert root.text(1) == "62.01"
    ppk = _find(units.tree, "62.01.01")
    assert ppk.parent() is root and ppk.childCount() == 5


def test_opening_a_pps_lists_its_tps_with_dpt(units):
    """Expanding a PPS shows its TPS, each with a DPT figure."""
    pps = _find(units.tree, "62.01.01.2001")
    pps.setExpanded(True)
    assert pps.childCount() > 0 and pps.child(0).text(0).startswith("TPS 001")
    assert pps.child(0).text(4)


def test_invented_desa_are_marked_as_sample_data_in_the_row(units):
    """Demo PPS say in their own row that they are sample data; real kecamatan do not."""
    assert _find(units.tree, "62.01.01.2001").text(2).endswith(units.tr("sample data"))
    assert _find(units.tree, "62.01.01.2001").font(0).italic()
    assert units.tr("sample data") not in _find(units.tree, "62.01.01").text(2)


def test_search_hides_other_units(qtbot, units):
    """Typing a name keeps only matching units (and their ancestors) visible."""
    qtbot.keyClicks(units.search, "Kumai")
    assert not _find(units.tree, "62.01.01").isHidden()
    assert _find(units.tree, "62.01.02").isHidden()


def test_tps_import_updates_dpt(qtbot, units, dialogs, tmp_path):
    """Importing a TPS/DPT sheet chosen in the file dialog updates the tree after the work finishes."""
    sheet = tmp_path / "tps.csv"
    sheet.write_text("kode unit,tps,dpt\n62.01.01.2001,1,123\n", encoding="utf-8")
    dialogs["open_file"] = str(sheet)
    with qtbot.waitSignal(units.imported, timeout=10_000):
        units.tps_button.click()
    qtbot.waitUntil(lambda: not units.runner.busy, timeout=10_000)
    pps = _find(units.tree, "62.01.01.2001")
    pps.setExpanded(True)
    assert pps.child(0).text(4) == "123"


def test_failed_import_is_reported(qtbot, units, dialogs, tmp_path):
    """A sheet naming an unknown unit is refused with the service's message."""
    sheet = tmp_path / "bad.csv"
    sheet.write_text("kode unit,tps,dpt\n99.99.99.9999,1,5\n", encoding="utf-8")
    dialogs["open_file"] = str(sheet)
    units.tps_button.click()
    qtbot.waitUntil(lambda: bool(dialogs["warn"]), timeout=10_000)
    assert "99.99.99.9999" in dialogs["warn"][0]


def test_operator_has_no_import_buttons(qtbot, ctx, make_runner, make_widget):
    """Import buttons are hidden for a role that may not manage units."""
    login_as(ctx, "operator")
    screen = make_widget(UnitsScreen, ctx, make_runner(ctx))
    assert not screen.regions_button.isVisible() and not screen.tps_button.isVisible()
