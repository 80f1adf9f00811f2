"""Property: with bundles limited to the recipient's unit on the way down, acknowledgements taken from the
bundles themselves, relays past the PPK, deletions, restores and records moved between PPS, nothing is lost:
after a last round up and down the tree, the regency, the PPK and each PPS agree on every unit they share,
and no office claims to hold a change it lacks."""

from __future__ import annotations

import shutil
import sqlite3

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kpu_desktop.services.setup import ensure_unit_chain, unit_id_for
from kpu_desktop.storage import meta
from kpu_desktop.storage.db import connect, transaction
from kpu_desktop.storage.records import RecordWriter, stable_id
from kpu_desktop.storage.repos.units import UnitRepo
from kpu_desktop.sync.engine import apply_changes, export_changes, read_changes
from kpu_desktop.sync.fingerprint import data_fingerprint
from tests.sync.conftest import false_claims, toggle_facility

KAB, PPK, PPS1, PPS2 = "62.01", "62.01.02", "62.01.02.2001", "62.01.02.2002"
CODES = (KAB, PPK, PPS1, PPS2)  # node n works for unit CODES[n]
PARENT = {1: 0, 2: 1, 3: 1}
WRITERS = (1, 2, 3)  # offices that create facilities (each its own)
FIELDS = {"quantity": st.integers(1, 4), "description": st.sampled_from(["Ruang", "Gudang", "Aula"]),
          "note": st.sampled_from([None, "baik", "bocor"])}


def facility_id(owner: int, k: int) -> str:
    return stable_id("test-scoped-facility", str(owner), str(k))


class Tree:
    def __init__(self, template, folder):
        self.nodes: list[sqlite3.Connection] = []
        # acks[src][dst]: what dst said it holds in its last bundle to src (None: never heard from it)
        self.acks: dict[int, dict[int, dict]] = {n: {} for n in range(len(CODES))}
        self.sent: dict[tuple[int, int], object] = {}
        for n, code in enumerate(CODES):
            shutil.copy(template, folder / f"node{n}.sqlite3")
            conn = connect(folder / f"node{n}.sqlite3")
            with transaction(conn):
                meta.put(conn, "node_id", f"{n:02d}" + "cd" * 5)
                writer = RecordWriter(conn, username=f"op{n}")
                for unit in (PPS1, PPS2, code):  # every office knows the tree below the PPK
                    ensure_unit_chain(conn, writer, unit)
            self.nodes.append(conn)

    def writer(self, n: int) -> RecordWriter:
        return RecordWriter(self.nodes[n], username=f"op{n}", unit_id=unit_id_for(CODES[n]))

    def edit(self, n: int, owner: int, k: int, name: str, value) -> None:
        conn, rid = self.nodes[n], facility_id(owner, k)
        row = conn.execute("SELECT deleted FROM facilities WHERE id = ?", (rid,)).fetchone()
        with transaction(conn):
            if row is None and n == owner:
                unit = unit_id_for(CODES[n])
                self.writer(n).insert("facilities", {"id": rid, "unit_id": unit, "category": "RUANG",
                                                     "description": "Ruang", "quantity": 1, name: value},
                                      owner_unit_id=unit)
            elif row is not None and not row[0]:
                self.writer(n).update("facilities", rid, {name: value})

    def toggle(self, n: int, owner: int, k: int, delete: bool) -> None:
        toggle_facility(self.nodes[n], self.writer(n), facility_id(owner, k), delete, f"hapus oleh {n}")

    def move(self, owner: int, k: int, to: str) -> None:
        """The PPK moves a facility it holds to a PPS."""
        conn, rid = self.nodes[1], facility_id(owner, k)
        if conn.execute("SELECT 1 FROM facilities WHERE id = ? AND deleted = 0", (rid,)).fetchone():
            with transaction(conn):
                self.writer(1).update("facilities", rid, {"unit_id": unit_id_for(to)})

    def send(self, src: int, dst: int, mode: str = "ack") -> None:
        """`ack`: what the recipient last said it holds; `full`: everything; `again`: the last bundle once more."""
        source, target = self.nodes[src], self.nodes[dst]
        if mode == "again" and (src, dst) in self.sent:
            exported = self.sent[(src, dst)]
        else:
            below = PARENT.get(dst) == src or (src == 0 and dst in (2, 3))
            scope = UnitRepo(source).subtree_ids(unit_id_for(CODES[dst])) if below else None
            known = None if mode == "full" else self.acks[src].get(dst)
            exported = export_changes(source, meta.node_id(source), acknowledged=known, scope_unit_ids=scope)
        lines = read_changes(target, exported.text, exported.covers)
        apply_changes(target, lines, exported.covers, meta.node_id(target), withheld=exported.withheld)
        self.acks[dst][src] = exported.knows  # the recipient learns what the sender holds
        self.sent[(src, dst)] = exported

    def final_rounds(self) -> None:
        for _ in range(2):
            for src, dst in ((2, 1), (3, 1), (1, 0), (0, 1), (1, 2), (1, 3)):
                self.send(src, dst)

    def fingerprint(self, n: int, code: str) -> str:
        conn = self.nodes[n]
        return data_fingerprint(conn, UnitRepo(conn).subtree_ids(unit_id_for(code)))

    def close(self) -> None:
        for conn in self.nodes:
            conn.close()


