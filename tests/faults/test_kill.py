"""kill -9 of the command line at random points: the database stays sound and each operation is all or nothing.

Each operation is run once to the end to learn its duration and its result; then, in fresh copies, it is
killed after a random delay within that duration (imports also right after their write has reached the
WAL). After every kill: `PRAGMA integrity_check` passes, the audit chain verifies, and the counts equal either
the state before or the state after.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from kpu_desktop.storage.audit import verify_chain
from kpu_desktop.storage.backup import verify_file

from .conftest import ROOT, RUNS, TIMES, command, environment, run

SEED = int(os.environ.get("KPU_FAULT_SEED", "20241127"))
TABLES = ("units", "tps", "persons", "placements", "facilities", "receipts", "receipt_lines", "audit_log",
          "changes")


def database(folder: Path) -> Path:
    return folder / "kpu-desktop.sqlite3"


def counts(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        found = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
        found["deleted"] = conn.execute("SELECT (SELECT SUM(deleted) FROM receipts)"
                                        " + (SELECT SUM(deleted) FROM receipt_lines)").fetchone()[0]
        return found
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        chain = verify_chain(conn)
        assert chain.ok, chain.reason
    finally:
        conn.close()


def timed_run(folder: Path, *args) -> float:
    started = time.monotonic()
    run(folder, *args)
    return time.monotonic() - started


def wal_size(wal: Path) -> int:
    """The WAL's size, 0 while it does not exist (SQLite removes it when the last connection closes)."""
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


def kill_during(folder: Path, args: tuple, delay: float, *, wal_bytes: int = 0) -> str:
    """Start the command; SIGKILL it after `delay` s (counted from when the WAL holds `wal_bytes`)."""
    proc = subprocess.Popen(command(folder, *args), cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wal = database(folder).with_name("kpu-desktop.sqlite3-wal")
    if wal_bytes:
        limit = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < limit:
            if wal_size(wal) >= wal_bytes:
                break
            time.sleep(0.005)
    time.sleep(delay)
    if proc.poll() is not None:
        return "finished"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return "killed"


def tally(operation: str, outcome: str, state: str) -> None:
    RUNS.setdefault(operation, Counter())[f"{outcome}/{state}"] += 1


def fresh(template: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


def test_import_killed_is_all_or_nothing(fault_templates, tmp_path):
    """20,000 receipt lines: after any kill the database holds none or all of them."""
    rng = random.Random(SEED)
    sheet = fault_templates["sheet"]
    before = counts(database(fault_templates["empty"]))
    # The session set-up imported the same sheet into "big": that run is the measure of a whole import.
    after, duration = counts(database(fault_templates["big"])), TIMES["setup"]
    started = time.monotonic()
    for index in range(14):
        folder = fresh(fault_templates["empty"], tmp_path / "run")
        if index % 2:
            outcome = kill_during(folder, ("import", "--kind", "receipt", sheet), rng.uniform(0, 0.5),
                                  wal_bytes=256 * 1024)
            outcome = "killed-writing" if outcome == "killed" else outcome
        else:
            outcome = kill_during(folder, ("import", "--kind", "receipt", sheet), rng.uniform(0.05, duration))
        assert_sound(database(folder))
        found = counts(database(folder))
        assert found in (before, after), f"run {index}: partial import {found}"
        tally("import", outcome, "none" if found == before else "all")
    TIMES["import"] = time.monotonic() - started


def test_export_killed_leaves_no_partial_file(fault_templates, tmp_path):
    """An export killed midway leaves no file under the target name, or the whole file; the database is intact."""
    rng = random.Random(SEED + 1)
    folder = fresh(fault_templates["big"], tmp_path / "big")
    before = counts(database(folder))
    whole = tmp_path / "whole.csv"
    duration = timed_run(folder, "export", "--kind", "receipt", "--out", whole)
    started = time.monotonic()
    for index in range(12):
        target = tmp_path / f"out{index}.csv"
        outcome = kill_during(folder, ("export", "--kind", "receipt", "--out", target), rng.uniform(0.05, duration))
        assert_sound(database(folder))
        assert counts(database(folder)) == before
        if target.exists():
            assert target.read_bytes() == whole.read_bytes(), f"run {index}: partial export"
        tally("export", outcome, "all" if target.exists() else "none")
    TIMES["export"] = time.monotonic() - started


def test_backup_killed_leaves_no_partial_file(fault_templates, tmp_path):
    """A backup killed midway leaves nothing under the target name, or a copy that verifies in full."""
    rng = random.Random(SEED + 2)
    folder = fresh(fault_templates["big"], tmp_path / "big")
    before = counts(database(folder))
    duration = timed_run(folder, "backup", "--out", tmp_path / "whole.sqlite3")
    started = time.monotonic()
    for index in range(12):
        target = tmp_path / f"b{index}.sqlite3"
        outcome = kill_during(folder, ("backup", "--out", target), rng.uniform(0.05, duration))
        assert_sound(database(folder))
        assert counts(database(folder)) == before
        if target.exists():
            assert verify_file(target).ok and counts(target) == before, f"run {index}: bad backup"
        tally("backup", outcome, "all" if target.exists() else "none")
    TIMES["backup"] = time.monotonic() - started


@pytest.fixture
def small(fault_templates, tmp_path) -> Path:
    """The initialised folder with the six sample receipts (54 lines)."""
    from .conftest import SAMPLE
    folder = fresh(fault_templates["empty"], tmp_path / "small-template")
    run(folder, "import", "--kind", "receipt", SAMPLE)
    return folder


def test_edit_killed_is_all_or_nothing(small, tmp_path):
    """Deleting a receipt tombstones it and its lines together, or not at all."""
    rng = random.Random(SEED + 3)
    conn = sqlite3.connect(str(database(small)))
    receipt = conn.execute("SELECT id FROM receipts ORDER BY number LIMIT 1").fetchone()[0]
    conn.close()
    args = ("receipt", "delete", receipt, "--reason", "uji gangguan")
    before = counts(database(small))
    probe = fresh(small, tmp_path / "probe")
    duration = timed_run(probe, *args)
    after = counts(database(probe))
    assert after["deleted"] > before["deleted"] + 1
    started = time.monotonic()
    for index in range(14):
        folder = fresh(small, tmp_path / "run")
        outcome = kill_during(folder, args, rng.uniform(0.05, duration))
        assert_sound(database(folder))
        found = counts(database(folder))
        assert found in (before, after), f"run {index}: partial edit {found}"
        tally("edit", outcome, "none" if found == before else "all")
    TIMES["edit"] = time.monotonic() - started
