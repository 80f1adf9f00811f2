"""Logistics receipts (BAST) and their item lines."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kpu_desktop.domain.receipts import (
    TRANSPORT_MODES, complete_line, election_type_code, line_discrepancies, parse_transport, validate_receipt,
)

PEMILU_TYPES = frozenset({"PPWP", "DPR", "DPD", "DPRD_PROV", "DPRD_KABKOTA"})
HEADER = {
    "number": "382/PL.01.2-BA/62/2024", "received_at": "2024-02-01 10:00", "place": "Pangkalan Bun",
    "event_id": 1, "giver_name": "Andi", "giver_post": "Kasubbag Logistik", "giver_institution": "KPU Kobar",
    "receiver_name": "Budi", "receiver_post": "Ketua PPK", "receiver_institution": "PPK Arut Selatan",
    "receiver_unit_id": 5, "tps_number": None, "witnesses": "Panwascam", "references": "Surat jalan 12",
    "transport_mode": "SUNGAI", "planned_dispatch": "2024-01-31 06:00", "actual_dispatch": "2024-01-31 06:30",
    "planned_arrival": "2024-02-01 12:00", "actual_arrival": "2024-02-01 10:00",
}
BALLOT = {"item_code": "SURAT_SUARA", "election_type": "DPR", "dapil": "Kalimantan Tengah",
          "expected": 306, "received": 306}
INK = {"item_code": "TINTA", "expected": 2, "received": 2}
DAPILS = {"DPR": "Kalimantan Tengah", "DPRD_PROV": "Kalteng 5", "DPRD_KABKOTA": "Kobar 1"}


@pytest.fixture
def check(catalogue):
    def run(header_change=None, lines=(BALLOT, INK), dapils=DAPILS):
        found = validate_receipt({**HEADER, **(header_change or {})}, list(lines), receiver_dapils=dapils,
                                 catalogue=catalogue, election_types=PEMILU_TYPES)
        return [(i.field, i.code, i.severity.value) for i in found]
    return run


def test_transport_modes():
    """The four transport modes."""
    assert TRANSPORT_MODES == ("DARAT", "SUNGAI", "UDARA", "LAUT")


@pytest.mark.parametrize(("text", "expected"), [
    ("Darat", "DARAT"), ("jalan darat", "DARAT"), ("Sungai", "SUNGAI"), ("speedboat", "SUNGAI"),
    ("Klotok", "SUNGAI"), ("Udara", "UDARA"), ("Pesawat", "UDARA"), ("Laut", "LAUT"), ("LAUT", "LAUT"),
    ("teleport", None), ("", None), (None, None),
])
def test_parse_transport(text, expected):
    """Transport words map to a mode."""
    assert parse_transport(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DPRD_KABKOTA", "DPRD_KABKOTA"), ("DPRD Kab/Kota", "DPRD_KABKOTA"), ("dprd kabupaten", "DPRD_KABKOTA"),
    ("DPRD Prov.", "DPRD_PROV"), ("DPRD Provinsi", "DPRD_PROV"), ("dpr ri", "DPR"), ("ppwp", "PPWP"),
    ("Presiden", "PPWP"), ("Bupati", "PILBUP"), ("Regent", "PILBUP"), ("pilgub", "PILGUB"),
    ("Wali Kota", "PILWALI"), (" DPD ", "DPD"), ("dprd xyz", "DPRD XYZ"),
])
def test_election_type_code(text, expected):
    """Names and abbreviations secretariats write map to the code; anything else is kept, upper-cased, for
    the line check to refuse by name."""
    assert election_type_code(text) == expected


# complete_line ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ({"expected": 10, "received": 10}, {"good": 10, "damaged": 0, "short": 0, "excess": 0}),
    ({"expected": 10, "received": 8}, {"good": 8, "damaged": 0, "short": 2, "excess": 0}),
    ({"expected": 10, "received": 12, "damaged": 1}, {"good": 11, "damaged": 1, "short": 0, "excess": 2}),
    ({"expected": 10, "received": 10, "good": 7}, {"good": 7, "damaged": 3}),
    ({"expected": "1.200", "received": "1.150"}, {"expected": 1200, "received": 1150, "short": 50}),
    ({"expected": 10.0, "received": "9"}, {"expected": 10, "received": 9, "short": 1}),
    ({"received": 5}, {"expected": None, "good": 5, "short": None, "excess": None}),
    ({"expected": 5, "received": 3, "short": 9}, {"short": 9, "excess": 0}),
    ({"expected": 5, "received": 3, "damaged": 4}, {"good": None, "damaged": 4}),
    ({"expected": 5, "received": "lima"}, {"received": "lima", "good": None, "short": None}),
])
def test_complete_line(line, expected):
    """Quantities become ints and absent derived ones are filled; given or unreadable ones are kept."""
    out = complete_line(line)
    assert {key: out.get(key) for key in expected} == expected


def test_complete_line_returns_a_new_dict():
    """The input line is not modified."""
    line = {"expected": 10, "received": 8}
    complete_line(line)
    assert line == {"expected": 10, "received": 8}


@given(expected=st.integers(0, 10**6), received=st.integers(0, 10**6), damaged=st.integers(0, 10**6))
def test_complete_line_is_always_consistent(expected, received, damaged):
    """Filled short/excess always explain expected vs received, and never both > 0."""
    out = complete_line({"expected": expected, "received": received, "damaged": min(damaged, received)})
    assert out["short"] - out["excess"] == expected - received
    assert min(out["short"], out["excess"]) == 0
    assert out["good"] + out["damaged"] == received


@given(expected=st.integers(0, 10**5), received=st.integers(0, 10**5))
def test_completed_lines_validate_without_errors(catalogue, expected, received):
    """Any non-negative expected/received pair, once completed, passes the arithmetic checks."""
    line = complete_line({"item_code": "TINTA", "expected": expected, "received": received})
    found = validate_receipt(HEADER, [line], receiver_dapils=None, catalogue=catalogue,
                             election_types=PEMILU_TYPES)
    assert [i for i in found if i.is_error] == []


@pytest.mark.parametrize(("line", "expected"), [
    ({"expected": 10, "received": 10}, set()),
    ({"expected": 10, "received": 8}, {"short"}),
    ({"expected": 10, "received": 12}, {"excess"}),
    ({"expected": 10, "received": 10, "damaged": 2}, {"damaged"}),
    ({"expected": 10, "received": 8, "damaged": 1}, {"short", "damaged"}),
    ({"received": 8}, set()),
])
def test_line_discrepancies(line, expected):
    """Discrepancy flags follow the completed quantities."""
    assert line_discrepancies(line) == expected


# validate_receipt -------------------------------------------------------------------------------

def test_valid_receipt_has_no_issues(check):
    """A complete receipt with matching quantities has no issues."""
    assert check() == []


@pytest.mark.parametrize("key", ["number", "received_at", "event_id", "receiver_unit_id"])
def test_required_header_fields(check, key):
    """Number, time, event and receiving unit are required."""
    assert (key, "field.required", "error") in check({key: "  "})


@pytest.mark.parametrize("party", ["giver", "receiver"])
def test_party_needs_name_or_institution(check, party):
    """Each party must be named, by person or at least by institution."""
    blank_both = {f"{party}_name": "", f"{party}_institution": None}
    assert (f"{party}_name", "field.required", "error") in check(blank_both)
    assert check({f"{party}_name": ""}) == []


def test_receipt_needs_a_line(check):
    """A receipt without lines is an error on 'lines'."""
    assert ("lines", "receipt.no_lines", "error") in check(lines=[])


@pytest.mark.parametrize(("change", "expected"), [
    ({"received_at": "kemarin"}, ("received_at", "datetime.invalid", "error")),
    ({"transport_mode": "teleport"}, ("transport_mode", "field.unknown_value", "error")),
    ({"actual_arrival": "2024-01-31 06:00"}, ("actual_arrival", "receipt.arrival_before_dispatch", "error")),
    ({"planned_arrival": "2024-01-30 06:00", "actual_arrival": None},
     ("planned_arrival", "receipt.arrival_before_dispatch", "error")),
    ({"actual_arrival": "2024-02-01 14:00"}, ("actual_arrival", "receipt.late_arrival", "warning")),
])
def test_header_problems(check, change, expected):
    """Header rules: readable times, known transport, arrival after dispatch, late delivery warned."""
    assert expected in check(change)


@pytest.mark.parametrize(("line", "expected"), [
    ({"item_code": "KUDA", "received": 1}, ("lines[0].item_code", "field.unknown_value", "error")),
    ({"item_code": "", "received": 1}, ("lines[0].item_code", "field.required", "error")),
    ({**BALLOT, "election_type": None}, ("lines[0].election_type", "field.required", "error")),
    ({**BALLOT, "election_type": "PILGUB"}, ("lines[0].election_type", "line.election_type_not_in_event", "error")),
    ({**BALLOT, "dapil": ""}, ("lines[0].dapil", "line.dapil_required", "error")),
    ({**BALLOT, "received": -1}, ("lines[0].received", "field.negative", "error")),
    ({**BALLOT, "damaged": -1}, ("lines[0].damaged", "field.negative", "error")),
    ({**BALLOT, "received": 100_000_001}, ("lines[0].received", "field.too_large", "error")),
    ({**BALLOT, "expected": "99999999999999999999"}, ("lines[0].expected", "field.too_large", "error")),
    ({**BALLOT, "received": "banyak"}, ("lines[0].received", "field.not_integer", "error")),
    ({**BALLOT, "received": "²"}, ("lines[0].received", "field.not_integer", "error")),
    ({**BALLOT, "received": True}, ("lines[0].received", "field.not_integer", "error")),
    ({**BALLOT, "received": None}, ("lines[0].received", "field.required", "error")),
    ({**BALLOT, "good": 300, "damaged": 5}, ("lines[0].received", "line.good_damaged_sum", "error")),
    ({**BALLOT, "received": 300, "short": 5}, ("lines[0].short", "line.short_mismatch", "error")),
    ({**BALLOT, "received": 310, "excess": 3}, ("lines[0].excess", "line.excess_mismatch", "error")),
    ({**BALLOT, "expected": None, "short": 2, "excess": 2}, ("lines[0].short", "line.short_and_excess", "error")),
    ({**BALLOT, "received": 300}, ("lines[0].received", "line.short", "warning")),
    ({**BALLOT, "received": 310}, ("lines[0].received", "line.excess", "warning")),
    ({**BALLOT, "damaged": 2}, ("lines[0].damaged", "line.damaged_needs_replacement", "warning")),
    ({**BALLOT, "damaged": 2}, ("lines[0].damaged", "line.ballots_need_destruction", "warning")),
    ({**BALLOT, "received": 310}, ("lines[0].excess", "line.ballots_need_destruction", "warning")),
    ({**BALLOT, "dapil": "Kalimantan Barat"}, ("lines[0].dapil", "line.wrong_dapil", "warning")),
])
def test_line_problems(check, line, expected):
    """Each line rule reports on the line's field with the documented severity."""
    assert expected in check(lines=[line])


