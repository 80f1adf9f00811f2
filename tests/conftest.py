"""Shared fixtures: temporary data folders, a migrated template database copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Headless Qt for every test run, set here rather than by hand.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KPU_DESKTOP_HOME", None)
os.environ.pop("KPU_DESKTOP_PASSWORD", None)
os.environ.pop("KPU_DESKTOP_USER", None)

ADMIN = "admin"
PASSWORD = "rahasia-123"
# Copies of the spreadsheets secretariats keep (shared/samples), so the suite stands on its own.
SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


def _make_folder(target: Path, *, demo: bool) -> None:
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.demo import fill_demo
    from kpu_desktop.services.setup import initialise

    ctx = AppContext(AppPaths(target))
    initialise(ctx, unit_code="62.01", unit_kind="kpu-kab", unit_name=None, admin=ADMIN, password=PASSWORD)
    if demo:
        fill_demo(ctx)
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()


@pytest.fixture(scope="session")
def template_dirs(tmp_path_factory) -> dict[str, Path]:
    """An initialised and a demo data folder, built once per session."""
    base = tmp_path_factory.mktemp("templates")
    empty, demo = base / "empty", base / "demo"
    _make_folder(empty, demo=False)
    _make_folder(demo, demo=True)
    return {"empty": empty, "demo": demo}


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture
def data_dir(tmp_path, template_dirs) -> Path:
    """A data folder for the Kotawaringin Barat regency (62.01) with no records yet."""
    return _copy(template_dirs["empty"], tmp_path / "data")


@pytest.fixture
def demo_dir(tmp_path, template_dirs) -> Path:
    """A data folder holding the demo records."""
    return _copy(template_dirs["demo"], tmp_path / "demo")


def _context(folder: Path, lang: str = "id"):
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.auth import AuthService
    from kpu_desktop.services.context import AppContext

    ctx = AppContext(AppPaths(folder), lang=lang)
    AuthService(ctx).login(ADMIN, PASSWORD)
    return ctx


@pytest.fixture
def ctx(data_dir):
    """An admin's context over an empty regency database."""
    context = _context(data_dir)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(demo_dir):
    """An admin's context over the demo database."""
    context = _context(demo_dir)
    yield context
    context.close()


@pytest.fixture
def samples() -> Path:
    """The spreadsheets secretariats really keep (read-only: copy before importing)."""
    return SAMPLES


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run the command line in-process: returns (exit code, stdout, stderr)."""
    from kpu_desktop.app import main

    def run(*args: str, password: str | None = PASSWORD, env: dict | None = None):
        if password is not None:
            monkeypatch.setenv("KPU_DESKTOP_PASSWORD", password)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def table_snapshot(conn, table: str) -> list[tuple]:
    # Sorted in Python: some tables are WITHOUT ROWID.
    return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def database_snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every shared table and log: to assert that a refused action changed nothing."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'")]
        return {t: table_snapshot(conn, t) for t in tables}
    finally:
        conn.close()
