"""The record lists: paging, search as you type, filters, sorting, column chooser, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kpu_desktop.ui.records import AsnScreen, FacilityScreen, ReceiptScreen
from kpu_desktop.ui.records.list_model import ROW_ROLE, has_discrepancy
from records_keys import focused, type_text, wait_dialog


def rows(screen):
    return [screen.model.data(screen.model.index(r, 0), ROW_ROLE) for r in range(screen.model.rowCount())]


def test_each_screen_lists_the_demo_records(make_screen, demo_ctx):
    """The three lists show every demo record and say how many there are."""
    counts = {}
    for cls in (AsnScreen, FacilityScreen, ReceiptScreen):
        screen = make_screen(cls, demo_ctx)
        counts[cls.__name__] = screen.model.rowCount()
        assert screen.status.text().startswith(str(screen.model.rowCount()))
    assert counts == {"AsnScreen": 214, "FacilityScreen": 41, "ReceiptScreen": 48}


def test_search_filters_while_typing(qtbot, make_screen, demo_ctx):
    """Typed words narrow the list after a short pause, through the full-text index (name prefix)."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.focus_search()
    type_text(qtbot, "yus")
    qtbot.waitUntil(lambda: screen.model.query.search == "yus")
    found = rows(screen)
    assert 0 < len(found) < 214
    assert all(any(w.lower().startswith("yus") for w in r["person_name"].replace(",", " ").split()) for r in found)


def test_unit_filter_keeps_the_unit_and_below(make_screen, demo_ctx):
    """Choosing a PPK lists the placements of that PPK and of its PPS only."""
    screen = make_screen(AsnScreen, demo_ctx)
    combo = screen.filters.unit
    combo.setCurrentIndex(combo.findData("62.01.01"))
    found = rows(screen)
    assert found and all(r["unit_code"].startswith("62.01.01") for r in found)
    assert len(found) < 214


def test_drill_down_shows_receipts_with_discrepancies(make_screen, demo_ctx):
    """show_filtered(discrepancies_only=True) lists only receipts with short, excess or damaged lines."""
    screen = make_screen(ReceiptScreen, demo_ctx)
    screen.show_filtered(event_id="PEMILU_2024", discrepancies_only=True)
    found = rows(screen)
    assert found and all(has_discrepancy(r) or r["warnings"] for r in found)
    assert screen.filters.discrepancies.isChecked()


def test_clicking_a_sortable_header_sorts_and_again_reverses(qtbot, make_screen, demo_ctx):
    """The report-number header sorts ascending, a second click descending."""
    screen = make_screen(ReceiptScreen, demo_ctx)
    screen.table.horizontalHeader().sectionClicked.emit(0)
    numbers = [r["number"] for r in rows(screen)]
    assert numbers == sorted(numbers)
    screen.table.horizontalHeader().sectionClicked.emit(0)
    assert [r["number"] for r in rows(screen)] == sorted(numbers, reverse=True)


def test_column_chooser_hides_a_column_and_remembers_it(make_screen, demo_ctx, settings):
    """Unticking a column hides it and the choice is kept in the shell's settings for the next screen."""
    screen = make_screen(FacilityScreen, demo_ctx, settings=settings)
    screen.chooser.set_visible("owner_name", False)
    column = [c.key for c in screen.model.columns].index("owner_name")
    assert screen.table.isColumnHidden(column)
    again = make_screen(FacilityScreen, demo_ctx, settings=settings)
    assert again.table.isColumnHidden(column)


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, make_screen, demo_ctx):
    """Ctrl+F from the list focuses the search box."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is screen.filters.search


def test_enter_opens_the_current_record_and_escape_closes_it(qtbot, make_screen, demo_ctx):
    """Enter on a row opens its edit dialog; Esc closes it without saving."""
    screen = make_screen(FacilityScreen, demo_ctx)
    screen.table.setFocus()
    screen.table.selectRow(2)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.record_id == screen.current_id()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_ctrl_n_opens_an_empty_dialog(qtbot, make_screen, demo_ctx):
    """Ctrl+N opens the add dialog."""
    screen = make_screen(ReceiptScreen, demo_ctx)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.dialog is not None and screen.dialog.record_id is None


def _shown(screen, key: str) -> set[str]:
    column = [c.key for c in screen.model.columns].index(key)
    return {screen.model.data(screen.model.index(r, column)) for r in range(screen.model.rowCount())}


def test_the_event_column_shows_the_event_name(qtbot, make_screen, demo_ctx):
    """Officers read "Pemilu 2024", not the stored code PEMILU_2024, in the lists and in search results."""
    names = {"Pemilu 2024", "Pilkada Serentak 2024"}
    for cls in (AsnScreen, ReceiptScreen):
        screen = make_screen(cls, demo_ctx)
        assert _shown(screen, "event_id") == names
    screen = make_screen(AsnScreen, demo_ctx)
    screen.focus_search()
    type_text(qtbot, "yus")
    qtbot.waitUntil(lambda: screen.model.query.search == "yus")
    assert screen.model.rowCount() and _shown(screen, "event_id") <= names
    facilities = make_screen(FacilityScreen, demo_ctx)
    assert _shown(facilities, "event_id") <= names | {""}
