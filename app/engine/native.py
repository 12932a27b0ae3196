"""What Hearth asks of the llama.cpp libraries that llama-cpp-python loaded, beside the
engine: where they are and what they were built with, the devices they see, llama.cpp's
log lines forwarded to ours, and the calls Hearth binds through ctypes itself.

Every native library Hearth opens for llama.cpp is opened here, with its symbols in a
table (DEVICE_SYMBOLS, HELD_SYMBOLS) that tests/integration/test_native_symbols.py checks
against the libraries that ship.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import llama_cpp

from app.engine.cpu import has_amx
from app.engine.offload import GPU_KINDS, Device

log = logging.getLogger(__name__)

# ggml_log_level: 1 debug, 2 info, 3 warn, 4 error; its info chatter stays at DEBUG here
_GGML_LEVELS = {3: logging.WARNING, 4: logging.ERROR}


# What llama.cpp reports as errors when our abort callback stopped a decode (GGML_STATUS_
# ABORTED is 1; llama_decode returns 2): Stop was pressed, or the app quit, and nothing failed.
_ABORT_REPORTS = ("failed with error 1", "compute status: 1", "failed to decode, ret = 2")


def _forward_llama_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    """llama.cpp's own messages go to our log file, not to a console the user never sees.
    A stopped decode is logged as information, so that the log's errors are real ones."""
    message = text.decode("utf-8", errors="replace").rstrip()
    if not message:
        return
    python_level = _GGML_LEVELS.get(level, logging.DEBUG)
    if python_level == logging.ERROR and message.endswith(_ABORT_REPORTS):
        python_level = logging.INFO
    llama_log.log(python_level, "%s", message)
    for tap in tuple(_LOG_TAPS):
        tap(message)


# Listeners to llama.cpp's log lines while a load runs (loads run one at a time)
_LOG_TAPS: list[Callable[[str], None]] = []
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")


@contextlib.contextmanager
def llama_log_tap(tap: Callable[[str], None]) -> Iterator[None]:
    """Hand each of llama.cpp's log lines to `tap` too, for as long as this lasts."""
    _LOG_TAPS.append(tap)
    try:
        yield
    finally:
        _LOG_TAPS.remove(tap)


def note_offloaded(line: str, found: list[tuple[int, int]]) -> None:
    """llama.cpp's count of the layers it put on a GPU, from its load report (a GPU build
    prints it; a CPU build does not)."""
    match = _OFFLOADED.search(line)
    if match:
        found.append((int(match.group(1)), int(match.group(2))))


# A constant C function pointer; it must live as long as the library may call it.
_LLAMA_LOG_CALLBACK: Any = llama_cpp.llama_log_callback(_forward_llama_log)


llama_log = logging.getLogger("llama.cpp")


def route_llama_log() -> None:
    """Send llama.cpp's log lines to our log from now on (see _forward_llama_log)."""
    llama_cpp.llama_log_set(_LLAMA_LOG_CALLBACK, ctypes.c_void_p(0))


def system_info() -> str:
    """llama.cpp's own line of compiled-in CPU features and backends."""
    return bytes(llama_cpp.llama_print_system_info()).decode("utf-8", errors="replace").strip()


def amx_guard_needed() -> bool:
    """Whether models must load without the extra buffer types (see engine/cpu.py)."""
    return has_amx(system_info())


def supports_gpu_offload() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


def library_path() -> str:
    """Where libllama was loaded from (the frozen app's self-test reports it)."""
    library = getattr(llama_cpp.llama_cpp, "_lib", None)
    return str(getattr(library, "_name", "")) if library is not None else ""


# enum ggml_backend_dev_type, in its order
_DEVICE_KINDS = ("CPU", "GPU", "IGPU", "ACCEL", "META")

# The ggml device calls Hearth binds itself (llama-cpp-python wraps none of them), with
# their C types. Which library exports them has moved upstream before: in this llama.cpp
# the registry (count, get) is in libggml, the device calls in libggml-base. So each is
# looked up in every ggml library that ships, and tests check that each resolves.
DEVICE_SYMBOLS: dict[str, tuple[Any, list[Any]]] = {
    "ggml_backend_dev_count": (ctypes.c_size_t, []),
    "ggml_backend_dev_get": (ctypes.c_void_p, [ctypes.c_size_t]),
    "ggml_backend_dev_type": (ctypes.c_int, [ctypes.c_void_p]),
    "ggml_backend_dev_name": (ctypes.c_char_p, [ctypes.c_void_p]),
    "ggml_backend_dev_description": (ctypes.c_char_p, [ctypes.c_void_p]),
    "ggml_backend_dev_memory": (None, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t),
                                       ctypes.POINTER(ctypes.c_size_t)]),
}
# Where to look, in order: libllama links both ggml libraries, but Windows looks a name
# up only in the one DLL asked, so the ggml libraries come first, each by its own name.
NATIVE_LIBRARIES = ("ggml", "ggml-base", "llama")


def native_library_file(stem: str) -> Path:
    """A library of llama.cpp's beside the libllama that llama-cpp-python loaded."""
    folder = Path(library_path()).parent
    if os.name == "nt":
        return folder / f"{stem}.dll"
    return folder / (f"lib{stem}.dylib" if sys.platform == "darwin" else f"lib{stem}.so")


