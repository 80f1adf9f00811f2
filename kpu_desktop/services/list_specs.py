"""What each record list reads: its table, columns, joins, FTS table, sort keys and statuses."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.facilities import CATEGORIES, CONDITIONS
from ..domain.placements import PLACEMENT_STATUSES

RECEIPT_STATUSES = ("DISCREPANCY", "LATE")
LINE_SUMS = ("expected", "received", "damaged", "short", "excess")
_LINE_TOTALS = ", ".join(
    f"(SELECT COALESCE(SUM(l.{c}), 0) FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0) AS {c}"
    for c in LINE_SUMS)
DISCREPANT = ("(EXISTS (SELECT 1 FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0"
               " AND (l.short > 0 OR l.excess > 0 OR l.damaged > 0)) OR t.warnings LIKE '%line.wrong_dapil%')")

EVENT_NAME = " LEFT JOIN events e ON e.id = t.event_id"  # lists show the event's name, not its code


@dataclass(frozen=True)
class KindSpec:
    table: str
    select: str            # columns, with the main table aliased `t`
    joins: str             # joins the select needs after `t` (not needed to count or filter)
    unit_column: str
    event_sql: str
    search_from: str       # FTS table `f` as the outer loop, then `t` (and what joins t to f)
    search_joins: str      # joins the select needs after search_from
    fts: str               # the FTS table's name for MATCH
    sorts: tuple[str, ...]  # indexed columns of `t` a list may be sorted by ("rowid" is entry order)
    statuses: tuple[str, ...]
    grouped: bool = False  # one FTS row gives several rows of `t` (a person's placements)


SPECS: dict[str, KindSpec] = {
    "asn": KindSpec(
        "placements",
        "t.rowid AS _rowid, t.*, p.name AS person_name, p.nip, p.nik, p.employment_status, p.golongan, "
        "p.pangkat, p.origin_agency, p.phone, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name, "
        "e.name AS event_name",
        "CROSS JOIN persons p ON p.id = t.person_id CROSS JOIN units u ON u.id = t.unit_id" + EVENT_NAME,
        "t.unit_id", "t.event_id = ?",
        "persons_fts f CROSS JOIN persons p ON p.rowid = f.rowid CROSS JOIN placements t ON t.person_id = p.id",
        "CROSS JOIN units u ON u.id = t.unit_id" + EVENT_NAME, "persons_fts",
        ("rowid", "post", "status", "event_id", "updated_at"), PLACEMENT_STATUSES, grouped=True),
    "facility": KindSpec(
        "facilities",
        "t.rowid AS _rowid, t.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name, "
        "e.name AS event_name",
        "CROSS JOIN units u ON u.id = t.unit_id" + EVENT_NAME,
        "t.unit_id", "(t.event_id = ? OR t.event_id IS NULL)",
        "facilities_fts f CROSS JOIN facilities t ON t.rowid = f.rowid",
        "CROSS JOIN units u ON u.id = t.unit_id" + EVENT_NAME, "facilities_fts",
        ("rowid", "category", "description", "updated_at"), CATEGORIES + CONDITIONS),
    "receipt": KindSpec(
        "receipts",
        "t.rowid AS _rowid, t.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name, "
        "e.name AS event_name, (SELECT COUNT(*) FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0) AS line_count, "
        + _LINE_TOTALS,
        "CROSS JOIN units u ON u.id = t.receiver_unit_id" + EVENT_NAME,
        "t.receiver_unit_id", "t.event_id = ?",
        "receipts_fts f CROSS JOIN receipts t ON t.rowid = f.rowid",
        "CROSS JOIN units u ON u.id = t.receiver_unit_id" + EVENT_NAME, "receipts_fts",
        ("rowid", "received_at", "number"), RECEIPT_STATUSES),
}


__all__ = ["DISCREPANT", "KindSpec", "RECEIPT_STATUSES", "SPECS"]