@given(st.text(max_size=12) | st.integers() | st.floats(allow_nan=True) | st.booleans() | st.none())
def test_any_quantity_cell_gives_issues_never_an_exception(catalogue, cell):
    """Whatever a quantity cell holds, validation answers with issues (or none), and never fails itself."""
    for key in ("expected", "received", "good", "damaged", "short", "excess"):
        found = validate_receipt(HEADER, [{**BALLOT, key: cell}], receiver_dapils=DAPILS, catalogue=catalogue,
                                 election_types=PEMILU_TYPES)
        assert all(i.field.startswith("lines[0].") for i in found)


def test_pilkada_ballots_need_no_dapil(catalogue):
    """Ballots for a Pilkada type need no dapil."""
    line = {"item_code": "SURAT_SUARA", "election_type": "PILBUP", "expected": 100, "received": 100}
    found = validate_receipt(HEADER, [line], receiver_dapils=None, catalogue=catalogue,
                             election_types={"PILGUB", "PILBUP"})
    assert found == []


def test_dpd_ballots_need_no_dapil(check):
    """DPD and PPWP ballots are province-wide: no dapil required."""
    assert check(lines=[{**BALLOT, "election_type": "DPD", "dapil": None}]) == []


def test_non_ballot_damage_needs_no_destruction_report(check):
    """Damaged ink needs a replacement request but no destruction report."""
    found = check(lines=[{**INK, "damaged": 1}])
    assert ("lines[0].damaged", "line.damaged_needs_replacement", "warning") in found
    assert not any(code == "line.ballots_need_destruction" for _, code, _ in found)


