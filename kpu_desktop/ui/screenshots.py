"""Screenshots of every screen over demo data, in Indonesian and English.

    xvfb-run -a python -m kpu_desktop.ui.screenshots --out docs/screenshots

Builds a demo data folder in a temporary directory, opens the real main window and saves one PNG per
screen and language (`<screen>_<lang>.png`), plus the login dialog and the setup wizard.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..paths import AppPaths
from ..services.auth import AuthService
from ..services.context import AppContext
from ..services.demo import DEMO_ADMIN_NAME, DEMO_ADMIN_NIP, fill_demo, name_demo_admin
from ..services.settings import Settings
from ..services.setup import initialise
from . import i18n
from .application import ensure_application

PASSWORD = "contoh-2024"
SIZE = (1366, 820)


def build_demo(folder: Path) -> AppPaths:
    paths = AppPaths(folder)
    ctx = AppContext(paths)
    initialise(ctx, unit_code="62.01", unit_kind="kpu-kab", unit_name=None, admin="admin", password=PASSWORD)
    fill_demo(ctx)
    from ..services.identity import IdentityService
    AuthService(ctx).login("admin", PASSWORD)
    name_demo_admin(ctx, "admin")
    IdentityService(ctx).create(PASSWORD, name=DEMO_ADMIN_NAME, nip=DEMO_ADMIN_NIP)
    ctx.close()
    return paths


def settle(app: QApplication, seconds: float = 0.6, until=None) -> None:
    """Let the window paint and background work arrive (there is no user to wait for here)."""
    deadline = time.monotonic() + 15
    start = time.monotonic()
    while time.monotonic() - start < seconds or (until is not None and not until() and time.monotonic() < deadline):
        app.processEvents()
        time.sleep(0.02)


def shoot_window(app, paths: AppPaths, lang: str, out: Path, stick: Path | None = None) -> list[Path]:
    from . import exchange_demo
    from .main_window import MainWindow

    ctx = AppContext(paths, lang=lang)
    AuthService(ctx).login("admin", PASSWORD)
    window = MainWindow(ctx, Settings(language=lang, idle_lock_minutes=10))
    window.resize(*SIZE)
    window.show()
    saved = []
    for key in window.pages_allowed():
        window.show_page(key)
        screen = window.pages[key]
        if key == "units":
            settle(app, until=lambda: screen.tree.topLevelItemCount() > 0)
            first_pps = screen.tree.topLevelItem(0).child(0).child(0)
            first_pps.setExpanded(True)
        if key == "documents":
            # A produced document, so the result card shows what users see after Generate.
            screen.produce.generate()
            settle(app, until=lambda: not screen.produce.busy())
        exchange_demo.stage(key, screen, stick, lambda until: settle(app, until=until))
        if key == "audit":
            settle(app, until=lambda: "…" not in screen.chain_label.text() and "..." not in screen.chain_label.text())
        settle(app, 0.8, until=lambda: not window.runner.busy and bool(window.status.fingerprint))
        path = out / f"{key}_{lang}.png"
        window.grab().save(str(path))
        saved.append(path)
    saved += shoot_shell_dialogs(app, window, lang, out)
    window.lock()
    settle(app, 0.3)
    window.grab().save(str(out / f"lock_{lang}.png"))
    saved.append(out / f"lock_{lang}.png")
    window.close()
    ctx.close()
    return saved


def shoot_shell_dialogs(app, window, lang: str, out: Path) -> list[Path]:
    """Bantuan → Tentang and Berkas → Cadangkan (with the day's automatic backup listed)."""
    from ..services.backup import daily_backup_if_due

    daily_backup_if_due(window.ctx.paths)
    saved = []
    for name, dialog in (("about", window.show_about()), ("backup", window.show_backup())):
        settle(app, 0.5, until=lambda: not window.runner.busy)
        saved.append(out / f"{name}_{lang}.png")
        dialog.grab().save(str(saved[-1]))
        dialog.close()
    return saved


def shoot_dialogs(app, paths: AppPaths, lang: str, out: Path, empty: Path) -> list[Path]:
    from .login_dialog import LoginDialog
    from .setup_wizard import SetupWizard

    ctx = AppContext(paths, lang=lang)
    login = LoginDialog(ctx, "admin")
    login.show()
    settle(app, 0.4)
    saved = [out / f"login_{lang}.png"]
    login.grab().save(str(saved[0]))
    login.close()
    wizard = SetupWizard(AppContext(AppPaths(empty), lang=lang))
    wizard.show()
    wizard.next()
    settle(app, 0.4)
    saved.append(out / f"setup_{lang}.png")
    wizard.grab().save(str(saved[-1]))
    wizard.reject()
    ctx.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--lang", action="append", choices=i18n.LANGUAGES, help="only these languages")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory(prefix="kpu-shots-") as tmp:
        paths = build_demo(Path(tmp) / "demo")
        from .exchange_demo import prepare
        stick = prepare(paths, Path(tmp) / "exchange", PASSWORD)
        for lang in args.lang or list(i18n.LANGUAGES):
            i18n.install_language(lang)
            for path in shoot_window(app, paths, lang, out, stick) + shoot_dialogs(app, paths, lang, out,
                                                                            Path(tmp) / f"empty-{lang}"):
                print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
