"""User settings of one installation: typed, versioned JSON beside the database."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace

from ..files import write_atomic
from ..paths import AppPaths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
LANGUAGES = ("id", "en")
IDLE_MINUTES_RANGE = (0, 240)  # 0 turns the idle lock off


@dataclass(frozen=True)
class Settings:
    """What the user chose; every field has a safe default so a damaged file never blocks a start."""

    language: str = "id"
    idle_lock_minutes: int = 10
    last_user: str = ""
    dashboard_event: str = ""

    def validated(self) -> "Settings":
        language = self.language if self.language in LANGUAGES else "id"
        low, high = IDLE_MINUTES_RANGE
        try:
            minutes = min(max(int(self.idle_lock_minutes), low), high)
        except (TypeError, ValueError):
            minutes = Settings.idle_lock_minutes
        return replace(self, language=language, idle_lock_minutes=minutes,
                       last_user=str(self.last_user or ""), dashboard_event=str(self.dashboard_event or ""))


def _upgrade(data: dict) -> dict:
    """Numbered upgrades of older files; version 0 (no version key) stored `lang` instead of `language`."""
    version = int(data.get("version", 0))
    if version < 1:
        if "lang" in data and "language" not in data:
            data["language"] = data.pop("lang")
    data["version"] = SETTINGS_VERSION
    return data


def load_settings(paths: AppPaths) -> Settings:
    try:
        data = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file unreadable, using defaults: %s", exc)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    if int(data.get("version", 0)) > SETTINGS_VERSION:
        log.warning("settings file from a newer version; reading the fields this version knows")
    data = _upgrade(data)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known}).validated()


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    data = {"version": SETTINGS_VERSION, **asdict(settings.validated())}
    write_atomic(paths.settings_file, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
