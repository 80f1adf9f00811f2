"""Bantuan → Tentang: the real version, data folder, schema, node and data fingerprint."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from kpu_desktop import __version__
from ui_helpers import wait_idle


def test_about_shows_version_schema_and_fingerprint(qtbot, make_window, ctx):
    """Values come from the database itself, the fingerprint equal to the status bar's (computed off the UI)."""
    from kpu_desktop.services.about import about_info
    from kpu_desktop.services.regions import short_data_fingerprint

    window = make_window(ctx)
    dialog = window.show_about()
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    wait_idle(qtbot, window.runner)
    expected = about_info(ctx)
    assert __version__ in dialog.version.text()
    assert dialog.schema.text() == str(expected["schema_version"]) and expected["schema_version"] > 0
    assert dialog.fingerprint.text() == short_data_fingerprint(ctx)
    assert dialog.node.text() == expected["node_id"]
    assert "62.01" in dialog.unit.text()
    assert "Qt " in dialog.qt.text() and "PySide6 " in dialog.qt.text()
    dialog.close()


def test_data_folder_is_copyable_and_openable(qtbot, make_window, ctx, monkeypatch):
    """Copy puts the data folder on the clipboard; Open folder hands it to the desktop's file manager."""
    from kpu_desktop.ui import about_dialog

    opened = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda path: opened.append(path) or True)
    window = make_window(ctx)
    dialog = window.show_about()
    assert dialog.data_dir.isReadOnly() and dialog.data_dir.text() == str(ctx.paths.data_dir)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(ctx.paths.data_dir)
    dialog.open_button.click()
    assert opened == [str(ctx.paths.data_dir)]
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    wait_idle(qtbot, window.runner)
    dialog.close()


def test_about_names_the_latest_backup(qtbot, make_window, ctx):
    """After an automatic backup, the dialog shows when it was taken and where it is."""
    from kpu_desktop.services.backup import automatic_backup

    info = automatic_backup(ctx, "daily")
    window = make_window(ctx)
    dialog = window.show_about()
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    wait_idle(qtbot, window.runner)
    assert info.path.name in dialog.last_backup.text()
    assert dialog.last_backup.toolTip() == str(info.path)
    dialog.close()
