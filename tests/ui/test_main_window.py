"""The main window shell: navigation by role, menus wired to the current screen, lock, geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from ui_helpers import PASSWORD, login_as, wait_idle


def _titles(window) -> list[str]:
    return [window.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.navigation.count())]


def test_admin_sees_every_screen(make_window, ctx):
    """An administrator's navigation lists all ten screens, Beranda first."""
    window = make_window(ctx)
    assert _titles(window) == ["home", "asn", "facility", "receipt", "units", "exchange", "documents",
                               "conflicts", "audit", "settings"]


def test_viewer_sees_exchange_status_but_no_send_or_receive(make_window, ctx):
    """A viewer reaches the exchange screen for its status and fingerprint, without Send or Receive."""
    window = make_window(login_as(ctx, "viewer"))
    assert "exchange" in _titles(window) and "conflicts" in _titles(window)
    screen = window.show_page("exchange")
    assert screen.send is None and screen.receive is None


def test_viewer_cannot_trigger_new_or_delete(qtbot, make_window, ctx):
    """On a record screen, New and Delete stay disabled for a viewer while Search is enabled."""
    window = make_window(login_as(ctx, "viewer"))
    window.show_page("asn")
    actions = window.shell.actions
    assert actions["find"].isEnabled()
    assert not actions["new"].isEnabled() and not actions["delete"].isEnabled()


def test_status_bar_shows_unit_user_and_fingerprint(qtbot, make_window, ctx):
    """The status bar names the unit and user, and the data fingerprint computed off the UI thread."""
    window = make_window(ctx)
    qtbot.waitUntil(lambda: bool(window.status.fingerprint), timeout=10_000)
    assert "62.01" in window.status.unit_label.text()
    assert "admin" in window.status.user_label.text()
    assert window.status.fingerprint in window.status.fingerprint_label.text()
    assert len(window.status.fingerprint) == 14


def test_ctrl_f_focuses_the_search_of_the_current_screen(qtbot, make_window, ctx):
    """Ctrl+F, wired by the shell, puts the focus into the record screen's search box."""
    window = make_window(ctx)
    screen = window.show_page("asn")
    window.activateWindow()
    window.shell.actions["find"].trigger()
    qtbot.waitUntil(lambda: screen.filters.search.hasFocus(), timeout=3000)


def test_ctrl_number_switches_screens(qtbot, make_window, ctx):
    """Ctrl+5 (View menu) opens the fifth screen, Unit & Wilayah."""
    window = make_window(ctx)
    window.shell.actions["page_units"].trigger()
    assert window.current_key() == "units"
    assert window.shell.actions["page_units"].shortcut().toString() == "Ctrl+5"


def test_drill_down_opens_the_filtered_list(qtbot, make_window, demo_ctx):
    """A dashboard figure opens the record screen with `show_filtered` applied."""
    window = make_window(demo_ctx)
    window.drill_down("receipt", {"event_id": "PILKADA_2024", "discrepancies_only": True})
    screen = window.pages["receipt"]
    assert window.current_key() == "receipt"
    query = screen.filters.query()
    assert query.event_id == "PILKADA_2024" and query.discrepancies_only


def test_lock_hides_the_workspace(make_window, ctx):
    """Locking shows the lock panel and disables the record actions."""
    window = make_window(ctx)
    window.lock()
    assert window.root.currentWidget() is window.lock_panel
    assert not window.shell.actions["find"].isEnabled()


def test_wrong_password_keeps_the_session_locked(qtbot, make_window, ctx):
    """A wrong password shows an error and the panel stays."""
    window = make_window(ctx)
    window.lock()
    qtbot.keyClicks(window.lock_panel.password, "salah-sekali")
    qtbot.keyClick(window.lock_panel.password, Qt.Key.Key_Return)
    assert window.locked and window.lock_panel.error.isVisible()


def test_password_unlocks_the_session(qtbot, make_window, ctx):
    """The user's password opens the lock and returns to the workspace."""
    window = make_window(ctx)
    window.lock()
    qtbot.keyClicks(window.lock_panel.password, PASSWORD)
    with qtbot.waitSignal(window.locked_changed) as blocker:
        qtbot.keyClick(window.lock_panel.password, Qt.Key.Key_Return)
    assert blocker.args == [False] and window.root.currentIndex() == 0


def test_idle_time_locks_the_session(qtbot, make_window, ctx):
    """Without input for the idle time the session locks by itself."""
    window = make_window(ctx)
    window.idle.set_timeout(50)
    with qtbot.waitSignal(window.locked_changed, timeout=3000):
        pass
    assert window.locked


def test_geometry_is_kept_in_the_ini_file(qtbot, make_window, ctx):
    """Closing the window writes its geometry to AppPaths.qsettings_file."""
    window = make_window(ctx)
    window.close()
    store = QSettings(str(ctx.paths.qsettings_file), QSettings.Format.IniFormat)
    assert store.value("main_window/geometry") is not None


def test_sign_out_closes_with_its_reason(qtbot, make_window, ctx):
    """Signing out ends the session and closes the window with the reason 'sign_out'."""
    window = make_window(ctx)
    with qtbot.waitSignal(window.closed) as blocker:
        window.sign_out()
    assert blocker.args == ["sign_out"] and ctx.session is None


def test_settings_change_language_asks_for_a_rebuild(qtbot, make_window, ctx):
    """Saving English in Pengaturan stores it and emits `language_changed`."""
    from kpu_desktop.services.settings import load_settings

    window = make_window(ctx)
    screen = window.show_page("settings")
    screen.language.setCurrentIndex(screen.language.findData("en"))
    with qtbot.waitSignal(window.language_changed) as blocker:
        screen.save_button.click()
    assert blocker.args == ["en"] and load_settings(ctx.paths).language == "en"


def test_every_screen_opens(qtbot, make_window, demo_ctx):
    """Each screen of the navigation can be built and shown over the demo data."""
    window = make_window(demo_ctx)
    for key in _titles(window):
        window.show_page(key)
        assert window.current_screen() is window.pages[key]
    wait_idle(qtbot, window.runner)


def test_names_that_look_like_markup_are_shown_as_written(qtbot, make_window, demo_ctx):
    """An account's name or a unit's name holding '<' is shown as typed in the status bar and page headers."""
    from PySide6.QtCore import Qt
    from kpu_desktop.services.auth import AuthService
    from kpu_desktop.ui.widgets import label

    AuthService(demo_ctx).set_profile(demo_ctx.session.username, full_name="<i>Siti</i> Aminah")
    window = make_window(demo_ctx)
    window.status.show_user()
    assert "<i>Siti</i> Aminah" in window.status.user_label.text()
    assert window.status.user_label.textFormat() == Qt.TextFormat.PlainText
    assert label("<b>x</b>").textFormat() == Qt.TextFormat.PlainText
    assert label("<b>x</b>", rich=True).textFormat() == Qt.TextFormat.RichText