def test_dapil_comparison_ignores_case_and_spaces(check):
    """`KALIMANTAN  TENGAH` is the receiver's dapil `Kalimantan Tengah`."""
    assert check(lines=[{**BALLOT, "dapil": "KALIMANTAN  TENGAH"}]) == []


def test_dapil_not_checked_without_receiver_dapils(check):
    """Without the receiver's dapils the dapil cannot be judged wrong."""
    assert check(lines=[{**BALLOT, "dapil": "Kalimantan Barat"}], dapils=None) == []


@pytest.mark.parametrize(("second", "duplicate"), [
    (BALLOT, True),
    ({**BALLOT, "dapil": "kalimantan tengah"}, True),
    ({**BALLOT, "election_type": "DPRD_PROV", "dapil": "Kalteng 5"}, False),
    (INK, False),
])
def test_duplicate_lines(check, second, duplicate):
    """Two lines with the same item, type and dapil are an error on the later line."""
    found = check(lines=[BALLOT, second] if second is not INK else [BALLOT, INK])
    assert (("lines[1].item_code", "line.duplicate", "error") in found) is duplicate


def test_line_message_counts_from_one():
    """Line issues say 'baris 2' for the second line."""
    found = validate_receipt(HEADER, [INK, {**INK, "item_code": "KUDA"}], receiver_dapils=None,
                             catalogue={"TINTA": {"per_type": False, "per_dapil": False}},
                             election_types=PEMILU_TYPES)
    assert [i.message("id") for i in found] == ["Barang baris 2 tidak dikenal: KUDA."]
    assert found[0].message("en") == "Item on line 2 has an unknown value: KUDA."


