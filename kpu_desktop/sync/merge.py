"""Merging received changes: a plan computed from reads only (the preview), then written in one go.

Every received change is kept in `changes` (for relaying and for later merges). Rows are the fold of all
changes held for them; a record that cannot be written yet (its creation or a record it points to has not
arrived) waits in `sync_pending` and is looked at again on every import.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from operator import itemgetter, lt
from typing import Callable, Iterable

from ..storage import meta
from ..storage.bulk import batch_insert
from ..storage.clock import HybridClock
from .changes import DATA, HLC, NODE, PARENTS, RID, SEQ, TBL, UNIT, USER, store_lines
from .conflicts import Entry, find_conflicts, fold
from .errors import BundleRefused, Cancelled
from .ranges import Vector, record_received

CHUNK = 2000
Progress = Callable[[int, int], None]


@dataclass
class MergePlan:
    new_lines: list[list]
    present: int
    inserts: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[tuple[str, dict]]] = field(default_factory=lambda: defaultdict(list))
    pending: dict[tuple[str, str], str] = field(default_factory=dict)
    stale: list[tuple[str, str]] = field(default_factory=list)
    brought: set[tuple[str, str]] = field(default_factory=set)
    conflicts: dict[tuple[str, str], list] = field(default_factory=dict)
    corrections: list[tuple[str, str, str, str]] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def summary(self) -> dict:
        """Per record kind: new, updated, unchanged, waiting, conflicts; plus changes already held."""
        kinds = {t: dict(c) for t, c in sorted(self.counts.items())}
        # Totals of what the bundle brings, as the per-kind table shows them: records looked at again only
        # for their stored state (a conflict still open from before) are not the bundle's.
        return {"changes_new": len(self.new_lines), "changes_present": self.present, "kinds": kinds,
                "conflicts": sum(c.get("conflicts", 0) for c in kinds.values()),
                "pending": sum(c.get("pending", 0) for c in kinds.values()), "corrections": len(self.corrections)}


def plan_merge(conn: sqlite3.Connection, lines: list[list], *, own_node: str,
               unit_names: Callable[[str], str] = str) -> MergePlan:
    """What importing `lines` would do; reads only. Refuses forked sequences."""
    new_lines, present = split_known(conn, lines, own_node, unit_names)
    plan = MergePlan(new_lines, present)
    line_keys = list(zip(map(itemgetter(TBL), new_lines), map(itemgetter(RID), new_lines)))
    plan.brought = set(line_keys)
    groups: dict[tuple[str, str], list[list]]
    if len(plan.brought) == len(line_keys):
        groups = dict(zip(line_keys, map(_alone, new_lines)))
    else:  # some records come with several changes: gather them in order
        groups = {}
        for key, line in zip(line_keys, new_lines):
            group = groups.get(key)
            if group is None:
                groups[key] = [line]
            else:
                group.append(line)
    waiting = {(t, r): reason for t, r, reason in conn.execute("SELECT tbl, record_id, reason FROM sync_pending")}
    # Records with stored state are looked at again: arrivals may complete them, and local edits since the
    # last import may have settled their conflicts.
    with_state = set(waiting) | set(conn.execute("SELECT DISTINCT tbl, record_id FROM sync_conflicts"))
    again = sorted(k for k in with_state if k not in groups)  # looked at for their stored state only
    keys = list(groups) + again
    plan.stale = [k for k in keys if k in with_state] if with_state else []
    rows = _current_rows(conn, keys)
    old = load_history(conn, [*rows, *(k for k in with_state if k not in rows)])  # in any order
    required = _required_columns(conn)
    new_counts: Counter = Counter()
    for key, group in chain(groups.items(), zip(again, repeat(()))):
        if key not in rows and key not in old:
            values = _new_values(group, key[1])
            if values is not None:
                tbl = key[0]
                if required[tbl] <= values.keys():
                    plan.inserts[tbl].append(values)
                    if tbl in new_counts:
                        new_counts[tbl] += 1
                    else:  # the first one counted in place: the order of the summary stays as it was
                        plan.counts[tbl]["new"] += 1
                        new_counts[tbl] = 0
                else:
                    plan.pending[key] = "incomplete:" + ",".join(sorted(required[tbl] - values.keys()))
                    plan.counts[tbl]["pending"] += 1
                continue
        incoming = [_entry(line) for line in group]
        history = old.get(key, []) + incoming
        _plan_record(plan, key, history, incoming, rows.get(key), required[key[0]])
    for tbl, count in new_counts.items():
        if count:
            plan.counts[tbl]["new"] += count
    _hold_missing_references(conn, plan)
    return plan


def split_known(conn: sqlite3.Connection, lines: list[list], own_node: str,
                unit_names: Callable[[str], str]) -> tuple[list[list], int]:
    """Drop changes already held; a number held with other content is a forked sequence."""
    if lines:
        # The usual bundle: one node's changes in rising sequence, none of them held yet.
        node = lines[0][NODE]
        seqs = list(map(itemgetter(SEQ), lines))
        if list(map(itemgetter(NODE), lines)).count(node) == len(lines) \
                and all(map(lt, seqs, islice(seqs, 1, None))) and conn.execute(
                    "SELECT 1 FROM changes WHERE node_id = ? AND seq BETWEEN ? AND ? LIMIT 1",
                    (node, seqs[0], seqs[-1])).fetchone() is None:
            if node == own_node:
                raise BundleRefused("own_changes", node=node, first=seqs[0], last=seqs[-1])
            return list(lines), 0
    by_node: dict[str, dict[int, list]] = defaultdict(dict)
    for line in lines:
        seen = by_node[line[NODE]].get(line[SEQ])
        if seen is not None and not _same(seen, line):
            raise BundleRefused("forked", node=line[NODE], seq=line[SEQ], unit=unit_names(line[NODE]))
        by_node[line[NODE]][line[SEQ]] = line
    new: list[list] = []
    present = 0
    for node, items in by_node.items():
        held = {seq: (hlc, tbl, rid, data) for seq, hlc, tbl, rid, data in conn.execute(
            "SELECT seq, hlc, tbl, record_id, data FROM changes WHERE node_id = ? AND seq BETWEEN ? AND ?",
            (node, min(items), max(items)))}
        fresh = []
        for seq, line in sorted(items.items()):
            stored = held.get(seq)
            if stored is None:
                fresh.append(line)
            elif (stored[0], stored[1], stored[2]) != (line[HLC], line[TBL], line[RID]) \
                    or json.loads(stored[3]) != line[DATA]:
                raise BundleRefused("forked", node=node, seq=seq, unit=unit_names(node))
            else:
                present += 1
        if node == own_node and fresh:
            raise BundleRefused("own_changes", node=node, first=fresh[0][SEQ], last=fresh[-1][SEQ])
        new.extend(fresh)
    return new, present


def _alone(line: list) -> list[list]:
    return [line]


def _same(a: list, b: list) -> bool:
    return a[HLC] == b[HLC] and a[TBL] == b[TBL] and a[RID] == b[RID] and a[DATA] == b[DATA]


def _entry(line: list) -> Entry:
    return Entry(line[NODE], line[SEQ], line[HLC], line[DATA], line[PARENTS] or (), line[UNIT], line[USER])


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _by_table(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    tables = set(map(itemgetter(0), keys))
    if len(tables) == 1:
        return {tables.pop(): list(map(itemgetter(1), keys))}
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, rid in keys:
        by_table[tbl].append(rid)
    return by_table


def _current_rows(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    by_table = _by_table(keys)
    found = {}
    for tbl, ids in by_table.items():
        # Most records of a large bundle are new here: find the held ones by id alone (from the index),
        # then read only those whole.
        held = []
        if (conn.execute(f"SELECT MAX(rowid) FROM {tbl}").fetchone()[0] or 0) <= len(ids):
            # No more rows than ids asked for (rowids count at least the rows): read all ids at once.
            wanted = set(ids)
            held = [rid for rid, in conn.execute(f"SELECT id FROM {tbl}") if rid in wanted]
        else:
            for part in _chunks(ids):
                held.extend(r[0] for r in conn.execute(
                    f"SELECT id FROM {tbl} WHERE id IN ({','.join('?' * len(part))})", part))
        for part in _chunks(held):
            cur = conn.execute(f"SELECT * FROM {tbl} WHERE id IN ({','.join('?' * len(part))})", part)
            names = [c[0] for c in cur.description]
            for row in cur:
                record = dict(zip(names, row))
                found[(tbl, record["id"])] = record
    return found


def load_history(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[Entry]]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, rid in keys:
        by_table[tbl].append(rid)
    out: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for tbl, ids in by_table.items():
        for part in _chunks(ids):
            for rid, node, seq, hlc, data, parents, unit, user in conn.execute(
                    "SELECT record_id, node_id, seq, hlc, data, parents, unit_id, username FROM changes"
                    f" WHERE tbl = ? AND record_id IN ({','.join('?' * len(part))})", [tbl, *part]):
                out[(tbl, rid)].append(Entry(node, seq, hlc, json.loads(data), json.loads(parents or "[]"),
                                             unit, user))
    return out


def _required_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    from ..storage.records import SHARED_TABLES
    return {t: frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({t})")
                         if r[3] and r[4] is None and not r[5]) for t in SHARED_TABLES}


def _one_writer(group) -> bool:
    first = group[0][NODE]
    return all(line[NODE] == first for line in group)


def _new_values(group: list[list], rid: str) -> dict | None:
    """The row of a record new here written by one node only (lines in sequence order); None otherwise.

    A record brought by one change whose data names its id is that data itself, not a copy: plans only
    read what they hold.
    """
    if len(group) == 1:
        values = group[0][DATA]
        return values if "id" in values else dict(values, id=rid)
    if not group or not _one_writer(group):
        return None
    values = dict(group[0][DATA])
    for line in islice(group, 1, None):
        values.update(line[DATA])
    values["id"] = rid
    return values


def _plan_record(plan: MergePlan, key: tuple[str, str], history: list[Entry], incoming: list[Entry],
                 row: dict | None, required: frozenset[str]) -> None:
    tbl, rid = key
    # Records looked at again only for their stored state are not part of what the bundle brings.
    counts = plan.counts[tbl] if incoming else Counter()
    values = fold(history) if len(history) > 1 else dict(history[0].data)
    values.pop("id", None)
    if row is None:
        missing = required - values.keys()
        if missing:
            plan.pending[key] = "incomplete:" + ",".join(sorted(missing))
            counts["pending"] += 1
        else:
            plan.inserts[tbl].append(dict(values, id=rid))
            counts["new"] += 1
    else:
        diff = {k: v for k, v in values.items() if row.get(k) != v}
        if diff:
            plan.updates[tbl].append((rid, diff))
        counts["updated" if diff else "unchanged"] += 1
        owner = values.get("owner_unit_id")
        for entry in incoming:
            if owner and entry.unit and entry.unit != owner and "created_at" not in entry.data:
                plan.corrections.append((tbl, rid, owner, entry.unit))
    found = find_conflicts(history)
    if found:
        plan.conflicts[key] = found
        counts["conflicts"] += len(found)


def _foreign_keys(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
    return {t: [(r[3], r[2], r[4] or "id") for r in conn.execute(f"PRAGMA foreign_key_list({t})")]
            for t in tables}


def _hold_missing_references(conn: sqlite3.Connection, plan: MergePlan) -> None:
    """Keep back records pointing to records this node does not hold (yet); repeat until stable."""
    fks = _foreign_keys(conn, set(plan.inserts) | set(plan.updates))
    known: dict[tuple[str, str], set] = defaultdict(set)
    while True:
        arriving = {t: set(map(itemgetter("id"), rows)) for t, rows in plan.inserts.items()}
        references = list(_referenced(plan, fks))
        wanted: dict[tuple[str, str], set] = defaultdict(set)
        for column, target, target_col, values in references:
            wanted[(target, target_col)].update(values.difference(arriving.get(target, ())))
        for (target, target_col), needed in wanted.items():
            ask = sorted(needed - known[(target, target_col)])
            for part in _chunks(ask):
                known[(target, target_col)].update(r[0] for r in conn.execute(
                    f"SELECT {target_col} FROM {target} WHERE {target_col} IN ({','.join('?' * len(part))})", part))
        held_back = _drop_unresolved(plan, fks, references, arriving, known)
        if not held_back:
            return


def _referenced(plan: MergePlan, fks):
    """(column, target, target column, the values written to that column other than None) per table."""
    for tbl in set(plan.inserts) | set(plan.updates):
        written = [*plan.inserts.get(tbl, ()), *(diff for _rid, diff in plan.updates.get(tbl, ()))]
        for column, target, target_col in fks[tbl]:
            values = set(map(dict.get, written, repeat(column)))
            values.discard(None)
            yield column, target, target_col, values


def _drop_unresolved(plan: MergePlan, fks, references, arriving, known) -> bool:
    def missing(tbl: str, values: dict) -> str | None:
        for column, target, target_col in fks[tbl]:
            value = values.get(column)
            if value is not None and value not in arriving.get(target, ()) \
                    and value not in known[(target, target_col)]:
                return f"reference:{column}={value}"
        return None

    unresolved = {column: values for column, target, target_col, values in references
                  if values.difference(arriving.get(target, ()), known[(target, target_col)])}
    if not unresolved:
        return False  # every reference resolves: nothing to look at row by row
    dropped = False
    for tbl in list(plan.inserts):
        keep = []
        for row in plan.inserts[tbl]:
            reason = missing(tbl, row)
            if reason:
                plan.pending[(tbl, row["id"])] = reason
                if (tbl, row["id"]) in plan.brought:
                    plan.counts[tbl].update(new=-1, pending=1)
                dropped = True
            else:
                keep.append(row)
        plan.inserts[tbl] = keep
    for tbl in list(plan.updates):
        keep_updates = []
        for rid, diff in plan.updates[tbl]:
            reason = missing(tbl, diff)
            if reason:
                plan.pending[(tbl, rid)] = reason
                if (tbl, rid) in plan.brought:
                    plan.counts[tbl].update(updated=-1, pending=1)
            else:
                keep_updates.append((rid, diff))
        plan.updates[tbl] = keep_updates
    return dropped


def write_plan(conn: sqlite3.Connection, plan: MergePlan, received: Vector, own_node: str, *,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> None:
    """Write a plan inside the caller's transaction (a cancel raises and the caller rolls back)."""
    total = len(plan.new_lines) + sum(map(len, plan.inserts.values())) + sum(map(len, plan.updates.values()))
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled()
        done += count
        if progress is not None:
            progress(done, total)

    with batch_insert(conn, "changes", len(plan.new_lines)):  # its record index built anew for large ones
        for part in _chunks(plan.new_lines, 10_000):
            store_lines(conn, part)
            step(len(part))
    # Rows of one bundle point to each other in any order; the check runs at commit.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    _write_rows(conn, plan, step)
    _write_state(conn, plan)
    record_received(conn, {n: r for n, r in received.items() if n != own_node})
    if plan.new_lines:
        clock = HybridClock.from_state(meta.get(conn, "hlc"))
        clock.observe(max(map(itemgetter(HLC), plan.new_lines)))
        meta.put(conn, "hlc", clock.state())


