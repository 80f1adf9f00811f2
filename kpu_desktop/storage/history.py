"""The causal history of one record in the change log: which changes a writer had already seen.

A change is identified by `node:seq`. Its ancestors are the changes listed in its `parents` (the record's
heads when it was written) and, implicitly, the earlier changes of the same record by the same node: a node
always sees its own writes, which also covers change-log entries written before `parents` existed.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Sequence


def change_id(node_id: str, seq: int) -> str:
    return f"{node_id}:{seq}"


def heads(entries: Iterable[tuple[str, int, str | None]]) -> list[str]:
    """Ids of the changes no other change has seen; entries: (node_id, seq, parents JSON or None)."""
    latest: dict[str, int] = {}
    seen: set[str] = set()
    for node, seq, parents in entries:
        if seq > latest.get(node, 0):
            latest[node] = seq
        if parents:
            seen.update(json.loads(parents))
    return sorted(cid for cid in (change_id(n, s) for n, s in latest.items()) if cid not in seen)


def record_heads(conn: sqlite3.Connection, table: str, record_id: str) -> list[str]:
    cur = conn.execute("SELECT node_id, seq, parents FROM changes WHERE tbl = ? AND record_id = ?",
                       (table, record_id))
    return heads(cur)


def ancestors_map(changes: Sequence[tuple[str, int, str, Sequence[str]]]) -> dict[str, set[str]]:
    """{id: ids it had seen} for changes (node_id, seq, hlc, parents) of one record.

    A writer's clock has observed every change it saw, so a parent always has a smaller HLC: walking the
    changes in clock order visits parents first.
    """
    ordered = sorted(changes, key=lambda c: (c[2], c[0]))
    known: dict[str, set[str]] = {}
    last_of_node: dict[str, str] = {}
    for node, seq, _hlc, parents in sorted(ordered, key=lambda c: (c[0], c[1])):
        cid = change_id(node, seq)
        previous = last_of_node.get(node)
        known[cid] = {previous} if previous else set()
        last_of_node[node] = cid
    result: dict[str, set[str]] = {}
    for node, seq, _hlc, parents in ordered:
        cid = change_id(node, seq)
        direct = known[cid] | {p for p in parents if p in known}
        seen: set[str] = set()
        for parent in direct:
            seen.add(parent)
            seen |= result.get(parent, set())
        result[cid] = seen
    return result
