"""Cold start of the desktop application to a usable main window, over 100,000 records.

    python benchmarks/bench_ui_start.py [--runs 5] [--records 100000]

Each start is a fresh Python process (imports, QApplication, database, window), timed from the moment
the parent spawns it to the first paint of the main window; a bare PySide6 main window is timed the same
way in the same run. Also reported: the moment Beranda's figures (loaded off the UI thread) are on screen.
The password check (scrypt, ~0.1 s) is left out: the user types at the login dialog before that.
Targets: first paint < 1.0 s and < 3x the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"


# -- the database -------------------------------------------------------------------------------
def build_database(folder: Path, records: int) -> Path:
    """Demo data plus generated facility records up to `records` shared records, in one transaction."""
    sys.path.insert(0, str(ROOT))
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.demo import fill_demo
    from kpu_desktop.services.setup import initialise
    from kpu_desktop.storage.db import transaction

    marker = folder / f"ready-{records}"
    if marker.exists():
        return folder
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    ctx = AppContext(AppPaths(folder))
    initialise(ctx, unit_code="62.01", unit_kind="kpu-kab", unit_name=None, admin="admin", password="bench-2024")
    fill_demo(ctx)
    units = [r[0] for r in ctx.conn.execute("SELECT id FROM units WHERE kind IN ('ppk', 'pps')")]
    have = sum(ctx.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
               for t in ("persons", "placements", "facilities", "receipts", "receipt_lines"))
    rows = [{"unit_id": units[n % len(units)], "category": ("MEUBELER", "KOMPUTER", "PRINTER")[n % 3],
             "description": f"Barang inventaris nomor {n:06d}", "quantity": 1 + n % 5, "measure_unit": "unit",
             "condition": "BAIK", "owner_name": "Pemerintah Kabupaten", "basis": "BAST"}
            for n in range(max(records - have, 0))]
    with transaction(ctx.conn):
        writer = ctx.writer()
        for start in range(0, len(rows), 10_000):
            chunk = rows[start:start + 10_000]
            writer.insert_many("facilities", chunk, owner_unit_id=chunk[0]["unit_id"])
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    marker.write_text("ok")
    return folder


# -- the child processes ------------------------------------------------------------------------
def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("kpu-desktop"))
    window.resize(1280, 800)
    _report_first_paint(app, window, loaded=None)


def child_app(data_dir: str) -> None:
    sys.path.insert(0, str(ROOT))
    from kpu_desktop.app import trim_gui_imports

    trim_gui_imports()  # as `kpu-desktop` does before opening the desktop
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext, Session
    from kpu_desktop.services.settings import load_settings
    from kpu_desktop.ui import i18n
    from kpu_desktop.ui.application import ensure_application
    from kpu_desktop.ui.main_window import MainWindow

    app = ensure_application()
    ctx = AppContext(AppPaths(Path(data_dir)))
    settings = load_settings(ctx.paths)
    i18n.install_language(settings.language)
    ctx.session = Session("admin", "admin")
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    _report_first_paint(app, window, loaded=window)


def _report_first_paint(app, window, loaded) -> None:
    """Print the time of the window's first paint (and of Beranda's figures when `loaded` is given)."""
    from PySide6.QtCore import QEvent, QObject

    marks: dict[str, float] = {}

    def finish() -> None:
        if "paint" in marks and ("loaded" in marks or loaded is None):
            print(f"paint={marks['paint']:.6f} loaded={marks.get('loaded', marks['paint']):.6f}", flush=True)
            window.close()
            app.quit()

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time()
                app.postEvent(window, QEvent(QEvent.Type.User))
            if event.type() == QEvent.Type.User:
                finish()
            return False

    def on_loaded() -> None:
        marks["loaded"] = time.time()
        finish()

    def page_shown(key: str) -> None:
        if key == "home":
            window.pages["home"].loaded.connect(on_loaded)

    watch = Watch()
    window.installEventFilter(watch)
    if loaded is not None:
        window.page_shown.connect(page_shown)
    window.show()
    app.exec()


def timed(args: list[str]) -> tuple[float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=True)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("paint=")][-1]
    parts = dict(p.split("=") for p in line.split())
    return float(parts["paint"]) - start, float(parts["loaded"]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--child", choices=("bare", "app"))
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "app":
        child_app(args.data_dir)
        return 0
    folder = build_database(OUT / f"ui-start-{args.records}", args.records)
    timed(["--child", "bare"])  # warm the OS file cache for both, as a laptop that has run them before
    timed(["--child", "app", "--data-dir", str(folder)])
    bare, app, loaded = [], [], []
    for _ in range(args.runs):
        bare.append(timed(["--child", "bare"])[0])
        paint, ready = timed(["--child", "app", "--data-dir", str(folder)])
        app.append(paint)
        loaded.append(ready)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(loaded)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"database: {args.records:,} records in {folder}")
    print(f"platform: {platform}; {args.runs} runs each, medians")
    print(f"bare PySide6 main window, first paint : {b * 1000:7.0f} ms")
    print(f"kpu-desktop main window, first paint  : {a * 1000:7.0f} ms   ratio {a / b:4.2f}x   (target < 1000 ms, < 3x)")
    print(f"kpu-desktop Beranda figures on screen : {r * 1000:7.0f} ms   ratio {r / b:4.2f}x")
    return 0 if a < 1.0 and a / b < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
