"""Sequence ranges: which changes of each node this installation holds (its version vector).

A vector is {node_id: [[from, to], ...]} with sorted, disjoint, non-adjacent ranges. Holes below a node's
highest known sequence are gaps: changes that exist somewhere but have not reached us yet.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable

Ranges = list[list[int]]
Vector = dict[str, Ranges]


def normalise(ranges: Iterable[Iterable[int]]) -> Ranges:
    out: Ranges = []
    for start, end in sorted((int(a), int(b)) for a, b in ranges):
        if out and start <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def from_seqs(seqs: Iterable[int]) -> Ranges:
    return normalise([s, s] for s in seqs)


def from_rising(seqs: Iterable[int]) -> Ranges:
    """The ranges of sequence numbers given in rising order (one pass, no sorting)."""
    out: Ranges = []
    for seq in seqs:
        if out and seq == out[-1][1] + 1:
            out[-1][1] = seq
        else:
            out.append([seq, seq])
    return out


def subtract(ranges: Ranges, minus: Ranges) -> Ranges:
    """The parts of `ranges` outside `minus` (both normalised)."""
    out: Ranges = []
    for start, end in ranges:
        for cut_from, cut_to in minus:
            if cut_to < start or cut_from > end:
                continue
            if cut_from > start:
                out.append([start, cut_from - 1])
            start = cut_to + 1
            if start > end:
                break
        if start <= end:
            out.append([start, end])
    return out


def union(*vectors: Vector) -> Vector:
    nodes = sorted(set().union(*vectors))
    return {n: normalise([r for v in vectors for r in v.get(n, [])]) for n in nodes}


def gaps(ranges: Ranges) -> Ranges:
    """Holes from 1 up to the highest sequence held."""
    out: Ranges = []
    expected = 1
    for start, end in ranges:
        if start > expected:
            out.append([expected, start - 1])
        expected = end + 1
    return out


def prefix(ranges: Ranges) -> int:
    """Highest n such that 1..n are all held (0 if none)."""
    return ranges[0][1] if ranges and ranges[0][0] == 1 else 0


def above(ranges: Ranges, floor: int) -> Ranges:
    """The parts of `ranges` past sequence `floor`."""
    return [[max(a, floor + 1), b] for a, b in ranges if b > floor]


def covers(ranges: Ranges, seq: int) -> bool:
    return any(a <= seq <= b for a, b in ranges)


def local_vector(conn: sqlite3.Connection, own_node: str) -> Vector:
    """What this installation holds: received ranges plus its own gapless log."""
    vector: Vector = {}
    for node, start, end in conn.execute("SELECT node_id, seq_from, seq_to FROM sync_ranges ORDER BY node_id"):
        vector.setdefault(node, []).append([start, end])
    own = conn.execute("SELECT MAX(seq) FROM changes WHERE node_id = ?", (own_node,)).fetchone()[0]
    if own:
        vector.setdefault(own_node, []).append([1, own])
    return {node: normalise(r) for node, r in vector.items()}


def withheld_vector(conn: sqlite3.Connection, held: Vector) -> Vector:
    """Changes senders left out for this installation on purpose (bundles limited to a lower unit), less any
    that arrived since (`held`, as local_vector gives it): neither held nor missing."""
    vector: Vector = {}
    for node, start, end in conn.execute("SELECT node_id, seq_from, seq_to FROM sync_withheld ORDER BY node_id"):
        vector.setdefault(node, []).append([start, end])
    out = {node: subtract(normalise(ranges), held.get(node, [])) for node, ranges in vector.items()}
    return {node: ranges for node, ranges in out.items() if ranges}


def known_vector(conn: sqlite3.Connection, own_node: str) -> Vector:
    """Held or left out on purpose: what is not missing. Gaps are the holes in this."""
    held = local_vector(conn, own_node)
    return union(held, withheld_vector(conn, held))


def record_received(conn: sqlite3.Connection, received: Vector) -> None:
    """Merge newly received ranges into sync_ranges (inside the caller's transaction)."""
    _merge_ranges(conn, "sync_ranges", received)


def record_withheld(conn: sqlite3.Connection, withheld: Vector) -> None:
    """Merge ranges a sender left out on purpose into sync_withheld (inside the caller's transaction)."""
    _merge_ranges(conn, "sync_withheld", withheld)


def _merge_ranges(conn: sqlite3.Connection, table: str, vector: Vector) -> None:
    for node, ranges in vector.items():
        held = [[a, b] for a, b in conn.execute(f"SELECT seq_from, seq_to FROM {table} WHERE node_id = ?", (node,))]
        merged = normalise(held + ranges)
        if merged == normalise(held):
            continue
        conn.execute(f"DELETE FROM {table} WHERE node_id = ?", (node,))
        conn.executemany(f"INSERT INTO {table} (node_id, seq_from, seq_to) VALUES (?, ?, ?)",
                         [(node, a, b) for a, b in merged])


def valid_vector(value) -> bool:
    if not isinstance(value, dict):
        return False
    for node, ranges in value.items():
        if not isinstance(node, str) or not isinstance(ranges, list):
            return False
        for item in ranges:
            if (not isinstance(item, list) or len(item) != 2 or not all(type(x) is int for x in item)
                    or not 1 <= item[0] <= item[1]):
                return False
    return True
