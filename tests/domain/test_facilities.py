"""Facility support records: categories, loans, warehouse checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from kpu_desktop.domain.facilities import (
    BASES, CATEGORIES, CONDITIONS, WAREHOUSE_CHECKLIST, parse_basis, parse_category, parse_condition,
    validate_facility,
)

D = dt.date
TODAY = D(2025, 1, 15)
ROOM = {
    "unit_id": 7, "category": "RUANG_KANTOR", "description": "Ruang rapat kantor camat",
    "specification": "4 x 6 m", "quantity": 1, "measure_unit": "ruang", "condition": "BAIK",
    "owner_name": "Kecamatan Arut Selatan", "owner_contact": "0532 21234", "registration_no": None,
    "location_code": "62.01.02", "basis": "PINJAM_PAKAI", "agreement_no": "030/12/PEM/2024",
    "agreement_date": D(2024, 5, 20), "start_date": D(2024, 5, 20), "end_date": D(2025, 1, 27),
    "extended": False, "return_date": None, "return_bast_no": None, "checklist": None,
}
ALL_CHECKED = {key: True for key in WAREHOUSE_CHECKLIST}


def issues_of(change=None, today=TODAY):
    found = validate_facility({**ROOM, **(change or {})}, today=today)
    return [(i.field, i.code, i.severity.value) for i in found]


def test_enumerations():
    """Categories, conditions, bases and checklist items are the agreed codes."""
    assert len(CATEGORIES) == 11 and CONDITIONS == ("BAIK", "RUSAK_RINGAN", "RUSAK_BERAT")
    assert BASES == ("PINJAM_PAKAI", "BAST", "SURAT", "SEWA") and len(WAREHOUSE_CHECKLIST) == 11


@pytest.mark.parametrize(("text", "expected"), [
    ("Gudang", "GUDANG"), ("Mobil", "KENDARAAN_RODA4"), ("Mobil Pick Up", "KENDARAAN_RODA4"),
    ("Kendaraan Roda 4", "KENDARAAN_RODA4"), ("Motor", "KENDARAAN_RODA2"), ("Sepeda Motor", "KENDARAAN_RODA2"),
    ("Kendaraan Roda 2", "KENDARAAN_RODA2"), ("Speedboat", "PERAHU"), ("Perahu", "PERAHU"), ("Kapal", "PERAHU"),
    ("Klotok", "PERAHU"), ("Ruang Kantor", "RUANG_KANTOR"), ("Ruang Sekretariat PPS", "RUANG_KANTOR"),
    ("Meja kantor", "MEUBELER"), ("Meubeler", "MEUBELER"), ("Laptop", "KOMPUTER"), ("Printer", "PRINTER"),
    ("Genset", "GENERATOR"), ("Wifi", "INTERNET"), ("Lainnya", "LAINNYA"), ("GUDANG", "GUDANG"),
    ("kendaraan_roda2", "KENDARAAN_RODA2"), ("Tenda", None), ("", None), (None, None),
])
def test_parse_category(text, expected):
    """Indonesian category words map to category codes."""
    assert parse_category(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Baik", "BAIK"), ("B", "BAIK"), ("Rusak Ringan", "RUSAK_RINGAN"), ("RR", "RUSAK_RINGAN"),
    ("rusak berat", "RUSAK_BERAT"), ("RUSAK_BERAT", "RUSAK_BERAT"), ("Rusak", None), ("", None),
])
def test_parse_condition(text, expected):
    """Conditions are read exactly; a bare 'rusak' is too vague."""
    assert parse_condition(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pinjam Pakai", "PINJAM_PAKAI"), ("pinjam_pakai", "PINJAM_PAKAI"), ("BAST", "BAST"),
    ("Berita Acara Serah Terima", "BAST"), ("Surat Camat", "SURAT"), ("Surat Kepala Desa", "SURAT"),
    ("Sewa", "SEWA"), ("Hibah", None), (None, None),
])
def test_parse_basis(text, expected):
    """Legal bases are read from their usual Indonesian names."""
    assert parse_basis(text) == expected


def test_valid_facility_has_no_issues():
    """A complete pinjam pakai record has no issues."""
    assert issues_of() == []


@pytest.mark.parametrize("key", ["unit_id", "category", "description"])
def test_required_fields(key):
    """Unit, category and description are required."""
    assert (key, "field.required", "error") in issues_of({key: ""})


@pytest.mark.parametrize(("change", "expected"), [
    ({"quantity": 0}, ("quantity", "field.not_positive", "error")),
    ({"quantity": -2}, ("quantity", "field.not_positive", "error")),
    ({"quantity": 1.5}, ("quantity", "field.not_integer", "error")),
    ({"quantity": "dua"}, ("quantity", "field.not_integer", "error")),
    ({"quantity": "99999999999999999999"}, ("quantity", "field.too_large", "error")),
    ({"quantity": 1_000_001}, ("quantity", "field.too_large", "error")),
    ({"quantity": None}, ("quantity", "field.required", "error")),
    ({"category": "Tenda"}, ("category", "field.unknown_value", "error")),
    ({"condition": "Rusak"}, ("condition", "field.unknown_value", "error")),
    ({"basis": "Hibah"}, ("basis", "field.unknown_value", "error")),
    ({"agreement_no": ""}, ("agreement_no", "facility.loan_requires", "error")),
    ({"agreement_date": None}, ("agreement_date", "facility.loan_requires", "error")),
    ({"start_date": None}, ("start_date", "facility.loan_requires", "error")),
    ({"end_date": D(2024, 5, 19)}, ("end_date", "date.end_before_start", "error")),
    ({"return_date": D(2024, 5, 1)}, ("return_date", "date.end_before_start", "error")),
    ({"start_date": "31/02/2024"}, ("start_date", "date.invalid", "error")),
    ({"location_code": "62.70"}, ("location_code", "region.regency_invalid", "error")),
    ({"checklist": {"kolam": True}}, ("checklist", "facility.checklist_unknown", "error")),
    ({"checklist": {"cctv": "mungkin"}}, ("checklist.cctv", "field.not_boolean", "error")),
    ({"end_date": D(2025, 1, 1)}, ("return_date", "facility.return_overdue", "warning")),
])
def test_facility_problems(change, expected):
    """Each rule reports its issue with the documented severity."""
    assert expected in issues_of(change)


@pytest.mark.parametrize("basis", ["BAST", "SEWA", "SURAT"])
def test_agreement_only_required_for_pinjam_pakai(basis):
    """Other bases need no agreement number or date."""
    assert issues_of({"basis": basis, "agreement_no": None, "agreement_date": None}) == []


@pytest.mark.parametrize(("end", "extended", "too_long"), [
    (D(2029, 5, 20), False, False),
    (D(2029, 5, 21), False, True),
    (D(2034, 5, 20), True, False),
    (D(2034, 5, 21), True, True),
    (D(2031, 1, 1), True, False),
])
def test_loan_period_limit(end, extended, too_long):
    """Pinjam pakai lasts at most 5 years from the start, 10 when extended once."""
    found = issues_of({"start_date": D(2024, 5, 20), "end_date": end, "extended": extended}, today=D(2024, 6, 1))
    assert (("end_date", "facility.loan_too_long", "error") in found) is too_long


def test_loan_limit_from_29_february():
    """A loan starting on 29 February may run until 28 February five years later."""
    ok = issues_of({"start_date": D(2024, 2, 29), "agreement_date": D(2024, 2, 29), "end_date": D(2029, 2, 28)},
                   today=D(2024, 3, 1))
    late = issues_of({"start_date": D(2024, 2, 29), "agreement_date": D(2024, 2, 29), "end_date": D(2029, 3, 1)},
                     today=D(2024, 3, 1))
    assert ok == [] and ("end_date", "facility.loan_too_long", "error") in late


def test_loan_too_long_only_for_pinjam_pakai():
    """Rent periods are not limited to five years."""
    assert issues_of({"basis": "SEWA", "end_date": D(2035, 1, 1)}, today=D(2024, 6, 1)) == []


def test_returned_facility_is_not_overdue():
    """A facility returned after its end date raises no overdue warning."""
    assert issues_of({"end_date": D(2025, 1, 1), "return_date": D(2025, 1, 5)}) == []


def test_warehouse_with_full_checklist_has_no_warning():
    """A warehouse meeting every checklist item is fine."""
    assert issues_of({"category": "Gudang", "checklist": ALL_CHECKED}) == []


@pytest.mark.parametrize("checklist", [None, {}, {**ALL_CHECKED, "cctv": False}, {**ALL_CHECKED, "apar": None}])
def test_warehouse_checklist_gaps_give_one_warning(checklist):
    """Unchecked, false or unknown checklist items give a single warning listing them."""
    found = validate_facility({**ROOM, "category": "GUDANG", "checklist": checklist}, today=TODAY)
    gaps = [i for i in found if i.code == "facility.warehouse_checklist_incomplete"]
    assert len(gaps) == 1 and gaps[0].severity.value == "warning"
    assert set(gaps[0].param("items")) == {k for k in WAREHOUSE_CHECKLIST if (checklist or {}).get(k) is not True}


def test_warehouse_warning_lists_item_labels():
    """The warning names the missing items in words, in both languages."""
    [issue] = [i for i in validate_facility({**ROOM, "category": "GUDANG",
                                             "checklist": {**ALL_CHECKED, "cctv": False, "apar": False}},
                                            today=TODAY)]
    assert issue.message("id") == "Daftar periksa gudang belum terpenuhi: CCTV, alat pemadam api ringan (APAR)."
    assert issue.message("en") == "Warehouse checklist not met: CCTV, fire extinguisher."


@pytest.mark.parametrize(("category", "warned"), [
    ("KENDARAAN_RODA4", True), ("Motor", True), ("RUANG_KANTOR", False), ("KOMPUTER", False),
])
def test_vehicle_needs_registration(category, warned):
    """Cars and motorbikes without a plate/frame/engine number get a warning."""
    found = issues_of({"category": category, "registration_no": ""})
    assert (("registration_no", "facility.vehicle_no_registration", "warning") in found) is warned


def test_vehicle_with_registration_is_fine():
    """A vehicle with its plate number raises nothing."""
    assert issues_of({"category": "Mobil", "registration_no": "KH 1234 AB"}) == []
