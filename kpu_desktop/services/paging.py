"""Keyset-paged reads for record lists that may hold a million rows.

A list is a `ListQuery` (kind, filters, search, sort). `RecordPager` answers `row(i)` from a small cache of
pages. A page is read with `WHERE (sort_key, rowid) > (?, ?) ORDER BY ... LIMIT n` from a known page start,
so scrolling never pays for an `OFFSET` over the whole table.

What a list needs before its first paint is one page: `first_page()` reads it (LIMIT page size + 1), and
the length of the list is known at once only when it is cheap (a short list, or an unfiltered one whose
length the `list_counts` table keeps). Everything else comes from `survey()`, meant for a worker thread:
one pass over the keys that returns the exact count and the first key of every page (a position index
of count / page size keys, ~5,000 tuples for a million rows), which the UI's pager then `adopt()`s. Until
then the list grows page by page (`fetch_more()`), and a jump into unseen middle ground uses OFFSET from
the nearest known page.

Search runs with the FTS index as the outer loop (CROSS JOIN fixes the join order), ordered by the FTS
rowid, which FTS5 delivers in order: the first page of a search costs what the page costs, not what all
matches cost. Placements found through a person are ordered (person rowid, placement rowid).
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any, Callable

from ..storage.query import fts_prefix_query, rows, scalar
from ..storage.repos.events import EventRepo
from ..storage.repos.records import ListFilter
from ..storage.repos.units import UnitRepo
from .common import decode_issues
from .context import AppContext
from .errors import ServiceError
from .list_specs import DISCREPANT, RECEIPT_STATUSES, SPECS
from .list_survey import Cancelled, Survey, survey_list
from .roles import Permission

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


GROUP_SLACK = 16      # rows read past a grouped page to see where its last group ends


class RecordPager:
    """Rows of one list query, read a page at a time; one pager per connection (thread)."""

    def __init__(self, ctx: AppContext, query: ListQuery, *, page_size: int = 200, cache_pages: int = 8,
                 units: list[str] | None = None):
        """`units`: the list's units when the caller knows them already (`unit_ids()` of an earlier pager of
        the same unit filter), which spares a walk of the unit tree per keystroke."""
        ctx.require(Permission.VIEW)
        self._given_units = units
        if query.kind not in SPECS:
            raise ServiceError(f"unknown kind {query.kind!r}")
        self.ctx, self.query, self.spec = ctx, query, SPECS[query.kind]
        self.page_size, self.cache_pages = page_size, cache_pages
        self._search = fts_prefix_query(query.search or "")
        self._where, self._params = self._filters()
        self._keys = self._key_exprs()
        self._count: int | None = None
        self._loaded = 0                        # rows known to exist from the top (while the count is not)
        self._lazy = False                      # True once first_page() ran: the UI never counts in full
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._starts: dict[int, tuple] = {}     # page -> key of its first row
        self._index: list[tuple] = []           # the survey's page starts, in list order
        self._lock = threading.Lock()

    # -- the filter ---------------------------------------------------------------------------
    def _filters(self) -> tuple[str, list]:
        q, spec = self.query, self.spec
        # Unary + on deleted and unit: their indexes must never tempt the planner away from the sort
        # index (or, when searching, from the FTS index as the outer loop).
        where, params = ["+t.deleted = 0"], []
        self._scope = scope = self._given_units if self._given_units is not None else self._unit_ids()
        where.append(f"+{spec.unit_column} IN ({','.join('?' for _ in scope)})")
        params += scope
        if q.event_id:
            where.append(spec.event_sql)
            params.append(q.event_id)
        if q.status:
            where.append(self._status_sql(q.status, params))
        if self._search:
            where.insert(0, f"{spec.fts} MATCH ?")
            params.insert(0, self._search)
        if q.discrepancies_only and q.kind == "receipt":
            where.append(DISCREPANT)
        return " AND ".join(where), params

    def unit_ids(self) -> list[str]:
        """The units whose records the list shows: the chosen unit's subtree inside the user's area."""
        return list(self._scope)

    def _unfiltered(self) -> bool:
        q = self.query
        return not (q.event_id or q.status or self._search or (q.discrepancies_only and q.kind == "receipt"))

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
        return DISCREPANT

    # -- the order ----------------------------------------------------------------------------
    def _key_exprs(self) -> list[str]:
        """The expressions a row's position is decided by, most significant first (unique together)."""
        sort = self.query.sort if self.query.sort in self.spec.sorts else "rowid"
        if sort != "rowid":
            return [f"t.{sort}", "t.rowid"]
        if self._search:
            return ["f.rowid", "t.rowid"] if self.spec.grouped else ["f.rowid"]
        return ["t.rowid"]

    def _grouped(self) -> bool:
        """SQL orders by the FTS rowid only (FTS5 delivers it in order); rows of one group sorted here."""
        return self._keys == ["f.rowid", "t.rowid"]

    def _from(self, *, select: bool) -> str:
        spec = self.spec
        if self._search:
            return spec.search_from + (f" {spec.search_joins}" if select else "")
        return f"{spec.table} t" + (f" {spec.joins}" if select else "")

    def _order(self, descending: bool, *, exact: bool = False) -> str:
        direction = "DESC" if descending else "ASC"
        keys = self._keys[:1] if self._grouped() and not exact else self._keys
        return ", ".join(f"{k} {direction}" for k in keys)

    def _after(self, start: tuple, descending: bool, inclusive: bool, params: list) -> str:
        """The keyset condition: rows after `start` in the reading direction."""
        op = ("<" if descending else ">") + ("=" if inclusive else "")
        keys = self._keys
        if len(keys) == 1:
            params.append(start[0])
            return f"{keys[0]} {op} ?"
        marks = ", ".join("?" for _ in keys)
        params += list(start)
        sql = f"({', '.join(keys)}) {op} ({marks})"
        if keys[0] == "f.rowid":    # a plain rowid range FTS5 can use (it does not see row values)
            params.append(start[0])
            sql += f" AND f.rowid {'<=' if descending else '>='} ?"
        return sql

    def _key(self, row: dict) -> tuple:
        return tuple(row[f"_k{n}"] for n in range(len(self._keys)))

    def _key_select(self) -> str:
        return ", ".join(f"{k} AS _k{n}" for n, k in enumerate(self._keys))

    # -- the length ---------------------------------------------------------------------------
    def known_count(self) -> int | None:
        """The length when it is known or cheap to know (no full count on this thread)."""
        if self._count is None and self._unfiltered():
            # Kept by triggers (schema 5): a million-row list knows its length without counting.
            marks = ",".join("?" for _ in self._scope)
            self._count = scalar(self.ctx.conn, f"SELECT COALESCE(SUM(live), 0) FROM list_counts WHERE tbl = ?"
                                 f" AND unit_id IN ({marks})", [self.spec.table, *self._scope])
        return self._count

    def count(self) -> int:
        """The exact length, counting now if it is not known (services and tests; the UI uses a survey)."""
        if self.known_count() is None:
            self._count = scalar(self.ctx.conn, f"SELECT COUNT(*) FROM {self._from(select=False)} WHERE"
                                 f" {self._where}", self._params)
        return self._count

    def available(self) -> int:
        """Rows that may be shown now: the length once known, else the rows read from the top so far."""
        known = self.known_count()
        return known if known is not None else self._loaded

    def more_to_read(self) -> bool:
        return self._lazy and self._count is None

    def first_page(self) -> list[dict]:
        """Read the first page, and one row more to learn whether the list is longer than a page."""
        if 0 in self._pages:
            return self._pages[0]
        self._lazy = True
        found = [self._present(r) for r in self._fetch(None, self.page_size + 1, 0, backwards=False,
                                                        inclusive=True)]
        if self.known_count() is None and len(found) <= self.page_size:
            self._count = len(found)
        found = found[:self.page_size]
        if found:
            self._starts[0] = self._key(found[0])
        self._loaded = max(self._loaded, len(found))
        return self._remember(0, found)

    def fetch_more(self) -> int:
        """Read the page after the rows read so far; returns how many rows it added."""
        if not self.more_to_read():
            return 0
        number = self._loaded // self.page_size
        found = self.page(number)
        self._loaded += len(found)
        if len(found) < self.page_size:
            self._count = self._loaded
        return len(found)

    # -- reads --------------------------------------------------------------------------------
    def row(self, index: int) -> dict | None:
        """Row `index` of the list, reading its page if needed."""
        if index < 0 or index >= (self.available() if self._lazy else self.count()):
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
            return self._remember(number, self._read_page(number))

    def _remember(self, number: int, found: list[dict]) -> list[dict]:
        self._pages[number] = found
        self._pages.move_to_end(number)
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return found

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _read_page(self, number: int) -> list[dict]:
        total, size = self.known_count(), self.page_size
        first = number * size
        last = (number + 1) * size if total is None else min((number + 1) * size, total)
        if first >= last:
            return []
        if number in self._starts:
            found = self._fetch(self._starts[number], last - first, 0, backwards=False, inclusive=True)
            return [self._present(r) for r in found]
        before = self._pages.get(number - 1)
        if before and len(before) == size:      # the next page of a page read: from its last key
            found = self._fetch(self._key(before[-1]), last - first, 0, backwards=False, inclusive=False)
            if found:
                self._starts[number] = self._key(found[0])
            return [self._present(r) for r in found]
        # Each way in costs the rows it must skip: from a known page start before, or one after, or the end.
        ways = [((number - p) * size, "forward", p) for p in self._starts if p <= number]
        ways.append((first, "forward", None))
        if total is not None:
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

    def _fetch(self, start: tuple | None, limit: int, offset: int, *, backwards: bool, inclusive: bool
               ) -> list[dict]:
        descending = self.query.descending != backwards
        where, params = self._where, list(self._params)
        if start is not None:
            where += " AND " + self._after(start, descending, inclusive, params)
        # A grouped order skipping rows with OFFSET needs SQLite to sort every match (rare: no page start
        # known near a jump); reading from a key does not.
        exact = offset > 0
        sql = (f"SELECT {self.spec.select}, {self._key_select()} FROM {self._from(select=True)} WHERE {where}"
               f" ORDER BY {self._order(descending, exact=exact)} LIMIT ? OFFSET ?")
        grouped = self._grouped() and not exact
        found = rows(self.ctx.conn, sql, [*params, limit + (GROUP_SLACK if grouped else 0), offset])
        if grouped and found:
            found = self._whole_groups(found, limit, sql, where, params, descending)
        return found

    def _whole_groups(self, found: list[dict], limit: int, sql: str, where: str, params: list,
                      descending: bool) -> list[dict]:
        """SQLite emits each FTS row's placements together, in no promised order, and LIMIT may cut the last
        group anywhere. A few rows more are read: a group followed by another is whole. The last group is
        dropped when the page is full without it, else read whole; then each group is sorted by placement."""
        if len(found) > limit:
            group = found[-1]["_k0"]
            if found[limit - 1]["_k0"] == group:    # a group longer than the slack: read it whole
                whole = rows(self.ctx.conn, sql.replace(f"WHERE {where}", f"WHERE {where} AND f.rowid = ?", 1),
                             [*params, group, -1, 0])
                found = [r for r in found if r["_k0"] != group] + whole
            else:
                found = [r for r in found if r["_k0"] != group]
        found.sort(key=self._key, reverse=descending)
        return found[:limit]

    def _present(self, row: dict) -> dict:
        if row.get("warnings"):
            row["warnings"] = [i.message(self.ctx.lang) for i in decode_issues(row["warnings"])]
        else:
            row["warnings"] = []
        return row

    # -- the position index -------------------------------------------------------------------
    def survey(self, cancelled: Callable[[], bool] = lambda: False) -> Survey:
        """Count the list and note the first key of every page: for a worker thread (see list_survey)."""
        return survey_list(self, cancelled)

    def adopt(self, survey: Survey) -> None:
        """Take a worker's survey of the same query: the count, and every page start from now on."""
        with self._lock:
            if self._count is not None and self._count != survey.count:
                self._pages.clear()
                self._starts.clear()
            self._count = survey.count
            self._loaded = min(self._loaded, survey.count)
            self._index = list(survey.starts)
            self._starts.update(enumerate(survey.starts))

    def surveyed(self) -> bool:
        return bool(self._index) or self._count == 0

    def index_of(self, record_id: str, *, limit_pages: int = 5) -> int | None:
        """Position of a record in the list (to keep a selection after a refresh): in a page read already,
        through the position index when the survey is in, else among the first pages."""
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page):
                if row["id"] == record_id:
                    return number * self.page_size + offset
        if self._index:
            found = rows(self.ctx.conn, f"SELECT {self._key_select()} FROM {self._from(select=False)} WHERE"
                         f" {self._where} AND t.id = ?", [*self._params, record_id])
            if not found:
                return None
            key = self._key(found[0])
            try:
                if self.query.descending:   # starts descend: the last page whose start is >= key
                    number = len(self._index) - 1 - bisect.bisect_left(self._index[::-1], key)
                else:
                    number = bisect.bisect_right(self._index, key) - 1
            except TypeError:           # a NULL among the keys: read the first pages instead
                number = 0
            candidates = [number]
        else:
            candidates = range(min(limit_pages, self.available() // self.page_size + 1))
        for number in candidates:
            for offset, row in enumerate(self.page(number) if number >= 0 else []):
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


__all__ = ["Cancelled", "ListQuery", "RecordPager", "Survey", "SPECS", "filter_choices", "export_filter", "RECEIPT_STATUSES"]
