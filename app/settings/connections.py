"""The servers a user added (Models ▸ Connections): a name, a base URL and the models it
last listed, in connections.json; each API key in the keyring, never in the file.

Hearth talks to no server that is not in this list."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.settings.model import read_small_file

log = logging.getLogger(__name__)

FILE = "connections.json"


@dataclass(frozen=True)
class SavedConnection:
    name: str
    base_url: str
    models: list[str] = field(default_factory=list)

    @property
    def key_account(self) -> str:
        return f"connection:{self.name}"


def load_connections(config: Path) -> list[SavedConnection]:
    try:
        raw = json.loads(read_small_file(config / FILE).decode("utf-8"))
        return [SavedConnection(str(c["name"]), str(c["base_url"]),
                                [str(m) for m in c.get("models", [])]) for c in raw]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        log.warning("Ignoring an unreadable %s: %s", FILE, exc)
        return []


def save_connections(config: Path, connections: list[SavedConnection]) -> None:
    config.mkdir(parents=True, exist_ok=True)
    target = config / FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps([asdict(c) for c in connections], indent=1),
                         encoding="utf-8")
    temporary.replace(target)
