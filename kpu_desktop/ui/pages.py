"""The screens of the shell: their keys, icons, the permission each needs and how each is built."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QWidget

from ..services.roles import Permission

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    permission: Permission
    build: Callable[..., QWidget]  # (window) -> QWidget


def _dashboard(window) -> QWidget:
    from .dashboard_screen import DashboardScreen
    screen = DashboardScreen(window.ctx, window.runner)
    screen.drill_requested.connect(window.drill_down)
    return screen


def _records(kind: str) -> Callable:
    def build(window) -> QWidget:
        from .records import AsnScreen, FacilityScreen, ReceiptScreen
        screen_class = {"asn": AsnScreen, "facility": FacilityScreen, "receipt": ReceiptScreen}[kind]
        screen = screen_class(window.ctx, settings=window.ui_settings(), runner=window.runner)
        screen.record_changed.connect(window.records_changed)
        return screen
    return build


def _units(window) -> QWidget:
    from .units_screen import UnitsScreen
    return UnitsScreen(window.ctx, window.runner)


def _exchange(window) -> QWidget:
    from .exchange_screen import ExchangeScreen
    screen = ExchangeScreen(window.ctx, window.runner)
    screen.data_changed.connect(window.records_changed)
    return screen


def _documents(window) -> QWidget:
    from .documents_screen import DocumentsScreen
    return DocumentsScreen(window.ctx, window.runner)


def _conflicts(window) -> QWidget:
    from .conflicts_screen import ConflictsScreen
    screen = ConflictsScreen(window.ctx, window.runner)
    screen.data_changed.connect(window.records_changed)
    return screen


def _audit(window) -> QWidget:
    from .audit_screen import AuditScreen
    return AuditScreen(window.ctx, window.runner)


def _settings(window) -> QWidget:
    from .settings_screen import SettingsScreen
    screen = SettingsScreen(window.ctx, window.settings)
    screen.settings_saved.connect(window.apply_settings)
    return screen


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "home", Permission.VIEW, _dashboard),
    PageSpec("asn", "people", Permission.VIEW, _records("asn")),
    PageSpec("facility", "building", Permission.VIEW, _records("facility")),
    PageSpec("receipt", "box", Permission.VIEW, _records("receipt")),
    PageSpec("units", "tree", Permission.VIEW, _units),
    PageSpec("exchange", "exchange", Permission.VIEW, _exchange),
    PageSpec("documents", "document", Permission.VIEW, _documents),
    PageSpec("conflicts", "conflict", Permission.VIEW, _conflicts),
    PageSpec("audit", "audit", Permission.VIEW, _audit),
    PageSpec("settings", "settings", Permission.VIEW, _settings),
)
