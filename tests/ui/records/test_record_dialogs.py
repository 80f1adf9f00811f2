"""The placement and facility dialogs: inline validation, the person picker, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest_db import snapshot_of
from kpu_desktop.services.asn import AsnService
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.lookup import find_persons
from kpu_desktop.ui.records import AsnScreen, FacilityScreen
from records_keys import focused, press, type_text, wait_dialog


def open_new(qtbot, make_screen, cls, ctx):
    screen = make_screen(cls, ctx)
    screen.new_record()
    return screen, wait_dialog(qtbot, screen)


def test_a_bad_nip_is_named_and_outlined_as_it_is_typed(qtbot, make_screen, demo_ctx):
    """A NIP with an impossible birth date is reported while typing, naming the NIP field, outlined in red."""
    screen, dialog = open_new(qtbot, make_screen, AsnScreen, demo_ctx)
    dialog.form.nip.setFocus()
    type_text(qtbot, "199913452015011001")
    assert dialog.form.nip.property("issue") == "error"
    assert "NIP" in dialog.form.issues.text()


def test_saving_a_bad_placement_changes_nothing(qtbot, make_screen, demo_ctx):
    """Save with errors keeps the dialog open, focuses the first bad field and writes nothing."""
    screen, dialog = open_new(qtbot, make_screen, AsnScreen, demo_ctx)
    before = snapshot_of(demo_ctx)
    dialog.form.nip.setText("12345")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and focused().property("issue") == "error"
    assert snapshot_of(demo_ctx) == before


def test_person_picker_finds_by_name_and_fills_the_person(qtbot, make_screen, demo_ctx):
    """Typing part of a name lists registered persons; Enter takes the first and fills NIP and name."""
    person = find_persons(demo_ctx, "yus")[0]
    screen, dialog = open_new(qtbot, make_screen, AsnScreen, demo_ctx)
    assert focused() is dialog.form.personSearch
    type_text(qtbot, "yus")
    assert dialog.form.personResults.count() >= 1
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.form.nip.text() == person["nip"] and dialog.form.name.text() == person["name"]
    assert focused() is dialog.form.event_id


def test_typing_a_known_nip_fills_the_person(qtbot, make_screen, demo_ctx):
    """A registered NIP typed into an empty form brings that person's name and details."""
    person = find_persons(demo_ctx, "yus")[0]
    screen, dialog = open_new(qtbot, make_screen, AsnScreen, demo_ctx)
    dialog.form.nip.setFocus()
    type_text(qtbot, person["nip"])
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.form.name.text() == person["name"]


def test_a_new_placement_is_saved_with_staffing_warnings_shown(qtbot, make_screen, demo_ctx):
    """A valid new Sekretaris for a fully staffed PPS saves; the too-many warning is shown, not blocking."""
    screen, dialog = open_new(qtbot, make_screen, AsnScreen, demo_ctx)
    f = dialog.form
    f.nik.setText("6201015505900001")
    f.name.setText("Rina Lestari")
    f.employment_status.setCurrentIndex(f.employment_status.findData("NON_ASN"))
    f.unit_code.setCurrentIndex(f.unit_code.findData("62.01.01.2001"))
    f.post.setCurrentIndex(f.post.findData("SEKRETARIS"))
    f.start_date.setText("01/02/2023")
    assert "Peringatan" in f.issues.text()
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.save()
    stored = AsnService(demo_ctx).show(saved.args[0])
    assert stored["person_name"] == "Rina Lestari" and stored["post"] == "SEKRETARIS"
    assert "Rina" in screen.status.text() or "Peringatan" in screen.status.text() or "Saved" in screen.status.text()


def test_a_facility_is_added_and_warehouse_shows_its_checklist(qtbot, make_screen, demo_ctx):
    """Choosing the warehouse category shows the checklist; the ticks are saved with the record."""
    screen, dialog = open_new(qtbot, make_screen, FacilityScreen, demo_ctx)
    f = dialog.form
    f.unit_code.setCurrentIndex(f.unit_code.findData("62.01.01"))
    f.category.setCurrentIndex(f.category.findData("GUDANG"))
    assert f.checklistGroup.isVisibleTo(dialog)
    f.description.setText("Gudang logistik PPK")
    dialog.checks["apar"].setChecked(True)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.save()
    stored = FacilityService(demo_ctx).show(saved.args[0])
    assert stored["category"] == "GUDANG" and stored["checklist"]["apar"] is True


def test_a_facility_quantity_that_is_not_a_number_is_refused(qtbot, make_screen, demo_ctx):
    """A quantity of letters is named as the error and nothing is written."""
    screen, dialog = open_new(qtbot, make_screen, FacilityScreen, demo_ctx)
    before = snapshot_of(demo_ctx)
    f = dialog.form
    f.unit_code.setCurrentIndex(f.unit_code.findData("62.01.01"))
    f.description.setText("Ruang sekretariat")
    f.quantity.setFocus()
    f.quantity.selectAll()
    type_text(qtbot, "dua")
    assert f.quantity.property("issue") == "error"
    dialog.save()
    assert dialog.isVisible() and snapshot_of(demo_ctx) == before


def test_editing_sends_only_what_changed(qtbot, make_screen, demo_ctx):
    """Opening a facility and changing its owner changes that field alone."""
    screen = make_screen(FacilityScreen, demo_ctx)
    screen.table.selectRow(0)
    screen.open_current()
    dialog = wait_dialog(qtbot, screen)
    before = FacilityService(demo_ctx).show(dialog.record_id)
    dialog.form.owner_name.setText("Pemerintah Desa Baru")
    assert dialog.payload() == {"owner_name": "Pemerintah Desa Baru"}
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save()
    after = FacilityService(demo_ctx).show(dialog.record_id)
    assert after["owner_name"] == "Pemerintah Desa Baru"
    assert {k: v for k, v in after.items() if k not in ("owner_name", "updated_at")} == \
        {k: v for k, v in before.items() if k not in ("owner_name", "updated_at")}


def test_the_honorarium_reads_in_thousands_and_saves_as_typed(qtbot, make_screen, demo_ctx):
    """A placement's honorarium shows as 1.150.000, is not sent back when untouched, and a grouped amount
    typed over it is stored as a number."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.table.selectRow(0)
    screen.open_current()
    dialog = wait_dialog(qtbot, screen)
    stored = AsnService(demo_ctx).show(dialog.record_id)["honorarium"]
    assert stored >= 1000 and dialog.form.honorarium.text() == f"{stored:,}".replace(",", ".")
    assert "honorarium" not in dialog.payload()
    dialog.form.honorarium.setText("1.250.000")
    assert dialog.payload() == {"honorarium": "1.250.000"}
    with qtbot.waitSignal(dialog.record_saved):
        dialog.save()
    assert AsnService(demo_ctx).show(dialog.record_id)["honorarium"] == 1_250_000
