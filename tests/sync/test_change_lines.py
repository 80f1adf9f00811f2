"""parse_lines: every fault in any line refuses the whole bundle and names that line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from kpu_desktop.sync.changes import MAX_TEXT, parse_lines
from kpu_desktop.sync.errors import BundleRefused

COLUMNS = {"facilities": frozenset({"id", "unit_id", "description", "quantity", "note", "deleted"}),
           "tps": frozenset({"id", "unit_id", "number", "dpt"})}
BAD_AT = 37


def _line(seq: int, **changes) -> list:
    rid = f"00000000-0000-4000-8000-{seq:012d}"
    line = ["abcdef123456", seq, f"{1717200000000 + seq:015d}.000000", "facilities", rid, "upsert", "op", "unit-1",
            {"id": rid, "unit_id": "unit-1", "description": f"Ruang {seq}", "quantity": seq % 4, "note": None,
             "deleted": 0}, None if seq % 5 else [f"abcdef123456:{seq - 1}"]]
    for index, value in changes.items():
        line[int(index[1:])] = value
    return line


def _text(lines: list) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def _bundle(bad: list | str) -> str:
    lines = [_text([_line(seq)]) for seq in range(1, 61)]
    lines[BAD_AT - 1] = bad if isinstance(bad, str) else _text([bad])
    return "".join(lines)


def test_good_lines_decode_each_into_a_tuple():
    items = parse_lines(_bundle(_line(BAD_AT)), COLUMNS)
    assert len(items) == 60 and items[0][:4] == ("abcdef123456", 1, "001717200000001.000000", "facilities")
    assert items[BAD_AT - 1] == tuple(_line(BAD_AT))


def test_several_nodes_and_tables_are_accepted():
    other = _line(3, _0="0123abcd", _3="tps", _8={"number": 4, "dpt": 210})
    items = parse_lines(_text([_line(1), other, _line(2)]), COLUMNS)
    assert [i[0] for i in items] == ["abcdef123456", "0123abcd", "abcdef123456"]


BAD = {
    "not a list": {"change": "x"},
    "nine values": _line(BAD_AT)[:9],
    "node not hex": _line(BAD_AT, _0="ABCDEF123456"),
    "node a number": _line(BAD_AT, _0=12345678),
    "sequence zero": _line(BAD_AT, _1=0),
    "sequence text": _line(BAD_AT, _1="37"),
    "sequence true": _line(BAD_AT, _1=True),
    "sequence float": _line(BAD_AT, _1=37.0),
    "sequence too large": _line(BAD_AT, _1=10**12),
    "clock malformed": _line(BAD_AT, _2="1717200000037.000000"),
    "clock a number": _line(BAD_AT, _2=1717200000037),
    "record id empty": _line(BAD_AT, _4=""),
    "record id too long": _line(BAD_AT, _4="x" * 65),
    "record id a number": _line(BAD_AT, _4=37),
    "operation": _line(BAD_AT, _5="delete"),
    "user a number": _line(BAD_AT, _6=7),
    "user too long": _line(BAD_AT, _6="u" * 65),
    "unit a list": _line(BAD_AT, _7=["unit-1"]),
    "unit too long": _line(BAD_AT, _7="u" * 65),
    "data a list": _line(BAD_AT, _8=[1]),
    "data empty": _line(BAD_AT, _8={}),
    "data id differs": _line(BAD_AT, _8={"id": "someone-else", "note": "x"}),
    "value a list": _line(BAD_AT, _8={"note": ["x"]}),
    "value an object": _line(BAD_AT, _8={"note": {"text": "x"}}),
    "value too long": _line(BAD_AT, _8={"note": "x" * (MAX_TEXT + 1)}),
    # Past SQLite's 64-bit integers: writing the row would fail after the bundle was accepted.
    "integer past 64 bits": _line(BAD_AT, _8={"quantity": 2**63}),
    "integer below 64 bits": _line(BAD_AT, _8={"quantity": -2**63 - 1}),
    "integer far past 64 bits": _line(BAD_AT, _8={"quantity": 10**30}),
    "parents not a list": _line(BAD_AT, _9="abcdef123456:36"),
    "parent malformed": _line(BAD_AT, _9=["abcdef123456-36"]),
    "parent sequence zero": _line(BAD_AT, _9=["abcdef123456:0"]),
    "too many parents": _line(BAD_AT, _9=[f"abcdef123456:{n}" for n in range(1, 66)]),
}


@pytest.mark.parametrize("bad", BAD.values(), ids=BAD.keys())
def test_a_bad_line_is_refused_by_number(bad):
    with pytest.raises(BundleRefused) as caught:
        parse_lines(_bundle(bad), COLUMNS)
    assert caught.value.key == "bad_change" and caught.value.params["line"] == BAD_AT


def test_unknown_table_and_field_are_named():
    with pytest.raises(BundleRefused) as caught:
        parse_lines(_bundle(_line(BAD_AT, _3="users")), COLUMNS)
    assert caught.value.key == "unknown_table" and caught.value.params == {"line": BAD_AT, "table": "users"}
    with pytest.raises(BundleRefused) as caught:
        parse_lines(_bundle(_line(BAD_AT, _8={"password_hash": "x"})), COLUMNS)
    assert caught.value.key == "unknown_field" and caught.value.params["field"] == "password_hash"


@pytest.mark.parametrize("text", ["[1, 2", "[1] [2]", "[1],[2]", "NaN", ""],
                         ids=["cut", "two values", "two values with a comma", "not json", "blank"])
def test_a_line_that_is_not_one_json_value_is_refused(text):
    bundle = _bundle(_line(BAD_AT)).split("\n")
    bundle[BAD_AT - 1] = text
    if text == "":
        # A blank line is skipped, not a fault: the others still decode.
        assert len(parse_lines("\n".join(bundle), COLUMNS)) == 59
        return
    with pytest.raises(BundleRefused) as caught:
        parse_lines("\n".join(bundle), COLUMNS)
    assert caught.value.key == "bad_change" and caught.value.params["line"] == BAD_AT


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30))
TEXT = st.text(max_size=64)  # braces, quotes and escapes included


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=64), st.none() | TEXT, st.none() | TEXT,
                          st.dictionaries(st.sampled_from(sorted(COLUMNS["facilities"] - {"id"})), SCALARS,
                                          min_size=1),
                          st.none() | st.lists(st.from_regex(r"[0-9a-f]{4,8}:[1-9][0-9]{0,3}", fullmatch=True),
                                               max_size=3)),
                min_size=1, max_size=8),
       st.booleans())
def test_every_valid_line_decodes_to_what_was_written(parts, spaced):
    """Whatever a valid bundle holds (escapes, braces in names, any scalar, spaces), its lines come back whole."""
    lines = [["abcdef123456", seq, f"{1717200000000 + seq:015d}.000000", "facilities", rid, "upsert", user, unit,
              data, parents] for seq, (rid, user, unit, data, parents) in enumerate(parts, start=1)]
    text = "".join(json.dumps(line, ensure_ascii=spaced, separators=(", ", ": ") if spaced else (",", ":")) + "\n"
                   for line in lines)
    assert parse_lines(text, COLUMNS) == [tuple(line) for line in lines]
