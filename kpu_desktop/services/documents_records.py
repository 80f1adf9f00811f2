"""The `records` part of kpu-data.json (reports/SCHEMA.md, "Records"): export and idempotent import.

Export: the stored rows behind a document, table by table. Import: every row is inserted with
its own id, or, when the id exists, only the fields that differ are updated; rows that are
already equal are not touched, so importing the same document twice writes nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Callable

from ..storage.db import transaction
from ..storage.records import RecordWriter
from .context import AppContext
from .documents_data import OMITTED_COLUMNS, strip_omitted
from .documents_texts import dt_text
from .errors import ServiceError

RECORDS_FORMAT = "kpu-desktop/records"
RECORDS_VERSION = 1
# Parents before children, so foreign keys hold at every insert.
TABLE_ORDER = ("units", "tps", "persons", "placements", "facilities", "receipts", "receipt_lines")
# Kept as they arrive on insert, never compared on update: they describe the local write.
LOCAL_STAMP = ("created_at", "created_by", "updated_at", "updated_by")
# (column, referenced table) that must resolve in the document or in the database.
REFERENCES = {
    "units": (("parent_id", "units"),),
    "tps": (("unit_id", "units"),),
    "placements": (("person_id", "persons"), ("unit_id", "units"), ("event_id", "events")),
    "facilities": (("unit_id", "units"), ("event_id", "events")),
    "receipts": (("receiver_unit_id", "units"), ("event_id", "events")),
    "receipt_lines": (("receipt_id", "receipts"), ("item_code", "items")),
}
SCALARS = (str, int, float, type(None))


def make_records(tables: dict[str, list[dict]], *, unit: dict, event_id: str | None) -> dict:
    """The versioned records object for the envelope's `records` key."""
    return {
        "format": RECORDS_FORMAT,
        "version": RECORDS_VERSION,
        "unit_id": unit["id"],
        "unit_code": unit["code"],
        "event_id": event_id,
        "omitted_columns": {t: list(c) for t, c in OMITTED_COLUMNS.items() if t in tables},
        "tables": {t: strip_omitted(t, tables[t]) for t in TABLE_ORDER if t in tables},
    }


def record_count(records: dict) -> int:
    return sum(len(rows) for rows in records["tables"].values())


@dataclass
class ImportReport:
    doc_number: str = ""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    per_table: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


