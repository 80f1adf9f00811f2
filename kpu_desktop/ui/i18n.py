"""Qt Linguist translations: .ts sources under resources/, .qm compiled at build time or on first use.

`python -m kpu_desktop.ui.i18n` compiles every .ts (the build step); `--update` first re-reads the
source strings with pyside6-lupdate. The application calls `install_language`, which compiles a .qm
that is missing or older than its .ts, so a fresh checkout runs without a build step.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QTranslator

from ..paths import APP_NAME
from ..resources import resource

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
SOURCE_DIR = resource("translations")
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def ts_file(lang: str) -> Path:
    return SOURCE_DIR / f"kpu_desktop_{lang}.ts"


def _tool(name: str) -> str | None:
    """The Qt tool shipped inside the PySide6 wheel, else one on PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    if bundled.exists():
        return str(bundled)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def _qm_targets(lang: str) -> list[Path]:
    """Next to the .ts when that folder is writable (a checkout), else in the user cache."""
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"
    return [SOURCE_DIR / f"kpu_desktop_{lang}.qm", cache / f"kpu_desktop_{lang}.qm"]


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = _tool("lrelease")
    if tool is None:
        log.warning("lrelease not found; %s stays uncompiled", ts.name)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s into %s: %s", ts.name, qm, exc)
        return False
    return qm.exists()


def compiled_translation(lang: str) -> Path | None:
    """A .qm for `lang` that is at least as new as its .ts, compiling it when needed."""
    ts = ts_file(lang)
    targets = _qm_targets(lang)
    for qm in targets:
        if _fresh(qm, ts):
            return qm
    if not ts.exists():
        return next((qm for qm in targets if qm.exists()), None)
    for qm in targets:
        if compile_ts(ts, qm):
            return qm
    return None


_installed: list[QTranslator] = []


def install_language(lang: str) -> bool:
    """Replace the application's translator; English source strings show when nothing loads."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qm = compiled_translation(lang if lang in LANGUAGES else "id")
    if qm is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("translation %s did not load", qm)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def update_sources() -> None:
    """Re-read every tr() string of kpu_desktop/ui and forms/ into both .ts files (keeps translations)."""
    sources = sorted(str(p) for p in (PACKAGE_DIR / "ui").rglob("*.py")
                     if "__pycache__" not in p.parts and p.parent.name != "forms")
    # Designer forms are read from their .ui sources (the generated modules use u"" literals lupdate skips).
    sources += sorted(str(p) for p in (PACKAGE_DIR.parent / "forms").glob("*.ui"))
    tool = _tool("lupdate")
    for lang in LANGUAGES:
        subprocess.run([tool, "-no-obsolete", "-locations", "none", "-target-language",
                        "id_ID" if lang == "id" else "en_GB", *sources, "-ts", str(ts_file(lang))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update and compile the Qt Linguist translations.")
    parser.add_argument("--update", action="store_true", help="run lupdate over kpu_desktop/ui first")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    ok = all(compile_ts(ts_file(lang), SOURCE_DIR / f"kpu_desktop_{lang}.qm") for lang in LANGUAGES)
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
