"""What the About dialog shows: enough to tell two installations, and their data, apart."""

from __future__ import annotations

from .. import __version__
from ..storage import meta
from ..storage.backup import latest_backup
from ..storage.db import schema_version
from ..sync.fingerprint import data_fingerprint, short_fingerprint
from .context import AppContext
from .roles import Permission


def about_info(ctx: AppContext) -> dict:
    """Version, folders, schema, node id, data fingerprint and the latest backup; plain values only."""
    ctx.require(Permission.VIEW)
    conn = ctx.conn
    backup = latest_backup(ctx.paths.backup_dir)
    return {
        "version": __version__,
        "data_dir": str(ctx.paths.data_dir),
        "database": str(ctx.paths.database),
        "schema_version": schema_version(conn),
        "node_id": meta.get(conn, "node_id"),
        "unit": _unit_label(ctx),
        "fingerprint": short_fingerprint(data_fingerprint(conn)),
        "last_backup": str(backup.path) if backup else None,
        "last_backup_at": backup.taken_at.isoformat(sep=" ") if backup else None,
        "backup_dir": str(ctx.paths.backup_dir),
        "log_dir": str(ctx.paths.log_dir),
    }


def _unit_label(ctx: AppContext) -> str | None:
    if meta.get(ctx.conn, "unit_id") is None:
        return None
    unit = ctx.unit
    return f"{unit['name']} ({unit['code']})"
