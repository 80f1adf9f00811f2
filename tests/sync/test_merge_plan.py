"""The merge plan for records new here: their rows, the lines they came in, and what is held back."""

from __future__ import annotations

import copy

import pytest

from kpu_desktop.services.setup import ensure_unit_chain
from kpu_desktop.storage.db import open_database, transaction
from kpu_desktop.storage.records import RecordWriter
from kpu_desktop.storage.seed import seed_reference
from kpu_desktop.sync.changes import DATA
from kpu_desktop.sync.merge import _new_values, plan_merge

TPS_ID = "00000000-0000-4000-8000-0000000000{:02d}"
STAMPS = {"created_at": "2024-11-20T09:00:00+00:00", "created_by": "op", "updated_at": "2024-11-20T09:00:00+00:00",
          "updated_by": "op", "deleted": 0}


def line(node: str, seq: int, rid: str, data: dict, tbl: str = "tps") -> list:
    return [node, seq, f"{1_700_000_000_000 + seq:015d}.000000", tbl, rid, "upsert", "op", None, data, None]


@pytest.fixture()
def conn(tmp_path):
    conn = open_database(tmp_path / "plan.sqlite3").conn
    with transaction(conn):
        seed_reference(conn)
        unit = ensure_unit_chain(conn, RecordWriter(conn, username="admin"), "62.01.02.2001", "Sidorejo")
    yield conn, unit
    conn.close()


def test_one_change_with_its_id_is_the_row_itself():
    data = {"id": "r1", "number": 3}
    assert _new_values([line("ab12", 1, "r1", data)], "r1") is data


def test_one_change_without_its_id_gets_it_in_a_copy():
    data = {"number": 3}
    values = _new_values([line("ab12", 1, "r1", data)], "r1")
    assert values == {"number": 3, "id": "r1"} and data == {"number": 3}


def test_changes_of_one_writer_fold_in_sequence_order():
    first, second = {"id": "r1", "number": 3, "dpt": 10}, {"dpt": 12}
    group = [line("ab12", 1, "r1", first), line("ab12", 2, "r1", second)]
    assert _new_values(group, "r1") == {"id": "r1", "number": 3, "dpt": 12}
    assert first == {"id": "r1", "number": 3, "dpt": 10}


@pytest.mark.parametrize("group", [[], [line("ab12", 1, "r1", {"dpt": 1}), line("cd34", 1, "r1", {"dpt": 2})]])
def test_no_row_without_changes_or_with_two_writers(group):
    assert _new_values(group, "r1") is None


def test_plan_of_new_records_inserts_each_once_and_leaves_the_lines_as_received(conn):
    conn, unit = conn
    lines = [line("ab12", 1, TPS_ID.format(1), {"id": TPS_ID.format(1), "unit_id": unit, "number": 1, **STAMPS}),
             line("ab12", 2, TPS_ID.format(2), {"unit_id": unit, "number": 2, **STAMPS}),
             line("ab12", 3, TPS_ID.format(1), {"dpt": 240}),
             line("ab12", 4, TPS_ID.format(3), {"unit_id": unit, "dpt": 10})]  # no number, no stamps
    received = copy.deepcopy(lines)
    plan = plan_merge(conn, lines, own_node="ffff")
    rows = {row["id"]: row for row in plan.inserts["tps"]}
    assert sorted(rows) == [TPS_ID.format(1), TPS_ID.format(2)]
    assert rows[TPS_ID.format(1)]["dpt"] == 240 and rows[TPS_ID.format(2)]["id"] == TPS_ID.format(2)
    assert plan.pending == {("tps", TPS_ID.format(3)): "incomplete:created_at,created_by,number,updated_at,updated_by"}
    assert plan.summary()["kinds"] == {"tps": {"new": 2, "pending": 1}}
    assert [ln[DATA] for ln in lines] == [ln[DATA] for ln in received]


def test_plan_holds_back_a_new_record_pointing_to_a_unit_not_held(conn):
    conn, unit = conn
    missing = "11111111-1111-4111-8111-111111111111"
    lines = [line("ab12", 1, TPS_ID.format(1), {"unit_id": unit, "number": 1, **STAMPS}),
             line("ab12", 2, TPS_ID.format(2), {"unit_id": missing, "number": 2, **STAMPS})]
    plan = plan_merge(conn, lines, own_node="ffff")
    assert [row["id"] for row in plan.inserts["tps"]] == [TPS_ID.format(1)]
    assert plan.pending == {("tps", TPS_ID.format(2)): f"reference:unit_id={missing}"}
    assert plan.summary()["kinds"] == {"tps": {"new": 1, "pending": 1}}
