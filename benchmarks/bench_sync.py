"""Benchmark of the USB exchange: export and import+merge of a bundle of 100,000 changes.

Run: `python benchmarks/bench_sync.py [CHANGES]`. Targets (issue 5): import and merge, verification
included, at least 50,000 changes/s; export under 2 s. Each figure is printed with its ratio to a bare
one-statement last-writer-wins upsert of the same rows into a plain table, measured in the same run.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from kpu_desktop.services.setup import ensure_unit_chain
from kpu_desktop.signing.identity import create_identity
from kpu_desktop.storage import checkpoint, meta
from kpu_desktop.storage.db import open_database, schema_version, transaction
from kpu_desktop.storage.records import RecordWriter
from kpu_desktop.storage.seed import seed_reference
from kpu_desktop.sync import bundle as bundle_file
from kpu_desktop.sync.engine import apply_changes, export_changes, read_changes

from common import temp_folder

UNIT = "62.01.02.2001"
STAMPS = ("owner_unit_id", "created_at", "created_by", "updated_at", "updated_by", "deleted")
# Two record kinds: TPS (a light table) and facilities (full-text index, list indexes and count triggers).
KINDS = {
    "tps": ("id", "unit_id", "number", "dpt", "address") + STAMPS,
    "facilities": ("id", "unit_id", "category", "description", "quantity", "measure_unit", "condition",
                   "owner_name", "registration_no", "note") + STAMPS,
    # The usual PPS bundle: logistics receipts (about 1 in 21 changes) and their lines.
    "receipt_lines": ("id", "receipt_id", "line_no", "item_code", "expected", "received", "good", "damaged",
                      "short", "excess") + STAMPS,
}


def node(path: Path, node_id: str):
    conn = open_database(path).conn
    with transaction(conn):
        seed_reference(conn)
        meta.put(conn, "node_id", node_id)
        unit_id = ensure_unit_chain(conn, RecordWriter(conn, username="admin"), UNIT, "Sidorejo")
        meta.put(conn, "unit_id", unit_id)
    return conn, unit_id


def fill(conn, unit_id: str, kind: str, changes: int) -> None:
    """90% new records, 10% later edits of some of them: `changes` change-log entries in all."""
    edits = changes // 10
    writer = RecordWriter(conn, username="op", unit_id=unit_id)
    if kind == "tps":
        rows = [{"unit_id": unit_id, "number": n + 1, "dpt": 200 + n % 90, "address": f"Jalan Desa {n}"}
                for n in range(changes - edits - 4)]
        edit = {"dpt": 250, "address": "Balai desa"}
    elif kind == "receipt_lines":
        rows, edit = _receipt_lines(conn, writer, unit_id, changes - edits - 4)
    else:
        rows = [{"unit_id": unit_id, "category": "RUANG", "description": f"Ruang sekretariat nomor {n}",
                 "quantity": 1 + n % 4, "measure_unit": "unit", "condition": "baik",
                 "owner_name": "Pemerintah Desa", "registration_no": f"REG-{n:06d}", "note": None}
                for n in range(changes - edits - 4)]
        edit = {"condition": "rusak ringan", "note": "diperiksa"}
    with transaction(conn):
        ids = writer.insert_many(kind, rows, owner_unit_id=unit_id, audit=False)
        for rid in ids[:edits]:
            writer.update(kind, rid, edit, audit=False)


def _receipt_lines(conn, writer: RecordWriter, unit_id: str, count: int) -> tuple[list[dict], dict]:
    """Receipts written first (they are parents), then `count` minus their number of lines to write."""
    receipts = count // 21
    headers = [{"number": f"{r + 1}/PL.02.1-BA/{r % 7}/2024", "received_at": "2024-11-20T09:00",
                "event_id": "PILKADA_2024", "giver_name": "Sekretaris PPS", "receiver_name": f"KPPS TPS {r + 1}",
                "receiver_unit_id": unit_id, "tps_number": r + 1} for r in range(receipts)]
    with transaction(conn):
        ids = writer.insert_many("receipts", headers, owner_unit_id=unit_id, audit=False)
    rows = [{"receipt_id": ids[n % receipts], "line_no": n // receipts + 1, "item_code": "TINTA", "expected": 4,
             "received": 4, "good": 4, "damaged": 0, "short": 0, "excess": 0} for n in range(count - receipts)]
    return rows, {"received": 3, "good": 3, "short": 1}


def bare_upsert(path: Path, columns: tuple, rows: list[tuple]) -> float:
    """PITFALLS #6: one INSERT ... ON CONFLICT DO UPDATE ... WHERE (hlc, node) > (hlc, node), into a plain
    table of a plain SQLite database (WAL, synchronous NORMAL, SQLite's own page size)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    cols = columns + ("hlc", "node_id")
    conn.execute(f"CREATE TABLE bare ({', '.join(cols)}, PRIMARY KEY (id))")
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    sql = (f"INSERT INTO bare ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) ON CONFLICT(id) DO UPDATE"
           f" SET {sets} WHERE (excluded.hlc, excluded.node_id) > (bare.hlc, bare.node_id)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(sql, rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def run(kind: str, changes: int) -> None:
    """One kind's figures, in a temporary folder removed afterwards (each run writes some 250 MB)."""
    with temp_folder(prefix=f"bench-sync-{kind}-") as folder:
        _run(folder, kind, changes)


def _run(folder: Path, kind: str, changes: int) -> None:
    identity = create_identity("Bench PPS", unit_code="6201022001")
    source, unit_id = node(folder / "source.sqlite3", "aaaaaaaaaaaa")
    fill(source, unit_id, kind, changes)
    total = source.execute("SELECT COUNT(*) FROM changes").fetchone()[0]

    start = time.perf_counter()
    selected = export_changes(source, "aaaaaaaaaaaa")
    manifest = {"format": bundle_file.FORMAT, "format_version": bundle_file.FORMAT_VERSION,
                "schema_version": schema_version(source), "bundle_id": "bench", "created_at": "now",
                "origin": {"node_id": "aaaaaaaaaaaa", "unit_id": unit_id, "unit_code": UNIT, "unit_name": "PPS"},
                "covers": selected.covers, "knows": selected.knows, "counts": {"changes": len(selected.lines)}}
    path = bundle_file.write_bundle(folder, "bench.kpub", manifest, selected.text.encode(), identity)
    export_s = time.perf_counter() - start

    target, _ = node(folder / "target.sqlite3", "bbbbbbbbbbbb")
    start = time.perf_counter()
    opened = bundle_file.open_bundle(path, [identity.certificate], schema_version=schema_version(target))
    lines = read_changes(target, opened.changes_text, opened.manifest["covers"])
    verified_s = time.perf_counter() - start
    plan = apply_changes(target, lines, opened.manifest["covers"], "bbbbbbbbbbbb")
    import_s = time.perf_counter() - start
    checkpoint.wait()  # the copy from the WAL into the database file, started after the commit
    checkpoint_s = time.perf_counter() - start - import_s
    assert plan.summary()["changes_new"] == total

    columns = KINDS[kind]
    rows = [tuple(r) for r in source.execute(
        f"SELECT {', '.join(columns)}, printf('%015d.000000', rowid), 'aaaaaaaaaaaa' FROM {kind}")]
    rows += rows[: changes // 10]  # the edits arrive as second upserts of the same rows
    bare_s = bare_upsert(folder / "bare.sqlite3", columns, rows)
    bare_rate = len(rows) / bare_s

    import_rate = total / import_s
    print(f"[{kind}] bundle: {total:,} changes, {path.stat().st_size / 1e6:.1f} MB")
    print(f"[{kind}] bare one-statement LWW upsert into a plain table: {len(rows):,} rows in {bare_s:.2f} s"
          f" = {bare_rate:,.0f} rows/s (1.00x)")
    print(f"[{kind}] export incl. signing, fsync, read-back: {export_s:.2f} s = {total / export_s:,.0f} changes/s"
          f" ({total / export_s / bare_rate:.2f}x bare; target < 2 s)")
    print(f"[{kind}] import: verification {verified_s:.2f} s, total {import_s:.2f} s = {import_rate:,.0f}"
          f" changes/s ({import_rate / bare_rate:.2f}x bare; target >= 50,000 changes/s)")
    print(f"[{kind}] the WAL checkpoint that follows in the background ended {checkpoint_s:.2f} s after the import"
          f" returned (import and checkpoint: {import_s + checkpoint_s:.2f} s)")
    for conn in (source, target):
        conn.close()


def main(changes: int = 100_000) -> None:
    for kind in KINDS:
        run(kind, changes)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
