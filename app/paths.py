"""Where Hearth keeps its files: one object, built once in main and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    cache: Path
    logs: Path
    models: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            config=Path(dirs.user_config_dir),
            data=data,
            cache=Path(dirs.user_cache_dir),
            logs=Path(dirs.user_log_dir),
            models=data / "models",
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Every file below one folder: the --data-dir override, and tests."""
        root = root.resolve()
        return cls(
            config=root / "config",
            data=root / "data",
            cache=root / "cache",
            logs=root / "logs",
            models=root / "models",
        )

    @property
    def database(self) -> Path:
        return self.data / "hearth.db"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config / "ui_state.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "hearth.log"

    def ensure(self) -> None:
        for folder in (self.config, self.data, self.cache, self.logs, self.models):
            folder.mkdir(parents=True, exist_ok=True)
