"""Reads of persons, placements, facilities and receipts, with the filters lists need."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..query import fts_prefix_query, one, rows


@dataclass
class ListFilter:
    unit_ids: list[str] | None = None      # restrict to these units (a subtree)
    event_id: str | None = None
    status: str | None = None
    search: str = ""
    include_deleted: bool = False
    discrepancies_only: bool = False


def _in(column: str, values: list[str], params: list) -> str:
    params.extend(values)
    return f"{column} IN ({','.join('?' for _ in values)})"


def _where(f: ListFilter, alias: str, unit_column: str, search_rowid: str, fts: str) -> tuple[list[str], list]:
    """The conditions every record list shares: tombstones, the unit subtree, the prefix search."""
    where, params = ["1=1"], []
    if not f.include_deleted:
        where.append(f"{alias}.deleted = 0")
    if f.unit_ids is not None:
        where.append(_in(f"{alias}.{unit_column}", f.unit_ids, params))
    query = fts_prefix_query(f.search or "")
    if query:  # text with no letter or digit (`"*(`) searches for nothing, as in the lists on screen
        where.append(f"{search_rowid} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(query)
    return where, params


class PersonRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, person_id: str) -> dict | None:
        return one(self.conn, "SELECT * FROM persons WHERE id = ?", (person_id,))

    def by_number(self, nip: str = "", nik: str = "") -> dict | None:
        if nip:
            found = one(self.conn, "SELECT * FROM persons WHERE nip = ? AND deleted = 0", (nip,))
            if found:
                return found
        if nik:
            return one(self.conn, "SELECT * FROM persons WHERE nik = ? AND deleted = 0", (nik,))
        return None

    def search(self, text: str, limit: int = 20) -> list[dict]:
        query = fts_prefix_query(text)
        if not query:
            return []
        # CROSS JOIN keeps the FTS index as the outer loop (an index on `deleted` would otherwise tempt
        # the planner into scanning every row).
        return rows(self.conn,
                    "SELECT p.* FROM persons_fts f CROSS JOIN persons p ON p.rowid = f.rowid"
                    " WHERE persons_fts MATCH ? AND p.deleted = 0 LIMIT ?", (query, limit))


PLACEMENT_SELECT = """
SELECT pl.*, p.name AS person_name, p.nip, p.nik, p.employment_status, p.golongan, p.pangkat,
       p.origin_agency, p.origin_position, p.birth_date, p.sex, p.phone,
       u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name
