"""Delete with a reason and confirmation; undo of the last change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest_db import snapshot_of
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.receipt import ReceiptService
from kpu_desktop.ui.records import AsnScreen, FacilityScreen, ReceiptScreen
from kpu_desktop.ui.records.delete_dialog import DeleteDialog
from records_keys import focused, press, type_text, wait_dialog


def delete_row(qtbot, screen, row: int, reason: str) -> str:
    screen.table.setFocus()
    screen.table.selectRow(row)
    record_id = screen.current_id()
    press(qtbot, Qt.Key.Key_Delete)
    dialog = wait_dialog(qtbot, screen)
    assert isinstance(dialog, DeleteDialog) and focused() is dialog.form.reason
    if reason:
        type_text(qtbot, reason)
    press(qtbot, Qt.Key.Key_Return)
    return record_id


def test_delete_key_asks_for_a_reason_and_deletes(qtbot, make_screen, demo_ctx):
    """Delete opens the confirmation; with a reason the record leaves the list and is tombstoned."""
    screen = make_screen(FacilityScreen, demo_ctx)
    with qtbot.waitSignal(screen.record_changed):
        record_id = delete_row(qtbot, screen, 0, "double entry")
    assert screen.model.rowCount() == 40
    stored = FacilityService(demo_ctx).repo.get(record_id)
    assert stored["deleted"] == 1 and stored["deleted_reason"] == "double entry"


def test_delete_without_a_reason_deletes_nothing(qtbot, make_screen, demo_ctx):
    """Confirming with an empty reason keeps the dialog open with a message, and writes nothing."""
    screen = make_screen(FacilityScreen, demo_ctx)
    before = snapshot_of(demo_ctx)
    delete_row(qtbot, screen, 0, "")
    assert screen.dialog is not None and screen.dialog.form.issues.isVisibleTo(screen.dialog)
    assert snapshot_of(demo_ctx) == before


def test_escape_cancels_a_delete(qtbot, make_screen, demo_ctx):
    """Esc in the confirmation closes it and the record stays."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.table.setFocus()
    screen.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    wait_dialog(qtbot, screen)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.model.rowCount() == 214


def test_ctrl_z_brings_back_a_deleted_receipt_with_its_lines(qtbot, make_screen, demo_ctx):
    """Undo after a delete restores the receipt and every line deleted with it."""
    screen = make_screen(ReceiptScreen, demo_ctx)
    lines_before = None
    screen.table.selectRow(3)
    lines_before = len(ReceiptService(demo_ctx).show(screen.current_id())["lines"])
    record_id = delete_row(qtbot, screen, 3, "wrong receiver")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 47)
    qtbot.waitUntil(lambda: screen.dialog is None)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.model.rowCount() == 48
    assert len(ReceiptService(demo_ctx).show(record_id)["lines"]) == lines_before


def test_undo_of_an_edit_puts_back_the_old_value(qtbot, make_screen, demo_ctx):
    """Undo after an edit restores the previous value of the changed field."""
    screen = make_screen(FacilityScreen, demo_ctx)
    screen.table.selectRow(1)
    record_id = screen.current_id()
    old = FacilityService(demo_ctx).show(record_id)["description"]
    screen.open_current()
    dialog = wait_dialog(qtbot, screen)
    dialog.form.description.setText("Changed description")
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save()
    screen.undo_last()
    assert FacilityService(demo_ctx).show(record_id)["description"] == old


def test_undo_of_an_add_removes_the_new_record(qtbot, make_screen, demo_ctx):
    """Undo right after adding a facility tombstones it again."""
    screen = make_screen(FacilityScreen, demo_ctx)
    screen.new_record()
    dialog = wait_dialog(qtbot, screen)
    dialog.form.unit_code.setCurrentIndex(dialog.form.unit_code.findData("62.01.01"))
    dialog.form.description.setText("Printer laser")
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save()
    assert screen.model.rowCount() == 42
    screen.undo_last()
    assert screen.model.rowCount() == 41


def test_undo_with_nothing_to_undo_says_so(make_screen, demo_ctx):
    """Undo before any change leaves the data alone and tells the user there is nothing to undo."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.undo_last()
    assert "urungkan" in screen.status.text() or "undo" in screen.status.text()
    assert screen.model.rowCount() == 214
