"""Beranda: figures over the demo data, and every figure opening the list behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from kpu_desktop.ui.dashboard_screen import DashboardScreen


@pytest.fixture
def dashboard(qtbot, demo_ctx, make_runner, make_widget):
    screen = make_widget(DashboardScreen, demo_ctx, make_runner(demo_ctx))
    screen.resize(1200, 900)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    return screen


def test_tiles_show_the_figures(dashboard):
    """After loading, the staffing tile shows posts filled out of posts for the latest event."""
    filled, posts = dashboard.board.posts_filled
    assert dashboard.staffing_tiles["posts"].figure.text() == f"{filled} / {posts}"
    assert dashboard.board.event_id == "PILKADA_2024"


def test_discrepancy_tile_opens_receipts_with_discrepancies(qtbot, dashboard):
    """The 'lines short, damaged or excess' tile asks for the receipts list, discrepancies only."""
    with qtbot.waitSignal(dashboard.drill_requested) as blocker:
        qtbot.mouseClick(dashboard.logistics_tiles["discrepancies"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["receipt", {"event_id": "PILKADA_2024", "discrepancies_only": True}]


def test_bar_click_opens_the_unit_area(qtbot, dashboard):
    """Clicking the first staffing bar opens the placements of that PPK area for the event."""
    chart = dashboard.staffing_chart
    first = chart.bars()[0]
    with qtbot.waitSignal(dashboard.drill_requested) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(0).center().toPoint())
    assert blocker.args == ["asn", {"unit_code": first.key, "event_id": "PILKADA_2024"}]


def test_bars_are_reachable_by_keyboard(qtbot, dashboard):
    """Down then Enter on a chart opens its second bar."""
    chart = dashboard.facility_chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(dashboard.drill_requested) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == ["facility", {"unit_code": chart.bars()[1].key}]


def test_worst_rows_come_first(dashboard):
    """The attention table starts with the most serious problems."""
    priorities = [row.priority for row in dashboard.attention.rows()]
    assert priorities == sorted(priorities, reverse=True) and priorities


def test_non_asn_tile_filters_the_attention_table(qtbot, dashboard):
    """The 'PPK Sekretaris not ASN' tile narrows the table to those secretariats (Arut Utara in the demo)."""
    qtbot.mouseClick(dashboard.staffing_tiles["non_asn"], Qt.MouseButton.LeftButton)
    rows = dashboard.attention.rows()
    assert [r.unit_label for r in rows] == ["PPK Arut Utara"]
    assert dashboard.show_all_button.isVisible()


def test_enter_on_a_row_opens_its_records(qtbot, dashboard):
    """Enter on an attention row opens the records of that unit."""
    table = dashboard.attention
    table.setFocus()
    row = table.rows()[0]
    with qtbot.waitSignal(dashboard.drill_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args[1]["unit_code"] == row.unit_code


def test_choosing_another_event_reloads(qtbot, dashboard):
    """Picking Pemilu 2024 in the event box reloads the figures for that event."""
    box = dashboard.event_box
    index = box.findData("PEMILU_2024")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    qtbot.waitUntil(lambda: dashboard.board.event_id == "PEMILU_2024", timeout=10_000)


def test_an_event_chosen_while_the_figures_load_is_loaded_next(qtbot, dashboard):
    """Choosing an event while a load is still running is not lost: that event is loaded when it ends."""
    qtbot.waitUntil(lambda: dashboard._handle is None)
    dashboard.refresh()  # running until the event loop delivers its result
    box = dashboard.event_box
    box.setCurrentIndex(box.findData("PEMILU_2024"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: dashboard.board.event_id == "PEMILU_2024" and dashboard._handle is None,
                    timeout=10_000)
    assert box.currentData() == "PEMILU_2024"


def test_empty_database_shows_zero_without_errors(qtbot, ctx, make_runner, make_widget):
    """A new installation without records shows empty charts, not an error."""
    screen = make_widget(DashboardScreen, ctx, make_runner(ctx))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    assert screen.logistics_tiles["received"].figure.text() == "–"