FROM placements pl JOIN persons p ON p.id = pl.person_id JOIN units u ON u.id = pl.unit_id
"""


class PlacementRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, placement_id: str) -> dict | None:
        return one(self.conn, PLACEMENT_SELECT + " WHERE pl.id = ?", (placement_id,))

    def list(self, f: ListFilter) -> list[dict]:
        where, params = _where(f, "pl", "unit_id", "p.rowid", "persons_fts")
        if f.event_id:
            where.append("pl.event_id = ?")
            params.append(f.event_id)
        if f.status:
            where.append("pl.status = ?")
            params.append(f.status)
        sql = PLACEMENT_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY u.code, pl.event_id, pl.post, p.name"
        return rows(self.conn, sql, params)

    def active_in(self, unit_id: str, event_id: str) -> list[dict]:
        return rows(self.conn, PLACEMENT_SELECT + " WHERE pl.unit_id = ? AND pl.event_id = ? AND pl.deleted = 0"
                    " AND pl.status = 'ACTIVE'", (unit_id, event_id))

    def of_person(self, person_id: str, event_id: str) -> list[dict]:
        return rows(self.conn, PLACEMENT_SELECT + " WHERE pl.person_id = ? AND pl.event_id = ? AND pl.deleted = 0"
                    " AND pl.status = 'ACTIVE'", (person_id, event_id))

    def find(self, person_id: str, event_id: str, unit_id: str, post: str) -> dict | None:
        return one(self.conn, "SELECT * FROM placements WHERE person_id = ? AND event_id = ? AND unit_id = ?"
                   " AND post = ? AND deleted = 0", (person_id, event_id, unit_id, post))


FACILITY_SELECT = """
SELECT f.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name
FROM facilities f JOIN units u ON u.id = f.unit_id
"""


class FacilityRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, facility_id: str) -> dict | None:
        return one(self.conn, FACILITY_SELECT + " WHERE f.id = ?", (facility_id,))

    def list(self, f: ListFilter) -> list[dict]:
        where, params = _where(f, "f", "unit_id", "f.rowid", "facilities_fts")
        if f.event_id:
            where.append("(f.event_id = ? OR f.event_id IS NULL)")
            params.append(f.event_id)
        return rows(self.conn, FACILITY_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY u.code, f.category",
                    params)

    def find(self, unit_id: str, category: str, description: str) -> dict | None:
        return one(self.conn, "SELECT * FROM facilities WHERE unit_id = ? AND category = ? AND description = ?"
                   " AND deleted = 0", (unit_id, category, description))


RECEIPT_SELECT = """
SELECT r.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name,
       (SELECT COUNT(*) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS line_count,
       (SELECT COALESCE(SUM(expected), 0) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS expected,
       (SELECT COALESCE(SUM(received), 0) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS received,
       (SELECT COALESCE(SUM(damaged), 0) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS damaged,
       (SELECT COALESCE(SUM(short), 0) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS short,
       (SELECT COALESCE(SUM(excess), 0) FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0) AS excess
FROM receipts r JOIN units u ON u.id = r.receiver_unit_id
"""


class ReceiptRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, receipt_id: str) -> dict | None:
        return one(self.conn, RECEIPT_SELECT + " WHERE r.id = ?", (receipt_id,))

    def lines(self, receipt_id: str, *, include_deleted: bool = False) -> list[dict]:
        sql = "SELECT * FROM receipt_lines WHERE receipt_id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        return rows(self.conn, sql + " ORDER BY line_no", (receipt_id,))

    def list(self, f: ListFilter) -> list[dict]:
        where, params = _where(f, "r", "receiver_unit_id", "r.rowid", "receipts_fts")
        if f.event_id:
            where.append("r.event_id = ?")
            params.append(f.event_id)
        if f.discrepancies_only:
            where.append("EXISTS (SELECT 1 FROM receipt_lines l WHERE l.receipt_id = r.id AND l.deleted = 0"
                         " AND (l.short > 0 OR l.excess > 0 OR l.damaged > 0))")
        return rows(self.conn, RECEIPT_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY r.received_at, r.number",
                    params)

    def find(self, event_id: str, number: str) -> dict | None:
        return one(self.conn, "SELECT * FROM receipts WHERE event_id = ? AND number = ? AND deleted = 0",
                   (event_id, number))

    def find_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """`find` for many (event, number) pairs at once: the live receipts among them, by pair."""
        numbers: dict[str, list[str]] = {}
        for event_id, number in set(keys):
            numbers.setdefault(event_id, []).append(number)
        found = {}
        for event_id, wanted in numbers.items():
            for start in range(0, len(wanted), 500):
                part = wanted[start:start + 500]
                for row in rows(self.conn, "SELECT * FROM receipts WHERE event_id = ? AND deleted = 0 AND number IN"
                                f" ({','.join('?' * len(part))})", [event_id, *part]):
                    found.setdefault((row["event_id"], row["number"]), row)
        return found

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Receipts whose number, parties or place start with the words typed."""
        query = fts_prefix_query(text)
        if not query:
            return []
        return rows(self.conn,
                    "SELECT r.* FROM receipts_fts f CROSS JOIN receipts r ON r.rowid = f.rowid"
                    " WHERE receipts_fts MATCH ? AND r.deleted = 0 LIMIT ?", (query, limit))
