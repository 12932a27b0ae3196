"""An explicit GPU layer count reaches llama.cpp whatever discovery found, on the real
libraries: only Auto chooses from what discovery reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from app.engine.base import LoadOptions
from app.engine.llama import LlamaEngine
from app.engine.native import gpu_devices, supports_gpu_offload
from app.engine.offload import AUTO

pytestmark = pytest.mark.real_model


@pytest.fixture
def layers_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """What each load passes to llama.cpp as n_gpu_layers; the load itself is real."""
    asked: list[int] = []
    real_llama = llama_cpp.Llama

    def recording(*args: Any, **kwargs: Any) -> Any:
        asked.append(int(kwargs["n_gpu_layers"]))
        return real_llama(*args, **kwargs)

    monkeypatch.setattr(llama_cpp, "Llama", recording)
    return asked


@pytest.mark.parametrize("setting", [-1, 5])
def test_an_explicit_layer_count_goes_to_llama_cpp(bundled_model_path: Path,
                                                   layers_asked: list[int],
                                                   setting: int) -> None:
    if not supports_gpu_offload():
        assert gpu_devices() == []  # discovery finds nothing on this CPU build
    engine = LlamaEngine(bundled_model_path,
                         LoadOptions(context_length=256, threads=2, gpu_layers=setting))
    try:
        assert layers_asked == [setting]  # not turned into 0 because no GPU was found
        if not supports_gpu_offload():  # llama.cpp kept the layers on the CPU, and says so
            assert engine.info.offload_label == "CPU" and not engine.info.gpu_offload
    finally:
        engine.close()


def test_none_and_auto_without_a_gpu_ask_for_no_layers(bundled_model_path: Path,
                                                       layers_asked: list[int]) -> None:
    if supports_gpu_offload():
        pytest.skip("a GPU build: Auto offloads")
    for setting in (0, AUTO):
        LlamaEngine(bundled_model_path,
                    LoadOptions(context_length=256, threads=2, gpu_layers=setting)).close()
    assert layers_asked == [0, 0]
