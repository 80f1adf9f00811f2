"""batch_insert: a large batch ends with exactly the search index, counts and schema the triggers give."""

import sqlite3

import pytest

from kpu_desktop.storage.bulk import BULK_FROM, batch_insert, secondary_indexes
from kpu_desktop.storage.db import open_database, transaction
from kpu_desktop.storage.records import RecordWriter

COLUMNS = ("id", "unit_id", "category", "description", "quantity", "owner_name", "registration_no", "agreement_no",
           "owner_unit_id", "deleted", "created_at", "created_by", "updated_at", "updated_by")


def _database(path):
    conn = open_database(path).conn
    writer = RecordWriter(conn, username="admin")
    with transaction(conn):
        units = [writer.insert("units", {"code": f"62.01.0{n}", "kind": "ppk", "name": f"Kecamatan {n}"},
                               owner_unit_id=None) for n in (1, 2)]
    return conn, units


def _rows(units, count, start=0):
    return [(f"f-{n:06d}", units[n % 2], "RUANG", f"Ruang sekretariat nomor {n}", 1, f"Desa {n % 7}",
             f"REG-{n:06d}", None if n % 3 else f"PP/{n}/2024", units[n % 2], 1 if n % 10 == 0 else 0,
             "2024-11-20T09:00:00+00:00", "op", "2024-11-20T09:00:00+00:00", "op")
            for n in range(start, start + count)]


def _insert(conn, rows):
    conn.executemany(f"INSERT INTO facilities ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                     rows)


def _schema(conn):
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _state(conn):
    searches = {word: [r[0] for r in conn.execute(
        "SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH ? ORDER BY rowid", (word,))]
        for word in ("nomor", "REG*", "PP*", "Desa 3", "17*")}
    counts = sorted(conn.execute("SELECT tbl, unit_id, live FROM list_counts WHERE tbl = 'facilities'"))
    return searches, counts


@pytest.mark.parametrize("held", [0, 1500], ids=["empty table", "table larger than the batch"])
def test_large_batch_equals_row_by_row_triggers(tmp_path, held):
    """Search results, live counts and the schema match a database where the triggers ran for each row."""
    batch_conn, units = _database(tmp_path / "batch.sqlite3")
    plain_conn, _ = _database(tmp_path / "plain.sqlite3")
    # The same unit ids in both, so rows and counts compare directly.
    plain_conn.execute("PRAGMA foreign_keys = OFF")
    for conn in (batch_conn, plain_conn):
        with transaction(conn):
            _insert(conn, _rows(units, held))
    before = _schema(batch_conn)
    rows = _rows(units, BULK_FROM + 234, start=held)
    with transaction(batch_conn):
        with batch_insert(batch_conn, "facilities", len(rows)):
            assert not batch_conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'facilities_fts_ai'").fetchone()
            _insert(batch_conn, rows)
    with transaction(plain_conn):
        _insert(plain_conn, rows)
    assert _schema(batch_conn) == before
    assert _state(batch_conn) == _state(plain_conn)
    assert _state(batch_conn)[0]["nomor"], "the search finds the batch"
    batch_conn.execute("INSERT INTO facilities_fts (facilities_fts) VALUES ('integrity-check')")  # raises if not
    assert batch_conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The triggers are back: one more row is indexed and counted as before.
    with transaction(batch_conn):
        _insert(batch_conn, _rows(units, 1, start=900_000))
    assert batch_conn.execute("SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH '900000'").fetchall()


def test_indexes_are_built_anew_only_for_a_batch_as_large_as_the_table(tmp_path):
    """Small tables get their plain indexes rebuilt; unique ones (the id) are never touched."""
    conn, units = _database(tmp_path / "r.sqlite3")
    names = [n for n, _ in secondary_indexes(conn, "facilities")]
    assert "facilities_unit" in names and not any(n.startswith("sqlite_autoindex") for n in names)
    seen = []
    with transaction(conn):
        with batch_insert(conn, "facilities", BULK_FROM + 1):
            seen.append({r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")})
            _insert(conn, _rows(units, BULK_FROM + 1))
        with batch_insert(conn, "facilities", BULK_FROM):  # now the table is larger than the batch: kept
            seen.append({r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")})
            _insert(conn, _rows(units, BULK_FROM, start=BULK_FROM + 1))
    assert "facilities_unit" not in seen[0] and "facilities_unit" in seen[1]
    assert any(n.startswith("sqlite_autoindex_facilities") for n in seen[0])


def test_a_failed_batch_leaves_schema_and_rows_as_they_were(tmp_path):
    """A bad row in the batch: the caller's transaction rolls back with triggers and indexes in place."""
    conn, units = _database(tmp_path / "r.sqlite3")
    before = _schema(conn)
    rows = _rows(units, BULK_FROM)
    rows[500] = (rows[500][0], "no-such-unit", *rows[500][2:])
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(conn):
            with batch_insert(conn, "facilities", len(rows)):
                _insert(conn, rows)
    assert _schema(conn) == before
    assert conn.execute("SELECT COUNT(*) FROM facilities").fetchone()[0] == 0
    assert _state(conn) == ({w: [] for w in _state(conn)[0]}, [])


def test_a_caller_going_on_after_a_failure_still_has_the_triggers(tmp_path):
    """Inside a savepoint that the caller rolls back and survives, nothing stays dropped."""
    conn, units = _database(tmp_path / "r.sqlite3")
    before = _schema(conn)
    with transaction(conn):
        with pytest.raises(RuntimeError):
            with transaction(conn):  # a savepoint
                with batch_insert(conn, "facilities", BULK_FROM):
                    raise RuntimeError("cancelled")
        assert _schema(conn) == before
        _insert(conn, _rows(units, 3))
    assert _state(conn)[1] == sorted([("facilities", units[0], 1), ("facilities", units[1], 1)])  # row 0 is deleted


def test_outside_a_transaction_is_refused(tmp_path):
    conn, _units = _database(tmp_path / "r.sqlite3")
    with pytest.raises(RuntimeError):
        with batch_insert(conn, "facilities", BULK_FROM):
            pass
