"""Property: whatever the edits, deletes and restores on 3-5 nodes, and whatever the order, duplication
and relaying of the exchanges, nodes that end up with the same changes hold identical rows, fingerprints
and conflicts; a review decision then settles the conflicts everywhere."""

from __future__ import annotations

import shutil
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpu_desktop.services.setup import ensure_unit_chain
from kpu_desktop.storage import meta
from kpu_desktop.storage.db import connect, transaction
from kpu_desktop.storage.records import RecordWriter, stable_id
from kpu_desktop.sync.engine import apply_changes, export_changes, read_changes
from kpu_desktop.sync.fingerprint import data_fingerprint
from kpu_desktop.sync.ranges import local_vector, prefix
from kpu_desktop.sync.review import open_conflicts, refresh, refresh_open
from tests.sync.conftest import toggle_facility

UNIT = "62.01.02.2001"
RECORDS = [stable_id("test-facility", str(n)) for n in range(3)]
FIELDS = {"quantity": st.integers(1, 4), "description": st.sampled_from(["Ruang", "Gudang", "Aula"]),
          "note": st.sampled_from([None, "baik", "bocor"])}


class Net:
    def __init__(self, template, folder, count: int):
        self.nodes: list[sqlite3.Connection] = []
        self.unit_ids: list[str] = []
        self.last_bundle: dict[int, tuple] = {}
        for n in range(count):
            path = folder / f"node{n}.sqlite3"
            shutil.copy(template, path)
            conn = connect(path)
            with transaction(conn):
                meta.put(conn, "node_id", f"{n:02d}" + "ab" * 5)
                unit_id = ensure_unit_chain(conn, RecordWriter(conn, username=f"op{n}"), UNIT, "Sidorejo")
            self.nodes.append(conn)
            self.unit_ids.append(unit_id)

    def writer(self, n: int) -> RecordWriter:
        return RecordWriter(self.nodes[n], username=f"op{n}", unit_id=self.unit_ids[n])

    def edit(self, n: int, record: int, name: str, value) -> None:
        conn, rid = self.nodes[n], RECORDS[record]
        row = conn.execute("SELECT deleted FROM facilities WHERE id = ?", (rid,)).fetchone()
        with transaction(conn):
            if row is None:
                self.writer(n).insert("facilities", {"id": rid, "unit_id": self.unit_ids[n], "category": "RUANG",
                                                     "description": "Ruang", "quantity": 1, name: value},
                                      owner_unit_id=self.unit_ids[n])
            elif not row[0]:  # screens refuse edits of deleted records
                self.writer(n).update("facilities", rid, {name: value})

    def toggle(self, n: int, record: int, delete: bool) -> None:
        toggle_facility(self.nodes[n], self.writer(n), RECORDS[record], delete, f"hapus oleh {n}")

    def send(self, src: int, dst: int, mode: str) -> None:
        source, target = self.nodes[src], self.nodes[dst]
        if mode == "duplicate" and dst in self.last_bundle:
            text, covers = self.last_bundle[dst]
        else:
            held = local_vector(target, meta.node_id(target))
            known = None if mode == "full" else held
            if mode == "ahead":  # the sender believes the recipient has one more change than it does: a gap
                known = {n: [[1, prefix(r) + 1]] for n, r in held.items()}
            exported = export_changes(source, meta.node_id(source), acknowledged=known)
            text, covers = exported.text, exported.covers
        apply_changes(target, read_changes(target, text, covers), covers, meta.node_id(target))
        self.last_bundle[dst] = (text, covers)

    def converge(self) -> None:
        for _ in range(2):
            for src in range(len(self.nodes)):
                for dst in range(len(self.nodes)):
                    if src != dst:
                        self.send(src, dst, "full")

    def state(self, n: int) -> tuple:
        """What a person sees: conflicts are re-derived before they are listed, as the services do."""
        conn = self.nodes[n]
        refresh_open(conn)
        rows = conn.execute("SELECT * FROM facilities ORDER BY id").fetchall()
        units = conn.execute("SELECT * FROM units ORDER BY id").fetchall()
        conflicts = conn.execute("SELECT * FROM sync_conflicts ORDER BY tbl, record_id, field").fetchall()
        pending = conn.execute("SELECT * FROM sync_pending").fetchall()
        return data_fingerprint(conn), rows, units, conflicts, pending

    def close(self) -> None:
        for conn in self.nodes:
            conn.close()


def operations(count: int):
    node = st.integers(0, count - 1)
    record = st.integers(0, len(RECORDS) - 1)
    edit = st.sampled_from(sorted(FIELDS)).flatmap(
        lambda name: st.tuples(st.just("edit"), node, record, st.just(name), FIELDS[name]))
    toggle = st.tuples(st.just("toggle"), node, record, st.booleans())
    send = st.tuples(st.just("send"), node, node, st.sampled_from(["full", "ack", "ahead", "duplicate"]))
    return st.lists(st.one_of(edit, edit, toggle, send, send), min_size=5, max_size=30)


scenario = st.integers(3, 5).flatmap(lambda n: st.tuples(st.just(n), operations(n)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario)
def test_nodes_converge_whatever_the_order(seeded_template, tmp_path_factory, case):
    """After everything has reached everyone, all nodes hold the same rows, fingerprint and conflicts."""
    count, ops = case
    net = Net(seeded_template, tmp_path_factory.mktemp("net"), count)
    try:
        for op in ops:
            if op[0] == "edit":
                net.edit(*op[1:])
            elif op[0] == "toggle":
                net.toggle(*op[1:])
            elif op[1] != op[2]:
                net.send(*op[1:])
        net.converge()
        states = [net.state(n) for n in range(count)]
        assert all(s == states[0] for s in states[1:])
        assert states[0][4] == []  # nothing waits once every change has arrived
        _settle_conflicts(net)
        net.converge()
        states = [net.state(n) for n in range(count)]
        assert all(s == states[0] for s in states[1:])
        assert states[0][3] == []  # the decisions closed every conflict, on every node
    finally:
        net.close()


def _settle_conflicts(net: Net) -> None:
    """Node 0 decides every open conflict (the first listed version, or keeping a deletion)."""
    conn = net.nodes[0]
    for conflict in open_conflicts(conn):
        if conflict["kind"] == "delete":
            values = {"deleted": 1, "deleted_reason": conflict["versions"][0]["values"].get("deleted_reason")}
        else:
            values = {conflict["field"]: conflict["versions"][-1]["values"][conflict["field"]]}
        with transaction(conn):  # as ConflictService.resolve does
            net.writer(0).decide(conflict["table"], conflict["record_id"], values)
            refresh(conn, [(conflict["table"], conflict["record_id"])])
