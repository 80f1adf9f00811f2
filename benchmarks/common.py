"""Helpers shared by the benchmark scripts: timing, memory, temporary data folders, report lines."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ADMIN, PASSWORD = "admin", "bench-sandi-1"


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 21) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rss_mb() -> float:
    """Peak resident memory of this process in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, value: float, unit: str, baseline: float | None = None, baseline_name: str = "",
           target: str = "", higher_is_better: bool = False) -> None:
    """One figure, beside its bare-stack baseline and the ratio between them."""
    line = f"{name:<52} {value:>12.3f} {unit}"
    if baseline is not None and baseline > 0:
        ratio = value / baseline
        line += f"   baseline ({baseline_name}) {baseline:.3f} {unit}   ratio {ratio:.2f}"
    if target:
        line += f"   target {target}"
    print(line, flush=True)


@contextmanager
def temp_folder(prefix: str = "kpu-bench-"):
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        yield Path(folder)


def new_context(folder: Path, *, unit_code: str = "62", unit_kind: str = "kpu-prov"):
    """An initialised data folder with a signed-in admin."""
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.setup import initialise

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ctx = AppContext(AppPaths(folder))
    initialise(ctx, unit_code=unit_code, unit_kind=unit_kind, unit_name=None, admin=ADMIN, password=PASSWORD)
    return ctx
