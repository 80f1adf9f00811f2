"""Subcommands of the documents feature (registered into the main parser)."""

from __future__ import annotations

HANDLERS: dict = {}
NO_LOGIN: set[str] = set()


def register(sub) -> None:
    """Add this feature's subcommands to the top-level subparsers."""
