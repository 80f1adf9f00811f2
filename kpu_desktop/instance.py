"""One running kpu-desktop per data folder: an OS lock on a file inside it.

The operating system drops the lock when the process dies, however it dies (power loss, kill -9), so a
crash never leaves a folder locked. The file's text (pid, command) only serves the message to the user.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)
LOCK_NAME = ".kpu-desktop.lock"

# Locks this process already holds, by folder: flock locks belong to an open file, so a second
# acquisition from the same process must reuse the first instead of locking itself out.
_held: dict[Path, "InstanceLock"] = {}


class AlreadyRunning(Exception):
    """Another process holds the folder's lock."""

    def __init__(self, data_dir: Path, holder: str):
        self.data_dir, self.holder = data_dir, holder
        who = f" ({holder})" if holder else ""
        self.texts = {
            "id": f"kpu-desktop sudah berjalan untuk folder data {data_dir}{who}. Tutup aplikasi itu dahulu, "
                  "atau gunakan perintah yang hanya membaca.",
            "en": f"kpu-desktop is already running for the data folder {data_dir}{who}. Close it first, "
                  "or use a read-only command.",
        }
        super().__init__(self.texts["id"] + "\n" + self.texts["en"])

    def message(self, lang: str) -> str:
        return self.texts.get(lang, self.texts["id"])


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir).resolve()
        self.path = self.data_dir / LOCK_NAME
        self._handle = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0

    def acquire(self, purpose: str = "") -> "InstanceLock":
        """Take the lock or raise AlreadyRunning; re-entrant within one process."""
        owner = _held.get(self.data_dir)
        if owner is not None:
            owner._depth += 1
            return owner
        self.data_dir.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        if not _try_lock(handle):
            holder = _read_holder(handle)
            handle.close()
            raise AlreadyRunning(self.data_dir, holder)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} {purpose}".strip())
        handle.flush()
        self._handle, self._depth = handle, 1
        _held[self.data_dir] = self
        return self

    def release(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth:
            return
        _held.pop(self.data_dir, None)
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(handle) -> str:
    try:
        handle.seek(0)
        return handle.read(200).strip()
    except OSError:  # Windows refuses to read a locked byte range
        return ""


def is_locked_elsewhere(data_dir: Path) -> bool:
    """True when another process holds the folder (this process's own lock does not count)."""
    data_dir = Path(data_dir).resolve()
    if data_dir in _held or not (data_dir / LOCK_NAME).exists():
        return False
    try:
        InstanceLock(data_dir).acquire().release()
    except AlreadyRunning:
        return True
    return False


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build only
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
