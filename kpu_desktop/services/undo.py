"""Undo of the last change made in this session: reverse an edit, restore a delete, delete an add.

The journal holds one change per context (the signed-in session); every reversal goes through the
record services or `RecordWriter`, so it is validated, audited and sent to the change log like any write.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from ..domain.messages import register_strings, translate
from ..storage.db import transaction
from ..storage.repos.records import FacilityRepo, PlacementRepo, ReceiptRepo
from .asn import PERSON_FIELDS, PLACEMENT_FIELDS, AsnService
from .context import AppContext
from .errors import ServiceError
from .facility import FIELDS as FACILITY_FIELDS, FacilityService
from .receipt import HEADER_FIELDS, LINE_FIELDS, ReceiptService
from .roles import Permission

TABLES = {"asn": "placements", "facility": "facilities", "receipt": "receipts"}

register_strings({
    "undo.nothing": {"id": "Tidak ada perubahan yang dapat diurungkan.", "en": "There is no change to undo."},
    "undo.reason": {"id": "Diurungkan: penambahan dibatalkan", "en": "Undone: the addition was reverted"},
})


@dataclass
class Change:
    kind: str                    # asn | facility | receipt
    op: str                      # add | edit | delete
    record_id: str
    before: dict | None = None   # the record as it was, for an edit
    line_ids: list[str] = field(default_factory=list)   # receipt lines deleted with their receipt
    username: str = ""


_JOURNAL: "weakref.WeakKeyDictionary[AppContext, Change]" = weakref.WeakKeyDictionary()


def _service(ctx: AppContext, kind: str):
    return {"asn": AsnService, "facility": FacilityService, "receipt": ReceiptService}[kind](ctx)


def snapshot(ctx: AppContext, kind: str, record_id: str) -> dict:
    """The editable values of a record as stored now."""
    if kind == "asn":
        row = PlacementRepo(ctx.conn).get(record_id)
        values = {k: row.get(k) for k in PERSON_FIELDS + PLACEMENT_FIELDS}
        values["name"] = row["person_name"]
        return values
    if kind == "facility":
        row = FacilityRepo(ctx.conn).get(record_id)
        return {k: row.get(k) for k in FACILITY_FIELDS}
    repo = ReceiptRepo(ctx.conn)
    row = repo.get(record_id)
    values = {k: row.get(k) for k in HEADER_FIELDS}
    values["lines"] = [{k: line.get(k) for k in LINE_FIELDS} for line in repo.lines(record_id)]
    return values


class UndoService:
    """Remembers the last change of this session and reverses it on request."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @property
    def last(self) -> Change | None:
        change = _JOURNAL.get(self.ctx)
        user = self.ctx.session.username if self.ctx.session else None
        return change if change is not None and change.username == user else None

    def _keep(self, change: Change) -> None:
        change.username = self.ctx.session.username if self.ctx.session else ""
        _JOURNAL[self.ctx] = change

    def added(self, kind: str, record_id: str) -> None:
        self._keep(Change(kind, "add", record_id))

    def before_edit(self, kind: str, record_id: str) -> dict:
        """Call before an edit: the snapshot to hand to `edited` once the edit succeeded."""
        return snapshot(self.ctx, kind, record_id)

    def edited(self, kind: str, record_id: str, before: dict) -> None:
        self._keep(Change(kind, "edit", record_id, before=before))

    def before_delete(self, kind: str, record_id: str) -> list[str]:
        if kind != "receipt":
            return []
        return [line["id"] for line in ReceiptRepo(self.ctx.conn).lines(record_id)]

    def deleted(self, kind: str, record_id: str, line_ids: list[str] | None = None) -> None:
        self._keep(Change(kind, "delete", record_id, line_ids=list(line_ids or [])))

    def forget(self) -> None:
        _JOURNAL.pop(self.ctx, None)

    def undo(self) -> Change:
        """Reverse the last change; it is forgotten once reversed (undo is not redo)."""
        self.ctx.require(Permission.EDIT_RECORDS)
        change = self.last
        if change is None:
            raise ServiceError(translate("undo.nothing", self.ctx.lang))
        table = TABLES[change.kind]
        with transaction(self.ctx.conn):
            if change.op == "add":
                _service(self.ctx, change.kind).delete(change.record_id, translate("undo.reason", self.ctx.lang))
            elif change.op == "edit":
                _service(self.ctx, change.kind).edit(change.record_id, change.before)
            else:
                writer = self.ctx.writer()
                writer.restore(table, change.record_id)
                for line_id in change.line_ids:
                    writer.restore("receipt_lines", line_id, audit=False)
            self.ctx.writer().audit_entry("undo", table, change.record_id, {"undone": [change.op, None]})
        self.forget()
        return change


__all__ = ["Change", "UndoService", "snapshot"]
