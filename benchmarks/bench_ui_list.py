"""Record list targets: 1,000,000 facilities (first paint, jump to the end, memory) and search while typing
over 100,000 placements, each printed beside a bare baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui_list.py [--rows 1000000] [--people 100000] [--data DIR]

`--rows 50000 --people 20000` gives a quick run; `--data DIR` keeps the generated folder for the next run.
The data is generated in a child process (into a database built by the services' init), so the measuring
process's memory holds only what the UI needs. Rows are inserted with plain SQL (executemany, one
transaction): they carry no audit or change-log entries, which the lists never read.
"""

from __future__ import annotations

import argparse
import os
import statistics
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
    """Rows go in with plain SQL, not through the services: no audit or change-log entries (lists never read
    them). Triggers and secondary indexes of the loaded tables are dropped for the load and re-created after
    it (FTS rebuilt, live counts recounted), which gives the same database as row-by-row inserts, faster."""
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.setup import initialise

    ctx = AppContext(AppPaths(folder))
    initialise(ctx, unit_code="62.01", unit_kind="kpu-kab", unit_name=None, admin=ADMIN, password=PASSWORD)
    conn = ctx.conn
    units = [r[0] for r in conn.execute("SELECT id FROM units WHERE kind IN ('kpu-kab', 'ppk')")]
    categories = ("RUANG_KANTOR", "GUDANG", "KOMPUTER", "PRINTER", "MEUBELER", "KENDARAAN_RODA2")
    meta = (units[0], STAMP, "bench", STAMP, "bench")
    tables = ("facilities", "persons", "placements")
    marks = ",".join("?" for _ in tables)
    saved = [r[0] for r in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND type IN ('trigger', 'index')"
        " AND sql IS NOT NULL", tables)]
    names = conn.execute(f"SELECT type, name FROM sqlite_master WHERE tbl_name IN ({marks})"
                         " AND type IN ('trigger', 'index') AND sql IS NOT NULL", tables).fetchall()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("BEGIN")
    for kind, name in names:
        conn.execute(f"DROP {kind} {name}")
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
    for sql in saved:
        conn.execute(sql)
    for table in ("facilities", "persons"):
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM list_counts WHERE tbl IN ('facilities', 'placements')")
    for table in ("facilities", "placements"):
        conn.execute(f"INSERT INTO list_counts (tbl, unit_id, live) SELECT '{table}', unit_id, COUNT(*)"
                     f" FROM {table} WHERE deleted = 0 GROUP BY unit_id")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
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


def wait_until(condition, timeout: float = 30.0) -> float:
    """Process events until `condition()`; returns the milliseconds it took."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("benchmark condition not reached")
        QApplication.processEvents()
        time.sleep(0.0005)
    return (time.perf_counter() - start) * 1000


def measure_list(ctx, rows: int) -> dict:
    from PySide6.QtWidgets import QHeaderView, QTableView

    from kpu_desktop.ui.records import FacilityScreen

    before = rss_mb()
    holder = {}

    def bare_paint():
        holder["view"] = view = QTableView()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setModel(BareModel.make(rows, 12))
        view.resize(1200, 700)
        view.show()
        paint(view)

    def first_paint():
        holder["screen"] = screen = FacilityScreen(ctx)
        screen.resize(1200, 700)
        screen.show()
        paint(screen.table)

    # Bare view first, so the screen is not the one paying for Qt's first-use costs.
    bare_first = timed(bare_paint)
    view = holder["view"]
    bare_end = timed(lambda: (view.scrollToBottom(), paint(view)))
    bare_middle = timed(lambda: (view.scrollTo(view.model().index(rows // 2 + 777, 0)), paint(view)))
    view.close()
    started = time.perf_counter()
    first = timed(first_paint)
    screen = holder["screen"]
    assert screen.model.rowCount() == rows, screen.model.rowCount()
    end = timed(lambda: (screen.table.scrollToBottom(), paint(screen.table)))
    last_row = screen.model.record(rows - 1)
    surveyed_early = screen.model.surveyed()
    # A jump into the unseen middle before the worker's position index is in: OFFSET from the nearest page.
    middle_before = timed(lambda: (screen.table.scrollTo(screen.model.index(rows // 2, 0)), paint(screen.table)))
    wait_until(screen.model.surveyed)
    survey_ms = (time.perf_counter() - started) * 1000
    # ... and after it: every page is read from its first key.
    middle_after = timed(lambda: (screen.table.scrollTo(screen.model.index(rows // 2 + 777, 0)),
                                  paint(screen.table)))
    middle_row = screen.model.record(rows // 2 + 777)
    memory = rss_mb()
    screen.shutdown()
    return {"first": first, "end": end, "middle_before": middle_before, "middle_after": middle_after,
            "surveyed_early": surveyed_early, "survey": survey_ms, "rss": memory, "rss_before": before,
            "bare_first": bare_first, "bare_end": bare_end, "bare_middle": bare_middle,
            "last_row": last_row["description"], "middle_row": middle_row["description"]}


def painted_after(view, changed) -> None:
    """Process events until `changed()` holds and the view's viewport has painted after that (the event
    loop paints as it would on screen); grab() if the platform never paints on its own."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        paints = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and changed():
                Watch.paints += 1
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    try:
        start = time.perf_counter()
        while not (changed() and Watch.paints):
            QApplication.processEvents()
            if changed() and not Watch.paints and time.perf_counter() - start > 1.0:
                paint(view)
                break
    finally:
        view.viewport().removeEventFilter(watch)