def test_wrong_dapil_message(catalogue):
    """The wrong-dapil warning says ballots went to the wrong district."""
    found = validate_receipt(HEADER, [{**BALLOT, "dapil": "Kalbar"}], receiver_dapils=DAPILS,
                             catalogue=catalogue, election_types=PEMILU_TYPES)
    assert "wrong electoral district" in found[0].message("en")
    assert "Dapil baris 1 (Kalbar)" in found[0].message("id")


def test_catalogue_flags_may_be_text():
    """Catalogue flags read from CSV as 'ya'/'tidak' are understood."""
    catalogue = {"SURAT_SUARA": {"per_type": "ya", "per_dapil": "ya (DPR/DPRD)"}}
    found = validate_receipt(HEADER, [{**BALLOT, "dapil": None}], receiver_dapils=None,
                             catalogue=catalogue, election_types=PEMILU_TYPES)
    assert [i.code for i in found] == ["line.dapil_required"]


@pytest.mark.parametrize(("tps", "code"), [("abc", "field.not_integer"), (0, "field.not_positive"),
                                           (10_000, "field.too_large"), ("12", None), (None, None)])
def test_the_tps_number_of_a_receipt_is_a_number_from_1_to_9999(tps, code):
    from kpu_desktop.domain.receipts import _tps_number_issues
    assert [i.code for i in _tps_number_issues(tps)] == ([code] if code else [])
