"""Record list targets: 1,000,000 facilities (first paint, jump to the end, memory) and search while typing
over 100,000 placements, each printed beside a bare baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui_list.py [--rows 1000000] [--people 100000]

The data is generated in a child process (executemany, one transaction, into a temporary database built by
the services' init), so the measuring process's memory holds only what the UI needs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ADMIN, PASSWORD = "admin", "bench-password-1"
STAMP = "2024-05-01T00:00:00+00:00"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def generate(folder: Path, rows: int, people: int) -> None:
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.setup import initialise

    ctx = AppContext(AppPaths(folder))
    initialise(ctx, unit_code="62.01", unit_kind="kpu-kab", unit_name=None, admin=ADMIN, password=PASSWORD)
    conn = ctx.conn
    units = [r[0] for r in conn.execute("SELECT id FROM units WHERE kind IN ('kpu-kab', 'ppk')")]
    categories = ("RUANG_KANTOR", "GUDANG", "KOMPUTER", "PRINTER", "MEUBELER", "KENDARAAN_RODA2")
    meta = (units[0], STAMP, "bench", STAMP, "bench")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO facilities (id, unit_id, category, description, quantity, condition, owner_name,"
        " owner_unit_id, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'BAIK', ?,"
        " ?, ?, ?, ?, ?)",
        ((str(uuid.UUID(int=i)), units[i % len(units)], categories[i % len(categories)],
          f"Barang nomor {i}", 1 + i % 5, f"Pemilik {i % 997}", *meta) for i in range(rows)))
    first = ("Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gusti", "Hadi", "Indah", "Joko", "Kartika", "Lestari")
    last = ("Saputra", "Hidayat", "Wijaya", "Santoso", "Rahman", "Anggraini", "Permana", "Kusuma", "Nugroho")
    conn.executemany(
        "INSERT INTO persons (id, nip, name, employment_status, owner_unit_id, created_at, created_by,"
        " updated_at, updated_by) VALUES (?, ?, ?, 'PNS', ?, ?, ?, ?, ?)",
        ((f"p{i}", f"1980010120100110{i % 100:02d}{i:06d}"[:18], f"{first[i % 12]} {last[(i // 12) % 9]} {i}", *meta)
         for i in range(people)))
    conn.executemany(
        "INSERT INTO placements (id, person_id, event_id, unit_id, post, status, owner_unit_id, created_at,"
        " created_by, updated_at, updated_by) VALUES (?, ?, 'PEMILU_2024', ?, 'STAF_TEKNIS', 'ACTIVE',"
        " ?, ?, ?, ?, ?)",
        ((f"pl{i}", f"p{i}", units[i % len(units)], *meta) for i in range(people)))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    ctx.close()


class BareModel:
    """A bare QAbstractTableModel of the same size with constant cells: what Qt itself costs."""

    @staticmethod
    def make(rows: int, columns: int):
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Model(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else rows

            def columnCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else columns

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return f"r{index.row()}c{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None
        return Model()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def paint(view) -> None:
    # grab() renders the viewport now (offscreen windows do not paint on repaint()).
    view.viewport().grab()


def measure_list(ctx, rows: int) -> dict:
    from PySide6.QtWidgets import QHeaderView, QTableView

    from kpu_desktop.ui.records import FacilityScreen

    before = rss_mb()
    holder = {}

    def first_paint():
        holder["screen"] = screen = FacilityScreen(ctx)
        screen.resize(1200, 700)
        screen.show()
        paint(screen.table)
    first = timed(first_paint)
    screen = holder["screen"]
    assert screen.model.rowCount() == rows, screen.model.rowCount()
    end = timed(lambda: (screen.table.scrollToBottom(), paint(screen.table)))
    last_row = screen.model.record(rows - 1)
    middle = timed(lambda: (screen.table.scrollTo(screen.model.index(rows // 2, 0)), paint(screen.table)))
    memory = rss_mb()

    def bare_paint():
        holder["view"] = view = QTableView()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setModel(BareModel.make(rows, len(screen.model.columns)))
        view.resize(1200, 700)
        view.show()
        paint(view)
    bare_first = timed(bare_paint)
    view = holder["view"]
    bare_end = timed(lambda: (view.scrollToBottom(), paint(view)))
    screen.shutdown()
    return {"first": first, "end": end, "middle": middle, "rss": memory, "rss_before": before,
            "bare_first": bare_first, "bare_end": bare_end, "last_row": last_row["description"]}


def measure_search(ctx, people: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from kpu_desktop.services.paging import ListQuery, RecordPager
    from kpu_desktop.ui.records import AsnScreen
    from kpu_desktop.ui.records.filter_bar import SEARCH_DELAY_MS

    screen = AsnScreen(ctx)
    screen.resize(1200, 700)
    screen.show()
    paint(screen.table)
    assert screen.model.rowCount() == people, screen.model.rowCount()
    results = []
    for word in ("ahmad", "budi sap", "1980010120"):
        # Keys as typed: every prefix restarts the debounce; only the last one runs the query.
        for n in range(1, len(word) + 1):
            screen.filters.search.setText(word[:n])
        start = time.perf_counter()
        while screen.model.query.search != word:
            QApplication.processEvents()
        paint(screen.table)
        total = (time.perf_counter() - start) * 1000
        after_debounce = timed(lambda: (screen.filters.apply(), paint(screen.table)))
        raw = timed(lambda: RecordPager(ctx, ListQuery("asn", search=word)).row(0))
        results.append((word, screen.model.rowCount(), total, after_debounce, raw))
    screen.shutdown()
    return {"results": results, "delay": SEARCH_DELAY_MS}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--generate", type=Path)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.rows, args.people)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--generate", str(folder), "--rows", str(args.rows),
                        "--people", str(args.people)], check=True)
        print(f"generated {args.rows:,} facilities and {args.people:,} placements in "
              f"{time.perf_counter() - started:.1f} s")
        from PySide6.QtWidgets import QApplication

        from kpu_desktop.paths import AppPaths
        from kpu_desktop.services.auth import AuthService
        from kpu_desktop.services.context import AppContext

        app = QApplication.instance() or QApplication([])
        ctx = AppContext(AppPaths(folder))
        AuthService(ctx).login(ADMIN, PASSWORD)
        found = measure_list(ctx, args.rows)
        searched = measure_search(ctx, args.people)
        ctx.close()
        app.processEvents()
    report(args, found, searched)
    return 0


def report(args, found: dict, searched: dict) -> None:
    print(f"\nList over {args.rows:,} records (target: first paint < 100 ms, end < 50 ms, RSS < 150 MB)")
    print(f"  first paint      {found['first']:7.1f} ms   bare QTableView {found['bare_first']:6.1f} ms"
          f"   ratio {found['first'] / found['bare_first']:.1f}x")
    print(f"  jump to the end  {found['end']:7.1f} ms   bare QTableView {found['bare_end']:6.1f} ms"
          f"   ratio {found['end'] / max(found['bare_end'], 0.01):.1f}x   (last row: {found['last_row']})")
    print(f"  jump to middle   {found['middle']:7.1f} ms")
    print(f"  resident memory  {found['rss']:7.1f} MB   before the list {found['rss_before']:.1f} MB")
    print(f"\nSearch while typing over {args.people:,} placements (target: results < 50 ms after the last key,"
          f" debounce {searched['delay']} ms)")
    for word, count, total, after, raw in searched["results"]:
        print(f"  {word!r:14} {count:7,} rows   last key -> painted {total:6.1f} ms"
              f" (= {searched['delay']} ms debounce + {max(total - searched['delay'], 0):5.1f} ms)"
              f"   query+paint {after:5.1f} ms   raw SQLite query {raw:5.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
