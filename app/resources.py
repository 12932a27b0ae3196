"""Files that ship with the app (resources/), found from source and from a frozen bundle."""

from __future__ import annotations

from pathlib import Path

from app.frozen import bundle_dir


def resource(*parts: str) -> Path:
    base = bundle_dir()
    root = base if base is not None else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


# The embedding model that ships with Hearth, built by packaging/embedder_build.py (make)
BUNDLED_EMBEDDER = "all-minilm-l6-v2-q8_0.gguf"


def bundled_embedder_path() -> Path | None:
    """The bundled embedding model, or None where this installation lacks it (a source
    checkout where `make` has not built it yet)."""
    path = resource("embedder", BUNDLED_EMBEDDER)
    return path if path.is_file() else None


def documents_embedder_path(models_dir: Path, chosen: str) -> Path | None:
    """The embedding model the documents use: the one chosen in Settings (a file in the
    models folder) while it is there, else the bundled one."""
    if chosen and Path(chosen).name == chosen and (models_dir / chosen).is_file():
        return models_dir / chosen
    return bundled_embedder_path()
