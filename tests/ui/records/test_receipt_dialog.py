"""The receipt editor: keyboard entry of a whole BAST, norms, running totals, discrepancies."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kpu_desktop.services.lookup import expected_lines
from kpu_desktop.services.receipt import ReceiptService
from kpu_desktop.ui.records import ReceiptScreen
from kpu_desktop.ui.records.receipt_lines import BRUSHES, COLUMNS
from records_keys import focused, press, type_text, wait_dialog

TYPES = ("PPWP", "DPR", "DPD", "DPRD_PROV", "DPRD_KABKOTA")
DAPILS = {"DPR": "KALIMANTAN TENGAH", "DPRD_PROV": "KALIMANTAN TENGAH 2", "DPRD_KABKOTA": "KOTAWARINGIN BARAT 1"}
# 20 lines: item, type, dapil, expected, received, damaged
LINES = ([("SURAT_SUARA", t, DAPILS.get(t, ""), "300", "300", "2" if t == "DPD" else "") for t in TYPES]
         + [("KOTAK_SUARA", t, "", "1", "1", "") for t in TYPES]
         + [("FORMULIR", t, "", "1", "1", "") for t in TYPES]
         + [(item, "", "", "4", "3" if item == "TINTA" else "4", "")
            for item in ("BILIK_SUARA", "TINTA", "SEGEL", "ALAT_COBLOS", "SALINAN_DPT")])


def open_new(qtbot, make_screen, ctx):
    screen = make_screen(ReceiptScreen, ctx)
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return screen, wait_dialog(qtbot, screen)


def open_first(qtbot, make_screen, ctx):
    screen = make_screen(ReceiptScreen, ctx)
    screen.table.selectRow(0)
    screen.open_current()
    return screen, wait_dialog(qtbot, screen)


def test_a_twenty_line_receipt_is_recorded_with_the_keyboard_only(qtbot, make_screen, demo_ctx):
    """Ctrl+N, type the header with Tab between fields, type 20 lines with Tab between cells, Ctrl+S."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    header = ["777/PL.01.2-BA/6201/2024", "10/02/2024 09:30", "Kantor Desa Bukit Indah", None, "62.01.01.2001",
              "", "Rahmat Hidayat", "Kasubbag Logistik", "KPU Kabupaten Kotawaringin Barat", "Siti Aminah",
              "Sekretaris PPS", "PPS Bukit Indah"]
    for value in header:
        if value:
            type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.form.lines
    for line in LINES:
        for value in line:
            if value:
                type_text(qtbot, value)
            press(qtbot, Qt.Key.Key_Tab)
        # the note column: left blank
        press(qtbot, Qt.Key.Key_Tab)
    assert len(dialog.lines.lines) == 20
    with qtbot.waitSignal(dialog.record_saved) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.dialog is None)
    receipt = ReceiptService(demo_ctx).show(saved.args[0])
    assert receipt["number"] == header[0] and receipt["unit_code"] == "62.01.01.2001"
    assert receipt["received_at"] == "2024-02-10T09:30" and receipt["event_id"] == "PEMILU_2024"
    got = [(ln["item_code"], ln["election_type"] or "", ln["dapil"] or "", ln["expected"], ln["received"],
            ln["damaged"]) for ln in receipt["lines"]]
    assert got == [(i, t, d, int(e), int(r), int(dm or 0)) for i, t, d, e, r, dm in LINES]
    tinta = receipt["lines"][16]
    assert tinta["short"] == 1 and receipt["lines"][2]["good"] == 298


def test_expected_quantity_is_filled_from_the_norms(qtbot, make_screen, demo_ctx):
    """Typing an item for a unit and event pre-fills the line's expected quantity from the norms."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    form = dialog.form
    form.receiver_unit_code.setCurrentIndex(form.receiver_unit_code.findData("62.01.01.2001"))
    model = dialog.lines
    model.setData(model.index(0, COLUMNS.index("item_code")), "TINTA")
    norms = expected_lines(demo_ctx, "PEMILU_2024", "62.01.01.2001")
    assert model.lines[0]["expected"] == str(next(n["expected"] for n in norms if n["item_code"] == "TINTA"))


def test_a_short_line_is_highlighted_and_counted_in_the_totals(qtbot, make_screen, demo_ctx):
    """A line receiving less than expected colours its received cell and the totals show the shortfall."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    model = dialog.lines
    model.setData(model.index(0, COLUMNS.index("item_code")), "BILIK_SUARA")
    model.setData(model.index(0, COLUMNS.index("expected")), "10")
    model.setData(model.index(0, COLUMNS.index("received")), "7")
    assert model.data(model.index(0, COLUMNS.index("received")), Qt.ItemDataRole.BackgroundRole) == BRUSHES["short"]
    assert model.data(model.index(0, COLUMNS.index("short")), Qt.ItemDataRole.DisplayRole) == "3"
    assert "Short: 3" in dialog.form.totals.text() or "3" in dialog.form.totals.text()


