"""The generated form modules match their Designer sources, and the record UI keeps to its layer."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FORMS = sorted((ROOT / "forms").glob("records_*.ui"))
FORBIDDEN = ("sqlite3", "sqlite_utils", "kpu_desktop.storage")


@pytest.mark.skipif(shutil.which("pyside6-uic") is None, reason="pyside6-uic is not installed")
@pytest.mark.parametrize("source", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_fresh(source, tmp_path):
    """Compiling forms/records_*.ui again gives exactly the committed kpu_desktop/ui/forms/ui_records_*.py."""
    target = tmp_path / f"ui_{source.stem}.py"
    subprocess.run(["pyside6-uic", str(source), "-o", str(target)], check=True)
    committed = ROOT / "kpu_desktop" / "ui" / "forms" / f"ui_{source.stem}.py"
    assert committed.read_text(encoding="utf-8") == target.read_text(encoding="utf-8"), \
        f"run: pyside6-uic {source.relative_to(ROOT)} -o {committed.relative_to(ROOT)}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                package = path.relative_to(ROOT).with_suffix("").parts[:-node.level]
                module = ".".join([*package, module] if module else package)
            found.add(module)
    return found


def test_record_screens_never_reach_the_database_directly():
    """No module of ui/records imports sqlite3, sqlite_utils or storage: screens call services."""
    offenders = {}
    for path in (ROOT / "kpu_desktop" / "ui" / "records").glob("*.py"):
        bad = {m for m in _imports(path) if m.startswith(FORBIDDEN)}
        if bad:
            offenders[path.name] = bad
    assert offenders == {}


def test_record_modules_stay_small():
    """Every module of the record UI and its services stays under about 400 lines."""
    paths = list((ROOT / "kpu_desktop" / "ui" / "records").glob("*.py"))
    paths += [ROOT / "kpu_desktop" / "services" / f for f in ("paging.py", "undo.py", "lookup.py")]
    long = {p.name: n for p in paths if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert long == {}
