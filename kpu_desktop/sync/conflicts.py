"""Per-record merge: last writer wins per field, and the conflicts people should look at.

A record's history is a list of `Entry`; the folded row and its open conflicts depend only on the set of
entries, never on the order they arrived in, so every node holding the same changes agrees on both.
"""

from __future__ import annotations

import json
from typing import NamedTuple, Sequence

from ..storage.history import ancestors_map, change_id
from .changes import STAMP_FIELDS

IGNORED = STAMP_FIELDS | {"id"}
RECORD = "*"  # field name of a record-level conflict (an edit of a record another node deleted)


class Entry(NamedTuple):
    node: str
    seq: int
    hlc: str
    data: dict
    parents: Sequence[str]
    unit: str | None
    user: str | None

    @property
    def cid(self) -> str:
        return change_id(self.node, self.seq)


def fold(history: Sequence[Entry]) -> dict:
    """Field values after last-writer-wins by (clock, node id)."""
    values: dict = {}
    for entry in sorted(history, key=lambda e: (e.hlc, e.node)):
        values.update(entry.data)
    return values


def find_conflicts(history: Sequence[Entry]) -> list[tuple[str, str, list[dict]]]:
    """(field, kind, competing versions) still open in this history."""
    if len({e.node for e in history}) < 2:
        return []  # one node sees all its own writes: nothing concurrent
    seen = ancestors_map([(e.node, e.seq, e.hlc, e.parents) for e in history])
    writers: dict[str, list[Entry]] = {}
    for entry in history:
        for name in entry.data:
            if name not in IGNORED:
                writers.setdefault(name, []).append(entry)
    found = []
    for name, entries in sorted(writers.items()):
        heads = [e for e in entries if not any(e.cid in seen[o.cid] for o in entries if o is not e)]
        if len(heads) > 1 and len({_text(e.data[name]) for e in heads}) > 1:
            found.append((name, "edit", [_version(e, {name: e.data[name]}) for e in _ordered(heads)]))
    deleted = found_delete = None
    if writers.get("deleted"):
        deleted = max(writers["deleted"], key=lambda e: (e.hlc, e.node))
    if deleted is not None and deleted.data["deleted"]:
        found_delete = [e for e in history
                        if "deleted" not in e.data and e.data.keys() - IGNORED
                        and e.cid not in seen[deleted.cid] and deleted.cid not in seen[e.cid]]
    if found_delete:
        versions = [_version(deleted, {k: deleted.data[k] for k in deleted.data if k not in IGNORED})]
        versions += [_version(e, {k: v for k, v in e.data.items() if k not in IGNORED})
                     for e in _ordered(found_delete)]
        found.append((RECORD, "delete", versions))
    return found


def _ordered(entries: list[Entry]) -> list[Entry]:
    # Latest first: the version last-writer-wins kept leads the list.
    return sorted(entries, key=lambda e: (e.hlc, e.node), reverse=True)


def _version(entry: Entry, values: dict) -> dict:
    return {"change": entry.cid, "node": entry.node, "hlc": entry.hlc, "unit_id": entry.unit,
            "username": entry.user, "values": values}


def _text(value) -> str:
    return json.dumps(value, sort_keys=True)
