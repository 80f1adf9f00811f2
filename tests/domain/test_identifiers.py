"""NIP, NI PPPK, NIK and region codes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, strategies as st

from kpu_desktop.domain.identifiers import (
    NikInfo, NipInfo, RegionCode, cross_check_nip_nik, normalize_digits, parse_ni_pppk, parse_nik, parse_nip,
    parse_region_code, region_parent,
)

D = dt.date
TODAY = D(2025, 1, 15)


def codes(issues):
    return [i.code for i in issues]


# normalize_digits -----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("19910328 201501 1 012", "199103282015011012"),
    ("19910328.201501.1.012", "199103282015011012"),
    ("19910328-201501-1-012", "199103282015011012"),
    (" 6201022704806778 ", "6201022704806778"),
    ("'6201022704806778", "6201022704806778"),
    (199103282015011012, "199103282015011012"),
    (81234567890.0, "81234567890"),
    ("-", ""),
    ("", ""),
    (None, ""),
])
def test_normalize_digits(value, expected):
    """Separators are removed; blanks become empty; exact integers are kept."""
    assert normalize_digits(value) == expected


@pytest.mark.parametrize("value", [1.99103282015011e17, 6201022704806770.0, 12.5])
def test_normalize_digits_refuses_inexact_floats(value):
    """Excel floats that may have lost digits never come back as a clean digit string."""
    assert not normalize_digits(value).isdigit()


# NIP ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "info"), [
    ("19910328 201501 1 012", NipInfo(D(1991, 3, 28), (2015, 1), "L", 12)),
    ("19860926 201505 1 001", NipInfo(D(1986, 9, 26), (2015, 5), "L", 1)),
    ("198609262015052999", NipInfo(D(1986, 9, 26), (2015, 5), "P", 999)),
    (199103282015011012, NipInfo(D(1991, 3, 28), (2015, 1), "L", 12)),
    ("19910328 200903 1 012", NipInfo(D(1991, 3, 28), (2009, 3), "L", 12)),
])
def test_parse_nip_valid(value, info):
    """Valid NIPs decode into birth date, appointment month, sex and serial."""
    assert parse_nip(value, today=TODAY) == (info, [])


@pytest.mark.parametrize(("value", "code"), [
    ("19910328 201501 1 01", "number.length"),
    ("1991032820150110123", "number.length"),
    ("19910328 201501 1 01A", "number.not_digits"),
    (1.99103282015011e17, "number.excel_float"),
    ("19910230 201501 1 012", "nip.birth_date_invalid"),
    ("18991231 201501 1 012", "nip.birth_date_invalid"),
    ("19910328 201513 1 012", "nip.appointment_invalid"),
    ("19910328 201500 1 012", "nip.appointment_invalid"),
    ("19910328 202502 1 012", "nip.appointment_future"),
    ("19910328 200902 1 012", "nip.appointment_too_young"),
    ("19910328 201501 3 012", "nip.sex_invalid"),
    ("19910328 201501 0 012", "nip.sex_invalid"),
    ("19910328 201501 1 000", "nip.serial_zero"),
])
def test_parse_nip_invalid(value, code):
    """Each broken part of a NIP gives its own error code on the field."""
    info, issues = parse_nip(value, field="nip", today=TODAY)
    assert info is None and codes(issues) == [code]
    assert issues[0].field == "nip" and issues[0].is_error


def test_parse_nip_reports_every_broken_part():
    """A NIP broken in several places reports each problem at once."""
    _, issues = parse_nip("19910230 201513 3 000", today=TODAY)
    assert codes(issues) == ["nip.birth_date_invalid", "nip.appointment_invalid", "nip.sex_invalid",
                             "nip.serial_zero"]


def test_parse_nip_appointment_this_month_is_allowed():
    """An appointment in the current month is not in the future."""
    info, issues = parse_nip("19910328 202501 1 012", today=TODAY)
    assert issues == [] and info.appointed == (2025, 1)


@pytest.mark.parametrize("value", ["", None, "-"])
def test_parse_nip_blank(value):
    """A blank NIP is no NIP and no error (requiredness is the person's rule)."""
    assert parse_nip(value, today=TODAY) == (None, [])


def test_parse_nip_uses_given_field_name():
    """Issues carry the field name given by the caller."""
    _, issues = parse_nip("123", field="signer_nip", today=TODAY)
    assert issues[0].field == "signer_nip"


@given(
    birth=st.dates(min_value=D(1940, 1, 1), max_value=D(2000, 12, 31)),
    offset=st.integers(min_value=18 * 12, max_value=40 * 12),
    sex=st.sampled_from("12"),
    serial=st.integers(min_value=1, max_value=999),
)
def test_nip_round_trip(birth, offset, sex, serial):
    """A NIP built from a valid birth date, TMT, sex and serial parses back to the same fields."""
    months = birth.year * 12 + birth.month - 1 + offset
    year, month = divmod(months, 12)
    assume((year, month + 1) <= (TODAY.year, TODAY.month))
    nip = f"{birth:%Y%m%d}{year:04d}{month + 1:02d}{sex}{serial:03d}"
    info, issues = parse_nip(nip, today=TODAY)
    assert issues == []
    assert info == NipInfo(birth, (year, month + 1), "L" if sex == "1" else "P", serial)


# NI PPPK --------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "199103282024211001",  # PPPK layout: "21" is not a month, still accepted
    "123456789012345678", "", None,
])
def test_ni_pppk_accepts_any_18_digits(value):
    """NI PPPK numbers are only checked for 18 digits, never for the PNS pattern."""
    assert parse_ni_pppk(value) == []


