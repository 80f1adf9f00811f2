"""Election events, their types, work periods, and the logistics catalogue with per-event norms."""

from __future__ import annotations

import datetime as dt
import sqlite3

from ..query import one, rows


class EventRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[dict]:
        return rows(self.conn, "SELECT * FROM events WHERE deleted = 0 ORDER BY election_date")

    def get(self, event_id: str) -> dict | None:
        return one(self.conn, "SELECT * FROM events WHERE id = ?", (event_id,))

    def types(self, event_id: str, *, region_kind: str | None = None) -> list[dict]:
        """Election types of an event; `region_kind` 'kabupaten' or 'kota' drops the other's head election."""
        found = rows(self.conn, "SELECT * FROM event_types WHERE event_id = ? ORDER BY rowid", (event_id,))
        if region_kind:
            found = [t for t in found if t["applies_to"] in ("all", region_kind)]
        return found

    def work_period(self, event_id: str, body_kind: str) -> tuple[dt.date, dt.date] | None:
        row = one(self.conn, "SELECT start_date, end_date FROM work_periods WHERE event_id = ? AND body_kind = ?",
                  (event_id, body_kind))
        if not row:
            return None
        return dt.date.fromisoformat(row["start_date"]), dt.date.fromisoformat(row["end_date"])


class CatalogueRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def items(self) -> list[dict]:
        return rows(self.conn, "SELECT * FROM items ORDER BY rowid")

    def as_mapping(self) -> dict[str, dict]:
        return {
            r["code"]: {"name": r["name"], "measure_unit": r["measure_unit"],
                        "per_type": bool(r["per_type"]), "per_dapil": bool(r["per_dapil"])}
            for r in self.items()
        }

    def by_name(self) -> dict[str, str]:
        """Lower-cased item name (and code) -> code, for spreadsheets that name items in words."""
        mapping = {}
        for r in self.items():
            mapping[r["name"].lower()] = r["code"]
            mapping[r["code"].lower()] = r["code"]
            short = r["name"].split("(")[0].strip().lower()
            mapping.setdefault(short, r["code"])
        return mapping

    def norms(self, event_id: str) -> dict[str, dict]:
        return {r["item_code"]: r for r in rows(self.conn, "SELECT * FROM item_norms WHERE event_id = ?", (event_id,))}
