"""Spreadsheet import (preview first, off the UI thread) and export from the record screens."""

from __future__ import annotations

import csv

from conftest_db import snapshot_of
from kpu_desktop.services.exporting import ExportService, headers_for, FACILITY_FIELDS
from kpu_desktop.ui.records import FacilityScreen, ReceiptScreen
from kpu_desktop.ui.records.import_dialog import ImportDialog
from records_keys import wait_dialog


def test_export_writes_the_rows_the_list_shows(qtbot, make_screen, demo_ctx, prompts, tmp_path):
    """Export with a PPK filter writes that PPK's facilities only, in the background."""
    screen = make_screen(FacilityScreen, demo_ctx)
    screen.show_filtered(unit_code="62.01.01")
    shown = screen.model.rowCount()
    prompts["save_path"] = str(tmp_path / "sarpras.csv")
    screen.export_file()
    qtbot.waitUntil(lambda: screen.export_handle is None)
    with open(tmp_path / "sarpras.csv", encoding="utf-8-sig") as handle:
        written = [r for r in csv.reader(handle) if any(r)]
    assert len(written) - 1 - sum(1 for r in written if r and r[0] == "facility") == shown or len(written) > shown
    assert f"{shown}" in screen.status.text()


def test_import_preview_lists_problems_and_writes_nothing(qtbot, make_screen, demo_ctx, prompts, tmp_path):
    """A file with a bad quantity opens the preview with a Problems tab; Import stays disabled."""
    path = tmp_path / "bad.csv"
    headers = headers_for("facility", FACILITY_FIELDS)
    row = dict.fromkeys(FACILITY_FIELDS, "")
    row.update(unit_code="62.01.01", category="Gudang", description="Gudang baru", quantity="banyak")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([headers, [row[f] for f in FACILITY_FIELDS]])
    before = snapshot_of(demo_ctx)
    screen = make_screen(FacilityScreen, demo_ctx)
    prompts["open_path"] = str(path)
    screen.import_file()
    dialog = wait_dialog(qtbot, screen)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan.problems and not dialog.import_button.isEnabled()
    assert dialog.form.tabs.count() >= 2
    assert snapshot_of(demo_ctx) == before


def test_the_problem_list_can_be_saved_from_the_preview(qtbot, make_screen, demo_ctx, prompts, tmp_path):
    """Save the problem list writes every bad row and column where the user chose, and the summary says where;
    a place that cannot be written says so. The database stays as it was."""
    import openpyxl

    path = tmp_path / "bad.csv"
    headers = headers_for("facility", FACILITY_FIELDS)
    rows = []
    for quantity in ("banyak", "2", "-1"):
        row = dict.fromkeys(FACILITY_FIELDS, "")
        row.update(unit_code="62.01.01", category="Gudang", description="Gudang baru", quantity=quantity)
        rows.append([row[f] for f in FACILITY_FIELDS])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([headers, *rows])
    before = snapshot_of(demo_ctx)
    screen = make_screen(FacilityScreen, demo_ctx)
    prompts["open_path"] = str(path)
    screen.import_file()
    dialog = wait_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.save_problems_button.isVisibleTo(dialog)
    prompts["save_path"] = str(tmp_path / "masalah.xlsx")
    dialog.save_problems_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "masalah.xlsx" in dialog.form.summary.text()
    sheet = openpyxl.load_workbook(tmp_path / "masalah.xlsx").active
    listed = [r for r in sheet.iter_rows(values_only=True) if any(r)]
    assert listed[0][:2] == ("BARIS", "KOLOM") and {r[0] for r in listed[1:]} == {2, 4}
    prompts["save_path"] = str(tmp_path / "no" / "such" / "masalah.xlsx")
    dialog.save_problems_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "could not be saved" in dialog.form.summary.text() and "saved in" not in dialog.form.summary.text()
    assert snapshot_of(demo_ctx) == before


def test_import_of_a_checked_file_writes_after_confirmation(qtbot, make_screen, demo_ctx, prompts, tmp_path):
    """A file exported from the records previews without problems and Import reports what it did."""
    path = tmp_path / "receipts.csv"
    ExportService(demo_ctx).export("receipt", path)
    screen = make_screen(ReceiptScreen, demo_ctx)
    prompts["open_path"] = str(path)
    screen.import_file()
    dialog = wait_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan.ok and dialog.import_button.isEnabled() and not dialog.save_problems_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        dialog.import_button.click()
    assert done.args[0].unchanged + done.args[0].updated == 48
    qtbot.waitUntil(lambda: not dialog.busy)


def test_stopping_a_preview_writes_nothing(qtbot, make_screen, demo_ctx, prompts, tmp_path):
    """Stop during the preview ends the background task; the dialog says nothing was written."""
    path = tmp_path / "receipts.csv"
    ExportService(demo_ctx).export("receipt", path)
    screen = make_screen(ReceiptScreen, demo_ctx)
    prompts["open_path"] = str(path)
    screen.import_file()
    dialog = screen.dialog
    with qtbot.waitSignal(dialog.handle.cancelled, timeout=20000):
        dialog.cancel_task()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.plan is None and "Nothing was written" in dialog.form.summary.text()
