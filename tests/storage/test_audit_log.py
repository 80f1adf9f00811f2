"""The audit log: append-only, hash-chained, edits detected."""

import sqlite3

import pytest

from kpu_desktop.storage.audit import verify_chain
from kpu_desktop.storage.db import open_database, transaction
from kpu_desktop.storage.records import RecordWriter
from kpu_desktop.storage.seed import seed_reference


@pytest.fixture
def conn(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    seed_reference(db.conn)
    writer = RecordWriter(db.conn, username="admin")
    with transaction(db.conn):
        unit = writer.insert("units", {"code": "62.01", "kind": "kpu-kab", "name": "Kotawaringin Barat"},
                             owner_unit_id=None)
        writer.update("units", unit, {"name": "Kobar"})
        writer.soft_delete("units", unit, "test")
    yield db.conn
    db.conn.close()


def test_chain_of_untouched_log_verifies(conn):
    """Entries written through the writer form an unbroken chain."""
    report = verify_chain(conn)
    assert report.ok and report.entries == 3


def test_update_and_delete_of_entries_are_refused(conn):
    """The log is append-only: SQLite refuses to change or remove an entry."""
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET username = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")


def _tamper(conn, sql):
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)


def test_edited_entry_is_detected(conn):
    """Someone who drops the triggers and rewrites an entry breaks the chain at that entry."""
    _tamper(conn, "UPDATE audit_log SET username = 'mallory' WHERE seq = 2")
    report = verify_chain(conn)
    assert not report.ok and report.broken_at == 2


def test_removed_entry_is_detected(conn):
    """A missing entry in the middle is reported."""
    _tamper(conn, "DELETE FROM audit_log WHERE seq = 2")
    report = verify_chain(conn)
    assert not report.ok and report.broken_at == 3
    assert report.worded("en") == "entry 2 is missing" and report.worded("id") == "entri 2 hilang"


def test_update_entry_names_old_and_new_values(conn):
    """An update's entry says which field changed from what to what."""
    row = conn.execute("SELECT action, changes FROM audit_log WHERE seq = 2").fetchone()
    assert row[0] == "update"
    assert '"name":["Kotawaringin Barat","Kobar"]' in row[1]
