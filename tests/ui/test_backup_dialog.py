"""Berkas → Cadangkan and Berkas → Pulihkan: real dialogs over real temporary databases."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ui_helpers import ADMIN, PASSWORD, login_as, wait_idle


def _rows(path, table: str) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _state(path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
        return {n: sorted(map(repr, conn.execute(f"SELECT * FROM {n}"))) for n in names}
    finally:
        conn.close()


def _back_up(qtbot, window, dialogs, target) -> object:
    dialog = window.show_backup()
    dialogs["save_file"] = str(target)
    dialog.choose_target()
    assert dialog.target() == str(target)
    with qtbot.waitSignal(dialog.backup_written, timeout=15_000) as written:
        dialog.backup_button.click()
    wait_idle(qtbot, window.runner)
    dialog.close()
    return written.args[0]


@pytest.fixture
def desktop(qtbot, ctx):
    """The application controller over the admin's context, with its window open; shut down afterwards."""
    from kpu_desktop.ui.application import DesktopApplication

    app = DesktopApplication(ctx)
    app.open_window()
    yield app
    if app.window is not None and isValid(app.window):
        app.window.close()
    app.shutdown()


def _sign_in_when_asked(qtbot, username: str = ADMIN, password: str = PASSWORD) -> list:
    """Answer the login dialog that the controller opens (modal, in its own event loop) after a restore."""
    from PySide6.QtCore import QTimer
    from kpu_desktop.ui.login_dialog import LoginDialog

    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            seen.append(dialog)
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.login_button.click()
        elif len(seen) == 0:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return seen


def test_backup_to_a_folder_then_restore_it_as_admin(qtbot, desktop, ctx, dialogs, tmp_path):
    """A backup chosen by file dialog is written and reported; restoring it brings back the deleted-later row,
    keeps the replaced database as a backup, and returns to the login over the restored file."""
    window = desktop.window
    (tmp_path / "stick").mkdir()
    written = _back_up(qtbot, window, dialogs, tmp_path / "stick" / "kpu.sqlite3")
    assert written.path.exists() and written.size == written.path.stat().st_size > 0
    users_in_backup = _rows(written.path, "users")

    from kpu_desktop.services.auth import AuthService
    AuthService(ctx).add_user("added-later", PASSWORD, "viewer")
    assert _rows(ctx.paths.database, "users") == users_in_backup + 1

    dialog = window.show_restore()
    dialogs["open_file"] = str(written.path)
    with qtbot.waitSignal(dialog.verified, timeout=15_000) as verified:
        dialog.choose_file()
    summary = verified.args[0]
    assert summary.counts["units"] > 0 and "62.01" in summary.unit
    assert "62.01" in dialog.summary_label.text()
    signed_in = _sign_in_when_asked(qtbot)
    with qtbot.waitSignal(window.closed, timeout=10_000):
        dialog.restore_button.click()
    assert str(ctx.paths.backup_dir) in dialogs["confirm"][-1]
    qtbot.waitUntil(lambda: bool(signed_in) and desktop.window is not None, timeout=20_000)
    assert _rows(ctx.paths.database, "users") == users_in_backup
    assert str(written.path) in dialogs["inform"][-1]
    assert [b for b in (ctx.paths.backup_dir).iterdir() if "before-restore" in b.name]
    # The reopened window works on the restored file through a fresh connection.
    assert ctx.session.username == ADMIN
    assert AuthService(ctx).users.get("added-later") is None


def test_operator_may_back_up_but_not_restore(qtbot, make_window, ctx, dialogs):
    """An operator's Restore action is disabled, and asking anyway is refused with a message, no dialog."""
    window = make_window(login_as(ctx, "operator"))
    window.show_page("home")
    assert window.shell.actions["backup"].isEnabled()
    assert not window.shell.actions["restore"].isEnabled()
    assert window.show_restore() is None
    assert dialogs["warn"] and "admin" in dialogs["warn"][0].lower()


