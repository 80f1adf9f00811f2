"""Helpers shared by the shell's UI tests."""

from __future__ import annotations

ADMIN = "admin"
PASSWORD = "rahasia-123"


def wait_idle(qtbot, runner, timeout: int = 10_000) -> None:
    """Until every task of `runner` has delivered its result."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def login_as(ctx, role: str):
    """Add a user with `role` and sign in as them on `ctx`."""
    from kpu_desktop.services.auth import AuthService

    auth = AuthService(ctx)
    auth.add_user(f"user-{role}", PASSWORD, role)
    auth.login(f"user-{role}", PASSWORD)
    return ctx
