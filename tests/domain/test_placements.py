"""Placements, honoraria, staffing and overlaps."""

from __future__ import annotations

import datetime as dt

import pytest

from kpu_desktop.domain.placements import (
    END_REASONS, PLACEMENT_STATUSES, POSTS, default_honorarium, overlap_warnings, parse_post, staffing_warnings,
    validate_placement,
)

D = dt.date
PILKADA_PPK = (D(2024, 5, 16), D(2025, 1, 27))
PLACEMENT = {
    "person_id": 1, "event_id": 2, "unit_id": 3, "post": "SEKRETARIS",
    "proposing_decree_no": "100/12/2024", "proposing_decree_date": D(2024, 5, 10),
    "kpu_decree_no": "45/PP.04.2-Kpt/6201/2024", "kpu_decree_date": D(2024, 5, 14),
    "integrity_pact_date": D(2024, 5, 15), "start_date": D(2024, 5, 16), "end_date": D(2025, 1, 27),
    "honorarium": 1_850_000, "status": "ACTIVE", "end_reason": None, "replacement_id": None,
}


def issues_of(change=None, body_kind="ppk", work_period=PILKADA_PPK):
    found = validate_placement({**PLACEMENT, **(change or {})}, body_kind=body_kind, work_period=work_period)
    return [(i.field, i.code, i.severity.value) for i in found]


def test_enumerations():
    """Posts, statuses and end reasons are the agreed codes."""
    assert POSTS == ("SEKRETARIS", "STAF_TEKNIS", "STAF_TU", "KPU_SEKRETARIAT")
    assert PLACEMENT_STATUSES == ("ACTIVE", "ENDED")
    assert END_REASONS == ("DIED", "UNABLE", "DISMISSED", "WITHDRAWN")


@pytest.mark.parametrize(("text", "expected"), [
    ("Sekretaris", "SEKRETARIS"),
    ("Sekretaris PPK", "SEKRETARIS"),
    ("Staf Teknis Penyelenggaraan, Parmas, Hukum", "STAF_TEKNIS"),
    ("Staf Teknis Penyelenggaraan, Partisipasi, Humas dan Hukum", "STAF_TEKNIS"),
    ("Staf Tata Usaha, Keuangan dan Logistik", "STAF_TU"),
    ("Staf TU", "STAF_TU"),
    ("STAF_TEKNIS", "STAF_TEKNIS"),
    ("staf_tu", "STAF_TU"),
    ("KPU_SEKRETARIAT", "KPU_SEKRETARIAT"),
    ("Staf Sekretariat KPU", "KPU_SEKRETARIAT"),
    ("Ketua", None),
    ("", None),
    (None, None),
])
def test_parse_post(text, expected):
    """Post names as written in decrees map to post codes."""
    assert parse_post(text) == expected


@pytest.mark.parametrize(("post", "body", "amount"), [
    ("SEKRETARIS", "ppk", 1_850_000), ("STAF_TEKNIS", "ppk", 1_300_000), ("STAF_TU", "ppk", 1_300_000),
    ("SEKRETARIS", "pps", 1_150_000), ("STAF_TEKNIS", "pps", 1_050_000), ("STAF_TU", "pps", 1_050_000),
    ("KPU_SEKRETARIAT", "kpu-kab", None), ("SEKRETARIS", "kpu-prov", None),
])
def test_default_honorarium(post, body, amount):
    """Honoraria follow Keputusan KPU 472/2022; KPU secretariat posts have no standard."""
    assert default_honorarium(post, body) == amount


@pytest.mark.parametrize("body", ["ppk", "pps"])
def test_valid_ad_hoc_placement(body):
    """A complete placement with the standard honorarium has no issues."""
    honorarium = default_honorarium("SEKRETARIS", body)
    assert issues_of({"honorarium": honorarium}, body_kind=body) == []


def test_valid_kpu_secretariat_placement():
    """A KPU secretariat placement without honorarium or work period is fine."""
    change = {"post": "KPU_SEKRETARIAT", "honorarium": None}
    assert issues_of(change, body_kind="kpu-kab", work_period=None) == []


