"""Bulk import of 100,000 validated receipt lines from CSV, against a bare executemany of the same rows.

Target (issue 2): at least half the bare rate, i.e. a ratio of time <= 2.0. A third figure, the storage
floor, writes the same rows straight into the product's tables with their change-log entries by SQL alone:
how much of the distance to the bare rate the storage design takes before any reading or validation.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import time

from common import report, temp_folder, new_context

RECEIPTS, LINES_PER = 5000, 20
ITEMS = (("Kotak suara", "PILGUB", "buah"), ("Kotak suara", "PILBUP", "buah"), ("Bilik pemungutan suara", "", "buah"),
         ("Tinta", "", "botol"), ("Surat suara", "PILGUB", "lembar"), ("Surat suara", "PILBUP", "lembar"),
         ("Segel plastik (kabel ties)", "", "buah"), ("Alat coblos", "", "set"), ("Tanda pengenal", "", "set"),
         ("Alat tulis kantor KPPS", "", "set"), ("Kantong plastik", "", "set"), ("Formulir", "PILGUB", "set"),
         ("Formulir", "PILBUP", "set"), ("Stiker nomor kotak suara", "PILGUB", "lembar"),
         ("Stiker nomor kotak suara", "PILBUP", "lembar"), ("Tali pengikat", "", "buah"),
         ("Alat bantu tunanetra", "PILGUB", "buah"), ("Alat bantu tunanetra", "PILBUP", "buah"),
         ("Daftar pasangan calon", "PILGUB", "lembar"), ("Salinan DPT", "", "eksemplar"))
HEADER = ["No BA", "Tanggal", "Dari", "Kepada", "Jenis Logistik", "Jenis Pemilihan", "Satuan", "Kebutuhan",
          "Diterima", "Baik", "Rusak", "Kurang", "Lebih", "Keterangan"]


def write_csv(path, receivers: list[str]) -> list[list]:
    rows = []
    for r in range(RECEIPTS):
        receiver = receivers[r % len(receivers)]
        for item, etype, unit in ITEMS[:LINES_PER]:
            qty = 100 + (r % 50)
            damaged = 1 if (r + len(rows)) % 97 == 0 else 0
            rows.append([f"{r + 1}/PL.02.1-BA/6201/2024", "14/11/2024", "PPK Kumai", receiver, item, etype, unit,
                         qty, qty, qty - damaged, damaged, 0, 0, ""])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return rows


def bare_executemany(folder, rows: list[list]) -> float:
    """The same rows, 13 columns, one executemany in one transaction: the bare-stack baseline."""
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE lines (id INTEGER PRIMARY KEY, number TEXT, day TEXT, giver TEXT, receiver TEXT,"
                 " item TEXT, etype TEXT, unit TEXT, expected INT, received INT, good INT, damaged INT, short INT,"
                 " excess INT)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO lines (number, day, giver, receiver, item, etype, unit, expected, received, good,"
                     " damaged, short, excess) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [r[:13] for r in rows])
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def storage_floor(ctx, rows: list[list]) -> float:
    """The same receipts and lines written straight into the product's tables by SQL alone, each record with
    its change-log entry: no reading, no validation, no audit. What the storage design costs by itself."""
    from kpu_desktop.storage.records import new_ids

    conn = ctx.conn
    unit = conn.execute("SELECT id FROM units WHERE kind = 'pps' LIMIT 1").fetchone()[0]
    items = [r[0] for r in conn.execute("SELECT code FROM items ORDER BY code")]
    receipt_ids, line_ids = new_ids(RECEIPTS), new_ids(len(rows))
    stamp = ("2024-11-14T09:00:00+00:00", "bench", "2024-11-14T09:00:00+00:00", "bench")
    headers = [(rid, f"{n + 1}/PL.02.1-BA/6201/2024", "2024-11-14", "PILKADA_2024", unit, unit, *stamp)
               for n, rid in enumerate(receipt_ids)]
    lines = [(lid, receipt_ids[n // LINES_PER], n % LINES_PER + 1, items[n % len(items)], *r[7:13], unit, *stamp)
             for n, (lid, r) in enumerate(zip(line_ids, rows))]
    log = ("INSERT INTO changes (node_id, seq, hlc, tbl, record_id, op, data, username, unit_id)"
           " SELECT 'floor', rowid + ?, printf('%015d.000000', rowid), ?, id, 'upsert', json_object({}), 'bench', ?"
           " FROM {} WHERE true")
    line_fields = ("id", "receipt_id", "line_no", "item_code", "expected", "received", "good", "damaged", "short",
                   "excess", "owner_unit_id", "created_at", "created_by", "updated_at", "updated_by", "deleted")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO receipts (id, number, received_at, event_id, receiver_unit_id, owner_unit_id,"
                     " created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)", headers)
    conn.executemany("INSERT INTO receipt_lines (id, receipt_id, line_no, item_code, expected, received, good,"
                     " damaged, short, excess, owner_unit_id, created_at, created_by, updated_at, updated_by)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", lines)
    conn.execute(log.format(", ".join(f"'{f}', {f}" for f in ("id", "number", "received_at", "event_id",
                                                              "receiver_unit_id", "owner_unit_id")), "receipts"),
                 (0, "receipts", unit))
    conn.execute(log.format(", ".join(f"'{f}', {f}" for f in line_fields), "receipt_lines"),
                 (RECEIPTS, "receipt_lines", unit))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def main() -> int:
    from kpu_desktop.services.demo import DemoBuilder
    from kpu_desktop.services.importing import ImportService
    from kpu_desktop.storage import checkpoint
    from kpu_desktop.storage.db import transaction

    with temp_folder() as folder:
        ctx = new_context(folder / "data", unit_code="62.01", unit_kind="kpu-kab")
        with transaction(ctx.conn):
            DemoBuilder(ctx).build_units()
        receivers = ["PPS " + r[0] for r in ctx.conn.execute("SELECT name FROM units WHERE kind = 'pps'")]
        rows = write_csv(folder / "lines.csv", receivers)
        bare = bare_executemany(folder, rows)
        start = time.perf_counter()
        result = ImportService(ctx).run(folder / "lines.csv", "receipt", event="PILKADA_2024")
        ours = time.perf_counter() - start
        checkpoint.wait()  # the copy from the WAL into the database file, started after the commit
        after = time.perf_counter() - start - ours
        assert result.ok and result.created == RECEIPTS, result.problems[:3]
        n = len(rows)
        print(f"# {n} receipt lines in {RECEIPTS} receipts; bare rate {n / bare:,.0f} rows/s, "
              f"kpu-desktop {n / ours:,.0f} rows/s (read, validate, write, change log, audit)")
        report("import 100k receipt lines from CSV (s)", ours, "s", bare, "bare executemany", "ratio <= 2.0")
        print(f"# the WAL checkpoint that follows in the background ended {after:.2f} s after the import returned")
        report("import rate (rows/s)", n / ours, "rows/s", n / bare, "bare executemany", ">= 0.5 of bare")
        floor_ctx = new_context(folder / "floor", unit_code="62.01", unit_kind="kpu-kab")
        with transaction(floor_ctx.conn):
            DemoBuilder(floor_ctx).build_units()
        floor = storage_floor(floor_ctx, rows)
        print("# storage floor: the same receipts and lines written by SQL alone into the product's tables, each"
              " with its change-log entry (no reading, validation or audit)")
        report("storage floor, 100k lines (s)", floor, "s", bare, "bare executemany")
        floor_ctx.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
