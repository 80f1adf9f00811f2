"""Person records: identity numbers, names, ranks, phone numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from kpu_desktop.domain.people import (
    ASN_STATUSES, EMPLOYMENT_STATUSES, derive_person_fields, name_without_titles, parse_employment_status,
    parse_sex, validate_person,
)

TODAY = dt.date(2025, 1, 15)
PNS = {
    "nip": "19910328 201501 1 012", "nik": "6201022803910001", "name": "Drs. Ahmad Yani, M.Si",
    "birth_date": "1991-03-28", "sex": "L", "employment_status": "PNS", "golongan": "III/a",
    "pangkat": "Penata Muda", "origin_position": "Kasi Pemerintahan", "origin_agency": "Kecamatan Arut Selatan",
    "phone": "0812-3456-7890",
}
NON_ASN = {"nik": "6201024506819020", "name": "Siti Rahmah", "employment_status": "NON_ASN",
           "birth_date": dt.date(1981, 6, 5), "sex": "P"}
PPPK = {"nip": "199103282024211001", "name": "Budi", "employment_status": "PPPK", "golongan": "IX"}


def codes(issues):
    return [(i.field, i.code) for i in issues]


def test_statuses():
    """The five employment statuses, three of them ASN."""
    assert EMPLOYMENT_STATUSES == ("PNS", "CPNS", "PPPK", "NON_ASN", "PERANGKAT_DESA")
    assert ASN_STATUSES == ("PNS", "CPNS", "PPPK")


@pytest.mark.parametrize("person", [PNS, NON_ASN, PPPK], ids=["pns", "non_asn", "pppk"])
def test_valid_people_have_no_issues(person):
    """Complete, consistent records of each kind validate cleanly."""
    assert validate_person(person, today=TODAY) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"name": ""}, [("name", "field.required")]),
    ({"name": None}, [("name", "field.required")]),
    ({"name": "S.Pd"}, [("name", "person.name_only_titles")]),
    ({"name": "Drs. H., M.Si."}, [("name", "person.name_only_titles")]),
    ({"employment_status": ""}, [("employment_status", "field.required")]),
    ({"employment_status": "TNI"}, [("employment_status", "field.unknown_value")]),
    ({"nip": ""}, [("nip", "field.required")]),
    ({"nip": "19910328 201501 1 01"}, [("nip", "number.length")]),
    ({"nip": "19910328 201501 3 012"}, [("nip", "nip.sex_invalid")]),
    ({"nik": "6201022803910000"}, [("nik", "nik.serial_zero")]),
    ({"nik": "6201022903910001"}, [("nik", "nik.birth_date_mismatch_nip")]),
    ({"nik": "6201026803910001"}, [("nik", "nik.sex_mismatch_nip")]),
    ({"birth_date": "1991-03-29"}, [("birth_date", "person.birth_date_mismatch")]),
    ({"birth_date": "2026-01-01"}, [("birth_date", "date.future")]),
    ({"birth_date": "31/02/1991"}, [("birth_date", "date.invalid")]),
    ({"sex": "P"}, [("sex", "person.sex_mismatch")]),
    ({"sex": "X"}, [("sex", "field.unknown_value")]),
    ({"phone": "12345"}, [("phone", "person.phone_invalid")]),
    ({"phone": "+1 555 1234 5678"}, [("phone", "person.phone_invalid")]),
    ({"phone": "0812 3456 789O"}, [("phone", "person.phone_invalid")]),
    ({"golongan": "III/b"}, [("pangkat", "rank.pangkat_mismatch")]),
    ({"golongan": "", "pangkat": ""}, [("golongan", "rank.golongan_missing")]),
])
def test_pns_problems(change, expected):
    """Each broken field of a PNS record gives its issue and nothing else."""
    assert codes(validate_person({**PNS, **change}, today=TODAY)) == expected


@pytest.mark.parametrize("phone", [
    "081234567890", "0812-3456-7890", "+62 812 3456 7890", "62812345678", "(0532) 21234", "81234567890",
    81234567890, None, "", "-",
])
def test_phone_accepted(phone):
    """Indonesian numbers with 0, 62 or +62 prefixes and separators are accepted; blank is fine."""
    assert validate_person({**PNS, "phone": phone}, today=TODAY) == []


def test_cpns_uses_the_pns_pattern():
    """A CPNS NIP is checked like a PNS NIP."""
    issues = validate_person({**PNS, "employment_status": "CPNS", "nip": "19910328 201513 1 012"}, today=TODAY)
    assert codes(issues) == [("nip", "nip.appointment_invalid")]


def test_pppk_number_is_not_checked_against_the_pns_pattern():
    """A NI PPPK whose 'month' is 21 is accepted: only its length is checked."""
    assert validate_person(PPPK, today=TODAY) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"nip": ""}, [("nip", "field.required")]),
    ({"nip": "12345"}, [("nip", "number.length")]),
    ({"golongan": "III/a"}, [("golongan", "rank.pppk_golongan_unknown")]),
])
def test_pppk_problems(change, expected):
    """PPPK needs an 18-digit NI PPPK and a Roman golongan."""
    assert codes(validate_person({**PPPK, **change}, today=TODAY)) == expected


@pytest.mark.parametrize("status", ["NON_ASN", "PERANGKAT_DESA"])
def test_non_asn_requires_nik(status):
    """Non-ASN and village officials must have a NIK."""
    person = {**NON_ASN, "employment_status": status, "nik": ""}
    assert codes(validate_person(person, today=TODAY)) == [("nik", "field.required")]


@pytest.mark.parametrize("status", ["NON_ASN", "PERANGKAT_DESA"])
def test_non_asn_must_not_have_nip(status):
    """A NIP on a non-ASN record is an error."""
    person = {**NON_ASN, "employment_status": status, "nip": "19910328 201501 1 012"}
    assert codes(validate_person(person, today=TODAY)) == [("nip", "person.nip_not_allowed")]


@pytest.mark.parametrize(("change", "expected"), [
    ({"birth_date": "1981-06-06"}, [("birth_date", "person.birth_date_mismatch")]),
    ({"sex": "L"}, [("sex", "person.sex_mismatch")]),
    ({"golongan": "II/a"}, [("golongan", "rank.not_allowed")]),
])
def test_non_asn_checked_against_nik(change, expected):
    """Without a NIP, birth date and sex are checked against the NIK."""
    assert codes(validate_person({**NON_ASN, **change}, today=TODAY)) == expected


def test_birth_date_mismatch_message_names_source():
    """The mismatch message says the date comes from the NIP."""
    [issue] = validate_person({**PNS, "birth_date": "1991-03-29"}, today=TODAY)
    assert issue.message("en") == ("Birth date 29 March 1991 differs from the birth date in the NIP "
                                   "(28 March 1991).")


@pytest.mark.parametrize(("name", "expected"), [
    ("Drs. H. Ahmad Yani, M.Si", "Ahmad Yani"),
    ("Hj. Siti Rahmah, S.Pd., M.Pd.", "Siti Rahmah"),
    ("Ir. Budi Santoso, MT", "Budi Santoso"),
    ("M. Ali", "M. Ali"),
    ("Dr. dr. Rina, Sp.A", "Rina"),
])
def test_name_without_titles(name, expected):
    """Academic and religious titles are removed, initials kept."""
    assert name_without_titles(name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("pns", "PNS"), ("P3K", "PPPK"), ("Non ASN", "NON_ASN"), ("non-asn", "NON_ASN"), ("Honorer", "NON_ASN"),
    ("Perangkat Desa", "PERANGKAT_DESA"), ("CPNS", "CPNS"), ("TNI", None), (None, None),
])
def test_parse_employment_status(text, expected):
    """Usual spellings of the employment status map to its code."""
    assert parse_employment_status(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("L", "L"), ("Laki-laki", "L"), ("pria", "L"), ("P", "P"), ("Perempuan", "P"), ("wanita", "P"),
    ("X", None), (None, None),
])
def test_parse_sex(text, expected):
    """Usual spellings of sex map to L or P."""
    assert parse_sex(text) == expected


def test_derive_fills_birth_date_and_sex_from_nip():
    """A PNS record without birth date or sex gets them from the NIP."""
    out = derive_person_fields({"nip": "19860926 201505 2 001", "employment_status": "pns",
                                "birth_date": None, "sex": ""})
    assert (out["nip"], out["employment_status"], out["birth_date"], out["sex"]) == (
        "198609262015052001", "PNS", dt.date(1986, 9, 26), "P")


def test_derive_fills_from_nik_for_non_asn():
    """A non-ASN record gets birth date and sex from the NIK (day + 40 means female)."""
    out = derive_person_fields({"nik": "6201 0245 0681 9020", "employment_status": "Non ASN"})
    assert (out["nik"], out["birth_date"], out["sex"]) == ("6201024506819020", dt.date(1981, 6, 5), "P")


def test_derive_never_reads_pppk_number_as_nip():
    """A PPPK number is not decoded with the PNS layout."""
    out = derive_person_fields({"nip": "199103282015011012", "employment_status": "PPPK"})
    assert "birth_date" not in out and "sex" not in out


def test_derive_keeps_given_birth_date_and_sex():
    """Values already entered are not overwritten by the NIP."""
    out = derive_person_fields({**PNS, "birth_date": "1990-01-01", "sex": "P"})
    assert (out["birth_date"], out["sex"]) == (dt.date(1990, 1, 1), "P")


def test_derive_splits_combined_pangkat_and_fills_rank():
    """A combined `pangkat / golongan` cell is split; the missing half is filled for PNS."""
    combined = derive_person_fields({"employment_status": "PNS", "pangkat": "Penata Muda / III.a", "golongan": ""})
    only_gol = derive_person_fields({"employment_status": "PNS", "golongan": "iv.a"})
    assert (combined["pangkat"], combined["golongan"]) == ("Penata Muda", "III/a")
    assert (only_gol["pangkat"], only_gol["golongan"]) == ("Pembina", "IV/a")


def test_derive_returns_a_new_dict():
    """The input mapping is left untouched."""
    data = {"nip": "19860926 201505 1 001", "employment_status": "PNS"}
    derive_person_fields(data)
    assert data == {"nip": "19860926 201505 1 001", "employment_status": "PNS"}


def test_derive_keeps_unreadable_numbers_for_validation():
    """An Excel float NIP is not turned into wrong digits; validation then reports it."""
    out = derive_person_fields({"nip": 1.99103282015011e17, "employment_status": "PNS"})
    assert out["nip"] == 1.99103282015011e17
    assert ("nip", "number.excel_float") in codes(validate_person({**PNS, "nip": out["nip"]}, today=TODAY))


def test_derive_blank_numbers_become_none():
    """Blank NIP/NIK are stored as None."""
    out = derive_person_fields({"nip": "-", "nik": "", "employment_status": "NON_ASN"})
    assert out["nip"] is None and out["nik"] is None