class RecordImporter:
    """Loads a validated `records` object through RecordWriter in one transaction."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.conn = ctx.conn
        self.lang = ctx.lang
        self._columns: dict[str, list[str]] = {}

    # -- checks -----------------------------------------------------------------------------------
    def parse(self, records) -> dict[str, list[dict]]:
        """The tables of `records`, or ServiceError naming what is malformed."""
        if not isinstance(records, dict) or records.get("format") != RECORDS_FORMAT:
            raise self._bad("records.format")
        version = records.get("version")
        if not isinstance(version, int) or version < 1:
            raise self._bad("records.version")
        if version > RECORDS_VERSION:
            raise ServiceError(dt_text("schema_newer", self.lang, found=version, max=RECORDS_VERSION))
        tables = records.get("tables")
        if not isinstance(tables, dict):
            raise self._bad("records.tables")
        parsed = {}
        for table in TABLE_ORDER:  # unknown tables are ignored: readers skip what they do not know
            rows = tables.get(table, [])
            if not isinstance(rows, list):
                raise self._bad(f"tables.{table}")
            parsed[table] = [self._row(table, row, n) for n, row in enumerate(rows)]
        return parsed

    def _row(self, table: str, row, n: int) -> dict:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
            raise self._bad(f"tables.{table}[{n}].id")
        known = set(self.columns(table))
        clean = {k: v for k, v in row.items() if k in known}  # unknown columns: a newer writer's extras
        for key, value in clean.items():
            if not isinstance(value, SCALARS) or isinstance(value, bool):
                raise self._bad(f"tables.{table}[{n}].{key}")
        return clean

    def _bad(self, where: str) -> ServiceError:
        return ServiceError(dt_text("bad_data", self.lang, detail=where))

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]
        return self._columns[table]

    def check_references(self, tables: dict[str, list[dict]], scope_ids: set[str]) -> None:
        """Every reference resolves and every unit ends up inside this installation's area."""
        present = {t: {r["id"] for r in rows} for t, rows in tables.items()}
        for table, refs in REFERENCES.items():
            for row in tables.get(table, ()):
                for column, target in refs:
                    value = row.get(column)
                    if value is None or value in present.get(target, ()) or self._exists(target, value):
                        continue
                    if target == "events":
                        raise ServiceError(dt_text("event_missing", self.lang, event=value))
                    if table == "units":
                        raise ServiceError(dt_text("unit_parent_missing", self.lang, code=row.get("code")))
                    raise ServiceError(dt_text("missing_reference", self.lang, table=table, id=row["id"],
                                               ref=f"{target} {value}"))
        self._check_scope(tables, scope_ids)

    def _check_scope(self, tables: dict[str, list[dict]], scope_ids: set[str]) -> None:
        """Units join the area through their parent; other rows must hang off a unit of the area."""
        inside = set(scope_ids)
        for unit in sorted(tables["units"], key=lambda u: len(str(u.get("code", "")).split("."))):
            if unit["id"] not in inside and unit.get("parent_id") not in inside:
                raise ServiceError(dt_text("unit_not_in_scope", self.lang, code=unit.get("code")))
            inside.add(unit["id"])
        for table, column in (("tps", "unit_id"), ("placements", "unit_id"), ("facilities", "unit_id"),
                              ("receipts", "receiver_unit_id")):
            for row in tables.get(table, ()):
                if row.get(column) not in inside:
                    code = self.conn.execute("SELECT code FROM units WHERE id = ?", (row.get(column),)).fetchone()
                    raise ServiceError(dt_text("unit_not_in_scope", self.lang, code=code[0] if code else row.get(column)))

    def _exists(self, table: str, value) -> bool:
        key = "code" if table == "items" else "id"
        return self.conn.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", (value,)).fetchone() is not None

    # -- writing ----------------------------------------------------------------------------------
    def apply(self, tables: dict[str, list[dict]], *, doc_number: str = "",
              on_table: Callable[[str], None] | None = None) -> ImportReport:
        """Write everything or nothing; `on_table` may raise (a cancel) to roll the whole import back."""
        report = ImportReport(doc_number=doc_number)
        try:
            with transaction(self.conn):
                writer = self.ctx.writer()
                for table in TABLE_ORDER:
                    if on_table:
                        on_table(table)
                    rows = tables.get(table, [])
                    if table == "units":
                        rows = sorted(rows, key=lambda u: len(str(u.get("code", "")).split(".")))
                    counts = self._apply_table(writer, table, rows)
                    report.per_table[table] = counts
                    report.created += counts[0]
                    report.updated += counts[1]
                    report.unchanged += counts[2]
                if report.changed:
                    writer.audit_entry("import_pdf", "documents", doc_number or "-",
                                       {"created": [None, report.created], "updated": [None, report.updated]})
        except sqlite3.IntegrityError as exc:
            raise ServiceError(dt_text("bad_data", self.lang, detail=str(exc))) from exc
        return report

    def _apply_table(self, writer: RecordWriter, table: str, rows: list[dict]) -> tuple[int, int, int]:
        created, updated, unchanged = [], 0, 0
        for row in rows:
            current = self._current(table, row["id"])
            if current is None:
                created.append(row)
                continue
            changes = {k: v for k, v in row.items()
                       if k != "id" and k not in LOCAL_STAMP and current.get(k) != v}
            if changes:
                writer.update(table, row["id"], changes, action="import")
                updated += 1
            else:
                unchanged += 1
        # One insert per distinct column set: RecordWriter.insert_many takes the first row's columns.
        by_shape: dict[tuple, list[dict]] = {}
        for row in created:
            by_shape.setdefault(tuple(sorted(row)), []).append(row)
        for shape_rows in by_shape.values():
            writer.insert_many(table, shape_rows, owner_unit_id=shape_rows[0].get("owner_unit_id"))
        return len(created), updated, unchanged

    def _current(self, table: str, record_id: str) -> dict | None:
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([c[0] for c in cur.description], row))
