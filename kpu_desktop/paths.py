"""Where kpu-desktop keeps its files: one injectable object, never a global."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kpu-desktop"
HOME_ENV = "KPU_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    """All folders of one installation; everything lives under `data_dir`."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None) -> "AppPaths":
        """`--data-dir` wins, then `KPU_DESKTOP_HOME`, then the platform's user data folder."""
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        env = os.environ.get(HOME_ENV)
        if env:
            return cls(Path(env).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.data_dir / "kpu-desktop.sqlite3"

    @property
    def config_dir(self) -> Path:
        return self.data_dir / "config"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def qsettings_file(self) -> Path:
        return self.config_dir / "window.ini"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def identity_dir(self) -> Path:
        return self.data_dir / "identity"

    @property
    def identity_file(self) -> Path:
        return self.identity_dir / "identity.p12"

    @property
    def trust_dir(self) -> Path:
        return self.data_dir / "trust"

    def exists(self) -> bool:
        return self.database.exists()

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
