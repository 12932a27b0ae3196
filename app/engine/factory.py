"""Which engine a model reference needs: a GGUF file runs here (llama.cpp); a
`remote:<connection>:<model>` runs on a server the user added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.engine.base import (
    CancelToken,
    Engine,
    EngineFactory,
    EngineLoadError,
    LoadOptions,
    LoadProgress,
)
from app.engine.remote import Connection, RemoteEngine, parse_ref

Connections = Callable[[], dict[str, Connection]]


def engine_factory(local: EngineFactory, connections: Connections) -> EngineFactory:
    def make(path: Path, options: LoadOptions, cancel: CancelToken,
             progress: LoadProgress | None = None) -> Engine:
        ref = parse_ref(str(path))
        if ref is None:
            return local(path, options, cancel, progress)
        name, model = ref
        connection = connections().get(name)
        if connection is None:
            raise EngineLoadError(f"There is no connection called {name!r} any more. Add it "
                                  "again in Models ▸ Connections, or choose another model.")
        return RemoteEngine(connection, model, options, cancel, progress)

    return make