def test_a_ballot_line_of_another_district_is_flagged(qtbot, make_screen, demo_ctx):
    """A DPR ballot line whose dapil is not the receiver's shows the wrong-district warning on its dapil cell."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    form = dialog.form
    form.receiver_unit_code.setCurrentIndex(form.receiver_unit_code.findData("62.01.01.2001"))
    model = dialog.lines
    for column, value in (("item_code", "SURAT_SUARA"), ("election_type", "DPRD_KABKOTA"),
                          ("dapil", "KOTAWARINGIN BARAT 3"), ("received", "10")):
        model.setData(model.index(0, COLUMNS.index(column)), value)
    brush = model.data(model.index(0, COLUMNS.index("dapil")), Qt.ItemDataRole.BackgroundRole)
    assert brush == BRUSHES["wrong_dapil"]
    assert "KOTAWARINGIN BARAT 1" in dialog.form.issues.text()


def test_fill_from_norms_adds_every_expected_line(qtbot, make_screen, demo_ctx):
    """The Fill button adds one line per item and type the event's norms know for the receiver."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    form = dialog.form
    form.receiver_unit_code.setCurrentIndex(form.receiver_unit_code.findData("62.01.01.2001"))
    qtbot.mouseClick(form.fillButton, Qt.MouseButton.LeftButton)
    norms = expected_lines(demo_ctx, "PEMILU_2024", "62.01.01.2001")
    assert len(dialog.lines.lines) == len(norms) == 42
    assert dialog.lines.lines[0]["expected"] == str(norms[0]["expected"])


def test_a_receipt_with_errors_is_not_saved(qtbot, make_screen, demo_ctx):
    """Saving without number, parties or lines names each missing field and writes nothing."""
    from conftest_db import snapshot_of
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    before = snapshot_of(demo_ctx)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    text = dialog.form.issues.text()
    assert "Nomor berita acara" in text and dialog.form.number.property("issue") == "error"
    assert snapshot_of(demo_ctx) == before


def test_editing_a_line_quantity_is_saved(qtbot, make_screen, demo_ctx):
    """Changing one received quantity of a stored receipt saves that line and keeps the others."""
    screen, dialog = open_first(qtbot, make_screen, demo_ctx)
    model = dialog.lines
    old = ReceiptService(demo_ctx).show(dialog.record_id)["lines"]
    model.setData(model.index(0, COLUMNS.index("received")), str(old[0]["received"] + 5))
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save()
    new = ReceiptService(demo_ctx).show(dialog.record_id)["lines"]
    assert new[0]["received"] == old[0]["received"] + 5 and new[0]["excess"] == old[0]["excess"] + 5
    assert [ln["id"] for ln in new] == [ln["id"] for ln in old]


def test_election_types_are_shown_and_typed_by_their_names(qtbot, make_screen, demo_ctx):
    """The grid shows 'DPRD Kab/Kota' for DPRD_KABKOTA, and typing either the name or the code stores the code."""
    screen, dialog = open_new(qtbot, make_screen, demo_ctx)
    model, column = dialog.lines, COLUMNS.index("election_type")
    model.setData(model.index(0, COLUMNS.index("item_code")), "SURAT_SUARA")
    model.setData(model.index(0, column), "dprd kab/kota")
    assert model.lines[0]["election_type"] == "DPRD_KABKOTA"
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == "DPRD Kab/Kota"
    assert model.data(model.index(0, column), Qt.ItemDataRole.EditRole) == "DPRD_KABKOTA"
    model.setData(model.index(1, COLUMNS.index("item_code")), "SURAT_SUARA")
    model.setData(model.index(1, column), "dprd_prov")
    assert model.lines[1]["election_type"] == "DPRD_PROV"


def test_the_parties_and_journey_fields_show_their_text(make_screen, demo_ctx, qtbot, indonesian):
    """At the dialog's first size, in Indonesian, each party field and each journey time is wide enough for
    what it holds (long labels and unit names beside them no longer squeeze them)."""
    screen, dialog = open_first(qtbot, make_screen, demo_ctx)
    form = dialog.form
    metrics = form.planned_dispatch.fontMetrics()
    for name in ("planned_dispatch", "actual_dispatch", "planned_arrival", "actual_arrival"):
        field = getattr(form, name)
        assert field.width() >= metrics.horizontalAdvance(field.text()) + 8, (name, field.width())
    wanted = metrics.horizontalAdvance("Rahmat Hidayat, S.E.")
    for name in ("giver_name", "giver_post", "receiver_name", "receiver_post"):
        assert getattr(form, name).width() >= wanted, (name, getattr(form, name).width())
