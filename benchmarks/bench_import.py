"""Bulk import of 100,000 validated receipt lines from CSV, against a bare executemany of the same rows.

Target (issue 2): at least half the bare rate, i.e. a ratio of time <= 2.0.
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


def main() -> int:
    from kpu_desktop.services.demo import DemoBuilder
    from kpu_desktop.services.importing import ImportService
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
        assert result.ok and result.created == RECEIPTS, result.problems[:3]
        n = len(rows)
        print(f"# {n} receipt lines in {RECEIPTS} receipts; bare rate {n / bare:,.0f} rows/s, "
              f"kpu-desktop {n / ours:,.0f} rows/s (read, validate, write, change log, audit)")
        report("import 100k receipt lines from CSV (s)", ours, "s", bare, "bare executemany", "ratio <= 2.0")
        report("import rate (rows/s)", n / ours, "rows/s", n / bare, "bare executemany", ">= 0.5 of bare")
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