def test_service_refuses_a_restore_by_an_operator(ctx, tmp_path):
    """Behind the dialog, the service itself refuses an operator's restore and changes nothing."""
    from kpu_desktop.services.backup import BackupService
    from kpu_desktop.services.errors import PermissionDenied

    target = tmp_path / "b.sqlite3"
    BackupService(ctx).backup_to(target)
    login_as(ctx, "operator")
    before = _state(ctx.paths.database)
    service = BackupService(ctx)
    plan = service.stage_restore(target)
    with pytest.raises(PermissionDenied):
        service.restore(plan)
    plan.discard()
    assert _state(ctx.paths.database) == before


def test_corrupt_backup_is_refused_and_nothing_changes(qtbot, make_window, ctx, dialogs, tmp_path):
    """A damaged file is refused with a message after the check; Restore stays disabled; the database is intact."""
    bad = tmp_path / "rusak.sqlite3"
    good = tmp_path / "good.sqlite3"
    from kpu_desktop.services.backup import BackupService
    BackupService(ctx).backup_to(good)
    data = bytearray(good.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 100:offset + 300] = b"\x5a" * 200
    bad.write_bytes(bytes(data))
    window = make_window(ctx)
    before = _state(ctx.paths.database)
    dialog = window.show_restore()
    dialogs["open_file"] = str(bad)
    with qtbot.waitSignal(dialog.refused, timeout=15_000):
        dialog.choose_file()
    wait_idle(qtbot, window.runner)
    assert dialogs["warn"] and "rusak.sqlite3" in dialogs["warn"][0]
    assert not dialog.restore_button.isEnabled() and dialog.plan is None
    assert _state(ctx.paths.database) == before
    assert not list(ctx.paths.data_dir.glob("*.restore.tmp"))


def test_not_a_database_is_refused(qtbot, make_window, ctx, dialogs, tmp_path):
    """Any other file (here a text file) is refused the same way."""
    other = tmp_path / "catatan.sqlite3"
    other.write_text("bukan basis data")
    window = make_window(ctx)
    dialog = window.show_restore()
    dialogs["open_file"] = str(other)
    with qtbot.waitSignal(dialog.refused, timeout=15_000):
        dialog.choose_file()
    wait_idle(qtbot, window.runner)
    assert not dialog.restore_button.isEnabled()


def test_backup_dialog_lists_automatic_backups_with_reason(qtbot, make_window, ctx):
    """Automatic backups in the backup folder show with their time, reason and size, newest first."""
    from kpu_desktop.services.backup import automatic_backup

    automatic_backup(ctx, "daily")
    automatic_backup(ctx, "import")
    window = make_window(ctx)
    dialog = window.show_backup()
    assert dialog.automatic.rowCount() == 2
    reasons = {dialog.automatic.item(r, 1).text() for r in range(2)}
    assert len(reasons) == 2 and all(reasons)
    assert all(dialog.automatic.item(r, 2).text().endswith("B") for r in range(2))
    dialog.close()


def test_backup_into_a_folder_gets_a_dated_name(qtbot, make_window, ctx, tmp_path):
    """A folder target (a stick's root) receives a dated, verified file, reported with its size."""
    window = make_window(ctx)
    dialog = window.show_backup()
    dialog.target_box.addItem("stick", str(tmp_path))
    dialog.target_box.setCurrentIndex(dialog.target_box.count() - 1)
    assert str(tmp_path) in dialog.target_label.text()
    with qtbot.waitSignal(dialog.backup_written, timeout=15_000) as written:
        dialog.backup_button.click()
    wait_idle(qtbot, window.runner)
    path = written.args[0].path
    assert path.parent == tmp_path and path.name.startswith("kpu-desktop-cadangan-")
    assert str(path) in dialog.result_label.text() and "B" in dialog.result_label.text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    dialog.close()
