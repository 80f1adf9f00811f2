"""What the three record services share: scoped lists, presentation, the edit preamble, deletion."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from ..storage.db import transaction
from ..storage.repos.records import ListFilter
from .common import decode_issues, is_blank, resolve_id
from .context import AppContext
from .errors import ServiceError
from .roles import Permission
from .texts import t


class RecordService:
    """Base of AsnService, FacilityService and ReceiptService."""

    table: str = ""
    editable: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def scoped(self, f: ListFilter | None) -> ListFilter:
        """The filter, limited to the user's area unless it names units itself."""
        self.ctx.require(Permission.VIEW)
        f = f or ListFilter()
        if f.unit_ids is None:
            f.unit_ids = self.ctx.scope_unit_ids()
        return f

    def present(self, row: dict) -> dict:
        """A stored row as callers see it: warnings as sentences in the user's language."""
        row = dict(row)
        row["warnings"] = [i.message(self.ctx.lang) for i in decode_issues(row.get("warnings"))]
        return row

    def editable_current(self, ident: str, changes: Mapping[str, Any], get: Callable[[str], dict]
                         ) -> tuple[str, dict]:
        """Check an edit may go ahead; returns the full id and the current row."""
        self.ctx.require(Permission.EDIT_RECORDS)
        record_id = resolve_id(self.ctx, self.table, ident)
        for key in changes:
            if key not in self.editable:
                raise ServiceError(t("unknown_field", self.ctx.lang, field=key, choices=", ".join(self.editable)))
        current = get(record_id)
        if current["deleted"]:
            raise ServiceError(t("record_deleted", self.ctx.lang, id=record_id))
        return record_id, current

    def delete(self, ident: str, reason: str) -> str:
        self.ctx.require(Permission.EDIT_RECORDS)
        with transaction(self.ctx.conn):
            return delete_record(self.ctx, self.table, ident, reason)


def delete_record(ctx: AppContext, table: str, ident: str, reason: str) -> str:
    """Tombstone one record with its reason (inside the caller's transaction, if any)."""
    if is_blank(reason):
        raise ServiceError(t("reason_required", ctx.lang))
    record_id = resolve_id(ctx, table, ident)
    writer = ctx.writer()
    if writer.fetch(table, record_id)["deleted"]:
        raise ServiceError(t("record_deleted", ctx.lang, id=record_id))
    with transaction(ctx.conn):
        writer.soft_delete(table, record_id, reason.strip())
    return record_id