record = st.tuples(st.sampled_from(WRITERS), st.integers(0, 1))
edit = st.sampled_from(sorted(FIELDS)).flatmap(lambda name: st.tuples(
    st.just("edit"), st.integers(0, 3), record, st.just(name), FIELDS[name]))
toggle = st.tuples(st.just("toggle"), st.integers(0, 3), record, st.booleans())
move = st.tuples(st.just("move"), record, st.sampled_from([PPS1, PPS2]))
# Along the tree, and past the PPK both ways (a PPS's stick taken straight to the regency and back).
send = st.tuples(st.just("send"), st.sampled_from([(2, 1), (3, 1), (1, 2), (1, 3), (1, 0), (0, 1), (2, 0), (3, 0),
                                                   (0, 2), (0, 3)]), st.sampled_from(["ack", "ack", "full", "again"]))
operations = st.lists(st.one_of(edit, edit, toggle, move, send, send, send), min_size=5, max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
# The two faults this test was written for, tried first on every run: a PPS's record left out of its
# neighbour's bundle, and a record moved away from the PPS that made it.
@example([("edit", 3, (3, 0), "note", "baik"), ("send", (3, 1), "ack"), ("send", (1, 2), "ack")])
@example([("edit", 2, (2, 1), "description", "Ruang"), ("send", (2, 1), "ack"), ("move", (2, 1), PPS2)])
def test_limited_bundles_lose_nothing(seeded_template, tmp_path_factory, ops):
    tree = Tree(seeded_template, tmp_path_factory.mktemp("tree"))
    try:
        for op in ops:
            if op[0] == "edit":
                _, n, (owner, k), name, value = op
                tree.edit(n, owner, k, name, value)
            elif op[0] == "toggle":
                _, n, (owner, k), delete = op
                tree.toggle(n, owner, k, delete)
            elif op[0] == "move":
                tree.move(*op[1], op[2])
            else:
                tree.send(*op[1], op[2])
            assert all(false_claims(conn) == [] for conn in tree.nodes)
        tree.final_rounds()
        assert tree.fingerprint(0, PPK) == tree.fingerprint(1, PPK)
        for n, code in ((2, PPS1), (3, PPS2)):
            assert tree.fingerprint(n, code) == tree.fingerprint(1, code) == tree.fingerprint(0, code)
        assert tree.nodes[0].execute("SELECT COUNT(*) FROM sync_pending").fetchone()[0] == 0
    finally:
        tree.close()
