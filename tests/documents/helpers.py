"""Helpers shared by the documents tests (imported by the tests and their conftest)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import _context

PASSPHRASE = "kunci-rahasia-2024"
KINDS = ("asn", "facility", "bast", "logistics", "summary")


def install_identity(folder: Path, p12: Path) -> None:
    """Adopt a prepared identity into a data folder (the same path as `identity import`)."""
    from kpu_desktop.services.identity import IdentityService

    ctx = _context(folder)
    try:
        IdentityService(ctx).import_file(p12, PASSPHRASE, PASSPHRASE)
    finally:
        ctx.close()


def first_receipt_id(folder: Path, event: str = "PILKADA_2024") -> str:
    conn = sqlite3.connect(str(folder / "kpu-desktop.sqlite3"))
    try:
        return conn.execute("SELECT id FROM receipts WHERE event_id = ? AND deleted = 0 ORDER BY received_at,"
                            " number LIMIT 1", (event,)).fetchone()[0]
    finally:
        conn.close()


def poppler(tool: str, *args) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    done = subprocess.run([tool, *map(str, args)], capture_output=True, text=True)
    return done.stdout + done.stderr


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return poppler("pdftotext", "-layout", path, "-")
