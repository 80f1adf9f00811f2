"""Fault injection: kill -9 of real command-line processes, and full disks; run counts go to the terminal."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "rahasia-123"
SAMPLE = ROOT / "tests" / "data" / "samples" / "serah_terima_logistik_kpu_ke_ppk.csv"
RECEIPT_LINES = 20_000

# operation -> outcome -> runs; printed at the end of the session so CI logs show it without -s.
RUNS: dict[str, Counter] = {}
TIMES: dict[str, float] = {}


def pytest_terminal_summary(terminalreporter):
    if not RUNS:
        return
    terminalreporter.section("fault injection (kill -9)")
    for operation, outcomes in sorted(RUNS.items()):
        detail = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        terminalreporter.write_line(f"{operation:8s} {sum(outcomes.values()):3d} runs ({detail}); "
                                    f"{TIMES.get(operation, 0):.1f} s")
    terminalreporter.write_line(f"total    {sum(sum(c.values()) for c in RUNS.values()):3d} runs")


def command(folder: Path, *args) -> list[str]:
    return [sys.executable, "-m", "kpu_desktop", "--data-dir", str(folder), *map(str, args)]


def run(folder: Path, *args, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(command(folder, *args), cwd=ROOT, env=environment(), capture_output=True, text=True,
                          timeout=120)
    if check and done.returncode != 0:
        raise AssertionError(f"{args}: {done.returncode}\n{done.stderr[-2000:]}")
    return done


def environment() -> dict:
    env = dict(os.environ, KPU_DESKTOP_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
    env.pop("KPU_DESKTOP_HOME", None)
    return env


def mark_daily_done(folder: Path) -> None:
    """A placeholder named like today's daily backup, so the runs spend their time on the operation."""
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    (backups / f"kpu-desktop-{dt.datetime.now():%Y%m%d}-000000-1-daily.sqlite3").write_bytes(b"")


def write_receipt_sheet(target: Path, lines: int = RECEIPT_LINES) -> Path:
    """The sample BAST sheet repeated under new numbers until it holds `lines` lines."""
    rows = list(csv.reader(SAMPLE.open(encoding="utf-8-sig"), delimiter=";"))
    header, body = rows[0], rows[1:]
    out, copy = [header], 0
    while len(out) <= lines:
        for row in body:
            out.append([row[0].replace("/PL", f"{copy}/PL", 1), *row[1:]])
        copy += 1
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(out[: lines + 1])
    return target


@pytest.fixture(scope="session")
def fault_templates(tmp_path_factory) -> dict[str, Path]:
    """An initialised folder, the same with 20,000 receipt lines, and the sheet that filled it."""
    base = tmp_path_factory.mktemp("faults")
    empty, big = base / "empty", base / "big"
    run(empty, "init", "--unit-code", "62.01", "--unit-kind", "kpu-kab", "--admin", "admin")
    sheet = write_receipt_sheet(base / "bast.csv")
    shutil.copytree(empty, big)
    started = time.monotonic()
    run(big, "import", "--kind", "receipt", sheet)
    TIMES["setup"] = time.monotonic() - started
    for folder in (empty, big):
        run(folder, "check")
        mark_daily_done(folder)
    return {"empty": empty, "big": big, "sheet": sheet}
