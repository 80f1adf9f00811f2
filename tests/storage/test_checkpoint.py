"""A large write's checkpoint runs after its commit, on a connection of its own, instead of inside it."""

from __future__ import annotations

import json
import os

import pytest

from kpu_desktop.services.setup import ensure_unit_chain
from kpu_desktop.storage import checkpoint
from kpu_desktop.storage.db import open_database, transaction
from kpu_desktop.storage.records import RecordWriter
from kpu_desktop.storage.seed import seed_reference
from kpu_desktop.sync import engine
from kpu_desktop.sync.changes import parse_lines, table_columns


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "c.sqlite3"
    conn = open_database(path).conn
    conn.execute("PRAGMA wal_autocheckpoint = 1")  # every commit would copy its pages at once
    yield conn, path
    checkpoint.wait()
    conn.close()


@pytest.fixture()
def started(monkeypatch):
    """Checkpoints asked for, not run (a thread would race the assertions)."""
    paths: list[str] = []
    monkeypatch.setattr(checkpoint, "start", paths.append)
    return paths


def _write(conn, rows: int = 300) -> None:
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [(f"k{n}", "v" * 500) for n in range(rows)])


def test_a_large_write_commits_without_copying_and_asks_for_the_copy(db, started):
    conn, path = db
    size = os.path.getsize(path)
    with checkpoint.after_commit(conn, True), transaction(conn):
        _write(conn)
    assert os.path.getsize(path) == size  # its pages are in the WAL only
    assert started == [str(path)]
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1  # as it was
    checkpoint._checkpoint(started[0])
    assert os.path.getsize(path) > size


def test_the_copy_runs_in_a_thread_and_leaves_nothing_in_the_wal(db):
    conn, path = db
    size = os.path.getsize(path)
    with checkpoint.after_commit(conn, True), transaction(conn):
        _write(conn)
    checkpoint.wait()
    assert os.path.getsize(path) > size
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and frames == copied


def test_a_small_write_checkpoints_as_usual(db, started):
    conn, path = db
    size = os.path.getsize(path)
    with checkpoint.after_commit(conn, False), transaction(conn):
        _write(conn)
    assert os.path.getsize(path) > size and started == []


def test_nothing_is_asked_for_when_the_write_fails(db, started):
    conn, _path = db
    with pytest.raises(ZeroDivisionError):
        with checkpoint.after_commit(conn, True), transaction(conn):
            _write(conn)
            1 / 0
    assert started == [] and conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1


def test_inside_a_callers_transaction_its_commit_checkpoints(db, started):
    conn, path = db
    with transaction(conn):
        with checkpoint.after_commit(conn, True), transaction(conn):
            _write(conn)
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1
    assert started == []


def test_a_database_in_memory_is_left_alone(started):
    conn = open_database(":memory:").conn
    with checkpoint.after_commit(conn, True), transaction(conn):
        _write(conn)
    assert started == []


def test_a_failed_copy_is_logged_and_left_to_a_later_commit(tmp_path, caplog):
    checkpoint._checkpoint(str(tmp_path / "missing" / "x.sqlite3"))
    assert "checkpoint after a large write failed" in caplog.text


def test_a_large_bundle_import_leaves_its_checkpoint_to_after_the_commit(db, started, monkeypatch):
    conn, path = db
    with transaction(conn):
        seed_reference(conn)
        unit = ensure_unit_chain(conn, RecordWriter(conn, username="admin"), "62.01.02.2001", "Sidorejo")
    size = os.path.getsize(path)
    stamps = {"created_at": "2024-11-20T09:00:00+00:00", "created_by": "op",
              "updated_at": "2024-11-20T09:00:00+00:00", "updated_by": "op", "deleted": 0}
    text = "".join(json.dumps(["ab12", n, f"{1_700_000_000_000 + n:015d}.000000", "tps", f"tps-{n}", "upsert", "op",
                               None, {"unit_id": unit, "number": n, **stamps}, None]) + "\n" for n in range(1, 201))
    lines = parse_lines(text, table_columns(conn))
    monkeypatch.setattr(engine, "LARGE_BUNDLE", 100)
    engine.apply_changes(conn, lines, {"ab12": [[1, 200]]}, "cd34")
    assert started == [str(path)] and os.path.getsize(path) == size
    assert conn.execute("SELECT COUNT(*) FROM tps WHERE id LIKE 'tps-%'").fetchone()[0] == 200


@pytest.mark.parametrize("step", ["keep", "replace"])
def test_a_restore_waits_for_a_copy_still_running(tmp_path, monkeypatch, step):
    """No connection may be open on a file being swapped: a checkpoint thread still running ends first."""
    import threading
    import time

    from kpu_desktop.storage import backup

    ended = threading.Event()

    def slow_copy(path: str) -> None:
        time.sleep(0.3)
        ended.set()

    monkeypatch.setattr(checkpoint, "_checkpoint", slow_copy)
    database = tmp_path / "kpu.sqlite3"
    open_database(database).conn.close()
    checkpoint.start(str(database))
    if step == "keep":
        backup.keep_current(database, tmp_path / "backups")
    else:
        staged = tmp_path / "staged.sqlite3"
        open_database(staged).conn.close()
        backup.replace_database(staged, database)
    assert ended.is_set()
