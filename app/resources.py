"""Files that ship with the app (resources/), found from source and from a frozen bundle."""

from __future__ import annotations

from pathlib import Path

from app.frozen import bundle_dir


def resource(*parts: str) -> Path:
    base = bundle_dir()
    root = base if base is not None else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
