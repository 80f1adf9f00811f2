"""Beranda: what is still missing in the user's area, worst first."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..domain.facilities import WAREHOUSE_CHECKLIST
from ..domain.people import ASN_STATUSES
from ..domain.placements import AD_HOC_POSTS
from ..storage.repos.events import EventRepo
from .context import AppContext
from .roles import Permission

SECRETARIAT_KINDS = ("ppk", "pps")


@dataclass(frozen=True)
class UnitRef:
    id: str
    code: str
    name: str
    kind: str
    ppk_code: str  # the PPK a PPS belongs to (itself for a PPK): charts group by it


@dataclass(frozen=True)
class StaffingRow:
    unit: UnitRef
    filled: int
    posts: int
    missing_secretary: bool
    non_asn_secretary: bool

    @property
    def gap(self) -> int:
        return max(self.posts - self.filled, 0) + 2 * self.missing_secretary + self.non_asn_secretary


@dataclass(frozen=True)
class FacilityRow:
    unit: UnitRef
    has_office: bool
    has_warehouse: bool
    needs_warehouse: bool
    checklist_gaps: tuple[str, ...]

    @property
    def gap(self) -> int:
        return 3 * (not self.has_office) + 3 * (self.needs_warehouse and not self.has_warehouse) \
            + len(self.checklist_gaps)


@dataclass(frozen=True)
class LogisticsRow:
    unit: UnitRef
    item_code: str
    item_name: str
    expected: int
    received: int
    damaged: int
    short: int
    excess: int

    @property
    def gap(self) -> int:
        return self.short + self.damaged + self.excess


@dataclass
class Dashboard:
    event_id: str
    events: list[tuple[str, str]]
    staffing: list[StaffingRow] = field(default_factory=list)
    facilities: list[FacilityRow] = field(default_factory=list)
    logistics: list[LogisticsRow] = field(default_factory=list)
    units_without_receipt: list[UnitRef] = field(default_factory=list)

    # -- figures the tiles show -------------------------------------------------------------
    @property
    def posts_filled(self) -> tuple[int, int]:
        return sum(r.filled for r in self.staffing), sum(r.posts for r in self.staffing)

    def item_totals(self) -> list[tuple[str, str, int, int]]:
        """(item code, item name, expected, received) summed over the area, in catalogue order."""
        totals: dict[str, list] = {}
        for row in self.logistics:
            entry = totals.setdefault(row.item_code, [row.item_name, 0, 0])
            entry[1] += row.expected
            entry[2] += row.received
        return [(code, name, expected, received) for code, (name, expected, received) in totals.items()]


class DashboardService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def summary(self, event_id: str | None = None) -> Dashboard:
        self.ctx.require(Permission.VIEW)
        events = EventRepo(self.ctx.conn).all()
        choices = [(e["id"], e["name"]) for e in events]
        known = {e["id"] for e in events}
        chosen = event_id if event_id in known else (events[-1]["id"] if events else "")
        units = self._units()
        board = Dashboard(chosen, choices)
        board.staffing = self._staffing(units, chosen)
        board.facilities = self._facilities(units, chosen)
        board.logistics, board.units_without_receipt = self._logistics(units, chosen)
        return board

    def _units(self) -> dict[str, UnitRef]:
        scope = set(self.ctx.scope_unit_ids())
        rows = self.ctx.conn.execute("SELECT id, code, name, kind FROM units WHERE deleted = 0 ORDER BY code")
        out = {}
        for unit_id, code, name, kind in rows:
            if unit_id in scope:
                out[unit_id] = UnitRef(unit_id, code, name, kind, ".".join(code.split(".")[:3]))
        return out

    def _staffing(self, units: dict[str, UnitRef], event_id: str) -> list[StaffingRow]:
        posts: dict[str, list[tuple[str, str]]] = {}
        for unit_id, post, status in self.ctx.conn.execute(
                "SELECT pl.unit_id, pl.post, p.employment_status FROM placements pl"
                " JOIN persons p ON p.id = pl.person_id"
                " WHERE pl.deleted = 0 AND pl.status = 'ACTIVE' AND pl.event_id = ?", (event_id,)):
            posts.setdefault(unit_id, []).append((post, status))
        out = []
        for unit in units.values():
            if unit.kind not in SECRETARIAT_KINDS:
                continue
            team = posts.get(unit.id, [])
            filled = len({post for post, _ in team if post in AD_HOC_POSTS})
            secretaries = [status for post, status in team if post == "SEKRETARIS"]
            non_asn = unit.kind == "ppk" and any(s not in ASN_STATUSES for s in secretaries)
            out.append(StaffingRow(unit, filled, len(AD_HOC_POSTS), not secretaries, non_asn))
        return sorted(out, key=lambda r: (-r.gap, r.unit.code))

    def _facilities(self, units: dict[str, UnitRef], event_id: str) -> list[FacilityRow]:
        found: dict[str, dict] = {}
        for unit_id, category, checklist in self.ctx.conn.execute(
                "SELECT unit_id, category, checklist FROM facilities WHERE deleted = 0"
                " AND (event_id = ? OR event_id IS NULL) AND category IN ('RUANG_KANTOR', 'GUDANG')"
                " AND return_date IS NULL", (event_id,)):
            entry = found.setdefault(unit_id, {"office": False, "gaps": None})
            if category == "RUANG_KANTOR":
                entry["office"] = True
                continue
            ticked = json.loads(checklist) if checklist else {}
            gaps = tuple(k for k in WAREHOUSE_CHECKLIST if ticked.get(k) is not True)
            # Of several warehouses, the best one counts.
            if entry["gaps"] is None or len(gaps) < len(entry["gaps"]):
                entry["gaps"] = gaps
        out = []
        for unit in units.values():
            if unit.kind not in SECRETARIAT_KINDS:
                continue
            entry = found.get(unit.id, {"office": False, "gaps": None})
            has_warehouse = entry["gaps"] is not None
            out.append(FacilityRow(unit, entry["office"], has_warehouse, unit.kind == "ppk",
                                   entry["gaps"] or ()))
        return sorted(out, key=lambda r: (-r.gap, r.unit.code))

    def _logistics(self, units: dict[str, UnitRef], event_id: str) -> tuple[list[LogisticsRow], list[UnitRef]]:
        names = dict(self.ctx.conn.execute("SELECT code, name FROM items"))
        order = {code: n for n, (code,) in enumerate(self.ctx.conn.execute("SELECT code FROM items ORDER BY rowid"))}
        out, receiving = [], set()
        for unit_id, item, expected, received, damaged, short, excess in self.ctx.conn.execute(
                "SELECT r.receiver_unit_id, l.item_code, SUM(l.expected), SUM(l.received), SUM(l.damaged),"
                " SUM(l.short), SUM(l.excess) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id"
                " WHERE l.deleted = 0 AND r.deleted = 0 AND r.event_id = ?"
                " GROUP BY r.receiver_unit_id, l.item_code", (event_id,)):
            unit = units.get(unit_id)
            if unit is None:
                continue
            receiving.add(unit_id)
            out.append(LogisticsRow(unit, item, names.get(item, item), expected or 0, received or 0,
                                    damaged or 0, short or 0, excess or 0))
        out.sort(key=lambda r: (-r.gap, r.unit.code, order.get(r.item_code, 0)))
        missing = [u for u in units.values() if u.kind == "ppk" and u.id not in receiving]
        return out, missing
