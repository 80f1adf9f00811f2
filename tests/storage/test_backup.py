"""Backups: verified atomic copies, rotation, checks of candidate files, restore swaps, migration copies."""

import datetime as dt
import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kpu_desktop.storage import backup as store
from kpu_desktop.storage.backup import BackupError
from kpu_desktop.storage.db import open_database
from kpu_desktop.storage.migrations import latest_version

HERE = Path(__file__).parent / "data"


@pytest.fixture
def live(data_dir):
    """An open connection to a real (empty regency) database."""
    from kpu_desktop.storage.db import connect
    conn = connect(data_dir / "kpu-desktop.sqlite3")
    yield conn
    conn.close()


def _tables(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
        return {n: conn.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0] for n in names}
    finally:
        conn.close()


def test_copy_is_verified_standalone_and_leaves_no_temporary(live, tmp_path):
    """The copy holds every row, needs no -wal file, and only the final name remains in the folder."""
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()
    calls = []
    report = store.copy_database(live, target, progress=lambda d, t: calls.append((d, t)))
    assert report.ok and report.path == target and report.audit_entries > 0
    assert os.listdir(target.parent) == ["copy.sqlite3"]
    conn = sqlite3.connect(str(target))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert _tables(target)["units"] == live.execute("SELECT COUNT(*) FROM units").fetchone()[0]
    assert calls and calls[-1][0] == calls[-1][1]


def test_disk_full_during_copy_is_reported_and_keeps_the_old_file(live, tmp_path, monkeypatch):
    """ENOSPC at fsync: a clear message, the earlier file at the target untouched, no temporary left."""
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "copy.sqlite3"
    target.write_bytes(b"earlier backup")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BackupError) as caught:
        store.copy_database(live, target)
    assert "Ruang disk tidak cukup" in caught.value.message("id")
    assert "Not enough disk space" in caught.value.message("en")
    assert target.read_bytes() == b"earlier backup"
    assert os.listdir(stick) == ["copy.sqlite3"]


def test_copy_failing_its_check_never_gets_the_final_name(live, tmp_path, monkeypatch):
    """A copy that does not verify is thrown away instead of being named as a backup."""
    monkeypatch.setattr(store, "verify_file",
                        lambda path, full=True: store.Verification(path, problems=["page 3 is wrong"]))
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(BackupError, match="page 3"):
        store.copy_database(live, stick / "copy.sqlite3")
    assert os.listdir(stick) == []


@pytest.mark.parametrize("content,problem", [
    (b"", "not a kpu-desktop database"),
    (b"NO;BA;Tanggal\n1;2;3\n", "not a readable database"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "not a readable database"),
])
def test_files_that_are_not_our_databases_are_refused(tmp_path, content, problem):
    """Empty, text and truncated files are each named for what is wrong with them."""
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    report = store.verify_file(path)
    assert not report.ok and problem in report.problems[0]


def test_other_sqlite_database_and_folder_are_refused(tmp_path):
    """An SQLite file of another program, or a folder, is not a kpu-desktop database."""
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert "not a kpu-desktop database" in store.verify_file(other).problems[0]
    assert not store.verify_file(tmp_path).ok