@pytest.mark.parametrize(("value", "code"), [
    ("12345678901234567", "number.length"), ("1234567890123456X8", "number.not_digits"),
    (1.23456789012345e17, "number.excel_float"),
])
def test_ni_pppk_rejects(value, code):
    """Wrong length or non-digits are errors for NI PPPK too."""
    assert codes(parse_ni_pppk(value)) == [code]


# NIK ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "info"), [
    ("6201022704806778", NikInfo("620102", D(1980, 4, 27), "L", "6778")),
    ("6201024506819020", NikInfo("620102", D(1981, 6, 5), "P", "9020")),
    ("3174 0501 0105 0001", NikInfo("317405", D(2005, 1, 1), "L", "0001")),
    ("1101017112990001", NikInfo("110101", D(1999, 12, 31), "P", "0001")),
])
def test_parse_nik_valid(value, info):
    """Valid NIKs decode region, birth date (women: day + 40) and sex, from any province."""
    assert parse_nik(value, today=TODAY) == (info, [])


@pytest.mark.parametrize(("yy", "year"), [("24", 2024), ("25", 1925), ("99", 1999), ("00", 2000)])
def test_parse_nik_century_never_in_future(yy, year):
    """The century is chosen so that the birth date is not after today."""
    info, _ = parse_nik(f"6201020106{yy}0001", today=TODAY)
    assert info.birth_date == D(year, 6, 1)


@pytest.mark.parametrize(("value", "code"), [
    ("620102270480677", "number.length"),
    ("62010227048067780", "number.length"),
    ("62010227048O6778", "number.not_digits"),
    (6201022704806770.0, "number.excel_float"),
    ("0901022704806778", "nik.region_invalid"),
    ("6201023204806778", "nik.birth_date_invalid"),
    ("6201027204806778", "nik.birth_date_invalid"),
    ("6201020013806778", "nik.birth_date_invalid"),
    ("6201023102806778", "nik.birth_date_invalid"),
    ("6201022704800000", "nik.serial_zero"),
])
def test_parse_nik_invalid(value, code):
    """Each broken part of a NIK gives its own error code."""
    info, issues = parse_nik(value, field="nik", today=TODAY)
    assert info is None and codes(issues) == [code] and issues[0].field == "nik"


def test_parse_nik_blank():
    """A blank NIK is no NIK and no error."""
    assert parse_nik("  ", today=TODAY) == (None, [])