def measure_search(ctx, people: int, repeats: int) -> dict:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    from kpu_desktop.services.paging import ListQuery, RecordPager
    from kpu_desktop.ui.records import AsnScreen
    from kpu_desktop.ui.records.filter_bar import SEARCH_DELAY_MS

    screen = AsnScreen(ctx)
    screen.resize(1200, 700)
    screen.show()
    paint(screen.table)
    assert screen.model.rowCount() == people, screen.model.rowCount()
    search = screen.filters.search
    bare = QTableView()
    bare.resize(1200, 700)
    bare.show()
    results = {}
    for _ in range(repeats):
        for word in ("ahmad", "budi sap", "1980010120"):
            search.clear()
            wait_until(lambda: screen.model.query.search == "")
            search.setFocus()
            # Keys as typed, each a real key event; the list follows every key (as it does for a typist).
            # The figure is the last key: from its key event to the first page of results painted by the
            # event loop, everything in between counted (the search timer, query, model reset, paint).
            for ch in word[:-1]:
                QTest.keyClick(search, ch)
                wait_until(lambda w=search.text(): screen.model.query.search == w.strip())
            start = time.perf_counter()
            QTest.keyClick(search, word[-1])
            painted_after(screen.table, lambda w=word: screen.model.query.search == w)
            total = (time.perf_counter() - start) * 1000
            counted = wait_until(screen.model.count_known) + total
            count = screen.model.rowCount()
            raw = timed(lambda w=word: RecordPager(ctx, ListQuery("asn", search=w)).first_page())
            # Bare: what Qt itself costs to show a new result set (a model of the same size, painted).
            start = time.perf_counter()
            bare.setModel(BareModel.make(count, len(screen.model.columns)))
            painted_after(bare, lambda: True)
            bare_ms = (time.perf_counter() - start) * 1000
            for key, value in (("total", total), ("counted", counted), ("raw", raw), ("bare", bare_ms)):
                results.setdefault(word, {}).setdefault(key, []).append(value)
            results[word]["count"] = count
    search.clear()
    screen.shutdown()
    bare.close()
    return {"results": results, "delay": SEARCH_DELAY_MS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="facilities in the list benchmark")
    parser.add_argument("--people", type=int, default=100_000, help="placements in the search benchmark")
    parser.add_argument("--data", type=Path, help="reuse (or create once) the data folder here")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each measurement (best and median)")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.rows, args.people)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data or Path(tmp) / "data"
        if not (folder / "kpu-desktop.sqlite3").exists():
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
        runs = [measure_list(ctx, args.rows) for _ in range(args.repeats)]
        found = {key: [run[key] for run in runs] for key in runs[0]}
        searched = measure_search(ctx, args.people, args.repeats)
        ctx.close()
        app.processEvents()
    report(args, found, searched)
    return 0


def report(args, found: dict, searched: dict) -> None:
    def fig(values) -> str:
        return f"{min(values):6.1f} / {statistics.median(values):6.1f}"

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores;"
          f" {args.repeats} runs, figures are best / median")
    print(f"\nList over {args.rows:,} records (target: first paint < 100 ms, end < 50 ms, RSS < 150 MB)")
    rows = (("first paint", "first", "bare_first"), ("jump to the end", "end", "bare_end"),
            ("jump to middle*", "middle_after", "bare_middle"))
    for label, ours, bare in rows:
        ratio = statistics.median(found[ours]) / max(statistics.median(found[bare]), 0.01)
        print(f"  {label:16} {fig(found[ours])} ms   bare QTableView {fig(found[bare])} ms   median ratio"
              f" {ratio:.1f}x")
    print(f"  * with the position index; before it is in (the first {fig(found['survey'])} ms after the screen"
          f" opens, built on a worker) a middle jump reads with OFFSET: {fig(found['middle_before'])} ms")
    print(f"  resident memory  {max(found['rss']):6.1f} MB (largest)   before the first list"
          f" {found['rss_before'][0]:.1f} MB   (last row: {found['last_row'][0]}; middle row:"
          f" {found['middle_row'][0]})")
    print(f"\nSearch while typing over {args.people:,} placements (target: < 50 ms from the last key to the"
          f" first page painted; search timer {searched['delay']} ms, counted inside)")
    for word, r in searched["results"].items():
        ratio = statistics.median(r["total"]) / max(statistics.median(r["bare"]), 0.01)
        print(f"  {word!r:13} last key -> painted {fig(r['total'])} ms   bare new model painted {fig(r['bare'])}"
              f" ms (ratio {ratio:.1f}x)   first-page query {fig(r['raw'])} ms   exact count {r['count']:,}"
              f" shown after {fig(r['counted'])} ms (worker)")


if __name__ == "__main__":
    sys.exit(main())