@pytest.mark.parametrize("key", ["person_id", "event_id", "unit_id", "post", "start_date"])
def test_required_fields(key):
    """Person, event, unit, post and start date are required."""
    assert (key, "field.required", "error") in issues_of({key: None})


@pytest.mark.parametrize(("change", "body", "expected"), [
    ({"post": "Ketua"}, "ppk", ("post", "field.unknown_value", "error")),
    ({"post": "KPU_SEKRETARIAT"}, "ppk", ("post", "placement.post_not_allowed", "error")),
    ({"post": "SEKRETARIS", "honorarium": None}, "kpu-kab", ("post", "placement.post_not_allowed", "error")),
    ({"end_date": D(2024, 5, 15)}, "ppk", ("end_date", "date.end_before_start", "error")),
    ({"start_date": "16/13/2024"}, "ppk", ("start_date", "date.invalid", "error")),
    ({"honorarium": -1}, "ppk", ("honorarium", "field.negative", "error")),
    ({"honorarium": 10**20}, "ppk", ("honorarium", "field.too_large", "error")),
    ({"honorarium": "banyak"}, "ppk", ("honorarium", "field.not_integer", "error")),
    ({"honorarium": 1_800_000}, "ppk", ("honorarium", "placement.honorarium_differs", "warning")),
    ({"status": "PAUSED"}, "ppk", ("status", "field.unknown_value", "error")),
    ({"status": "ENDED", "end_reason": None}, "ppk", ("end_reason", "placement.ended_requires", "error")),
    ({"status": "ENDED", "end_reason": "DIED", "end_date": None}, "ppk",
     ("end_date", "placement.ended_requires", "error")),
    ({"end_reason": "DIED"}, "ppk", ("end_reason", "placement.end_reason_not_ended", "error")),
    ({"status": "ENDED", "end_reason": "BORED"}, "ppk", ("end_reason", "field.unknown_value", "error")),
    ({"kpu_decree_date": D(2024, 5, 20)}, "ppk", ("kpu_decree_date", "placement.decree_after_start", "warning")),
    ({"integrity_pact_date": D(2024, 5, 17)}, "ppk",
     ("integrity_pact_date", "placement.decree_after_start", "warning")),
    ({"proposing_decree_date": D(2024, 5, 15)}, "ppk",
     ("proposing_decree_date", "placement.proposal_after_decree", "warning")),
    ({"start_date": D(2024, 5, 15)}, "ppk", ("start_date", "placement.outside_work_period", "warning")),
    ({"end_date": D(2025, 1, 28)}, "ppk", ("end_date", "placement.outside_work_period", "warning")),
])
def test_placement_problems(change, body, expected):
    """Each rule reports its issue with the documented severity."""
    assert expected in issues_of(change, body_kind=body)


def test_ended_placement_with_reason_and_date_is_valid():
    """An ended placement with reason and end date has no issues."""
    assert issues_of({"status": "ENDED", "end_reason": "WITHDRAWN", "end_date": D(2024, 9, 30)}) == []


def test_kpu_decree_before_start_is_normal():
    """A KPU decree dated well before the start date raises nothing."""
    assert issues_of({"kpu_decree_date": D(2024, 1, 2), "proposing_decree_date": D(2024, 1, 1)}) == []


def test_work_period_boundaries_are_inside():
    """Starting on the first day and ending on the last day of the work period is fine."""
    assert issues_of({"start_date": PILKADA_PPK[0], "end_date": PILKADA_PPK[1]}) == []


def test_dates_as_text_are_accepted():
    """Dates may arrive as text from imports."""
    assert issues_of({"start_date": "16/05/2024", "end_date": "27 Januari 2025",
                      "kpu_decree_date": "2024-05-14"}) == []


def test_unknown_body_kind_is_a_programming_error():
    """An unknown body kind raises instead of silently passing."""
    with pytest.raises(ValueError):
        validate_placement(PLACEMENT, body_kind="kpps", work_period=None)


# staffing ---------------------------------------------------------------------------------------

FULL = [
    {"post": "SEKRETARIS", "employment_status": "PNS", "person_id": 1},
    {"post": "STAF_TEKNIS", "employment_status": "NON_ASN", "person_id": 2},
    {"post": "STAF_TU", "employment_status": "PPPK", "person_id": 3},
]


