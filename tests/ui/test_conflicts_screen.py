"""Konflik screen: a real concurrent edit on two data folders, compared side by side and decided.

The PPS and its PPK edit the same facility's quantity between two exchanges; the PPK's screen shows both
values with who, where and when, and the decision goes through the conflicts service.
"""

from __future__ import annotations

import re

import pytest

from kpu_desktop.services.auth import AuthService
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.sync_conflicts import ConflictService
from kpu_desktop.ui.conflicts_screen import RESOLVED, ConflictsScreen
from tests.sync.conftest import PPK, PPS1, identities, office, office_templates  # noqa: F401
from ui_helpers import PASSWORD, wait_idle


@pytest.fixture
def conflicted(office, tmp_path):  # noqa: F811 - the office factory imported above
    """A PPK holding one open conflict: quantity 2 (PPS) against 3 (PPK); returns (ppk, facility id)."""
    pps, ppk = office("pps1", PPS1, "pps", "Sidorejo"), office("ppk", PPK, "ppk")
    stick = tmp_path / "stick"
    stick.mkdir()
    record = FacilityService(pps.ctx).add({"unit_code": PPS1, "category": "RUANG",
                                           "description": "Ruang sekretariat", "quantity": 1})[0]
    ppk.sync().import_bundle(pps.sync().export(stick).path)
    FacilityService(pps.ctx).edit(record, {"quantity": 2})
    FacilityService(ppk.ctx).edit(record, {"quantity": 3})
    ppk.sync().import_bundle(pps.sync().export(stick).path)
    return ppk, record


def _screen(qtbot, make_widget, make_runner, ctx) -> ConflictsScreen:
    runner = make_runner(ctx)
    screen = make_widget(ConflictsScreen, ctx, runner, show=False)
    screen.resize(1100, 700)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.show()
    return screen


def test_both_values_shown_side_by_side_with_who_where_when(qtbot, make_widget, make_runner, conflicted):
    """The open conflict is listed by kind, record and field; the detail shows each value with its origin."""
    ppk, _record = conflicted
    screen = _screen(qtbot, make_widget, make_runner, ppk.ctx)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 1).text() == "Ruang sekretariat"
    assert "Jumlah" in screen.table.item(0, 2).text()
    cards = screen.detail.keep_buttons
    assert len(cards) == 2 and all(b.isEnabled() for b in cards)
    texts = [w.text() for w in screen.detail.versions.findChildren(type(screen.decision))]
    assert "2" in texts and "3" in texts
    joined = "\n".join(texts)
    assert "PPS Sidorejo" in joined and "admin" in joined
    # when, in this computer's zone (UTC here, WIB on a laptop in Kalimantan Tengah)
    from kpu_desktop.domain.formatting import format_local_time
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d (WIB|WITA|WIT|UTC)", joined)
    assert format_local_time("2024-01-01T00:00:00+00:00").split()[-1] in joined
    wait_idle(qtbot, screen.runner)


def test_keeping_a_value_records_the_decision(qtbot, make_widget, make_runner, conflicted, dialogs):
    """Keeping the second value asks first, writes it through the service and moves the conflict to Decided."""
    ppk, record = conflicted
    screen = _screen(qtbot, make_widget, make_runner, ppk.ctx)
    button = screen.detail.keep_buttons[1]
    kept = screen.current_conflict()["versions"][1]["values"]["quantity"]
    with qtbot.waitSignal(screen.resolved, timeout=10_000):
        button.click()
    assert dialogs["confirm"] and str(kept) in dialogs["confirm"][-1]
    qtbot.waitUntil(lambda: screen.table.rowCount() == 0, timeout=10_000)
    wait_idle(qtbot, screen.runner)
    assert ConflictService(ppk.ctx).list() == []
    assert ppk.ctx.conn.execute("SELECT quantity FROM facilities WHERE id = ?", (record,)).fetchone()[0] == kept
    assert ppk.ctx.conn.execute("SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq DESC",
                                (record,)).fetchone()[0] == "resolve_conflict"
    screen.view_box.setCurrentIndex(screen.view_box.findData(RESOLVED))
    assert screen.table.rowCount() == 1 and str(kept) in screen.table.item(0, 3).text()


def test_declining_the_confirmation_changes_nothing(qtbot, make_widget, make_runner, conflicted, dialogs):
    """Answering No to the confirmation leaves the conflict open."""
    ppk, _record = conflicted
    dialogs["answer"] = False
    screen = _screen(qtbot, make_widget, make_runner, ppk.ctx)
    screen.detail.keep_buttons[0].click()
    wait_idle(qtbot, screen.runner)
    assert len(ConflictService(ppk.ctx).list()) == 1


def test_a_role_without_the_permission_cannot_decide(qtbot, make_widget, make_runner, conflicted):
    """A verifier sees the conflict and both values, but the keep buttons are disabled."""
    ppk, _record = conflicted
    AuthService(ppk.ctx).add_user("pemeriksa", PASSWORD, "verifier")
    AuthService(ppk.ctx).login("pemeriksa", PASSWORD)
    screen = _screen(qtbot, make_widget, make_runner, ppk.ctx)
    assert screen.table.rowCount() == 1
    assert screen.detail.keep_buttons and not any(b.isEnabled() for b in screen.detail.keep_buttons)
    wait_idle(qtbot, screen.runner)


def test_values_that_look_like_markup_are_shown_as_written(qtbot, make_widget, make_runner, office, tmp_path):  # noqa: F811
    """A value from another office is shown exactly as stored, never rendered as HTML (a description
    '<b>Gudang</b>' shows its tags, and markup cannot restyle or hide what the officer compares)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    pps, ppk = office("pps1", PPS1, "pps", "Sidorejo"), office("ppk", PPK, "ppk")
    stick = tmp_path / "stick"
    stick.mkdir()
    record = FacilityService(pps.ctx).add({"unit_code": PPS1, "category": "RUANG", "description": "Ruang",
                                           "quantity": 1})[0]
    ppk.sync().import_bundle(pps.sync().export(stick).path)
    FacilityService(pps.ctx).edit(record, {"description": "<b>Gudang</b> desa"})
    FacilityService(ppk.ctx).edit(record, {"description": '<span style="color:white">Aula</span>'})
    ppk.sync().import_bundle(pps.sync().export(stick).path)
    screen = _screen(qtbot, make_widget, make_runner, ppk.ctx)
    values = [w for w in screen.detail.versions.findChildren(QLabel) if w.objectName() == "conflictValue"]
    assert {w.text() for w in values} == {"<b>Gudang</b> desa", '<span style="color:white">Aula</span>'}
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in values)
    wait_idle(qtbot, screen.runner)