def _write_rows(conn: sqlite3.Connection, plan: MergePlan, step: Callable[[int], None]) -> None:
    for tbl, rows in plan.inserts.items():
        by_columns: dict[tuple, list] = defaultdict(list)
        if rows and all(map(tuple(rows[0]).__eq__, map(tuple, rows))):
            # All with the same columns in the same order (the usual case): one group, built in C.
            by_columns[tuple(rows[0])] = list(map(tuple, map(dict.values, rows)))
        else:
            for row in rows:
                by_columns[tuple(row)].append(tuple(row.values()))
        with batch_insert(conn, tbl, len(rows)):
            for columns, values in by_columns.items():
                for part in _chunks(values, 10_000):
                    conn.executemany(f"INSERT INTO {tbl} ({', '.join(columns)})"
                                     f" VALUES ({', '.join('?' * len(columns))})", part)
                    step(len(part))
    for tbl, items in plan.updates.items():
        by_columns = defaultdict(list)
        for rid, diff in items:
            by_columns[tuple(diff)].append((*diff.values(), rid))
        for columns, values in by_columns.items():
            sets = ", ".join(f"{c} = ?" for c in columns)
            for part in _chunks(values, 10_000):
                conn.executemany(f"UPDATE {tbl} SET {sets} WHERE id = ?", part)
                step(len(part))


def _write_state(conn: sqlite3.Connection, plan: MergePlan) -> None:
    """Pending records and open conflicts of the examined records, replaced by their new state."""
    for part in _chunks(plan.stale):
        conn.executemany("DELETE FROM sync_pending WHERE tbl = ? AND record_id = ?", part)
        conn.executemany("DELETE FROM sync_conflicts WHERE tbl = ? AND record_id = ?", part)
    conn.executemany("INSERT INTO sync_pending (tbl, record_id, reason) VALUES (?, ?, ?)",
                     [(t, r, reason) for (t, r), reason in plan.pending.items()])
    conn.executemany(
        "INSERT INTO sync_conflicts (tbl, record_id, field, kind, versions) VALUES (?, ?, ?, ?, ?)",
        [(t, r, name, kind, json.dumps(versions, ensure_ascii=False, sort_keys=True))
         for (t, r), found in plan.conflicts.items() for name, kind, versions in found])
