"""Signing in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kpu_desktop.services.context import AppContext
from kpu_desktop.ui.login_dialog import LoginDialog
from ui_helpers import ADMIN, PASSWORD


def _next_tab_stop(widget):
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def _fresh(ctx) -> AppContext:
    return AppContext(ctx.paths)


def test_right_password_signs_in(qtbot, ctx, make_widget):
    """User name and password accept the dialog and set the session."""
    fresh = _fresh(ctx)
    dialog = make_widget(LoginDialog, fresh)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and fresh.session.username == ADMIN
    fresh.close()


def test_wrong_password_shows_the_message(qtbot, ctx, make_widget):
    """A wrong password keeps the dialog open with the service's message."""
    fresh = _fresh(ctx)
    dialog = make_widget(LoginDialog, fresh, ADMIN)
    qtbot.keyClicks(dialog.password, "keliru-123")
    dialog.login_button.click()
    assert dialog.error.isVisible() and fresh.session is None
    fresh.close()


def test_last_user_is_prefilled_and_focus_is_on_password(qtbot, ctx, make_widget):
    """With a remembered user the password field has the focus."""
    fresh = _fresh(ctx)
    dialog = make_widget(LoginDialog, fresh, ADMIN)
    qtbot.waitUntil(lambda: dialog.password.hasFocus(), timeout=3000)
    assert dialog.username.text() == ADMIN
    fresh.close()


def test_tab_goes_from_user_to_password_to_sign_in(qtbot, ctx, make_widget):
    """The tab order runs user name, password, Sign in."""
    fresh = _fresh(ctx)
    dialog = make_widget(LoginDialog, fresh)
    assert _next_tab_stop(dialog.username) is dialog.password
    assert _next_tab_stop(dialog.password) is dialog.login_button
    fresh.close()


def test_escape_closes_the_dialog(qtbot, ctx, make_widget):
    """Esc rejects the login dialog."""
    fresh = _fresh(ctx)
    dialog = make_widget(LoginDialog, fresh)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    fresh.close()
