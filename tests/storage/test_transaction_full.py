"""A full disk inside a transaction: the real error reaches the caller and nothing is kept."""

import sqlite3

import pytest

from kpu_desktop.storage.db import open_database, transaction


@pytest.mark.parametrize("nested", [False, True])
def test_sqlite_full_is_reported_as_such_and_rolled_back(tmp_path, nested):
    """SQLite drops the transaction itself on SQLITE_FULL; transaction() must not mask that with its own error."""
    db = open_database(tmp_path / "x.sqlite3")
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        with transaction(db.conn):
            db.conn.execute("INSERT INTO meta (key, value) VALUES ('first', 'x')")
            if nested:
                with transaction(db.conn):
                    db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                        ((f"k{i}", "v" * 2000) for i in range(200)))
            else:
                db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                    ((f"k{i}", "v" * 2000) for i in range(200)))
    assert not db.conn.in_transaction
    assert db.conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'first'").fetchone()[0] == 0
    db.conn.close()
