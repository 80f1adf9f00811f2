"""Background jobs of the exchange and conflict screens: plain functions of (ctx, progress) for the runner.

The identity's passphrase travels only inside the job's closure; it is never stored.
"""

from __future__ import annotations

from pathlib import Path

from ..services.roles import Permission
from ..services.sync import ImportPreview, SyncService
from ..services.sync_conflicts import ConflictService
from ..services.sync_view import bundles_in, open_conflicts, parent_unit, resolved_conflicts
from ..services.units import UnitService


def _service(ctx, passphrase: str | None) -> SyncService:
    return SyncService(ctx, passphrase=passphrase)


def status_job(ctx, progress):
    """Sync status (nodes, peers, gaps, fingerprint) and the unit tree for the choosers."""
    progress.report(0, 0)
    status = SyncService(ctx).status()
    units = [{"code": u["code"], "kind": u["kind"], "name": u["name"], "depth": u["depth"]}
             for u in UnitService(ctx).tree()]
    return {"status": status, "units": units, "parent": parent_unit(ctx)}


def fingerprint_job(unit_code: str | None):
    def job(ctx, progress):
        progress.report(0, 0)
        return SyncService(ctx).fingerprint(unit_code)
    return job


def bundles_job(folder: Path):
    def job(ctx, progress):
        progress.report(0, 0)
        return bundles_in(folder)
    return job


def export_job(out_dir: Path, passphrase: str, *, to_cert: Path | None, for_unit: str | None, full: bool):
    def job(ctx, progress):
        return _service(ctx, passphrase).export(out_dir, to_cert=to_cert, for_unit=for_unit, full=full,
                                                progress=lambda done, total: progress.report(done, total),
                                                cancelled=lambda: progress.cancelled)
    return job


def preview_job(path: Path, passphrase: str | None):
    def job(ctx, progress):
        progress.report(0, 0)
        return _service(ctx, passphrase).preview(path)
    return job


def apply_job(preview: ImportPreview):
    def job(ctx, progress):
        progress.report(0, 0)
        return SyncService(ctx).apply(preview, progress=lambda done, total: progress.report(done, total),
                                      cancelled=lambda: progress.cancelled)
    return job


def conflicts_job(ctx, progress):
    """Open conflicts and the decisions taken here; whether this user may decide."""
    progress.report(0, 0)
    may_decide = ctx.may(Permission.RESOLVE_CONFLICTS)
    return {"open": open_conflicts(ctx), "resolved": resolved_conflicts(ctx), "may_decide": may_decide}


def resolve_job(ident: str, choice: int):
    def job(ctx, progress):
        progress.report(0, 0)
        return ConflictService(ctx).resolve(ident, choice)
    return job
