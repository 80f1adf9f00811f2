"""Conflicts found by the exchange: listing them for review and recording the decision.

Last-writer-wins already chose a value; a conflict asks people to confirm or overrule it. The decision is
written as an ordinary change that has seen every competing version, so it travels with the next bundle
and closes the conflict on every node without raising it again.
"""

from __future__ import annotations

import datetime as dt

from ..storage.db import transaction
from ..storage.repos.units import unit_label
from ..sync import review
from ..sync.engine import node_units
from .context import AppContext
from .errors import ServiceError
from .roles import Permission
from .sync_texts import st


class ConflictService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.lang = ctx.lang

    def list(self) -> list[dict]:
        """Open conflicts, each with its choices: value, who (user), where (unit), when (clock)."""
        self.ctx.require(Permission.VIEW)
        review.refresh_open(self.ctx.conn)
        units = {r[0]: unit_label(r[1], r[2], r[3]) for r in
                 self.ctx.conn.execute("SELECT id, kind, name, code FROM units")}
        nodes = node_units(self.ctx.conn)
        out = []
        for conflict in review.open_conflicts(self.ctx.conn):
            for number, version in enumerate(conflict["versions"], start=1):
                version["choice"] = number
                version["unit"] = units.get(version["unit_id"]) or nodes.get(version["node"], "?")
                version["at"] = _clock_time(version["hlc"])
            conflict["choices"] = self._choices(conflict)
            out.append(conflict)
        return out

    def _choices(self, conflict: dict) -> list[str]:
        if conflict["kind"] == "delete":
            return [st("keep_deleted", self.lang), st("restore", self.lang)]
        return [repr(v["values"][conflict["field"]]) for v in conflict["versions"]]

    def resolve(self, ident: str, choice: int) -> dict:
        """Settle conflict `ident` with choice number `choice` (1-based, as listed)."""
        self.ctx.require(Permission.RESOLVE_CONFLICTS)
        conflict = self._find(ident)
        choices = self._choices(conflict)
        if not 1 <= choice <= len(choices):
            raise ServiceError(st("choice_bad", self.lang, choice=choice, n=len(choices)))
        tbl, rid = conflict["table"], conflict["record_id"]
        if conflict["kind"] == "delete":
            reason = conflict["versions"][0]["values"].get("deleted_reason")
            values = {"deleted": 1, "deleted_reason": reason} if choice == 1 else {"deleted": 0,
                                                                                  "deleted_reason": None}
        else:
            values = {conflict["field"]: conflict["versions"][choice - 1]["values"][conflict["field"]]}
        writer = self.ctx.writer()
        if self.ctx.conn.execute(f"SELECT 1 FROM {tbl} WHERE id = ?", (rid,)).fetchone() is None:
            raise ServiceError(st("record_gone", self.lang, ident=ident))
        with transaction(self.ctx.conn):
            writer.decide(tbl, rid, values)
            review.refresh(self.ctx.conn, [(tbl, rid)])
        return {"id": conflict["id"], "table": tbl, "record_id": rid, "values": values}

    def _find(self, ident: str) -> dict:
        ident = (ident or "").strip().lower()
        for conflict in review.open_conflicts(self.ctx.conn):
            if conflict["id"] == ident:
                return conflict
        raise ServiceError(st("conflict_unknown", self.lang, ident=ident))



def _clock_time(hlc: str) -> str:
    millis = int(hlc.split(".")[0])
    return dt.datetime.fromtimestamp(millis / 1000, dt.timezone.utc).isoformat(timespec="seconds")