def bind_exported(name: str, libraries: list[ctypes.CDLL]) -> Any:
    """The function `name` from the first library that exports it; AttributeError if none
    does."""
    for library in libraries:
        try:
            return getattr(library, name)
        except AttributeError:
            continue
    raise AttributeError(f"no llama.cpp library exports {name}")


@functools.cache
def _device_calls() -> dict[str, Any]:
    """The device calls, bound once (the Models window asks on every refresh)."""
    if not library_path():
        raise OSError("libllama's path is unknown")
    libraries = []
    for stem in NATIVE_LIBRARIES:
        path = native_library_file(stem)
        if path.is_file():
            libraries.append(ctypes.CDLL(str(path)))
    if not libraries:
        raise OSError(f"no llama.cpp library beside {library_path() or 'libllama'}")
    calls = {}
    for name, (restype, argtypes) in DEVICE_SYMBOLS.items():
        function = bind_exported(name, libraries)
        function.restype = restype
        function.argtypes = argtypes
        calls[name] = function
    return calls


def devices() -> list[Device]:
    """Every device llama.cpp sees (the CPU too), with its free and total memory."""
    supports_gpu_offload()  # loads the backends first where they are loaded on demand
    calls = _device_calls()
    found = []
    for index in range(int(calls["ggml_backend_dev_count"]())):
        device = calls["ggml_backend_dev_get"](index)
        kind = int(calls["ggml_backend_dev_type"](device))
        free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
        calls["ggml_backend_dev_memory"](device, ctypes.byref(free), ctypes.byref(total))
        found.append(Device(
            (calls["ggml_backend_dev_name"](device) or b"").decode(errors="replace"),
            (calls["ggml_backend_dev_description"](device) or b"").decode(errors="replace"),
            int(free.value), int(total.value),
            _DEVICE_KINDS[kind] if 0 <= kind < len(_DEVICE_KINDS) else str(kind)))
    return found


def gpu_devices() -> list[Device]:
    """The GPUs llama.cpp can offload to, with their free memory; [] when it cannot be
    asked (then Auto keeps to the CPU, and an explicit layer count still goes to
    llama.cpp)."""
    if not supports_gpu_offload():
        return []
    try:
        return [d for d in devices() if d.kind in GPU_KINDS]
    except (OSError, AttributeError) as exc:
        log.warning("Could not ask llama.cpp about its GPUs: %s", exc)
        return []


# What HeldCalls binds from libllama, with the C types
HELD_SYMBOLS: dict[str, tuple[Any, list[Any]]] = {
    "llama_sampler_sample": (ctypes.c_int32, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32]),
    "llama_vocab_is_eog": (ctypes.c_bool, [ctypes.c_void_p, ctypes.c_int32]),
    "llama_token_to_piece": (ctypes.c_int32, [ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p,
                                              ctypes.c_int32, ctypes.c_int32, ctypes.c_bool]),
    "llama_get_logits_ith": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int32]),
    "llama_sampler_apply": (None, [ctypes.c_void_p, ctypes.c_void_p]),
    "llama_sampler_accept": (None, [ctypes.c_void_p, ctypes.c_int32]),
}


class HeldCalls:
    """The llama.cpp calls made between two decodes, bound through ctypes.PyDLL so that they
    keep the GIL.

    Through llama-cpp-python's CDLL bindings each call releases the GIL. The GUI thread,
    which wants it for every repaint, then takes it, and the decode thread waits for the
    whole repaint before it can go on: 1 to 2.5 ms, several times a second, with both
    cores idle. These calls take well under a millisecond and never call back into Python,
    so they hold on to it; llama_decode, which runs for milliseconds, still lets it go."""

    def __init__(self) -> None:
        self.sample: Any = llama_cpp.llama_sampler_sample
        self.is_eog: Any = llama_cpp.llama_vocab_is_eog
        self.token_to_piece: Any = llama_cpp.llama_token_to_piece
        # only through the held bindings: what the one-pass top-k needs (engine/sampler.py)
        self.logits: Any = None
        self.apply: Any = None
        self.accept: Any = None
        path = library_path()
        try:
            if not path:
                raise OSError("libllama's path is unknown")
            lib = ctypes.PyDLL(path)  # the library already loaded: the same handle
            bound = {name: self._bind(getattr(lib, name), restype, argtypes)
                     for name, (restype, argtypes) in HELD_SYMBOLS.items()}
        except (OSError, AttributeError) as exc:
            log.warning("Calling llama.cpp through its usual bindings (%s)", exc)
            return
        self.sample = bound["llama_sampler_sample"]
        self.is_eog = bound["llama_vocab_is_eog"]
        self.token_to_piece = bound["llama_token_to_piece"]
        self.logits = bound["llama_get_logits_ith"]
        self.apply = bound["llama_sampler_apply"]
        self.accept = bound["llama_sampler_accept"]

    @staticmethod
    def _bind(function: Any, restype: Any, argtypes: list[Any]) -> Any:
        function.restype = restype
        function.argtypes = argtypes
        return function


