"""Golongan and pangkat."""

from __future__ import annotations

import pytest

from kpu_desktop.domain.ranks import (
    GOLONGAN_PANGKAT, PPPK_GOLONGAN, normalize_golongan, normalize_pangkat, split_pangkat_golongan,
    validate_rank,
)

PAIRS = sorted(GOLONGAN_PANGKAT.items())


def codes(issues):
    return [(i.field, i.code, i.severity.value) for i in issues]


def test_pairs_match_the_reference_table(golongan_rows):
    """The hard-coded pairs are exactly the 17 rows of golongan_pangkat.csv."""
    assert GOLONGAN_PANGKAT == dict(golongan_rows) and len(GOLONGAN_PANGKAT) == 17


@pytest.mark.parametrize(("golongan", "pangkat"), PAIRS)
def test_every_correct_pair_is_accepted(golongan, pangkat):
    """Each of the 17 legal pairs validates cleanly for a PNS."""
    assert validate_rank(golongan, pangkat, employment_status="PNS") == []


@pytest.mark.parametrize(("golongan", "pangkat"), [
    (g, p) for i, (g, _) in enumerate(PAIRS) for j, (_, p) in enumerate(PAIRS) if abs(i - j) == 1
])
def test_neighbouring_mismatches_are_rejected(golongan, pangkat):
    """A pangkat of the next or previous golongan is a mismatch error on pangkat."""
    issues = validate_rank(golongan, pangkat, employment_status="PNS")
    assert codes(issues) == [("pangkat", "rank.pangkat_mismatch", "error")]
    assert issues[0].param("expected") == GOLONGAN_PANGKAT[golongan]


@pytest.mark.parametrize(("value", "expected"), [
    ("III.a", "III/a"), ("III/a", "III/a"), ("iii/a", "III/a"), ("III a", "III/a"), ("IIIa", "III/a"),
    ("III-a", "III/a"), ("III/A", "III/a"), ("3a", "III/a"), ("3/a", "III/a"), ("Gol. III/a", "III/a"),
    ("Golongan IV/e", "IV/e"), ("I/b", "I/b"), ("ii.d", "II/d"),
    ("IX", "IX"), ("ix", "IX"), ("9", "IX"), ("XVII", "XVII"),
    ("", ""), ("-", ""), (None, ""),
])
def test_normalize_golongan(value, expected):
    """Usual spellings of a golongan become `III/a` (PNS) or a Roman numeral (PPPK)."""
    assert normalize_golongan(value) == expected


@pytest.mark.parametrize("value", ["V/a", "III/f", "18", "XVIII", "abc"])
def test_normalize_golongan_leaves_unknown_values_recognisable(value):
    """Unknown golongan are returned (tidied), never turned into a valid one."""
    result = normalize_golongan(value)
    assert result not in GOLONGAN_PANGKAT and result not in PPPK_GOLONGAN


@pytest.mark.parametrize(("value", "expected"), [
    ("penata muda tk. I", "Penata Muda Tingkat I"),
    ("PEMBINA UTAMA MADYA", "Pembina Utama Madya"),
    ("  Juru   Tk I ", "Juru Tingkat I"),
    ("-", ""),
])
def test_normalize_pangkat(value, expected):
    """Pangkat names are matched case-insensitively and `Tk.` expands to `Tingkat`."""
    assert normalize_pangkat(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Penata Muda / III.a", ("Penata Muda", "III/a")),
    ("Penata Muda Tk. I, III/b", ("Penata Muda Tingkat I", "III/b")),
    ("Juru Muda Tingkat I / I.b", ("Juru Muda Tingkat I", "I/b")),
    ("Pembina (IV/a)", ("Pembina", "IV/a")),
    ("III/c Penata", ("Penata", "III/c")),
    ("Penata Tingkat I - III/d", ("Penata Tingkat I", "III/d")),
    ("Penata", ("Penata", "")),
    ("III/a", ("", "III/a")),
    ("IX", ("", "IX")),
    ("-", ("", "")),
    ("", ("", "")),
    (None, ("", "")),
])
def test_split_pangkat_golongan(text, expected):
    """A combined `pangkat / golongan` cell splits into its two parts."""
    assert split_pangkat_golongan(text) == expected


@pytest.mark.parametrize(("golongan", "pangkat"), PAIRS)
def test_split_round_trips_every_pair(golongan, pangkat):
    """Every legal pair written `pangkat / golongan` splits back into the pair."""
    assert split_pangkat_golongan(f"{pangkat} / {golongan.replace('/', '.')}") == (pangkat, golongan)


@pytest.mark.parametrize(("golongan", "pangkat", "status", "expected"), [
    ("III.a", "penata muda", "PNS", []),
    ("II/a", "", "CPNS", []),
    ("", "", "PNS", [("golongan", "rank.golongan_missing", "warning")]),
    ("", "", "CPNS", [("golongan", "rank.golongan_missing", "warning")]),
    ("V/a", "", "PNS", [("golongan", "rank.golongan_unknown", "error")]),
    ("", "Penata", "PNS", [("golongan", "rank.golongan_missing", "warning")]),
    ("", "Kapten", "PNS", [("golongan", "rank.golongan_missing", "warning"),
                          ("pangkat", "rank.pangkat_unknown", "error")]),
    ("III/a", "Kapten", "PNS", [("pangkat", "rank.pangkat_mismatch", "error")]),
    ("IX", "", "PPPK", []),
    ("XVII", "", "PPPK", []),
    ("", "", "PPPK", []),
    ("XVIII", "", "PPPK", [("golongan", "rank.pppk_golongan_unknown", "error")]),
    ("III/a", "", "PPPK", [("golongan", "rank.pppk_golongan_unknown", "error")]),
    ("IX", "Penata", "PPPK", [("pangkat", "rank.pppk_pangkat_ignored", "warning")]),
    ("III/a", "", "NON_ASN", [("golongan", "rank.not_allowed", "error")]),
    ("", "Penata", "PERANGKAT_DESA", [("pangkat", "rank.not_allowed", "error")]),
    ("", "", "NON_ASN", []),
    ("III/a", "Penata", None, [("pangkat", "rank.pangkat_mismatch", "error")]),
])
def test_validate_rank(golongan, pangkat, status, expected):
    """Rank rules depend on the employment status."""
    assert codes(validate_rank(golongan, pangkat, employment_status=status)) == expected


def test_mismatch_message_names_expected_pangkat():
    """The mismatch message says which pangkat belongs to the golongan."""
    [issue] = validate_rank("III/a", "Penata", employment_status="PNS")
    assert issue.message("id") == "Pangkat Penata tidak sesuai golongan III/a; seharusnya Penata Muda."
