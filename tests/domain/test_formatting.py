"""Times as people in Indonesia read them: in their own zone, named WIB, WITA or WIT."""

from __future__ import annotations

import datetime as dt

import pytest

from kpu_desktop.domain.formatting import format_local_time


@pytest.mark.parametrize("hours, expected", [
    (7, "2024-05-27 06:04 WIB"),       # Kalimantan Tengah, Jakarta
    (8, "2024-05-27 07:04 WITA"),      # Kalimantan Selatan, Bali
    (9, "2024-05-27 08:04 WIT"),       # Papua, Maluku
    (0, "2024-05-26 23:04 UTC"),
    (5.5, "2024-05-27 04:34 UTC+05:30"),
    (-3, "2024-05-26 20:04 UTC-03:00"),
])
def test_a_moment_is_shown_in_the_computers_zone_with_its_indonesian_name(hours, expected):
    zone = dt.timezone(dt.timedelta(hours=hours))
    assert format_local_time("2024-05-26T23:04:05+00:00", zone) == expected


def test_a_time_without_zone_is_utc_and_text_that_is_no_time_is_left_alone():
    wib = dt.timezone(dt.timedelta(hours=7))
    assert format_local_time("2024-05-26T03:04:05", wib) == "2024-05-26 10:04 WIB"
    assert format_local_time("bukan waktu", wib) == "bukan waktu"
    assert format_local_time("", wib) == ""
