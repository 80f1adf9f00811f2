"""Logging to a rotating file in the data folder's log directory."""

from __future__ import annotations

import logging
import logging.handlers

from .paths import AppPaths


def configure_logging(data_dir: str | None) -> None:
    paths = AppPaths.resolve(data_dir)
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(paths.log_dir / "kpu-desktop.log", maxBytes=1_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
