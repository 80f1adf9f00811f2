"""`backup`, `restore` and `about` from the command line, the lock and the checks made at every start."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpu_desktop.storage.backup import list_backups

ROOT = Path(__file__).resolve().parents[2]
OTHER_PASSWORD = "sandi-lain-123"


def state(path: Path) -> dict:
    """Every row of every table, order-free: to assert that a refused action changed nothing."""
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
        return {n: sorted(map(repr, conn.execute(f"SELECT * FROM {n}"))) for n in names}
    finally:
        conn.close()


def _add_user(cli, folder, name, role):
    code, _, err = cli("--data-dir", folder, "user", "add", name, "--role", role,
                       env={"KPU_DESKTOP_NEW_PASSWORD": OTHER_PASSWORD})
    assert code == 0, err


def test_backup_to_a_file_is_verified_and_listed_automatics(cli, demo_dir, tmp_path):
    """backup --out writes a file that checks out; --list shows the daily copy made at start."""
    target = tmp_path / "stick" / "kpu.sqlite3"
    target.parent.mkdir()
    code, out, err = cli("--data-dir", demo_dir, "backup", "--out", target)
    assert code == 0, err
    assert "diperiksa" in out and target.exists()
    code, out, _ = cli("--data-dir", demo_dir, "--lang", "en", "backup", "--list")
    assert code == 0 and "daily" in out


@pytest.mark.parametrize("make,expected", [
    (lambda tmp, data: tmp, "is a folder"),
    (lambda tmp, data: tmp / "missing" / "x.sqlite3", "does not exist"),
    (lambda tmp, data: data / "kpu-desktop.sqlite3", "database in use"),
    (lambda tmp, data: (tmp / "old.sqlite3").write_text("keep me") and tmp / "old.sqlite3", "already exists"),
])
def test_bad_backup_targets_are_refused_and_nothing_changes(cli, data_dir, tmp_path, make, expected):
    """A folder, a missing folder, the live database or an existing file: exit 1, a message, nothing written."""
    target = make(tmp_path, data_dir)
    cli("--data-dir", data_dir, "check")
    before, files = state(data_dir / "kpu-desktop.sqlite3"), sorted(p.name for p in tmp_path.iterdir())
    code, _, err = cli("--data-dir", data_dir, "--lang", "en", "backup", "--out", target)
    assert code == 1 and expected in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    if target.name == "old.sqlite3":
        assert target.read_text() == "keep me"


def test_backup_without_out_asks_for_it(cli, data_dir):
    """`backup` alone explains what it needs and exits 2."""
    code, _, err = cli("--data-dir", data_dir, "backup")
    assert code == 2 and "--out" in err


def test_viewer_may_not_back_up(cli, data_dir, tmp_path):
    """Backups are for operators, verifiers and admins."""
    _add_user(cli, data_dir, "tamu", "viewer")
    code, _, err = cli("--data-dir", data_dir, "--user", "tamu", "backup", "--out", tmp_path / "b.sqlite3",
                       password=OTHER_PASSWORD)
    assert code == 1 and "tidak diizinkan" in err and not (tmp_path / "b.sqlite3").exists()


def test_restore_brings_back_the_backup_and_keeps_the_current(cli, demo_dir, tmp_path):
    """A record deleted after the backup is back after restore; the replaced database is kept as a backup."""
    saved = tmp_path / "b.sqlite3"
    assert cli("--data-dir", demo_dir, "backup", "--out", saved)[0] == 0
    record = json.loads(cli("--data-dir", demo_dir, "facility", "list", "--json")[1])[0]["id"]
    assert cli("--data-dir", demo_dir, "facility", "delete", record, "--reason", "uji")[0] == 0
    code, out, err = cli("--data-dir", demo_dir, "restore", saved)
    assert code == 0, err
    assert "dipulihkan" in out
    shown = json.loads(cli("--data-dir", demo_dir, "facility", "show", record, "--json")[1])
    assert shown["deleted"] == 0
    assert any(b.reason == "before-restore" for b in list_backups(demo_dir / "backups"))
    code, out, _ = cli("--data-dir", demo_dir, "check")
    assert code == 0


def _broken_chain(source: Path, target: Path) -> Path:
    import shutil
    shutil.copy(source, target)
    conn = sqlite3.connect(str(target), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'x' WHERE seq = 2")
    conn.close()
    return target


def _newer(source: Path, target: Path) -> Path:
    import shutil
    shutil.copy(source, target)
    conn = sqlite3.connect(str(target))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    return target


@pytest.mark.parametrize("make,expected", [
    (lambda tmp, saved: tmp / "nowhere.sqlite3", "No backup file"),
    (lambda tmp, saved: tmp, "No backup file"),
    (lambda tmp, saved: (tmp / "t.csv").write_text("a;b\n1;2\n") and tmp / "t.csv", "not a readable database"),
    (lambda tmp, saved: _broken_chain(saved, tmp / "edited.sqlite3"), "audit chain broken"),
    (lambda tmp, saved: _newer(saved, tmp / "newer.sqlite3"), "newer"),
])
def test_bad_restore_files_are_refused_and_nothing_changes(cli, data_dir, tmp_path, make, expected):
    """Missing, folder, not a database, tampered audit log, newer schema: exit 1, the database untouched."""
    saved = tmp_path / "saved.sqlite3"
    assert cli("--data-dir", data_dir, "backup", "--out", saved)[0] == 0
    source = make(tmp_path, saved)
    before = state(data_dir / "kpu-desktop.sqlite3")
    backups = sorted(p.name for p in (data_dir / "backups").iterdir())
    code, _, err = cli("--data-dir", data_dir, "--lang", "en", "restore", source)
    assert code == 1 and expected in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups
    assert not list(data_dir.glob(".*restore*"))


def test_only_admins_restore(cli, data_dir, tmp_path):
    """An operator is refused; the database stays as it was."""
    saved = tmp_path / "b.sqlite3"
    cli("--data-dir", data_dir, "backup", "--out", saved)
    _add_user(cli, data_dir, "operator1", "operator")
    before = state(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "--user", "operator1", "restore", saved, password=OTHER_PASSWORD)
    assert code == 1 and "admin" in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before


def test_backup_of_another_installation_needs_explicit_consent(cli, data_dir, demo_dir, tmp_path):
    """Restoring another node's database would clone its identity: refused unless --other-installation."""
    saved = tmp_path / "other.sqlite3"
    cli("--data-dir", demo_dir, "backup", "--out", saved)
    before = state(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "--lang", "en", "restore", saved)
    assert code == 1 and "another installation" in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before
    code, _, err = cli("--data-dir", data_dir, "restore", saved, "--other-installation")
    assert code == 0, err