def staffing(placements, body_kind="ppk"):
    found = staffing_warnings(placements, body_kind=body_kind, unit_label="PPK Arut Selatan")
    assert all(i.severity.value == "warning" and i.field == "post" for i in found)
    return [(i.code, i.param("post")) for i in found]


@pytest.mark.parametrize("body", ["ppk", "pps"])
def test_full_secretariat_has_no_warnings(body):
    """One Sekretaris and the two staff posts: no warnings."""
    assert staffing(FULL, body) == []


@pytest.mark.parametrize(("placements", "expected"), [
    ([], [("staffing.post_missing", "SEKRETARIS"), ("staffing.post_missing", "STAF_TEKNIS"),
          ("staffing.post_missing", "STAF_TU")]),
    (FULL[1:], [("staffing.post_missing", "SEKRETARIS")]),
    (FULL + [{"post": "STAF_TU", "employment_status": "PNS"}], [("staffing.post_too_many", "STAF_TU")]),
    (FULL[:2] + [{"post": "STAF_TEKNIS", "employment_status": "PNS"}],
     [("staffing.post_too_many", "STAF_TEKNIS"), ("staffing.post_missing", "STAF_TU")]),
    (FULL + [{"post": "SEKRETARIS", "employment_status": "PNS"}], [("staffing.post_too_many", "SEKRETARIS")]),
])
def test_staffing_counts(placements, expected):
    """Missing or surplus posts are warned about, per post."""
    assert staffing(placements) == expected


@pytest.mark.parametrize(("status", "body", "warned"), [
    ("NON_ASN", "ppk", True), ("PERANGKAT_DESA", "ppk", True), (None, "ppk", True),
    ("PNS", "ppk", False), ("CPNS", "ppk", False), ("PPPK", "ppk", False),
    ("NON_ASN", "pps", False),
])
def test_ppk_secretary_should_be_asn(status, body, warned):
    """Only the PPK Sekretaris must be ASN; PPS secretaries may be non-ASN."""
    placements = [{**FULL[0], "employment_status": status}] + FULL[1:]
    assert (("staffing.secretary_not_asn", None) in staffing(placements, body)) is warned


def test_staffing_ignores_kpu_bodies():
    """KPU secretariats have no fixed staffing."""
    assert staffing([], "kpu-kab") == []


def test_staffing_message_names_unit_and_post():
    """The warning names the unit and the missing post in plain words."""
    [issue] = staffing_warnings(FULL[1:], body_kind="pps", unit_label="PPS Mendawai")
    assert issue.message("id") == "Jabatan di sekretariat: PPS Mendawai belum memiliki Sekretaris."


# overlaps ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("other", "overlaps"), [
    ({"id": 9, "start_date": D(2024, 6, 1), "end_date": D(2024, 7, 1)}, True),
    ({"id": 9, "start_date": D(2024, 1, 1), "end_date": D(2024, 5, 16)}, True),
    ({"id": 9, "start_date": D(2024, 1, 1), "end_date": D(2024, 5, 15)}, False),
    ({"id": 9, "start_date": D(2024, 9, 1), "end_date": None}, True),
    ({"id": 9, "start_date": D(2025, 1, 28), "end_date": None}, False),
    ({"id": 1, "start_date": D(2024, 6, 1), "end_date": None}, False),
])
def test_overlap_warnings(other, overlaps):
    """Inclusive periods that share a day overlap; the placement itself is skipped."""
    placement = {"id": 1, "start_date": D(2024, 5, 16), "end_date": D(2025, 1, 27)}
    found = overlap_warnings(placement, [{**other, "unit_label": "PPS Mendawai"}])
    assert [(i.field, i.code, i.severity.value) for i in found] == (
        [("start_date", "placement.overlap", "warning")] if overlaps else [])


def test_open_ended_placement_overlaps_later_ones():
    """A placement without an end date overlaps anything starting after it."""
    found = overlap_warnings({"start_date": D(2024, 5, 16), "end_date": None},
                             [{"id": 2, "start_date": "2030-01-01", "end_date": None, "unit_label": "X"}])
    assert len(found) == 1 and "X" in found[0].message("en")
