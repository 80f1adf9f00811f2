"""The quick check at start and its message."""

import shutil

import pytest

from kpu_desktop.storage.health import DatabaseDamaged, check_at_start


def _damage(path):
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 7):
        data[offset + 100:offset + 300] = b"\x5a" * 200
    path.write_bytes(bytes(data))


def test_sound_or_missing_database_passes(data_dir, tmp_path):
    """A healthy database and a folder without one both pass silently."""
    check_at_start(data_dir / "kpu-desktop.sqlite3", data_dir / "backups")
    check_at_start(tmp_path / "none.sqlite3", tmp_path / "backups")


def test_damaged_database_names_latest_backup_and_restore_command(demo_dir):
    """A failed quick check says so in Indonesian and English, naming the newest backup and the command."""
    backups = demo_dir / "backups"
    backups.mkdir(exist_ok=True)
    saved = backups / "kpu-desktop-20241101-080000-1-daily.sqlite3"
    shutil.copy(demo_dir / "kpu-desktop.sqlite3", saved)
    database = demo_dir / "kpu-desktop.sqlite3"
    _damage(database)
    with pytest.raises(DatabaseDamaged) as caught:
        check_at_start(database, backups)
    assert "rusak" in caught.value.message("id") and "damaged" in caught.value.message("en")
    for lang in ("id", "en"):
        assert f'kpu-desktop restore "{saved}"' in caught.value.message(lang)


def test_damaged_database_without_backups_says_to_use_own_copy(demo_dir):
    """Without automatic backups the message points to the user's own copy."""
    database = demo_dir / "kpu-desktop.sqlite3"
    _damage(database)
    with pytest.raises(DatabaseDamaged) as caught:
        check_at_start(database, demo_dir / "backups")
    assert "kpu-desktop restore FILE" in caught.value.message("en")
    assert "flashdisk" in caught.value.message("id")
