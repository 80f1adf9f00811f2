"""The check made when the application starts: is the database file sound enough to work on?"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from .backup import latest_backup
from .errors import StorageError

log = logging.getLogger(__name__)


class DatabaseDamaged(StorageError):
    """`PRAGMA quick_check` failed: say so in both languages and name the way back."""

    def __init__(self, database: Path, problems: list[str], backup: Path | None):
        self.database, self.problems, self.backup = database, problems, backup
        self.texts = {"id": _text_id(database, problems, backup), "en": _text_en(database, problems, backup)}
        super().__init__(self.texts["id"] + "\n" + self.texts["en"])

    def message(self, lang: str) -> str:
        return self.texts.get(lang, self.texts["id"])


def _restore_hint(backup: Path | None) -> str:
    return f'kpu-desktop restore "{backup}"' if backup else "kpu-desktop restore FILE"


def _text_id(database: Path, problems: list[str], backup: Path | None) -> str:
    where = (f"Cadangan terakhir: {backup}." if backup
             else "Tidak ada cadangan otomatis; gunakan cadangan Anda sendiri (misalnya di flashdisk).")
    return (f"Basis data {database} rusak ({problems[0]}). {where} "
            f"Pulihkan dengan: {_restore_hint(backup)}")


def _text_en(database: Path, problems: list[str], backup: Path | None) -> str:
    where = (f"Latest backup: {backup}." if backup
             else "There is no automatic backup; use your own copy (for example on a USB stick).")
    return f"The database {database} is damaged ({problems[0]}). {where} Restore it with: {_restore_hint(backup)}"


def check_at_start(database: Path, backup_dir: Path) -> None:
    """Raise DatabaseDamaged when the quick check finds anything; a missing file is not our business."""
    database = Path(database)
    if not database.exists():
        return
    problems = quick_problems(database)
    if problems:
        latest = latest_backup(backup_dir)
        log.error("quick_check failed on %s: %s", database, problems[:5])
        raise DatabaseDamaged(database, problems, latest.path if latest else None)


def quick_problems(database: Path) -> list[str]:
    try:
        conn = sqlite3.connect(str(database), timeout=30)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