def test_newer_schema_and_broken_chain_are_refused(live, tmp_path):
    """A copy from a newer kpu-desktop, or with an edited audit entry, is not restorable."""
    newer, edited = tmp_path / "newer.sqlite3", tmp_path / "edited.sqlite3"
    store.copy_database(live, newer)
    store.copy_database(live, edited)
    conn = sqlite3.connect(str(newer))
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    conn = sqlite3.connect(str(edited), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE seq = 1")
    conn.close()
    assert "newer" in store.verify_file(newer).problems[0]
    assert "audit chain broken at entry 1" in store.verify_file(edited).problems[0]


def _touch_backup(folder: Path, when: dt.datetime, reason: str) -> Path:
    path = folder / f"kpu-desktop-{when:%Y%m%d-%H%M%S}-1-{reason}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_ten_per_reason_and_one_a_day_for_two_weeks(tmp_path):
    """Old imports beyond ten go, unless one is the only copy of a recent day; foreign files stay."""
    now = dt.datetime(2024, 11, 30, 12, 0, 0)
    imports = [_touch_backup(tmp_path, now - dt.timedelta(minutes=i), "import") for i in range(15)]
    dailies = [_touch_backup(tmp_path, now - dt.timedelta(days=d, hours=13), "daily") for d in range(20)]
    foreign = tmp_path / "my-own-copy.sqlite3"
    foreign.write_bytes(b"mine")
    stale = tmp_path / ".kpu-desktop-x.sqlite3.99.tmp"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    removed = set(store.prune(tmp_path, now=now))
    assert set(imports[10:]) <= removed and not set(imports[:10]) & removed
    assert set(dailies[:10]) & removed == set()
    kept_days = {b.taken_at.date() for b in store.list_backups(tmp_path)}
    assert all(now.date() - dt.timedelta(days=d) in kept_days for d in range(14))
    assert dailies[19] in removed
    assert foreign.exists() and not stale.exists()


def test_automatic_backup_is_named_by_reason_and_listed(live, data_dir):
    """An automatic backup lands in the folder named with its time and reason, newest first."""
    folder = data_dir / "backups"
    first = store.automatic_backup(live, folder, "import")
    second = store.automatic_backup(live, folder, "Bundle Import!")
    assert first.reason == "import" and second.reason == "bundle-import"
    assert store.list_backups(folder)[0].path in {first.path, second.path}
    assert store.latest_backup(folder) is not None


def test_upgrade_of_a_database_with_data_keeps_a_copy_first(tmp_path):
    """Opening a saved schema-1 database copies it into backups/ before migrating; a new one is not copied."""
    path = tmp_path / "kpu-desktop.sqlite3"
    shutil.copy(HERE / "schema_v1.sqlite3", path)
    open_database(path).conn.close()
    copies = store.list_backups(tmp_path / "backups")
    assert [c.reason for c in copies] == ["migration-from-v1"]
    conn = sqlite3.connect(str(copies[0].path))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    (tmp_path / "fresh").mkdir()
    open_database(tmp_path / "fresh" / "new.sqlite3").conn.close()
    assert not (tmp_path / "fresh" / "backups").exists()


def test_failed_copy_stops_the_upgrade(tmp_path, monkeypatch):
    """If the copy before a migration cannot be written, the database stays at its old schema."""
    path = tmp_path / "kpu-desktop.sqlite3"
    shutil.copy(HERE / "schema_v1.sqlite3", path)

    def refuse(*args, **kwargs):
        raise BackupError("penuh", "full")
    monkeypatch.setattr(store, "automatic_backup", refuse)
    with pytest.raises(BackupError):
        open_database(path)
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_restore_swap_removes_a_stale_wal(live, data_dir, tmp_path):
    """The staged copy replaces the database and a leftover -wal of the old one is not replayed onto it."""
    copy = tmp_path / "b.sqlite3"
    store.copy_database(live, copy)
    live.close()
    database = data_dir / "kpu-desktop.sqlite3"
    plan = store.stage_restore(copy, database)
    assert plan.ok
    database.with_name(database.name + "-wal").write_bytes(b"stale wal frames")
    store.replace_database(plan.path, database)
    assert not database.with_name(database.name + "-wal").exists()
    assert store.verify_file(database).ok


def test_keep_current_copies_a_damaged_database_byte_for_byte(tmp_path):
    """A database SQLite cannot copy is kept raw, under the reason 'damaged'."""
    database = tmp_path / "kpu-desktop.sqlite3"
    database.write_bytes(b"garbage" * 100)
    kept = store.keep_current(database, tmp_path / "backups")
    assert kept.read_bytes() == database.read_bytes() and "damaged" in kept.name
    assert store.latest_backup(tmp_path / "backups") is None
