"""Reading dates and datetimes written the way secretariats write them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from kpu_desktop.domain.dates import add_years, excel_serial_to_date, parse_date, parse_datetime, years_between

D = dt.date


@pytest.mark.parametrize(("value", "expected"), [
    (D(2024, 5, 16), D(2024, 5, 16)),
    (dt.datetime(2024, 5, 16, 9, 30), D(2024, 5, 16)),
    ("2024-05-16", D(2024, 5, 16)),
    ("2024/05/16", D(2024, 5, 16)),
    ("2024-05-16T10:00:00", D(2024, 5, 16)),
    ("16/05/2024", D(2024, 5, 16)),
    ("16-05-2024", D(2024, 5, 16)),
    ("16.05.2024", D(2024, 5, 16)),
    ("16/5/24", D(2024, 5, 16)),
    ("20240516", D(2024, 5, 16)),
    ("10 Mei 2024", D(2024, 5, 10)),
    ("10 Agustus 2024", D(2024, 8, 10)),
    ("10 Agu 2024", D(2024, 8, 10)),
    ("1 Okt 2024", D(2024, 10, 1)),
    ("31 Des 2024", D(2024, 12, 31)),
    ("18 Nopember 2022", D(2022, 11, 18)),
    ("5 Pebruari 2024", D(2024, 2, 5)),
    ("10 August 2024", D(2024, 8, 10)),
    ("May 10, 2024", D(2024, 5, 10)),
    ("10-Okt-2024", D(2024, 10, 10)),
    ("Kamis, 16 Mei 2024", D(2024, 5, 16)),
    ("  16  Mei   2024 ", D(2024, 5, 16)),
    (45428, D(2024, 5, 16)),
    (45428.75, D(2024, 5, 16)),
    (1, D(1900, 1, 1)),
    (61, D(1900, 3, 1)),
])
def test_parse_date_accepts(value, expected):
    """Every usual spelling of a date gives the same date and no issue."""
    assert parse_date(value, field="start_date") == (expected, [])


@pytest.mark.parametrize("value", [None, "", "  ", "-"])
def test_parse_date_blank_is_none(value):
    """Blank cells are no date and no problem."""
    assert parse_date(value) == (None, [])


@pytest.mark.parametrize("value", [
    "31/02/2024", "2024-13-01", "32 Mei 2024", "10 Foo 2024", "kemarin", "16/05", 0, 60, -5, 3_000_000,
    True, "29/02/2023",
])
def test_parse_date_rejects(value):
    """Impossible or unreadable dates give one error naming the field."""
    day, issues = parse_date(value, field="start_date")
    assert day is None
    assert [(i.field, i.code) for i in issues] == [("start_date", "date.invalid")]


def test_invalid_date_message_names_field_and_value():
    """The error message names the field label and repeats the value."""
    _, [issue] = parse_date("31/02/2024", field="birth_date")
    assert issue.message("id") == "Tanggal lahir bukan tanggal yang valid: 31/02/2024."


@pytest.mark.parametrize(("value", "expected"), [
    ("14/11/2024 09:30", dt.datetime(2024, 11, 14, 9, 30)),
    ("14/11/2024 09.30", dt.datetime(2024, 11, 14, 9, 30)),
    ("14 November 2024 pukul 09.30 WIB", dt.datetime(2024, 11, 14, 9, 30)),
    ("2024-11-14T09:30:00", dt.datetime(2024, 11, 14, 9, 30)),
    ("2024-11-14 09:30:15", dt.datetime(2024, 11, 14, 9, 30, 15)),
    ("2024-11-14T02:30:00Z", dt.datetime(2024, 11, 14, 9, 30)),
    ("14/11/2024", dt.datetime(2024, 11, 14)),
    (D(2024, 11, 14), dt.datetime(2024, 11, 14)),
    (45428.75, dt.datetime(2024, 5, 16, 18, 0)),
])
def test_parse_datetime_accepts(value, expected):
    """Dates with optional times (colon or dot, WIB suffix, ISO, Excel) are read."""
    assert parse_datetime(value, field="received_at") == (expected, [])


@pytest.mark.parametrize("value", ["14/11/2024 25:00", "14/11/2024 09:61", "besok pagi", 0])
def test_parse_datetime_rejects(value):
    """Impossible times or unreadable text give a datetime error on the field."""
    moment, issues = parse_datetime(value, field="received_at")
    assert moment is None and [i.code for i in issues] == ["datetime.invalid"]
    assert issues[0].field == "received_at"


def test_excel_serial_skips_the_phantom_leap_day():
    """Serial 60 is Excel's nonexistent 29 Feb 1900 and is refused."""
    assert excel_serial_to_date(59) == D(1900, 2, 28) and excel_serial_to_date(60) is None


@pytest.mark.parametrize(("day", "years", "expected"), [
    (D(2024, 2, 29), 1, D(2025, 2, 28)),
    (D(2024, 2, 29), 4, D(2028, 2, 29)),
    (D(2024, 5, 16), 5, D(2029, 5, 16)),
    (D(2024, 5, 16), -18, D(2006, 5, 16)),
])
def test_add_years(day, years, expected):
    """add_years keeps the calendar day; 29 February becomes 28 February."""
    assert add_years(day, years) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    (D(1991, 3, 28), D(2009, 3, 27), 17),
    (D(1991, 3, 28), D(2009, 3, 28), 18),
    (D(2024, 2, 29), D(2025, 2, 28), 1),
    (D(2025, 1, 1), D(2024, 1, 1), -1),
])
def test_years_between(start, end, expected):
    """years_between counts completed years, like an age."""
    assert years_between(start, end) == expected


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2099, 12, 31)))
def test_short_format_round_trips(day):
    """Any date written dd/mm/yyyy parses back to itself."""
    assert parse_date(day.strftime("%d/%m/%Y")) == (day, [])


@given(st.dates(min_value=D(1900, 3, 1), max_value=D(9999, 12, 31)))
def test_excel_serial_round_trips(day):
    """The Excel serial of any date after Feb 1900 converts back to that date."""
    serial = (day - D(1899, 12, 30)).days
    assert parse_date(serial) == (day, [])
