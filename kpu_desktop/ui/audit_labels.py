"""How the audit trail names its actions and tables for people (the stored codes stay in the log)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .exchange_texts import kind_name

CONTEXT = "AuditLabels"

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "Restored"),
    "undo": QT_TRANSLATE_NOOP("AuditLabels", "Undone"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "Updated from a document"),
    "resolve_conflict": QT_TRANSLATE_NOOP("AuditLabels", "Conflict decided"),
    "init": QT_TRANSLATE_NOOP("AuditLabels", "Database created"),
    "import_regions": QT_TRANSLATE_NOOP("AuditLabels", "Region list imported"),
    "user_add": QT_TRANSLATE_NOOP("AuditLabels", "Account added"),
    "user_change": QT_TRANSLATE_NOOP("AuditLabels", "Account changed"),
    "user_password": QT_TRANSLATE_NOOP("AuditLabels", "Password set"),
    "user_profile": QT_TRANSLATE_NOOP("AuditLabels", "Name and NIP changed"),
    "sync_export": QT_TRANSLATE_NOOP("AuditLabels", "Bundle exported"),
    "sync_import": QT_TRANSLATE_NOOP("AuditLabels", "Bundle imported"),
    "sync_correction": QT_TRANSLATE_NOOP("AuditLabels", "Corrected by a higher unit"),
    "document_generate": QT_TRANSLATE_NOOP("AuditLabels", "Document generated"),
    "document_sign": QT_TRANSLATE_NOOP("AuditLabels", "Document signed"),
    "document_settings": QT_TRANSLATE_NOOP("AuditLabels", "Document settings changed"),
    "import_pdf": QT_TRANSLATE_NOOP("AuditLabels", "Signed PDF imported"),
    "identity_create": QT_TRANSLATE_NOOP("AuditLabels", "Signing identity created"),
    "identity_import": QT_TRANSLATE_NOOP("AuditLabels", "Signing identity imported"),
    "trust_add": QT_TRANSLATE_NOOP("AuditLabels", "Certificate trusted"),
    "trust_remove": QT_TRANSLATE_NOOP("AuditLabels", "Certificate no longer trusted"),
}

OTHER_TABLES = {
    "users": QT_TRANSLATE_NOOP("AuditLabels", "Accounts"),
    "bundles": QT_TRANSLATE_NOOP("AuditLabels", "Data bundles"),
    "documents": QT_TRANSLATE_NOOP("AuditLabels", "Documents"),
    "meta": QT_TRANSLATE_NOOP("AuditLabels", "Settings"),
    "identity": QT_TRANSLATE_NOOP("AuditLabels", "Signing identity"),
    "trust": QT_TRANSLATE_NOOP("AuditLabels", "Trusted certificates"),
}


def action_name(code: str) -> str:
    """An action as people read it; a code this version does not know is shown as stored."""
    text = ACTIONS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def table_name(code: str) -> str:
    text = OTHER_TABLES.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else kind_name(code)
