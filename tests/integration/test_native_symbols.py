"""The native calls Hearth binds itself, against the llama.cpp libraries that ship.

No fakes here: an upstream release that moves or renames a symbol fails these tests, not
users (ggml_backend_dev_count once moved from libggml-base to libggml, and every GPU build
quietly ran on the CPU)."""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

import pytest

from app.engine.native import (
    DEVICE_SYMBOLS,
    HELD_SYMBOLS,
    NATIVE_LIBRARIES,
    HeldCalls,
    bind_exported,
    devices,
    gpu_devices,
    library_path,
    native_library_file,
    note_offloaded,
    supports_gpu_offload,
)
from app.models.gguf_header import TENSOR_TYPES

APP = Path(__file__).resolve().parents[2] / "app"
NATIVE_LOOKUP = re.compile(r"\b(CDLL|PyDLL|WinDLL|OleDLL|cdll|windll|oledll|pydll)\b")
# Every module that opens a native library with ctypes, and what this file checks of it
KNOWN_NATIVE_MODULES = {
    "engine/native.py": "DEVICE_SYMBOLS and HELD_SYMBOLS, below",
    "engine/probe.py": "prctl, from the C library (Linux only)",
    "models/system.py": "GlobalMemoryStatusEx, from kernel32 (Windows only)",
    "qt_platform.py": "opens libraries to see whether they exist; binds no symbol",
}


def shipped_libraries() -> list[ctypes.CDLL]:
    return [ctypes.CDLL(str(native_library_file(stem))) for stem in NATIVE_LIBRARIES
            if native_library_file(stem).is_file()]


def test_llama_cpp_ships_the_libraries_hearth_looks_in() -> None:
    assert library_path(), "llama-cpp-python did not say where libllama is"
    found = {stem for stem in NATIVE_LIBRARIES if native_library_file(stem).is_file()}
    assert found == set(NATIVE_LIBRARIES)


@pytest.mark.parametrize("name", sorted(DEVICE_SYMBOLS))
def test_every_device_call_resolves_in_a_shipped_library(name: str) -> None:
    assert bind_exported(name, shipped_libraries()) is not None


def test_a_symbol_no_library_exports_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="ggml_backend_no_such_call"):
        bind_exported("ggml_backend_no_such_call", shipped_libraries())


@pytest.mark.parametrize("name", sorted(HELD_SYMBOLS))
def test_every_held_call_resolves_in_libllama(name: str) -> None:
    lib = ctypes.PyDLL(library_path())
    assert getattr(lib, name) is not None


def test_the_held_calls_are_bound_from_libllama() -> None:
    calls = HeldCalls()
    assert calls.logits is not None and calls.apply is not None and calls.accept is not None
    assert isinstance(calls.sample, ctypes._CFuncPtr)  # type: ignore[attr-defined]


def test_device_enumeration_lists_the_cpu_with_its_memory() -> None:
    found = devices()
    cpus = [d for d in found if d.kind == "CPU"]
    assert cpus, found
    assert all(d.name for d in found)
    assert cpus[0].total_bytes > 0 and 0 < cpus[0].free_bytes <= cpus[0].total_bytes


def test_gpu_devices_are_the_gpus_among_the_devices() -> None:
    gpus = gpu_devices()
    assert all(d.kind in ("GPU", "IGPU") for d in gpus)
    if not supports_gpu_offload():  # this CPU build
        assert gpus == []
    else:
        assert gpus and all(d.total_bytes > 0 for d in gpus)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_prctl_resolves_in_the_c_library() -> None:
    assert ctypes.CDLL(None).prctl is not None


def test_native_libraries_are_opened_only_where_this_file_checks() -> None:
    opening = sorted(path.relative_to(APP).as_posix() for path in APP.rglob("*.py")
                     if NATIVE_LOOKUP.search(path.read_text(encoding="utf-8")))
    unchecked = [module for module in opening if module not in KNOWN_NATIVE_MODULES]
    assert unchecked == [], "bind its symbols in a table and check them here"


@pytest.mark.skipif(sys.platform != "win32", reason="kernel32 is Windows'")
def test_global_memory_status_resolves_in_kernel32() -> None:
    assert ctypes.windll.kernel32.GlobalMemoryStatusEx is not None  # type: ignore[attr-defined]


def test_llama_cpps_own_count_of_offloaded_layers_is_read_from_its_log() -> None:
    found: list[tuple[int, int]] = []
    note_offloaded("load_tensors: offloading 18 repeating layers to GPU", found)
    note_offloaded("load_tensors: offloaded 19/19 layers to GPU", found)
    assert found == [(19, 19)]


def test_the_gguf_readers_tensor_sizes_are_ggmls_own() -> None:
    """The header reader's table of tensor types (block and bytes per block), which tells
    a truncated file, against ggml's own, for every type up to the last the table knows:
    a type ggml removed has block size 0 there and is not in the table."""
    ggml = ctypes.CDLL(str(native_library_file("ggml-base")))
    ggml.ggml_blck_size.restype = ctypes.c_int64
    ggml.ggml_type_size.restype = ctypes.c_size_t
    ggml.ggml_blck_size.argtypes = ggml.ggml_type_size.argtypes = [ctypes.c_int]
    for kind in range(max(TENSOR_TYPES) + 1):
        block = int(ggml.ggml_blck_size(kind))
        ggmls = (block, int(ggml.ggml_type_size(kind))) if block else None
        assert TENSOR_TYPES.get(kind) == ggmls, kind
