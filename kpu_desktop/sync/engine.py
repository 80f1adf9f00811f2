"""The exchange without files or signatures: what to send a recipient, and taking in what was received.

Services wrap these with bundles, roles and the audit log; tests drive them directly.
"""

from __future__ import annotations

import gc
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Callable, Iterable

from ..storage import checkpoint
from ..storage.db import transaction
from ..storage.repos.units import unit_label
from .changes import NODE, SEQ, parse_lines, select_lines, table_columns
from .errors import BundleRefused
from .merge import MergePlan, Progress, plan_merge, write_plan
from .ranges import (Vector, above, covers, from_rising, gaps, known_vector, local_vector, prefix,
                     record_withheld, subtract)


LARGE_BUNDLE = 20_000  # changes from which an import gets a larger page cache and checkpoints after its commit


@dataclass
class ExportSet:
    """What a bundle carries. `covers`: exactly the changes in it; `withheld`: changes held here that a limit
    to a lower unit left out (the recipient neither holds nor misses them); `knows`: what the sender holds."""

    lines: list[str]
    covers: Vector
    knows: Vector
    per_table: dict[str, int]
    withheld: Vector = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def export_changes(conn: sqlite3.Connection, own_node: str, *, acknowledged: Vector | None = None,
                   scope_unit_ids: Iterable[str] | None = None) -> ExportSet:
    """Changes a recipient lacks, judged by what it acknowledged (None: everything we hold)."""
    held = local_vector(conn, own_node)
    floors = {node: prefix(r) for node, r in (acknowledged or {}).items()}
    lines, per_table, seqs = select_lines(conn, floors, scope_unit_ids)
    covered = {node: from_rising(s) for node, s in seqs.items()}
    # Only this bundle's own limit is passed on: what others left out for us is no concern of the recipient.
    left_out = {node: subtract(above(r, floors.get(node, 0)), covered.get(node, [])) for node, r in held.items()}
    # `knows` is what is held, without what was left out for us: senders look at those changes again each
    # time, so a record that comes into our scope later (a placement moved here) arrives whole.
    return ExportSet(lines, covered, held, per_table, {n: r for n, r in left_out.items() if r})


@contextmanager
def no_cycle_collection():
    """Pause Python's cyclic garbage collector around a bulk step.

    Decoding and planning a large bundle allocate hundreds of thousands of lists and dicts, none of them in
    reference cycles; the collector would traverse them again and again (about a fifth of an import's
    time). Memory is still freed by reference counting; the collector resumes afterwards.

    What the step made and still holds would then all be young, and the first collection after it would
    traverse it all once more (some 0.05 s for a bundle of 100,000 changes): it is moved to the oldest
    generation first, which full collections still look at.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()  # every tracked object into the permanent generation...
            gc.unfreeze()  # ...and from there into the oldest one
            gc.enable()


def read_changes(conn: sqlite3.Connection, text: str, covered: Vector) -> list[tuple]:
    """Decode and check the lines; each must fall in the ranges the bundle declares."""
    with no_cycle_collection():
        lines = parse_lines(text, table_columns(conn))
    # The usual bundle: one node's changes within the one range declared for it.
    if lines:
        node = lines[0][NODE]
        ranges = covered.get(node, [])
        if len(ranges) == 1 and list(map(itemgetter(NODE), lines)).count(node) == len(lines):
            seqs = list(map(itemgetter(SEQ), lines))
            if ranges[0][0] <= min(seqs) and max(seqs) <= ranges[0][1]:
                return lines
    # Otherwise line by line; most nodes come with one range: compare with its ends directly.
    single = {node: r[0] for node, r in covered.items() if len(r) == 1}
    for line in lines:
        node, seq = line[NODE], line[SEQ]
        bounds = single.get(node)
        if bounds is not None:
            if bounds[0] <= seq <= bounds[1]:
                continue
        elif covers(covered.get(node, []), seq):
            continue
        raise BundleRefused("outside_ranges", node=node, seq=seq)
    return lines


def preview_changes(conn: sqlite3.Connection, lines: list[list], own_node: str) -> MergePlan:
    with no_cycle_collection():
        return plan_merge(conn, lines, own_node=own_node, unit_names=lambda n: node_units(conn).get(n, "?"))


def apply_changes(conn: sqlite3.Connection, lines: list[list], covered: Vector, own_node: str, *,
                  withheld: Vector | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  extra: Callable[[MergePlan], None] | None = None) -> MergePlan:
    """Plan and write in one transaction; `extra` adds the caller's own entries (audit, journal) to it.

    `withheld`: what the sender left out on purpose (a bundle limited to a lower unit), kept apart from what
    is held.
    """
    large = len(lines) >= LARGE_BUNDLE
    with no_cycle_collection(), checkpoint.after_commit(conn, large), larger_page_cache(conn, large), \
            transaction(conn):
        plan = preview_changes(conn, lines, own_node)
        write_plan(conn, plan, covered, own_node, progress=progress, cancelled=cancelled)
        if withheld:
            record_withheld(conn, {n: r for n, r in withheld.items() if n != own_node})
        if extra is not None:
            extra(plan)
    return plan


@contextmanager
def larger_page_cache(conn: sqlite3.Connection, large: bool):
    """A page cache of up to 64 MiB while a large bundle is written, the connection's own size afterwards.

    The indexes of the change log and of the records grow past the default 2 MiB within one bundle;
    pages evicted mid-transaction are written out and read back again.
    """
    if not large:
        yield
        return
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    wanted = -64 * 1024  # negative sizes count KiB; a positive one (pages) is left alone
    change = wanted < before < 0
    if change:
        conn.execute(f"PRAGMA cache_size = {wanted}")
    try:
        yield
    finally:
        if change:
            conn.execute(f"PRAGMA cache_size = {before}")


def node_units(conn: sqlite3.Connection) -> dict[str, str]:
    """How people name each node: by the unit its changes were written for (`PPS Sidorejo`)."""
    # A node whose unit row has not arrived yet is named as its own bundles named it.
    names = {node: label for node, label in conn.execute("SELECT node_id, unit_label FROM sync_peers") if label}
    for node, kind, name, code in conn.execute(
            "SELECT c.node_id, u.kind, u.name, u.code FROM (SELECT node_id, MAX(unit_id) AS unit_id FROM changes"
            " GROUP BY node_id) c LEFT JOIN units u ON u.id = c.unit_id"):
        if kind or node not in names:
            names[node] = unit_label(kind, name, code) if kind else "?"
    return names


def gap_list(conn: sqlite3.Connection, own_node: str) -> list[dict]:
    """Every run of changes known to exist but not held, with the unit that wrote them."""
    units = node_units(conn)
    out = []
    for node, ranges in sorted(known_vector(conn, own_node).items()):
        for first, last in gaps(ranges):
            out.append({"node": node, "unit": units.get(node, "?"), "first": first, "last": last})
    return out
