"""Build the frozen one-folder application (PyInstaller) and, on Linux, a .deb around it.

    python installer/build.py            # dist/kpu-desktop/ and dist/kpu-desktop_<version>_<arch>.deb
    python installer/build.py --no-deb   # the frozen folder only

On Windows the frozen folder is then packed by Inno Setup:
    iscc /DAppVersion=<version> installer\\windows\\kpu-desktop.iss
(the version is printed by this script, taken from kpu_desktop.__version__).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST, WORK = ROOT / "dist", ROOT / "build"
APP = DIST / "kpu-desktop"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from kpu_desktop import __version__
    return __version__


def compile_translations() -> None:
    """The .qm files are build products (ignored by git): make them before bundling."""
    subprocess.run([sys.executable, "-m", "kpu_desktop.ui.i18n"], cwd=ROOT, check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def windows_icon() -> None:
    from PIL import Image  # Pillow comes with reportlab
    WORK.mkdir(exist_ok=True)
    Image.open(ROOT / "resources" / "icons" / "kpu-desktop.png").save(
        WORK / "kpu-desktop.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


def freeze() -> Path:
    shutil.rmtree(APP, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(ROOT / "installer" / "kpu_desktop.spec")], cwd=ROOT, check=True)
    return APP


def deb_arch() -> str:
    found = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return found.stdout.strip() or "amd64"


def make_deb(app: Path, ver: str) -> Path:
    """/opt/kpu-desktop, a /usr/bin link, the menu entry and the icon; data stays in each user's folder."""
    arch = deb_arch()
    root = WORK / "deb" / f"kpu-desktop_{ver}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / "opt" / "kpu-desktop", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/kpu-desktop/kpu-desktop", root / "usr" / "bin" / "kpu-desktop")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "linux" / "kpu-desktop.desktop", applications)
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size_dir, name in (("256x256", "kpu-desktop.png"), ("scalable", "kpu-desktop.svg")):
        (icons / size_dir / "apps").mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / name, icons / size_dir / "apps" / name)
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        f"Package: kpu-desktop\nVersion: {ver}\nArchitecture: {arch}\nSection: misc\nPriority: optional\n"
        f"Installed-Size: {size_kb}\nMaintainer: kpu-desktop maintainers <kpu-desktop@localhost>\n"
        "Depends: libc6, libgl1, libegl1, libfontconfig1, libxkbcommon0, libxcb-cursor0\n"
        "Description: Records of ASN placements, facility support and election logistics\n"
        " Offline-first desktop application for KPU election secretariats.\n", encoding="utf-8")
    target = DIST / f"kpu-desktop_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def folder_size(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-deb", action="store_true", help="build the frozen folder only")
    args = parser.parse_args(argv)
    started, ver = time.monotonic(), version()
    compile_translations()
    if sys.platform == "win32":
        windows_icon()
    app = freeze()
    print(f"frozen app: {app} ({folder_size(app):.0f} MB), version {ver}")
    if sys.platform.startswith("linux") and not args.no_deb and shutil.which("dpkg-deb"):
        deb = make_deb(app, ver)
        print(f"debian package: {deb} ({deb.stat().st_size / 1e6:.0f} MB)")
    if sys.platform == "win32":
        print(f'next: iscc /DAppVersion={ver} installer\\windows\\kpu-desktop.iss')
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
