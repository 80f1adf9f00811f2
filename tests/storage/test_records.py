"""RecordWriter: rows, change log and tombstones together."""

import json

import pytest

from kpu_desktop.storage.clock import HybridClock, parse_hlc
from kpu_desktop.storage.db import open_database, transaction
from kpu_desktop.storage.records import RecordWriter, stable_id


@pytest.fixture
def writer(tmp_path):
    db = open_database(tmp_path / "r.sqlite3")
    yield RecordWriter(db.conn, username="operator1")
    db.conn.close()


def test_insert_records_meta_fields_and_a_change(writer):
    """A new record carries who and when, and the change log holds all its fields."""
    with transaction(writer.conn):
        record_id = writer.insert("units", {"code": "62.01", "kind": "kpu-kab", "name": "Kobar"}, owner_unit_id="u")
    row = writer.fetch("units", record_id)
    assert row["created_by"] == row["updated_by"] == "operator1" and row["deleted"] == 0
    seq, data = writer.conn.execute("SELECT seq, data FROM changes").fetchone()
    assert seq == 1 and json.loads(data)["name"] == "Kobar"


def test_update_logs_only_changed_fields(writer):
    """Writing the same value again changes nothing and logs nothing."""
    with transaction(writer.conn):
        record_id = writer.insert("units", {"code": "62.01", "kind": "kpu-kab", "name": "Kobar"}, owner_unit_id="u")
        assert writer.update("units", record_id, {"name": "Kobar"}) == {}
        diff = writer.update("units", record_id, {"name": "Kotawaringin Barat"})
    assert diff == {"name": ("Kobar", "Kotawaringin Barat")}
    assert writer.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 2


def test_soft_delete_keeps_the_row_as_a_tombstone(writer):
    """Deleting sets the flag and reason; the row stays for the exchange."""
    with transaction(writer.conn):
        record_id = writer.insert("units", {"code": "62.01", "kind": "kpu-kab", "name": "Kobar"}, owner_unit_id="u")
        writer.soft_delete("units", record_id, "salah input")
    row = writer.fetch("units", record_id)
    assert row["deleted"] == 1 and row["deleted_reason"] == "salah input"


def test_sequence_numbers_are_gapless(writer):
    """Each write takes the next sequence number of this node."""
    with transaction(writer.conn):
        for n in range(5):
            writer.insert("units", {"code": f"62.0{n + 1}", "kind": "kpu-kab", "name": f"K{n}"}, owner_unit_id="u")
    seqs = [r[0] for r in writer.conn.execute("SELECT seq FROM changes ORDER BY seq")]
    assert seqs == [1, 2, 3, 4, 5]


def test_unknown_field_is_refused(writer):
    """An update naming a field the table does not have raises instead of being ignored."""
    with transaction(writer.conn):
        record_id = writer.insert("units", {"code": "62.01", "kind": "kpu-kab", "name": "Kobar"}, owner_unit_id="u")
    with pytest.raises(KeyError):
        writer.update("units", record_id, {"colour": "red"})


def test_stable_ids_agree_across_installations():
    """The same natural key gives the same UUID everywhere."""
    assert stable_id("unit", "62.01") == stable_id("unit", "62.01") != stable_id("unit", "62.02")


def test_clock_never_goes_backwards():
    """With a wall clock stuck or stepping back, the counter keeps values increasing."""
    times = iter([1000.0, 1000.0, 999.0, 1001.0])
    clock = HybridClock(wall=lambda: next(times))
    values = [clock.now() for _ in range(4)]
    assert values == sorted(values) and len(set(values)) == 4
    assert parse_hlc(values[2]) == (1_000_000, 2)


def test_clock_values_in_bulk_equal_those_made_one_by_one():
    """A batch continues the counter like single calls would, and the next call follows the batch."""
    one, bulk = HybridClock(wall=lambda: 2.0), HybridClock(wall=lambda: 2.0)
    singles = [one.now() for _ in range(5)]
    assert bulk.now_many(5) == singles and bulk.now() == one.now() == "000000000002000.000005"
    assert bulk.now_many(0) == []


def test_clock_counter_never_outgrows_its_six_digits():
    """Past 999,999 values in one millisecond the clock moves on a millisecond: text order stays time order."""
    clock = HybridClock(1_000, 999_998, wall=lambda: 1.0)
    values = clock.now_many(4)
    assert values == ["000000000001000.999999", "000000000001001.000000", "000000000001001.000001",
                      "000000000001001.000002"]
    assert clock.now() == "000000000001001.000003"
    assert all(len(v) == 22 for v in values)


def test_clock_moves_past_an_observed_remote_value():
    """After seeing another node's later clock, local values come after it."""
    clock = HybridClock(wall=lambda: 1.0)
    clock.observe("000000000005000.000007")
    assert clock.now() > "000000000005000.000007"


def test_ids_made_in_bulk_are_distinct_version_4_uuids():
    """A batch's ids read back as the random UUIDs `new_id` gives one at a time."""
    import uuid

    from kpu_desktop.storage.records import new_ids
    ids = new_ids(2000)
    parsed = [uuid.UUID(i) for i in ids]
    assert len(set(ids)) == 2000 and new_ids(0) == []
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 and str(u) == i for u, i in zip(parsed, ids))


def test_change_data_keeps_keys_sorted_and_numbers_past_64_bits():
    """Change-log text: sorted keys, non-ASCII kept; what orjson cannot write falls back to the standard library."""
    from kpu_desktop.storage.jsonfast import dumps_sorted
    assert dumps_sorted({"b": "Kapuas Hulu – Sei", "a": 1}).startswith('{"a":1')
    assert "–" in dumps_sorted({"b": "Kapuas Hulu – Sei"})
    assert json.loads(dumps_sorted({"n": 2 ** 70, "d": None})) == {"n": 2 ** 70, "d": None}
