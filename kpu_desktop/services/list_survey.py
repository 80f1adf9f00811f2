"""The survey of a record list, run on a worker thread with its own connection: the exact count and the
first key of every page (a position index: ~5,000 keys for a million rows), which the UI's pager adopts so
that any page, even in the unseen middle, is read from its first key instead of with OFFSET.

Lists in index order leap a page at a time (LIMIT 1 OFFSET page size: SQLite skips the rows, Python sees
one key per page; ~0.4-0.6 s for a million rows). Searches number their matches with a window function
instead, since each leap would open the FTS query again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..storage.query import scalar

if TYPE_CHECKING:
    from .paging import RecordPager


@dataclass
class Survey:
    """What a worker learnt of a list: its length and the first key of every page."""
    count: int
    starts: list[tuple]


class Cancelled(Exception):
    """The survey was told to stop (a newer query replaced it)."""


def survey_list(pager: RecordPager, cancelled: Callable[[], bool]) -> Survey:
    """Count the list and note the first key of every page (for a worker thread: it reads every key
    once, ~0.2-0.6 s for a million rows). `cancelled` is polled; a True answer raises `Cancelled`."""
    conn, size = pager.ctx.conn, pager.page_size
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)
    try:
        if pager._search:
            return _numbered(pager, size)
        return _leaps(pager, size, cancelled)
    except Exception as exc:  # noqa: BLE001 - an interrupted statement
        if cancelled():
            raise Cancelled() from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _leaps(pager: RecordPager, size: int, cancelled: Callable[[], bool]) -> Survey:
    """Leap a page at a time with LIMIT 1 OFFSET page size along the sort index: SQLite skips the rows,
    Python sees one key per page."""
    descending = pager.query.descending
    base = f"SELECT {pager._key_select()} FROM {pager._from(select=False)} WHERE {pager._where}"
    order = f" ORDER BY {pager._order(descending, exact=True)} LIMIT 1 OFFSET ?"
    starts: list[tuple] = []
    while not cancelled():
        if not starts:
            row = pager.ctx.conn.execute(base + order, [*pager._params, 0]).fetchone()
        else:
            params = list(pager._params)
            after = pager._after(starts[-1], descending, True, params)
            row = pager.ctx.conn.execute(f"{base} AND {after}{order}", [*params, size]).fetchone()
        if row is None:
            break
        starts.append(tuple(row))
    if cancelled():
        raise Cancelled()
    if not starts:
        return Survey(0, [])
    params = list(pager._params)
    after = pager._after(starts[-1], descending, True, params)
    tail = scalar(pager.ctx.conn, f"SELECT COUNT(*) FROM ({base} AND {after} ORDER BY"
                  f" {pager._order(descending, exact=True)} LIMIT ?)", [*params, size])
    return Survey((len(starts) - 1) * size + tail, starts)


def _numbered(pager: RecordPager, size: int) -> Survey:
    """Number the rows in SQL (a window over the matches): searches need no leaps through FTS."""
    keys = ", ".join(f"_k{n}" for n in range(len(pager._keys)))
    sql = (f"SELECT {keys}, _n, _c FROM (SELECT {pager._key_select()}, row_number() OVER"
           f" (ORDER BY {pager._order(pager.query.descending, exact=True)}) AS _n, COUNT(*) OVER () AS _c"
           f" FROM {pager._from(select=False)} WHERE {pager._where}) WHERE _n % ? = 1 ORDER BY _n")
    found = pager.ctx.conn.execute(sql, [*pager._params, size]).fetchall()
    if not found:
        return Survey(0, [])
    width = len(pager._keys)
    return Survey(found[0][width + 1], [tuple(r[:width]) for r in found])


__all__ = ["Cancelled", "Survey", "survey_list"]
