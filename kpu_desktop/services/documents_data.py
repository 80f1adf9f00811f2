"""Reads behind the documents: the stored rows of a unit's subtree for one event.

Rows come back exactly as stored (every column), because the same rows are both the input
of the report builders and the records embedded in the PDF (reports/SCHEMA.md).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property

from ..storage.query import one, rows
from ..storage.repos.units import UnitRepo

# Columns left out of the embedded records: the province does not need them (UU 27/2022,
# data minimisation). An import leaves these columns of existing rows untouched.
OMITTED_COLUMNS: dict[str, tuple[str, ...]] = {"persons": ("phone",)}


def _ids(values) -> str:
    """One JSON parameter instead of thousands of `?`: subtrees of a province are large."""
    return json.dumps(sorted(set(values)))


IN_IDS = "IN (SELECT value FROM json_each(?))"


@dataclass
class ScopeData:
    """Rows of one subtree (root unit and below) and one event, loaded on first use."""

    conn: sqlite3.Connection
    root: dict
    event: dict | None
    _cache: dict = field(default_factory=dict)

    @cached_property
    def units(self) -> list[dict]:
        ids = UnitRepo(self.conn).subtree_ids(self.root["id"])
        return rows(self.conn, f"SELECT * FROM units WHERE deleted = 0 AND id {IN_IDS} ORDER BY code",
                    (_ids(ids),))

    @cached_property
    def unit_by_id(self) -> dict[str, dict]:
        return {u["id"]: u for u in self.units}

    @cached_property
    def unit_ids(self) -> list[str]:
        return [u["id"] for u in self.units]

    @cached_property
    def children(self) -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = {}
        for unit in self.units:
            found.setdefault(unit["parent_id"], []).append(unit)
        return found

    @property
    def event_id(self) -> str | None:
        return self.event["id"] if self.event else None

    @cached_property
    def tps(self) -> list[dict]:
        return rows(self.conn, f"SELECT * FROM tps WHERE deleted = 0 AND unit_id {IN_IDS} ORDER BY unit_id, number",
                    (_ids(self.unit_ids),))

    @cached_property
    def placements(self) -> list[dict]:
        return rows(self.conn, f"SELECT * FROM placements WHERE deleted = 0 AND event_id = ? AND unit_id {IN_IDS}"
                               " ORDER BY unit_id, post, id", (self.event_id, _ids(self.unit_ids)))

    @cached_property
    def persons(self) -> list[dict]:
        ids = {p["person_id"] for p in self.placements}
        return rows(self.conn, f"SELECT * FROM persons WHERE id {IN_IDS} ORDER BY id", (_ids(ids),))

    @cached_property
    def person_by_id(self) -> dict[str, dict]:
        return {p["id"]: p for p in self.persons}

    @cached_property
    def facilities(self) -> list[dict]:
        return rows(self.conn, "SELECT * FROM facilities WHERE deleted = 0 AND (event_id = ? OR event_id IS NULL)"
                               f" AND unit_id {IN_IDS} ORDER BY unit_id, category, id",
                    (self.event_id, _ids(self.unit_ids)))

    @cached_property
    def receipts(self) -> list[dict]:
        return rows(self.conn, "SELECT * FROM receipts WHERE deleted = 0 AND event_id = ?"
                               f" AND receiver_unit_id {IN_IDS} ORDER BY received_at, number, id",
                    (self.event_id, _ids(self.unit_ids)))

    @cached_property
    def receipt_lines(self) -> list[dict]:
        return lines_of(self.conn, [r["id"] for r in self.receipts])

    @cached_property
    def items(self) -> dict[str, dict]:
        return {r["code"]: dict(r, order=n)
                for n, r in enumerate(rows(self.conn, "SELECT * FROM items ORDER BY rowid"))}

    @cached_property
    def event_types(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT code FROM event_types WHERE event_id = ? ORDER BY rowid", (self.event_id,))]


def lines_of(conn: sqlite3.Connection, receipt_ids: list[str]) -> list[dict]:
    return rows(conn, f"SELECT * FROM receipt_lines WHERE deleted = 0 AND receipt_id {IN_IDS}"
                      " ORDER BY receipt_id, line_no, id", (_ids(receipt_ids),))


def receipt_row(conn: sqlite3.Connection, receipt_id: str) -> dict | None:
    return one(conn, "SELECT * FROM receipts WHERE id = ?", (receipt_id,))


def unit_chain(conn: sqlite3.Connection, top_id: str, bottom_id: str) -> list[dict]:
    """Units from `top_id` down to `bottom_id` (inclusive), top first; [] when not below it."""
    units = UnitRepo(conn)
    chain, current = [], units.get(bottom_id)
    while current is not None:
        chain.append(current)
        if current["id"] == top_id:
            return list(reversed(chain))
        current = units.get(current["parent_id"]) if current["parent_id"] else None
    return []


def strip_omitted(table: str, records: list[dict]) -> list[dict]:
    omitted = OMITTED_COLUMNS.get(table, ())
    if not omitted:
        return records
    return [{k: v for k, v in r.items() if k not in omitted} for r in records]