def test_damaged_database_stops_commands_and_restore_repairs_it(cli, demo_dir, tmp_path):
    """A damaged file stops `check` with the restore hint; restore signs in against the backup and repairs."""
    from tests.storage.test_health import _damage
    saved = tmp_path / "b.sqlite3"
    cli("--data-dir", demo_dir, "backup", "--out", saved)
    _damage(demo_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", demo_dir, "--lang", "en", "check")
    assert code == 1 and "damaged" in err and "kpu-desktop restore" in err
    code, _, err = cli("--data-dir", demo_dir, "restore", saved)
    assert code == 0, err
    assert cli("--data-dir", demo_dir, "check")[0] == 0
    assert any(b.reason == "damaged" for b in list_backups(demo_dir / "backups"))


def test_daily_backup_once_a_day_and_import_backup(cli, data_dir, samples, tmp_path):
    """The first command of the day keeps a daily copy (only one); an import keeps one just before writing."""
    cli("--data-dir", data_dir, "check")
    cli("--data-dir", data_dir, "check")
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["daily"]
    source = tmp_path / "bast.csv"
    source.write_bytes((samples / "serah_terima_logistik_kpu_ke_ppk.csv").read_bytes())
    code, _, err = cli("--data-dir", data_dir, "import", "--kind", "receipt", source)
    assert code == 0, err
    assert sorted(b.reason for b in list_backups(data_dir / "backups")) == ["daily", "import"]


HOLD = ("import sys, time; from kpu_desktop.instance import InstanceLock; "
        "InstanceLock(sys.argv[1]).acquire('gui'); print('held', flush=True); time.sleep(60)")


def test_writing_command_beside_a_running_window_is_refused_reading_proceeds(cli, demo_dir):
    """With the folder held elsewhere, `facility delete` exits 1 saying so; `facility list` still works."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(demo_dir)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        code, out, _ = cli("--data-dir", demo_dir, "facility", "list", "--json")
        assert code == 0 and json.loads(out)
        record = json.loads(out)[0]["id"]
        before = state(demo_dir / "kpu-desktop.sqlite3")
        code, _, err = cli("--data-dir", demo_dir, "--lang", "en", "facility", "delete", record, "--reason", "x")
        assert code == 1 and "already running" in err
        assert state(demo_dir / "kpu-desktop.sqlite3") == before
    finally:
        proc.kill()
        proc.wait()


def test_about_shows_version_schema_fingerprint_and_backup(cli, demo_dir):
    """`about --json` gives what the About dialog shows."""
    from kpu_desktop import __version__
    code, out, err = cli("--data-dir", demo_dir, "about", "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["version"] == __version__ and info["data_dir"] == str(demo_dir)
    assert info["schema_version"] >= 1 and len(info["fingerprint"]) == 14 and info["node_id"]
    assert info["last_backup"] and "daily" in info["last_backup"]


def test_about_for_people_labels_each_line_in_their_language(cli, demo_dir):
    """Without --json, each line is labelled in Bahasa Indonesia (English with --lang en)."""
    for lang, labels in (("id", ("Versi", "Folder data", "Sidik data", "Cadangan terakhir")),
                         ("en", ("Version", "Data folder", "Data fingerprint", "Last backup"))):
        code, out, err = cli("--data-dir", demo_dir, "--lang", lang, "about")
        assert code == 0, err
        starts = [line.split("  ")[0] for line in out.splitlines()]
        assert set(labels) <= set(starts) and "data_dir" not in out


@pytest.mark.parametrize("make,expected", [
    (lambda tmp, saved: (tmp / "t.csv").write_text("a;b\n1;2\n") and tmp / "t.csv", "bukan basis data yang dapat"),
    (lambda tmp, saved: _broken_chain(saved, tmp / "edited.sqlite3"),
     "rantai jejak audit putus di entri 2: isi entri tidak cocok"),
    (lambda tmp, saved: _newer(saved, tmp / "newer.sqlite3"), "lebih baru dari kpu-desktop ini"),
])
def test_why_a_file_cannot_be_restored_is_said_in_indonesian(cli, data_dir, tmp_path, make, expected):
    saved = tmp_path / "saved.sqlite3"
    assert cli("--data-dir", data_dir, "backup", "--out", saved)[0] == 0
    before = state(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "restore", make(tmp_path, saved))
    assert code == 1 and expected in err and "Tidak ada yang diubah" in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before
