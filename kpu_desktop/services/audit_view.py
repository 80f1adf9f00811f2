"""Jejak Audit: reading the audit log with filters, and verifying its hash chain."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..storage.audit import ChainReport, verify_chain
from .context import AppContext
from .roles import Permission

MAX_ROWS = 5000


@dataclass
class AuditFilter:
    username: str = ""
    table: str = ""
    action: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    zone: dt.tzinfo | None = None  # whose days `date_from` and `date_to` are: this computer's by default
    record: str = ""          # a record id or its prefix
    limit: int = MAX_ROWS


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    username: str
    action: str
    table: str
    record_id: str
    changes: dict

    def summary(self, limit: int = 160) -> str:
        """`field: old → new; ...` shortened for a table cell."""
        parts = []
        for key, value in self.changes.items():
            if isinstance(value, list) and len(value) == 2:
                old, new = value
                parts.append(f"{key}: {'' if old is None else old} → {'' if new is None else new}")
            else:
                parts.append(f"{key}: {value}")
        text = "; ".join(parts)
        return text if len(text) <= limit else text[:limit - 1] + "…"


class AuditService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def choices(self) -> dict[str, list[str]]:
        """Distinct users, tables and actions, for the filter boxes."""
        self.ctx.require(Permission.VIEW)
        conn = self.ctx.conn
        return {name: [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY 1")]
                for name, column in (("users", "username"), ("tables", "tbl"), ("actions", "action"))}

    def entries(self, f: AuditFilter | None = None) -> list[AuditEntry]:
        """Newest first, at most `f.limit`."""
        self.ctx.require(Permission.VIEW)
        f = f or AuditFilter()
        where, params = ["1=1"], []
        for column, value in (("username", f.username), ("tbl", f.table), ("action", f.action)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        # Days are the user's own (WIB in Kalimantan Tengah); entries are stamped in UTC.
        if f.date_from:
            where.append("at >= ?")
            params.append(_day_start_utc(f.date_from, f.zone))
        if f.date_to:
            where.append("at < ?")
            params.append(_day_start_utc(f.date_to + dt.timedelta(days=1), f.zone))
        if f.record.strip():
            where.append("record_id LIKE ?")
            params.append(f.record.strip().replace("%", "").replace("_", "\\_") + "%")
            where[-1] += " ESCAPE '\\'"
        sql = ("SELECT seq, at, username, action, tbl, record_id, changes FROM audit_log WHERE "
               + " AND ".join(where) + " ORDER BY seq DESC LIMIT ?")
        params.append(int(f.limit))
        return [AuditEntry(seq, at, user, action, tbl, record, _decode(changes))
                for seq, at, user, action, tbl, record, changes in self.ctx.conn.execute(sql, params)]

    def verify(self) -> ChainReport:
        self.ctx.require(Permission.VIEW)
        return verify_chain(self.ctx.conn)


def _decode(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


def _day_start_utc(day: dt.date, zone: dt.tzinfo | None) -> str:
    """Midnight starting `day` in `zone` (None: this computer's zone), as the UTC text entries are stamped with."""
    start = dt.datetime.combine(day, dt.time.min)
    start = start.replace(tzinfo=zone) if zone is not None else start.astimezone()
    return start.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
