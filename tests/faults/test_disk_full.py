"""A full disk (ENOSPC simulated in-process, SQLITE_FULL through max_page_count): a clear message, nothing lost."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3

import pytest

from kpu_desktop.services.backup import daily_backup_if_due
from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.importing import ImportService
from kpu_desktop.storage.backup import list_backups
from tests.cli.test_backup_commands import state


@pytest.fixture
def full_disk(monkeypatch):
    """Every fsync fails as on a full USB stick: each atomic write reaches that point before its rename."""
    def refuse(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", refuse)


def _sheet(samples, tmp_path):
    target = tmp_path / "bast.csv"
    target.write_bytes((samples / "serah_terima_logistik_kpu_ke_ppk.csv").read_bytes())
    return target


def test_backup_to_a_full_stick(cli, demo_dir, tmp_path, full_disk):
    """backup --out on a full disk: exit 1, says so, no file or temporary left, database as it was."""
    cli("--data-dir", demo_dir, "check")
    before = state(demo_dir / "kpu-desktop.sqlite3")
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = cli("--data-dir", demo_dir, "--lang", "en", "backup", "--out", stick / "kpu.sqlite3")
    assert code == 1 and "Not enough disk space" in err and "nothing was changed" in err
    assert list(stick.iterdir()) == []
    assert state(demo_dir / "kpu-desktop.sqlite3") == before


def test_export_to_a_full_disk_keeps_the_earlier_file(cli, demo_dir, tmp_path, full_disk):
    """An export that cannot be written says the disk is full, in the user's language; the earlier export is
    untouched, no temp file left."""
    cli("--data-dir", demo_dir, "check")
    target = tmp_path / "asn.csv"
    target.write_text("earlier export")
    before = state(demo_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", demo_dir, "export", "--kind", "asn", "--out", target)
    assert code == 1 and "Disk penuh" in err
    _, _, err = cli("--data-dir", demo_dir, "--lang", "en", "export", "--kind", "asn", "--out", target)
    assert "disk is full" in err
    assert target.read_text() == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert state(demo_dir / "kpu-desktop.sqlite3") == before


def test_import_refused_when_its_backup_cannot_be_written(cli, data_dir, samples, tmp_path, full_disk):
    """The copy made before an import fails first on a full disk: the import is refused, nothing written."""
    sheet = _sheet(samples, tmp_path)
    before = state(data_dir / "kpu-desktop.sqlite3")
    code, _, err = cli("--data-dir", data_dir, "import", "--kind", "receipt", sheet)
    assert code == 1 and "Ruang disk tidak cukup" in err
    assert state(data_dir / "kpu-desktop.sqlite3") == before
    assert [b.reason for b in list_backups(data_dir / "backups")] == []


def test_database_full_during_import_rolls_back_with_a_clear_message(ctx, samples, tmp_path):
    """SQLITE_FULL halfway through the write: the transaction rolls back and the user is told so."""
    sheet = _sheet(samples, tmp_path)
    service = ImportService(ctx)
    plan = service.preview(sheet, "receipt")
    assert plan.ok
    ctx.conn.execute("VACUUM")  # no free pages left for the write to take
    before = state(ctx.paths.database)
    pages = ctx.conn.execute("PRAGMA page_count").fetchone()[0]
    ctx.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(ServiceError, match="Ruang disk penuh"):
        service.apply(plan)
    ctx.conn.execute("PRAGMA max_page_count = 1073741823")
    ctx.close()
    assert state(ctx.paths.database) == before


def test_daily_backup_on_a_full_disk_does_not_stop_the_start(data_dir, full_disk, caplog):
    """The daily copy failing is logged; starting goes on, and no half copy is left."""
    from kpu_desktop.paths import AppPaths
    with caplog.at_level(logging.WARNING):
        assert daily_backup_if_due(AppPaths(data_dir)) is None
    assert "daily backup failed" in caplog.text
    assert list((data_dir / "backups").iterdir()) == []
