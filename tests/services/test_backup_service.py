"""The backup service as the desktop application uses it: progress, hooks, roles, about data."""

import datetime as dt

import pytest

from kpu_desktop.paths import AppPaths
from kpu_desktop.services.about import about_info
from kpu_desktop.services.backup import BackupService, automatic_backup, daily_backup_if_due
from kpu_desktop.services.context import Session
from kpu_desktop.services.errors import PermissionDenied
from kpu_desktop.storage.backup import list_backups


def test_backup_reports_progress_to_the_end(ctx, tmp_path):
    """The callback receives (done, total) pages and ends with done == total."""
    seen = []
    report = BackupService(ctx).backup_to(tmp_path / "b.sqlite3", progress=lambda d, t: seen.append((d, t)))
    assert report.ok and seen[-1][0] == seen[-1][1] > 0


def test_automatic_backup_from_paths_or_context(ctx, tmp_path):
    """The hook takes a context or bare paths; a folder without a database gives None."""
    assert automatic_backup(ctx, "bundle-import").reason == "bundle-import"
    assert automatic_backup(ctx.paths, "manual").reason == "manual"
    assert automatic_backup(AppPaths(tmp_path / "empty"), "import") is None


def test_daily_backup_only_once_per_day(ctx):
    """The second start of the same day makes no new copy; the next day does."""
    today = dt.date.today()
    assert daily_backup_if_due(ctx.paths, today=today) is not None
    assert daily_backup_if_due(ctx.paths, today=today) is None
    assert daily_backup_if_due(ctx.paths, today=today + dt.timedelta(days=1)) is not None
    assert len([b for b in list_backups(ctx.paths.backup_dir) if b.reason == "daily"]) == 2


@pytest.mark.parametrize("role,may_backup", [("viewer", False), ("verifier", True), ("operator", True)])
def test_roles_for_backup_and_restore(ctx, tmp_path, role, may_backup):
    """Viewers may not copy the database; only admins restore."""
    ctx.session = Session("someone", role)
    service = BackupService(ctx)
    if may_backup:
        assert service.backup_to(tmp_path / "b.sqlite3").ok
        plan = service.stage_restore(tmp_path / "b.sqlite3")
        with pytest.raises(PermissionDenied):
            service.restore(plan)
        plan.discard()
    else:
        with pytest.raises(PermissionDenied):
            service.backup_to(tmp_path / "b.sqlite3")
        assert not (tmp_path / "b.sqlite3").exists()


def test_about_info_holds_what_the_dialog_shows(demo_ctx):
    """Version, folder, schema, node id, short fingerprint, unit, last backup: plain values."""
    automatic_backup(demo_ctx, "manual")
    info = about_info(demo_ctx)
    assert info["data_dir"] == str(demo_ctx.paths.data_dir) and info["schema_version"] > 0
    assert info["fingerprint"].count("-") == 2 and info["node_id"]
    assert "62.01" in info["unit"] and info["last_backup"].endswith("manual.sqlite3")
