"""Keyset-paged reads for record lists that may hold a million rows.

A list is a `ListQuery` (kind, filters, search, sort). `RecordPager` answers `count()` and `row(i)`
from a small cache of pages. A page is read with `WHERE (sort_key, rowid) > (?, ?) ORDER BY ... LIMIT n`
from the nearest page whose first key is known (or backwards from the end), so scrolling never pays
for an `OFFSET` over the whole table: only the rare jump into unseen middle ground skips rows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from ..domain.facilities import CATEGORIES, CONDITIONS
from ..domain.placements import PLACEMENT_STATUSES
from ..storage.query import fts_prefix_query, rows, scalar
from ..storage.repos.events import EventRepo
from ..storage.repos.records import ListFilter
from ..storage.repos.units import UnitRepo
from .common import decode_issues
from .context import AppContext
from .errors import ServiceError
from .roles import Permission

RECEIPT_STATUSES = ("DISCREPANCY", "LATE")
LINE_SUMS = ("expected", "received", "damaged", "short", "excess")
_LINE_TOTALS = ", ".join(
    f"(SELECT COALESCE(SUM(l.{c}), 0) FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0) AS {c}"
    for c in LINE_SUMS)
_DISCREPANT = ("(EXISTS (SELECT 1 FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0"
               " AND (l.short > 0 OR l.excess > 0 OR l.damaged > 0)) OR t.warnings LIKE '%line.wrong_dapil%')")


@dataclass(frozen=True)
class KindSpec:
    table: str
    select: str            # columns, with the main table aliased `t`
    joins: str
    unit_column: str
    event_sql: str
    search_sql: str
    sorts: tuple[str, ...]  # indexed columns of `t` a list may be sorted by ("rowid" is entry order)
    statuses: tuple[str, ...]


SPECS: dict[str, KindSpec] = {
    "asn": KindSpec(
        "placements",
        "t.rowid AS _rowid, t.*, p.name AS person_name, p.nip, p.nik, p.employment_status, p.golongan, "
        "p.pangkat, p.origin_agency, p.phone, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name",
        "JOIN persons p ON p.id = t.person_id JOIN units u ON u.id = t.unit_id",
        "t.unit_id", "t.event_id = ?",
        "t.person_id IN (SELECT p.id FROM persons_fts f JOIN persons p ON p.rowid = f.rowid"
        " WHERE persons_fts MATCH ?)",
        ("rowid", "post", "status", "event_id", "updated_at"), PLACEMENT_STATUSES),
    "facility": KindSpec(
        "facilities",
        "t.rowid AS _rowid, t.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name",
        "JOIN units u ON u.id = t.unit_id",
        "t.unit_id", "(t.event_id = ? OR t.event_id IS NULL)",
        "t.rowid IN (SELECT rowid FROM facilities_fts WHERE facilities_fts MATCH ?)",
        ("rowid", "category", "description", "updated_at"), CATEGORIES + CONDITIONS),
    "receipt": KindSpec(
        "receipts",
        "t.rowid AS _rowid, t.*, u.code AS unit_code, u.kind AS unit_kind, u.name AS unit_name, "
        "(SELECT COUNT(*) FROM receipt_lines l WHERE l.receipt_id = t.id AND l.deleted = 0) AS line_count, "
        + _LINE_TOTALS,
        "JOIN units u ON u.id = t.receiver_unit_id",
        "t.receiver_unit_id", "t.event_id = ?",
        "t.rowid IN (SELECT rowid FROM receipts_fts WHERE receipts_fts MATCH ?)",
        ("rowid", "received_at", "number"), RECEIPT_STATUSES),
}


@dataclass(frozen=True)
class ListQuery:
    kind: str
    unit_code: str | None = None
    event_id: str | None = None
    status: str | None = None
    search: str = ""
    discrepancies_only: bool = False
    sort: str = "rowid"
    descending: bool = False

    def with_(self, **changes) -> "ListQuery":
        return replace(self, **changes)


class RecordPager:
    """Rows of one list query, read a page at a time; one pager per connection (thread)."""

    def __init__(self, ctx: AppContext, query: ListQuery, *, page_size: int = 200, cache_pages: int = 8):
        ctx.require(Permission.VIEW)
        if query.kind not in SPECS:
            raise ServiceError(f"unknown kind {query.kind!r}")
        self.ctx, self.query, self.spec = ctx, query, SPECS[query.kind]
        self.page_size, self.cache_pages = page_size, cache_pages
        self._where, self._params = self._filters()
        self._count: int | None = None
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._starts: dict[int, tuple] = {}     # page -> (sort value, rowid) of its first row
        self._lock = threading.Lock()

    # -- the filter ---------------------------------------------------------------------------
    def _filters(self) -> tuple[str, list]:
        q, spec = self.query, self.spec
        where, params = ["t.deleted = 0"], []
        self._scope = scope = self._unit_ids()
        # The unary + keeps SQLite from choosing the unit index over the sort index.
        where.append(f"+{spec.unit_column} IN ({','.join('?' for _ in scope)})")
        params += scope
        if q.event_id:
            where.append(spec.event_sql)
            params.append(q.event_id)
        if q.status:
            where.append(self._status_sql(q.status, params))
        search = fts_prefix_query(q.search or "")
        if search:
            where.append(spec.search_sql)
            params.append(search)
        if q.discrepancies_only and q.kind == "receipt":
            where.append(_DISCREPANT)
        return " AND ".join(where), params

    def unit_ids(self) -> list[str]:
        """The units whose records the list shows: the chosen unit's subtree inside the user's area."""
        return self._unit_ids()

    def _unfiltered(self) -> bool:
        q = self.query
        return not (q.event_id or q.status or fts_prefix_query(q.search or "") or
                    (q.discrepancies_only and q.kind == "receipt"))

    def _unit_ids(self) -> list[str]:
        scope = self.ctx.scope_unit_ids()
        if not self.query.unit_code:
            return scope
        unit = UnitRepo(self.ctx.conn).by_code(self.query.unit_code) or UnitRepo(self.ctx.conn).get(
            self.query.unit_code)
        if unit is None:
            return []
        allowed = set(scope)
        return [u for u in UnitRepo(self.ctx.conn).subtree_ids(unit["id"]) if u in allowed]

    def _status_sql(self, status: str, params: list) -> str:
        kind = self.query.kind
        if kind == "asn":
            params.append(status)
            return "t.status = ?"
        if kind == "facility":
            params += [status, status]
            return "(t.category = ? OR t.condition = ?)"
        if status == "LATE":
            return "t.actual_arrival > t.planned_arrival"
        return _DISCREPANT

    def _sort_expr(self) -> str:
        sort = self.query.sort if self.query.sort in self.spec.sorts else "rowid"
        return f"t.{sort}"

    # -- reads --------------------------------------------------------------------------------
    def count(self) -> int:
        if self._count is None and self._unfiltered():
            # Kept by triggers (schema 5): a million-row list knows its length without counting.
            marks = ",".join("?" for _ in self._scope)
            self._count = scalar(self.ctx.conn, f"SELECT COALESCE(SUM(live), 0) FROM list_counts WHERE tbl = ?"
                                 f" AND unit_id IN ({marks})", [self.spec.table, *self._scope])
        if self._count is None:
            self._count = scalar(self.ctx.conn, f"SELECT COUNT(*) FROM {self.spec.table} t WHERE {self._where}",
                                 self._params)
        return self._count

    def row(self, index: int) -> dict | None:
        """Row `index` of the list, reading its page if needed."""
        if index < 0 or index >= self.count():
            return None
        page = self.page(index // self.page_size)
        offset = index % self.page_size
        return page[offset] if offset < len(page) else None

    def page(self, number: int) -> list[dict]:
        with self._lock:
            found = self._pages.get(number)
            if found is not None:
                self._pages.move_to_end(number)
                return found
            found = self._read_page(number)
            self._pages[number] = found
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
            return found

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _read_page(self, number: int) -> list[dict]:
        total, size = self.count(), self.page_size
        first, last = number * size, min((number + 1) * size, total)
        if first >= last:
            return []
        # Each way in costs the rows it must skip: from a known page start before, or one after, or the end.
        ways = [((number - p) * size, "forward", p) for p in self._starts if p <= number]
        ways.append((first, "forward", None))
        ways += [(p * size - last, "back", p) for p in self._starts if p > number]
        ways.append((total - last, "back", None))
        skip, direction, anchor = min(ways, key=lambda w: w[0])
        start = self._starts.get(anchor) if anchor is not None else None
        if direction == "forward":
            found = self._fetch(start, last - first, skip, backwards=False, inclusive=True)
        else:
            found = self._fetch(start, last - first, skip, backwards=True, inclusive=False)[::-1]
        if found:
            self._starts[number] = self._key(found[0])
        return [self._present(r) for r in found]

    def _key(self, row: dict) -> tuple:
        column = self._sort_expr()[2:]
        return (row["_rowid"] if column == "rowid" else row[column], row["_rowid"])

    def _fetch(self, start: tuple | None, limit: int, offset: int, *, backwards: bool, inclusive: bool
               ) -> list[dict]:
        expr = self._sort_expr()
        descending = self.query.descending != backwards
        direction = "DESC" if descending else "ASC"
        where, params = self._where, list(self._params)
        if start is not None:
            op = ("<" if descending else ">") + ("=" if inclusive else "")
            if expr == "t.rowid":
                where += f" AND t.rowid {op} ?"
                params.append(start[1])
            else:
                where += f" AND ({expr}, t.rowid) {op} (?, ?)"
                params += list(start)
        order = f"t.rowid {direction}" if expr == "t.rowid" else f"{expr} {direction}, t.rowid {direction}"
        sql = (f"SELECT {self.spec.select} FROM {self.spec.table} t {self.spec.joins} WHERE {where}"
               f" ORDER BY {order} LIMIT ? OFFSET ?")
        return rows(self.ctx.conn, sql, [*params, limit, offset])

    def _present(self, row: dict) -> dict:
        if row.get("warnings"):
            row["warnings"] = [i.message(self.ctx.lang) for i in decode_issues(row["warnings"])]
        else:
            row["warnings"] = []
        return row

    def index_of(self, record_id: str, *, limit_pages: int = 50) -> int | None:
        """Position of a record among the first pages (to keep a selection after a refresh)."""
        for number in range(min(limit_pages, self.count() // self.page_size + 1)):
            for offset, row in enumerate(self.page(number)):
                if row["id"] == record_id:
                    return number * self.page_size + offset
        return None


def filter_choices(ctx: AppContext, kind: str) -> dict[str, list[Any]]:
    """What the filter boxes of a list offer: units of the user's area, events, statuses."""
    ctx.require(Permission.VIEW)
    units = UnitRepo(ctx.conn)
    scope = set(ctx.scope_unit_ids())
    listed = [u for u in units.all() if u["id"] in scope]
    return {
        "units": [{"code": u["code"], "name": u["name"], "kind": u["kind"]} for u in listed],
        "events": [{"id": e["id"], "name": e["name"]} for e in EventRepo(ctx.conn).all()],
        "statuses": list(SPECS[kind].statuses),
        "sorts": list(SPECS[kind].sorts),
    }


def export_filter(ctx: AppContext, query: ListQuery) -> ListFilter:
    """The `ListFilter` the export service needs for the rows a list shows."""
    pager = RecordPager(ctx, query)
    return ListFilter(unit_ids=pager.unit_ids(), event_id=query.event_id,
                      status=query.status if query.kind == "asn" else None, search=query.search,
                      discrepancies_only=query.discrepancies_only or query.status == "DISCREPANCY")


__all__ = ["ListQuery", "RecordPager", "SPECS", "filter_choices", "export_filter", "RECEIPT_STATUSES"]