@given(
    birth=st.dates(min_value=D(1926, 1, 1), max_value=TODAY),
    sex=st.sampled_from("LP"),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_nik_round_trip(birth, sex, serial):
    """A NIK built from a birth date within the last 99 years parses back to it."""
    day = birth.day + (40 if sex == "P" else 0)
    nik = f"620102{day:02d}{birth:%m%y}{serial:04d}"
    info, issues = parse_nik(nik, today=TODAY)
    assert issues == [] and (info.birth_date, info.sex, info.serial) == (birth, sex, f"{serial:04d}")


# NIP/NIK cross-check --------------------------------------------------------------------------

NIP_1980 = NipInfo(D(1980, 4, 27), (2005, 3), "L", 1)


def test_cross_check_agreeing_numbers():
    """NIP and NIK with the same birth date and sex agree."""
    nik, _ = parse_nik("6201022704806778", today=TODAY)
    assert cross_check_nip_nik(NIP_1980, nik) == []


@pytest.mark.parametrize(("nik_value", "expected"), [
    ("6201022804806778", ["nik.birth_date_mismatch_nip"]),
    ("6201026704806778", ["nik.sex_mismatch_nip"]),
    ("6201024506819020", ["nik.birth_date_mismatch_nip", "nik.sex_mismatch_nip"]),
])
def test_cross_check_mismatches(nik_value, expected):
    """Different birth date or sex in NIK and NIP is an error on the NIK field."""
    nik, _ = parse_nik(nik_value, today=TODAY)
    issues = cross_check_nip_nik(NIP_1980, nik)
    assert codes(issues) == expected and {i.field for i in issues} == {"nik"}
    assert all(i.is_error for i in issues)


def test_cross_check_message_shows_both_dates():
    """The mismatch message shows the NIK date and the NIP date."""
    nik, _ = parse_nik("6201022804806778", today=TODAY)
    [issue] = cross_check_nip_nik(NIP_1980, nik)
    assert issue.message("id") == ("NIK: tanggal lahir 28 April 1980 tidak sama dengan tanggal lahir "
                                   "pada NIP (27 April 1980).")


# Region codes ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "code", "level"), [
    ("62", "62", "provinsi"),
    ("11", "11", "provinsi"),
    ("62.01", "62.01", "kabupaten"),
    ("62.69", "62.69", "kabupaten"),
    ("62.71", "62.71", "kota"),
    ("62.99", "62.99", "kota"),
    ("62.01.02", "62.01.02", "kecamatan"),
    ("62.01.02.1001", "62.01.02.1001", "kelurahan"),
    ("62.01.02.2001", "62.01.02.2001", "desa"),
    ("6201022001", "62.01.02.2001", "desa"),
    (" 62.71.01 ", "62.71.01", "kecamatan"),
    (62, "62", "provinsi"),
])
def test_parse_region_code_valid(value, code, level):
    """Kemendagri codes at every level are recognised and normalised to dotted form."""
    assert parse_region_code(value) == (RegionCode(code, level), [])


@pytest.mark.parametrize(("value", "code"), [
    ("6", "region.format"),
    ("62.1", "region.format"),
    ("62.01.02.201", "region.format"),
    ("62-01", "region.format"),
    ("62.01.02.2001.1", "region.format"),
    ("10", "region.province_invalid"),
    ("09.01", "region.province_invalid"),
    ("62.00", "region.regency_invalid"),
    ("62.70", "region.regency_invalid"),
    ("62.01.00", "region.district_invalid"),
    ("62.01.02.3001", "region.village_invalid"),
    ("62.01.02.0001", "region.village_invalid"),
])
def test_parse_region_code_invalid(value, code):
    """Malformed codes and impossible parts are errors on the given field."""
    info, issues = parse_region_code(value, field="location_code")
    assert info is None and codes(issues) == [code] and issues[0].field == "location_code"


@pytest.mark.parametrize(("value", "expected_level", "ok"), [
    ("62.01", "kabupaten_kota", True),
    ("62.71", "kabupaten_kota", True),
    ("62.71", "kota", True),
    ("62.71", "kabupaten", False),
    ("62.01.02", "kabupaten_kota", False),
    ("62.01.02.2001", "desa", True),
    ("62.01.02.2001", "kelurahan", False),
    ("62.01.02.1001", "desa_kelurahan", True),
    ("62", "kecamatan", False),
])
def test_parse_region_code_expected_level(value, expected_level, ok):
    """expected_level restricts the level; kabupaten_kota accepts either."""
    info, issues = parse_region_code(value, expected_level=expected_level)
    assert (info is not None) is ok
    assert codes(issues) == ([] if ok else ["region.level_mismatch"])


@pytest.mark.parametrize("value", [None, "", "-"])
def test_parse_region_code_blank(value):
    """A blank code is no code and no error."""
    assert parse_region_code(value) == (None, [])


@pytest.mark.parametrize(("code", "parent"), [
    ("62.01.02.2001", "62.01.02"), ("62.01.02", "62.01"), ("62.01", "62"), ("62", None),
    ("6201022001", "62.01.02"),
])
def test_region_parent(code, parent):
    """The parent of a code is the code one level up; a province has none."""
    assert region_parent(code) == parent
