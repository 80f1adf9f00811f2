"""Sequence ranges: building, subtracting and joining them, checked against plain sets of numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kpu_desktop.sync.ranges import from_rising, from_seqs, gaps, normalise, subtract, union

numbers = st.sets(st.integers(1, 60), max_size=40)


def expand(ranges) -> set[int]:
    return {n for a, b in ranges for n in range(a, b + 1)}


@pytest.mark.parametrize(("ranges", "minus", "expected"), [
    ([[1, 10]], [[3, 4], [6, 6], [9, 12]], [[1, 2], [5, 5], [7, 8]]),
    ([[1, 3], [5, 8]], [], [[1, 3], [5, 8]]),
    ([[1, 3]], [[1, 3]], []),
    ([[2, 9]], [[1, 1], [10, 11]], [[2, 9]]),
    ([[1, 5], [7, 9]], [[4, 8]], [[1, 3], [9, 9]]),
])
def test_subtract(ranges, minus, expected):
    assert subtract(ranges, minus) == expected


@given(numbers, numbers)
def test_subtract_is_set_difference(a, b):
    result = subtract(from_seqs(a), from_seqs(b))
    assert expand(result) == a - b and result == normalise(result)


@given(numbers)
def test_ranges_of_rising_numbers_equal_those_of_any_order(seqs):
    assert from_rising(sorted(seqs)) == from_seqs(seqs)


@given(numbers, numbers, numbers)
def test_union_holds_every_number_of_every_vector_once(a, b, c):
    joined = union({"n1": from_seqs(a)}, {"n1": from_seqs(b), "n2": from_seqs(c)})
    assert expand(joined.get("n1", [])) == a | b and expand(joined.get("n2", [])) == c
    assert all(r == normalise(r) for r in joined.values())


def test_gaps_are_the_holes_below_the_highest():
    assert gaps([[2, 3], [6, 6]]) == [[1, 1], [4, 5]]
