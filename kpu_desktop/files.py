"""Writing files that must survive a pulled USB stick or a power cut: whole or not at all, and on the disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable. POSIX only: Windows cannot open folders and syncs renames itself."""
    if os.name != "posix":
        return
    fd = os.open(str(folder), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, rename it over `path`, fsync the folder.

    A crash or a pulled stick leaves either the old file or the new one, never a truncated one, and no
    temporary file is left behind when writing fails (a full stick). OSError is raised to the caller.
    """
    write_through(path, lambda handle: handle.write(data))


def write_through(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """As `write_atomic`, the content written by `fill` into the open temporary file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(folder)
