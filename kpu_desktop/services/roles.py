"""Roles and what each may do; every service checks these, so the CLI and the UI obey alike."""

from __future__ import annotations

from enum import Enum


class Permission(str, Enum):
    VIEW = "view"
    EDIT_RECORDS = "edit_records"
    IMPORT = "import"
    EXPORT_DATA = "export_data"
    SIGN_DOCUMENTS = "sign_documents"
    EXCHANGE = "exchange"
    MANAGE_USERS = "manage_users"
    MANAGE_UNITS = "manage_units"
    RESOLVE_CONFLICTS = "resolve_conflicts"


ROLES = ("admin", "operator", "verifier", "viewer")

GRANTS: dict[str, frozenset[Permission]] = {
    "admin": frozenset(Permission),
    "operator": frozenset({Permission.VIEW, Permission.EDIT_RECORDS, Permission.IMPORT, Permission.EXPORT_DATA,
                           Permission.EXCHANGE, Permission.RESOLVE_CONFLICTS}),
    "verifier": frozenset({Permission.VIEW, Permission.EXPORT_DATA, Permission.SIGN_DOCUMENTS,
                           Permission.EXCHANGE}),
    "viewer": frozenset({Permission.VIEW}),
}


def allows(role: str, permission: Permission) -> bool:
    return permission in GRANTS.get(role, frozenset())
