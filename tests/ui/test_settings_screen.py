"""Pengaturan: preferences and user accounts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from kpu_desktop.services.auth import AuthService
from kpu_desktop.services.settings import Settings
from kpu_desktop.ui.settings_screen import SettingsScreen
from kpu_desktop.ui.users_panel import UserDialog
from ui_helpers import PASSWORD, login_as


def test_save_emits_the_chosen_preferences(qtbot, ctx, make_widget):
    """Saving hands the language and idle minutes to the shell."""
    screen = make_widget(SettingsScreen, ctx, Settings())
    screen.idle_minutes.setValue(3)
    with qtbot.waitSignal(screen.settings_saved) as blocker:
        screen.save_button.click()
    assert blocker.args[0].idle_lock_minutes == 3 and blocker.args[0].language == "id"


def test_admin_sees_the_user_table(ctx, make_widget):
    """An administrator gets the account table listing the admin."""
    screen = make_widget(SettingsScreen, ctx, Settings())
    assert screen.users is not None and screen.users.table.item(0, 0).text() == "admin"


def test_operator_gets_only_their_own_password(ctx, make_widget):
    """Without the right to manage users there is no account table."""
    screen = make_widget(SettingsScreen, login_as(ctx, "operator"), Settings())
    assert screen.users is None


def test_new_user_is_added_through_the_dialog(qtbot, ctx, make_widget):
    """Filling the new-user dialog adds the account with the chosen role."""
    screen = make_widget(SettingsScreen, ctx, Settings())

    def fill():
        dialog = screen.users.findChild(UserDialog)
        qtbot.keyClicks(dialog.username, "siti")
        dialog.role.setCurrentIndex(dialog.role.findData("verifier"))
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.repeat, PASSWORD)
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    screen.users.add_user()
    users = {u["username"]: u["role"] for u in AuthService(ctx).list_users()}
    assert users["siti"] == "verifier"


def test_different_passwords_are_refused(qtbot, make_widget):
    """The new-user dialog stays open when the two passwords differ."""
    dialog = make_widget(UserDialog)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD + "x")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisible()


def test_disabling_the_last_admin_is_refused(ctx, make_widget, dialogs):
    """The service's refusal to disable the last admin is shown to the user."""
    screen = make_widget(SettingsScreen, ctx, Settings())
    screen.users.table.selectRow(0)
    screen.users.active_button.click()
    assert dialogs["warn"] and AuthService(ctx).list_users()[0]["active"]


def test_role_change_is_applied(ctx, make_widget):
    """Choosing a role and pressing Set role changes the selected account."""
    AuthService(ctx).add_user("budi", PASSWORD, "operator")
    screen = make_widget(SettingsScreen, ctx, Settings())
    row = [screen.users.table.item(r, 0).text() for r in range(screen.users.table.rowCount())].index("budi")
    screen.users.table.selectRow(row)
    screen.users.role_box.setCurrentIndex(screen.users.role_box.findData("viewer"))
    screen.users.role_button.click()
    assert {u["username"]: u["role"] for u in AuthService(ctx).list_users()}["budi"] == "viewer"


def test_name_and_nip_are_set_through_the_dialog(qtbot, ctx, make_widget):
    """Name & NIP opens with the account's values; a NIP that is none keeps the dialog open with the reason;
    a good one is saved and shown in the table, spaced as it is printed."""
    from kpu_desktop.ui.users_panel import ProfileDialog

    screen = make_widget(SettingsScreen, ctx, Settings())
    screen.users.table.selectRow(0)
    seen = []

    def fill():
        dialog = screen.users.findChild(ProfileDialog)
        qtbot.keyClicks(dialog.full_name, "Rina Wulandari")
        qtbot.keyClicks(dialog.nip, "1986")
        dialog.ok_button.click()
        seen.append(dialog.error.isVisible() and "18" in dialog.error.text())
        dialog.nip.setText("19860926 201505 2 001")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    screen.users.profile_button.click()
    assert seen == [True]
    assert screen.users.table.item(0, 1).text() == "Rina Wulandari"
    assert screen.users.table.item(0, 2).text() == "19860926 201505 2 001"
    assert ctx.session.full_name == "Rina Wulandari"


def test_an_operator_sets_their_own_name_and_nip(qtbot, ctx, make_widget):
    from kpu_desktop.ui.users_panel import OwnPasswordPanel, ProfileDialog

    operator = login_as(ctx, "operator")
    panel = make_widget(OwnPasswordPanel, operator)

    def fill():
        dialog = panel.findChild(ProfileDialog)
        qtbot.keyClicks(dialog.full_name, "Budi Santoso")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    panel.profile_button.click()
    assert operator.session.full_name == "Budi Santoso"
