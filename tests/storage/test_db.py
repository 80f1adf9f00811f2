"""Opening, migrating and refusing databases."""

import shutil
import sqlite3
from contextlib import closing

import pytest

from kpu_desktop.storage.db import PAGE_SIZE, integrity_problems, open_database, schema_version, transaction
from kpu_desktop.storage.errors import SchemaTooNew
from kpu_desktop.storage.migrations import MIGRATIONS, latest_version

from tests.storage.make_saved_databases import HERE


def test_new_database_has_latest_schema_wal_and_foreign_keys(tmp_path):
    """A new database is migrated to the latest schema, in WAL mode, with foreign keys enforced."""
    db = open_database(tmp_path / "x.sqlite3")
    assert schema_version(db.conn) == latest_version()
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE != 4096
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a saved record survives a power cut


def test_foreign_key_violation_is_refused(tmp_path):
    """A placement pointing to a missing person cannot be written."""
    db = open_database(tmp_path / "x.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute(
            "INSERT INTO placements (id, person_id, event_id, unit_id, post, created_at, created_by, updated_at,"
            " updated_by) VALUES ('x', 'nobody', 'nothing', 'nowhere', 'SEKRETARIS', 't', 'u', 't', 'u')")


def test_newer_schema_is_refused_with_a_clear_message(tmp_path):
    """A database written by a newer kpu-desktop is not opened."""
    path = tmp_path / "x.sqlite3"
    open_database(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer kpu-desktop"):
        open_database(path)


def test_migrations_are_numbered_consecutively():
    """Migration numbers start at 1 and have no gaps, so user_version tells exactly what ran."""
    assert [n for n, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


@pytest.mark.parametrize("version", [n for n, _ in MIGRATIONS[:-1]])
def test_saved_database_of_each_earlier_schema_upgrades(tmp_path, version):
    """A database saved at an earlier schema opens, upgrades to the latest and keeps its records."""
    saved = HERE / f"schema_v{version}.sqlite3"
    assert saved.exists(), "run tests/storage/make_saved_databases.py after adding a migration"
    path = tmp_path / "old.sqlite3"
    shutil.copy(saved, path)
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    db = open_database(path)
    assert schema_version(db.conn) == latest_version()
    assert db.conn.execute("PRAGMA page_size").fetchone()[0] == page_size  # kept as made
    assert db.conn.execute("SELECT name FROM persons WHERE id = 'p-1'").fetchone()[0] == "Yusuf Hidayat, S.Sos."
    found = db.conn.execute("SELECT rowid FROM persons_fts WHERE persons_fts MATCH 'yus*'").fetchall()
    assert len(found) == 1
    assert integrity_problems(db.conn) == []


def test_schema_7_search_indexes_keep_no_column_sizes_and_follow_edits(tmp_path):
    """The indexes built anew at schema 7 store no per-row sizes, find what was there and follow later edits."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(HERE / "schema_v6.sqlite3", path)
    conn = open_database(path).conn
    shadow = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%fts%'")}
    assert {"persons_fts", "facilities_fts", "receipts_fts", "persons_fts_data"} <= shadow
    assert not {"persons_fts_docsize", "facilities_fts_docsize", "receipts_fts_docsize"} & shadow

    def found(query: str) -> list:
        return [r[0] for r in conn.execute(
            "SELECT p.id FROM persons_fts f JOIN persons p ON p.rowid = f.rowid WHERE persons_fts MATCH ?", (query,))]

    assert found("yus*") == ["p-1"]
    with transaction(conn):
        conn.execute("UPDATE persons SET name = 'Budi Santoso' WHERE id = 'p-1'")
    assert found("yus*") == [] and found("san*") == ["p-1"]
    for table in ("persons", "facilities", "receipts"):
        conn.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")


def test_schema_6_keeps_as_held_only_what_the_change_log_holds(tmp_path):
    """Ranges recorded as held without their changes (limited bundles before schema 6) become gaps again,
    and peers' acknowledgements, which may repeat such claims, are forgotten."""
    path = tmp_path / "v5.sqlite3"
    conn = open_database(path, upgrade_to=5).conn
    with transaction(conn):
        conn.executemany("INSERT INTO changes (node_id, seq, hlc, tbl, record_id, op, data) VALUES"
                         " ('ab12', ?, ?, 'tps', ?, 'upsert', '{}')",
                         [(seq, f"{seq:015d}.000000", f"r{seq}") for seq in (1, 2, 4, 7)])
        conn.executemany("INSERT INTO sync_ranges (node_id, seq_from, seq_to) VALUES (?, ?, ?)",
                         [("ab12", 1, 5), ("ab12", 7, 9), ("cd34", 1, 3)])
        conn.execute("INSERT INTO sync_peers (node_id, knows) VALUES ('ab12', '{\"cd34\": [[1, 3]]}')")
    conn.close()
    conn = open_database(path).conn
    assert conn.execute("SELECT node_id, seq_from, seq_to FROM sync_ranges ORDER BY 1, 2").fetchall() == [
        ("ab12", 1, 2), ("ab12", 4, 4), ("ab12", 7, 7)]
    assert conn.execute("SELECT knows FROM sync_peers").fetchall() == [("{}",)]
    assert conn.execute("SELECT COUNT(*) FROM sync_withheld").fetchone()[0] == 0


def test_failed_transaction_leaves_nothing(tmp_path):
    """An exception inside transaction() rolls back every statement of it."""
    db = open_database(tmp_path / "x.sqlite3")
    with pytest.raises(RuntimeError):
        with transaction(db.conn):
            db.conn.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert db.conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'a'").fetchone()[0] == 0


def test_nested_transaction_failure_rolls_back_only_the_inner_part(tmp_path):
    """A failing inner block is undone through its savepoint; the outer work stays."""
    db = open_database(tmp_path / "x.sqlite3")
    with transaction(db.conn):
        db.conn.execute("INSERT INTO meta (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError):
            with transaction(db.conn):
                db.conn.execute("INSERT INTO meta (key, value) VALUES ('inner', '1')")
                raise ValueError
    keys = {r[0] for r in db.conn.execute("SELECT key FROM meta")}
    assert "outer" in keys and "inner" not in keys
