"""Changes as they travel: one JSON array per line, checked field by field before anything is written.

A line is `[node, seq, hlc, table, record_id, op, username, unit_id, data, parents]`, decoded into a tuple;
relayed changes keep their original node, sequence and clock.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from operator import itemgetter
from typing import Annotated, Iterable, Literal, NoReturn, Optional, Sequence, Union

import msgspec

from ..storage.records import SHARED_TABLES
from .errors import BundleRefused
from .fingerprint import OWNER_COLUMN
from ..storage.jsonfast import dumps, loads

NODE, SEQ, HLC, TBL, RID, OP, USER, UNIT, DATA, PARENTS = range(10)
STAMP_FIELDS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})
NODE_RE = re.compile(r"[0-9a-f]{4,32}\Z")
HLC_RE = re.compile(r"\d{15}\.\d{6}\Z")
PARENT_RE = re.compile(r"[0-9a-f]{4,32}:[1-9]\d{0,11}\Z")
SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
MAX_TEXT = 100_000
# Tables a recipient lower in the tree always receives whole: no personal data in them.
REFERENCE_TABLES = ("units", "events", "tps")

SELECT_LINE = ("SELECT json_array(node_id, seq, hlc, tbl, record_id, op, username, unit_id, json(data),"
               " json(coalesce(parents, 'null'))) FROM changes")


def table_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    return {t: frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in SHARED_TABLES}


def parse_lines(text: str, columns: dict[str, frozenset[str]]) -> list[tuple]:
    """Every line decoded and checked; the first bad one refuses the whole bundle.

    msgspec decodes each line straight into the types `_check` describes, in C (half the time of decoding
    with orjson and checking in Python); what a type cannot say is then checked over all lines at once.
    """
    raw = text.split("\n")
    if "" in raw:
        raw = list(filter(None, raw))
    decode = _line_decoder(frozenset(columns)).decode
    try:
        items = list(map(decode, raw))
    except msgspec.MsgspecError:
        _name_fault(raw, columns, decode)
    if not all(map(NODE_RE.match, set(map(itemgetter(NODE), items)))) \
            or not all(map(HLC_RE.match, map(itemgetter(HLC), items))) \
            or not all(data.keys() <= columns[tbl] and data.get("id", rid) == rid
                       for _n, _s, _h, tbl, rid, _o, _u, _un, data, _p in items) \
            or (max(map(len, raw), default=0) > MAX_TEXT
                and any(type(v) is str and len(v) > MAX_TEXT for item in items for v in item[DATA].values())):
        _name_fault(raw, columns, decode)
    return items


@lru_cache(maxsize=4)
def _line_decoder(tables: frozenset[str]) -> "msgspec.json.Decoder":
    """A decoder of one change line as `_check` describes it (values within SQLite's 64-bit integers)."""
    short = Annotated[str, msgspec.Meta(max_length=64)]
    scalar = Union[str, Annotated[int, msgspec.Meta(ge=-2**63, le=2**63 - 1)], float, bool, None]
    parent = Annotated[str, msgspec.Meta(pattern="^" + PARENT_RE.pattern)]
    line = tuple[str, Annotated[int, msgspec.Meta(gt=0, lt=10**12)], Annotated[str, msgspec.Meta(max_length=22)],
                 Literal[tuple(sorted(tables))], Annotated[str, msgspec.Meta(min_length=1, max_length=64)],
                 Literal["upsert"], Optional[short], Optional[short],
                 Annotated[dict[str, scalar], msgspec.Meta(min_length=1)],
                 Optional[Annotated[list[parent], msgspec.Meta(max_length=64)]]]
    return msgspec.json.Decoder(line)


def _name_fault(raw: list[str], columns: dict[str, frozenset[str]], decode) -> NoReturn:
    """Refuse the bundle, naming the first bad line and what is wrong with it."""
    nodes: set[str] = set()
    for number, line in enumerate(raw, start=1):
        try:
            item = loads(line)
        except ValueError as exc:
            raise BundleRefused("bad_change", line=number, detail=str(exc)) from None
        _check(item, number, columns, nodes, len(line) > MAX_TEXT)
    # Nothing `_check` knows of (a number past 64 bits): the first line the decoder refuses is named.
    for number, line in enumerate(raw, start=1):
        try:
            decode(line)
        except msgspec.MsgspecError as exc:
            raise BundleRefused("bad_change", line=number, detail=str(exc)) from None
    raise BundleRefused("bad_change", line="?", detail="not a change line")


def _check(item, number: int, columns: dict[str, frozenset[str]], nodes: set[str], long_line: bool) -> None:
    def bad(detail: str):
        raise BundleRefused("bad_change", line=number, detail=detail)

    if type(item) is not list or len(item) != 10:
        bad("expected a list of 10 values")
    node, seq, hlc, tbl, rid, op, user, unit, data, parents = item
    if node not in nodes:
        if type(node) is not str or not NODE_RE.match(node):
            bad("node id")
        nodes.add(node)
    if type(seq) is not int or not 0 < seq < 10**12:
        bad("sequence number")
    if type(hlc) is not str or not HLC_RE.match(hlc):
        bad("clock value")
    if tbl not in columns:
        raise BundleRefused("unknown_table", line=number, table=str(tbl)[:40])
    if type(rid) is not str or not 0 < len(rid) <= 64 or op != "upsert":
        bad("record id or operation")
    if (user is not None and (type(user) is not str or len(user) > 64)) \
            or (unit is not None and (type(unit) is not str or len(unit) > 64)):
        bad("user or unit")
    if type(data) is not dict or not data:
        bad("data")
    if not data.keys() <= columns[tbl]:
        unknown = sorted(data.keys() - columns[tbl])[0]
        raise BundleRefused("unknown_field", line=number, table=tbl, field=unknown[:40])
    if data.get("id", rid) != rid:
        bad("id differs from the record id")
    if not set(map(type, data.values())) <= SCALAR_TYPES:
        bad("field value")
    if long_line and any(type(v) is str and len(v) > MAX_TEXT for v in data.values()):
        bad("field value too long")
    if parents is not None and (type(parents) is not list or len(parents) > 64
                                or not all(type(p) is str and PARENT_RE.match(p) for p in parents)):
        bad("parents")


STORE_LINE = ("INSERT INTO changes (node_id, seq, hlc, tbl, record_id, op, username, unit_id, data, parents)"
              " VALUES (?, ?, ?, ?, ?, 'upsert', ?, ?, ?, ?)")


def store_lines(conn: sqlite3.Connection, items: Sequence[Sequence]) -> None:
    """Append checked change lines to the log, data and parents as JSON text.

    Encoding them again with orjson is faster than having SQLite cut them out of the line as sent
    (0.27 against 0.34 s for 100,000 lines); what is stored is what was decoded and applied.
    """
    conn.executemany(STORE_LINE, map(_stored, items))


def _stored(line: Sequence) -> tuple:
    node, seq, hlc, tbl, rid, _op, user, unit, data, parents = line
    return node, seq, hlc, tbl, rid, user, unit, dumps(data), None if parents is None else dumps(parents)


def select_lines(conn: sqlite3.Connection, floors: dict[str, int], scope_unit_ids: Iterable[str] | None
                 ) -> tuple[list[str], dict[str, int], dict[str, list[int]]]:
    """Change lines past each node's floor (nodes not named: all), limited to a recipient's scope.

    Returns the lines, the number of them per table and their sequence numbers per node (rising).
    """
    where, params = "", []
    if scope_unit_ids is not None:
        _fill_scope(conn, list(scope_unit_ids))
        where = (" AND (tbl IN ({}) OR record_id IN (SELECT id FROM temp.sync_scope_records) OR EXISTS (SELECT 1"
                 " FROM temp.sync_scope_moves m WHERE m.node_id = changes.node_id AND m.seq = changes.seq))"
                 .format(",".join("?" for _ in REFERENCE_TABLES)))
        params = list(REFERENCE_TABLES)
    lines: list[str] = []
    per_table: dict[str, int] = {}
    seqs: dict[str, list[int]] = {}
    nodes = [r[0] for r in conn.execute("SELECT DISTINCT node_id FROM changes ORDER BY node_id")]
    for node in nodes:
        cur = conn.execute(SELECT_LINE.replace("SELECT json_array", "SELECT tbl, seq, json_array")
                           + " WHERE node_id = ? AND seq > ?" + where + " ORDER BY seq",
                           [node, floors.get(node, 0), *params])
        found = []
        for tbl, seq, line in cur:
            per_table[tbl] = per_table.get(tbl, 0) + 1
            found.append(seq)
            lines.append(line)
        if found:
            seqs[node] = found
    return lines, per_table, seqs


def _fill_scope(conn: sqlite3.Connection, unit_ids: list[str]) -> None:
    """What a recipient lower in the tree may receive: every change of the records that belong to these units,
    and of records that belonged to them once, the changes that say to which unit they belong (so a record
    moved away leaves the recipient's lists too, without the new unit's later edits)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_scope_units (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_scope_records (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_scope_moves (node_id TEXT, seq INTEGER,"
                 " PRIMARY KEY (node_id, seq))")
    for table in ("sync_scope_units", "sync_scope_records", "sync_scope_moves"):
        conn.execute(f"DELETE FROM temp.{table}")
    conn.executemany("INSERT OR IGNORE INTO temp.sync_scope_units (id) VALUES (?)", [(u,) for u in unit_ids])
    scope = "(SELECT id FROM temp.sync_scope_units)"
    for sql in (f"SELECT id FROM placements WHERE unit_id IN {scope}",
                f"SELECT person_id FROM placements WHERE unit_id IN {scope}",
                f"SELECT id FROM persons WHERE owner_unit_id IN {scope}",
                f"SELECT id FROM facilities WHERE unit_id IN {scope}",
                f"SELECT id FROM receipts WHERE receiver_unit_id IN {scope}",
                f"SELECT id FROM receipt_lines WHERE owner_unit_id IN {scope} OR receipt_id IN"
                f" (SELECT id FROM receipts WHERE receiver_unit_id IN {scope})"):
        conn.execute(f"INSERT OR IGNORE INTO temp.sync_scope_records (id) {sql}")
    for tbl, column in OWNER_COLUMN.items():
        if tbl in REFERENCE_TABLES:
            continue  # sent whole anyway
        path = f"'$.{column}'"
        # Records outside the scope now are looked at first: usually few, and their data is decoded only then.
        conn.execute(
            "INSERT OR IGNORE INTO temp.sync_scope_moves (node_id, seq) SELECT node_id, seq FROM changes"
            " WHERE tbl = ? AND record_id IN (SELECT record_id FROM changes WHERE tbl = ?"
            " AND record_id NOT IN (SELECT id FROM temp.sync_scope_records)"
            f" AND json_extract(data, {path}) IN {scope}) AND json_type(data, {path}) IS NOT NULL", (tbl, tbl))
