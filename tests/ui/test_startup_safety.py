"""What the desktop does before anything opens the database: the folder lock, the quick check, the daily copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui_helpers import wait_idle

ROOT = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time; from kpu_desktop.instance import InstanceLock; "
        "InstanceLock(sys.argv[1]).acquire('gui'); print('held', flush=True); time.sleep(60)")


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 100:offset + 300] = b"\x5a" * 200
    path.write_bytes(bytes(data))


@pytest.fixture
def desktop_for(qtbot):
    """Application controllers over a fresh (signed-out) context; shut down and closed after the test."""
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.ui.application import DesktopApplication

    made = []

    def build(folder: Path, lang: str = "id"):
        ctx = AppContext(AppPaths(folder), lang=lang)
        app = DesktopApplication(ctx)
        app.use_language(lang)
        made.append(app)
        return app

    yield build
    for app in made:
        wait_idle(qtbot, app.runner)
        app.shutdown()
        app.ctx.close()


def test_second_start_on_the_same_folder_is_refused(desktop_for, data_dir, dialogs):
    """With another process holding the folder, the desktop says it is already running and does not open."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        desktop = desktop_for(data_dir, "en")
        assert desktop.secure_start() is False
        assert dialogs["warn"] and "already running" in dialogs["warn"][0] and str(data_dir) in dialogs["warn"][0]
        assert f"pid {proc.pid}" in dialogs["warn"][0]
        assert desktop.lock is None
    finally:
        proc.kill()
        proc.wait()


def test_damaged_database_names_the_latest_backup_and_how_to_restore(desktop_for, demo_dir, dialogs):
    """A failed quick check shows the latest backup and the restore command, offers a restore, and stops
    (releasing the folder) when the user declines."""
    from kpu_desktop.instance import is_locked_elsewhere
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.backup import automatic_backup

    latest = automatic_backup(AppPaths(demo_dir), "daily")
    _damage(demo_dir / "kpu-desktop.sqlite3")
    dialogs["answer"] = False
    desktop = desktop_for(demo_dir)
    assert desktop.secure_start() is False
    text = dialogs["confirm"][0]
    assert "rusak" in text and str(latest.path) in text and "kpu-desktop restore" in text
    assert desktop.lock is None and not is_locked_elsewhere(demo_dir)


def test_sound_start_holds_the_folder_and_keeps_a_daily_backup(qtbot, desktop_for, data_dir, dialogs):
    """A healthy start takes the folder's lock and writes today's automatic backup off the UI thread."""
    from kpu_desktop.instance import InstanceLock

    desktop = desktop_for(data_dir)
    assert desktop.secure_start() is True
    assert desktop.lock is not None and desktop.lock.held
    wait_idle(qtbot, desktop.runner)
    assert [p.name for p in (data_dir / "backups").iterdir() if p.name.endswith("-daily.sqlite3")]
    assert not dialogs["warn"] and not dialogs["confirm"]
    assert InstanceLock(data_dir).acquire().held  # re-entrant within this process only
    InstanceLock(data_dir).release()


def test_restore_before_login_repairs_a_damaged_database(qtbot, demo_dir, dialogs, tmp_path):
    """The restore dialog opened before login signs in an admin of the backup and swaps in the file."""
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services import backup_view
    from kpu_desktop.services.backup import automatic_backup
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.tasks import TaskRunner
    from kpu_desktop.ui.restore_dialog import RestoreDialog, RestoreProgressDialog
    from ui_helpers import ADMIN, PASSWORD

    paths = AppPaths(demo_dir)
    automatic_backup(paths, "daily")
    _damage(paths.database)
    problem = backup_view.start_problem(paths)
    assert problem is not None
    ctx = AppContext(paths)
    runner = TaskRunner(paths, lambda: ctx.session, lambda: ctx.lang)
    dialog = RestoreDialog(ctx, runner, damaged=problem)
    qtbot.addWidget(dialog)
    assert dialog.credentials.isVisibleTo(dialog) and dialog.automatic.rowCount() == 1
    with qtbot.waitSignal(dialog.verified, timeout=15_000):
        dialog.automatic.selectRow(0)
    wait_idle(qtbot, runner)
    dialog.username.setText(ADMIN)
    dialog.password.setText("wrong-password")
    dialog.confirm_restore()
    assert dialogs["warn"] and dialog.result() != dialog.DialogCode.Accepted
    dialog.password.setText(PASSWORD)
    dialog.confirm_restore()
    assert dialog.result() == dialog.DialogCode.Accepted and ctx.session.role == "admin"
    progress = RestoreProgressDialog(ctx, dialog.plan, dialog.allow_other)
    qtbot.addWidget(progress)
    with qtbot.waitSignal(progress.restored, timeout=15_000):
        progress.start()
    progress.shutdown()
    runner.shutdown()
    assert backup_view.start_problem(paths) is None
    ctx.close()
