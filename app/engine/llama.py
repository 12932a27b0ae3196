"""llama.cpp through llama-cpp-python. The only module that imports llama_cpp.

Generation runs its own loop, a token at a time, on llama.cpp's sampler chain: stop is
checked per token, token counts are exact, and stop strings are cut by our own filter.
llama.cpp's abort callback watches the same cancel event while a prompt is read, so a stop
also interrupts a long prompt evaluation.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import functools
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import llama_cpp

from app.engine.base import (
    CancelToken,
    ChatMessage,
    EngineLoadError,
    GenerationParams,
    GenerationStats,
    LoadOptions,
    LoadProgress,
    ModelInfo,
)
from app.engine.cpu import has_amx
from app.engine.offload import AUTO, GPU_KINDS, Device, Offload, choose_layers
from app.engine.prompt import (
    Prompt,
    cut_by_length,
    fit_to_context,
    reply_reserve,
    transcript_for,
    transcript_prompt,
)
from app.engine.prompt_cache import CachedPrefix, PromptCache, model_key
from app.engine.stops import StopFilter
from app.engine.template import (
    SAMPLE_CHAT,
    ChatTemplate,
    TemplateCancelled,
    TemplateError,
    TemplateTimeout,
)
from app.models.gguf_header import GGUFError, GGUFHeader, read_header

log = logging.getLogger(__name__)

ABORTED = "llama_decode returned 2"
MIN_P = 0.05  # as llama-cpp-python's default: drop candidates far below the best
# A single token's decode slower than this keeps llama.cpp's abort callback (see stream_chat)
ABORTABLE_DECODE_S = 0.05


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
def _llama_log_tap(tap: Callable[[str], None]) -> Iterator[None]:
    _LOG_TAPS.append(tap)
    try:
        yield
    finally:
        _LOG_TAPS.remove(tap)


def _note_offloaded(line: str, found: list[tuple[int, int]]) -> None:
    """llama.cpp's count of the layers it put on a GPU, from its load report (a GPU build
    prints it; a CPU build does not)."""
    match = _OFFLOADED.search(line)
    if match:
        found.append((int(match.group(1)), int(match.group(2))))


# A constant C function pointer; it must live as long as the library may call it.
_LLAMA_LOG_CALLBACK: Any = llama_cpp.llama_log_callback(_forward_llama_log)


llama_log = logging.getLogger("llama.cpp")


def system_info() -> str:
    """llama.cpp's own line of compiled-in CPU features and backends."""
    return bytes(llama_cpp.llama_print_system_info()).decode("utf-8", errors="replace").strip()


def amx_guard_needed() -> bool:
    """Whether models must load without the extra buffer types (see engine/cpu.py)."""
    return has_amx(system_info())


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


# What _HeldCalls binds from libllama, with the C types
HELD_SYMBOLS: dict[str, tuple[Any, list[Any]]] = {
    "llama_sampler_sample": (ctypes.c_int32, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32]),
    "llama_vocab_is_eog": (ctypes.c_bool, [ctypes.c_void_p, ctypes.c_int32]),
    "llama_token_to_piece": (ctypes.c_int32, [ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p,
                                              ctypes.c_int32, ctypes.c_int32, ctypes.c_bool]),
    "llama_get_logits_ith": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_int32]),
    "llama_sampler_apply": (None, [ctypes.c_void_p, ctypes.c_void_p]),
    "llama_sampler_accept": (None, [ctypes.c_void_p, ctypes.c_int32]),
}


class _HeldCalls:
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
        # only through the held bindings: what the one-pass top-k needs (_TokenSampler)
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


TopK = Callable[[int, int, int, int], int]


def _native_top_k() -> TopK | None:
    """The one-pass top-k (app/engine/_topk.c), or None where it was not built."""
    try:
        from app.engine._topk import top_k
    except ImportError as exc:
        log.info("No native top-k (%s): llama.cpp's own sorts the whole vocabulary", exc)
        return None
    return top_k


NATIVE_TOP_K = _native_top_k()
# Past this, llama.cpp's own top-k is faster (on Gemma's vocabulary, 0.3 ms against 0.7 at
# k = 1,024; 1.3 ms against 0.8 at 4,096).
MAX_NATIVE_K = 1024


class _TokenSampler:
    """One reply's sampler: llama.cpp's chain, whose first step, top-k, runs in
    app/engine/_topk.c where that was built. llama_sampler_sample copies every logit into
    a candidate list and sorts it, 0.3 ms a token for Gemma's 262,144-token vocabulary;
    the native step reads the logits once and hands the chain only the k best, the list
    llama.cpp's own top-k would have left it: the same tokens in the same order, equal
    logits aside (llama.cpp leaves their order open)."""

    def __init__(self, chain: Any, calls: _HeldCalls, ctx: Any, n_vocab: int,
                 native_k: int) -> None:
        """native_k: the top-k to run natively, which the chain then leaves out; 0 for
        llama.cpp's whole chain."""
        self.chain = chain
        self._calls = calls
        self._ctx = ctx
        self._n_vocab = n_vocab
        self._k = native_k
        self._top_k = NATIVE_TOP_K if native_k else None
        self._candidates = (llama_cpp.llama_token_data * max(1, native_k))()
        self._address = ctypes.addressof(self._candidates)
        self._array = llama_cpp.llama_token_data_array(
            data=self._candidates, size=0, selected=-1, sorted=True)
        self._array_ref = ctypes.byref(self._array)

    @property
    def native(self) -> bool:
        return self._top_k is not None

    def sample(self) -> int:
        calls, top_k = self._calls, self._top_k
        if top_k is None:
            return int(calls.sample(self.chain, self._ctx, -1))
        logits = calls.logits(self._ctx, -1)
        if not logits:
            raise RuntimeError("llama.cpp holds no logits for the last token")
        array = self._array
        array.size = top_k(logits, self._n_vocab, self._k, self._address)
        array.selected = -1
        array.sorted = True
        calls.apply(self.chain, self._array_ref)
        selected = int(array.selected)
        if not 0 <= selected < int(array.size):
            raise RuntimeError(f"llama.cpp's sampler chain selected no token ({selected})")
        token = int(self._candidates[selected].id)
        calls.accept(self.chain, token)
        return token

    def close(self) -> None:
        llama_cpp.llama_sampler_free(self.chain)


def supports_gpu_offload() -> bool:
    return bool(llama_cpp.llama_supports_gpu_offload())


def library_path() -> str:
    """Where libllama was loaded from (the frozen app's self-test reports it)."""
    library = getattr(llama_cpp.llama_cpp, "_lib", None)
    return str(getattr(library, "_name", "")) if library is not None else ""


def default_threads() -> int:
    return max(1, os.cpu_count() or 1)


def probe_vocab(path: Path) -> int:
    """Load only the vocabulary, as a check that llama.cpp can parse the file at all.

    Runs in a child process (python -m app --probe-model FILE), so a parser crash on a
    hostile file takes down the child, never the window. Returns the vocabulary size.
    """
    llama_cpp.llama_log_set(_LLAMA_LOG_CALLBACK, ctypes.c_void_p(0))
    llm = llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False)
    try:
        return int(llm.n_vocab())
    finally:
        llm.close()


@contextlib.contextmanager
def _load_params(progress: LoadProgress | None, cancel: CancelToken,
                 amx_guard: bool) -> Iterator[None]:
    """Report llama.cpp's loading progress, let a cancel stop the load, keep the AMX
    kernels out when the guard is on, and let llama.cpp choose flash attention.

    Llama() offers neither a progress parameter nor `use_extra_bufts`, and its flash
    attention is only on or off, where native llama.cpp defaults to Auto: on wherever the
    device supports it, which decodes about 5% faster on a CPU. So the parameters it asks
    for are adjusted for the duration of this one load (loads run one at a time, on the
    engine thread)."""
    bindings = llama_cpp.llama_cpp
    model_defaults = bindings.llama_model_default_params
    init_context = bindings.llama_init_from_model

    def report(value: float, _data: Any) -> bool:
        if progress is not None:
            progress(float(value))
        return not cancel.cancelled  # False aborts the load

    callback = llama_cpp.llama_progress_callback(report)

    def with_progress() -> Any:
        params = model_defaults()
        params.progress_callback = callback
        if amx_guard:
            params.use_extra_bufts = False
        return params

    def with_auto_flash_attention(model: Any, params: Any) -> Any:
        params.flash_attn_type = bindings.LLAMA_FLASH_ATTN_TYPE_AUTO
        return init_context(model, params)

    bindings.llama_model_default_params = with_progress
    bindings.llama_init_from_model = with_auto_flash_attention
    try:
        yield
    finally:
        bindings.llama_model_default_params = model_defaults
        bindings.llama_init_from_model = init_context


class LlamaEngine:
    def __init__(self, path: Path, options: LoadOptions, cancel: CancelToken | None = None,
                 progress: LoadProgress | None = None) -> None:
        try:
            header = read_header(path)
        except GGUFError as exc:
            raise EngineLoadError(str(exc)) from exc
        if header.tensor_count == 0:
            raise EngineLoadError(
                "This GGUF file holds no weights (a vocabulary-only file), so it cannot chat."
            )
        train_ctx = header.context_length or options.context_length
        n_ctx = max(64, min(options.context_length, train_ctx))
        threads = options.threads or default_threads()
        self._cancel = cancel or CancelToken()
        llama_cpp.llama_log_set(_LLAMA_LOG_CALLBACK, ctypes.c_void_p(0))
        amx_guard = amx_guard_needed()
        if amx_guard:
            log.warning("This llama.cpp build has AMX compiled in, whose kernels crash on "
                        "Q4_K weights (llama.cpp#20824): loading without extra buffer types")
        started = time.perf_counter()
        offload = self._offload(header, path, options.gpu_layers, n_ctx)
        offload_note = ""
        reported: list[tuple[int, int]] = []  # llama.cpp's own "offloaded N/M layers"
        try:
            with _llama_log_tap(lambda line: _note_offloaded(line, reported)):
                self._llm = self._load(path, n_ctx, threads, offload.layers, progress,
                                       amx_guard)
        except (ValueError, RuntimeError, OSError) as exc:
            if self._cancel.cancelled:
                raise EngineLoadError("Loading was cancelled.") from exc
            if offload.layers == 0 or not offload.device:  # nothing went to a GPU
                raise EngineLoadError(
                    f"llama.cpp could not load {path.name}: the file is damaged, incomplete, "
                    f"or a model type this version does not support ({exc})."
                ) from exc
            log.warning("Loading %s with %s failed (%s); loading on the CPU", path.name,
                        offload.label, exc)
            offload_note = (f"{path.name} did not fit on the GPU ({offload.label}), so it "
                            "runs on the CPU. Lower the context length, or close programs "
                            "using the GPU, and load it again.")
            offload = Offload(0, offload.total_layers, "")
            try:
                self._llm = self._load(path, n_ctx, threads, 0, progress, amx_guard)
            except (ValueError, RuntimeError, OSError) as again:
                raise EngineLoadError(
                    f"llama.cpp could not load {path.name} ({again}).") from again
        if reported and offload.layers != 0:  # what llama.cpp did, over what was asked
            on_gpu, of = reported[-1]
            offload = Offload(on_gpu, of, offload.device if on_gpu else "")
        log.info("Loaded %s in %.2f s (n_ctx %d, %s)", path.name,
                 time.perf_counter() - started, n_ctx, offload.label)
        # Keep a reference: ctypes callbacks die with their Python object.
        self._abort_callback = llama_cpp.ggml_abort_callback(self._should_abort)
        self._no_abort = llama_cpp.ggml_abort_callback()  # a null pointer: no callback
        llama_cpp.llama_set_abort_callback(self._llm._ctx.ctx, self._abort_callback, None)
        self._vocab = self._llm._model.vocab
        self._calls = _HeldCalls()
        self._pieces: dict[int, bytes] = {}
        self._eog: dict[int, bool] = {}
        self._warm_up()
        self._transcript = transcript_for(header.architecture)
        self._template, self._template_note = self._chat_template(header.chat_template)
        self._prompt_note = ""
        self._info = ModelInfo(
            path=path,
            name=header.name or path.stem,
            architecture=header.architecture,
            context_length=n_ctx,
            train_context_length=train_ctx,
            has_chat_template=self._template is not None,
            template_note=self._template_note,
            gpu_offload=offload.layers != 0 and supports_gpu_offload(),
            offload_label=offload.label,
            offload_note=offload_note,
            amx_guard=amx_guard,
        )
        self._stats = GenerationStats()
        self._cache = (PromptCache(options.prompt_cache_bytes,
                                   options.prompt_cache_dir / model_key(path)
                                   if options.prompt_cache_dir else None)
                       if options.prompt_cache_bytes > 0 else None)
        self._owner: str | None = None  # whose prompt the context holds now

    def _load(self, path: Path, n_ctx: int, threads: int, gpu_layers: int,
              progress: LoadProgress | None, amx_guard: bool) -> Any:
        with _load_params(progress, self._cancel, amx_guard):
            return llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_batch=512,
                n_gpu_layers=gpu_layers,
                n_threads=threads,
                n_threads_batch=threads,
                verbose=False,
            )

    def _warm_up(self) -> None:
        """One throwaway decode right after loading, as llama.cpp's own tools do (its
        common_init "warming up the model with an empty run"): a context's first decode
        starts its threads, allocates and pages in, which would otherwise fall on the
        first reply's time to first token (about 4 ms on the bundled model, more where
        weights must be read from disk). Stop reaches it through the abort callback."""
        llm = self._llm
        ctx = llm._ctx.ctx
        tokens = [t for t in (llm.token_bos(), llm.token_eos()) if t >= 0] or [0]
        batch = (llama_cpp.llama_token * len(tokens))(*tokens)
        llama_cpp.llama_set_warmup(ctx, True)  # a mixture of experts pages in every expert
        try:
            status = int(llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(
                batch, len(tokens))))
            if status != 0:
                log.info("The warm-up decode returned %d", status)
        finally:
            llama_cpp.llama_set_warmup(ctx, False)
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)
            llm.n_tokens = 0

    @staticmethod
    def _offload(header: GGUFHeader, path: Path, setting: int, n_ctx: int) -> Offload:
        """The layers to offload. Auto takes the most that fit the largest GPU llama.cpp
        reports. Any other setting goes to llama.cpp as it is, whatever discovery found:
        the load, with its fallback to the CPU, decides."""
        total = int(header.metadata.get(f"{header.architecture}.block_count") or 0)
        if setting == AUTO:
            return choose_layers(total, path.stat().st_size,
                                 header.kv_bytes_per_token() or 0, n_ctx, gpu_devices())
        if setting == 0:
            return Offload(0, total, "")
        gpus = gpu_devices()
        name = (gpus[0].description or gpus[0].name) if gpus else (
            "the GPU" if supports_gpu_offload() else "")
        return Offload(setting, total, name)

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def last_stats(self) -> GenerationStats:
        return self._stats

    def close(self) -> None:
        if self._cache is not None:
            if self._owner is not None:
                self._keep_current()
            self._cache.persist()
        self._llm.close()

    # the prompt cache per conversation (engine/prompt_cache.py)

    def drop_cached(self, key: str) -> None:
        if self._cache is not None:
            self._cache.drop(key)
        if key == self._owner:
            self._owner = None

    def _switch_to(self, key: str | None, tokens: list[int]) -> None:
        """Before a reply for `key`: keep the state the context holds for its owner, and
        bring back key's own, if the cache has it and it fits this prompt."""
        cache = self._cache
        if cache is None or key is None or key == self._owner:
            return
        if self._owner is not None:
            self._keep_current()
        entry = cache.get(key)
        if entry is not None and entry.common_prefix(tokens) > \
                self._common_prefix(tokens) and not self._restore(entry):
            cache.drop(key)
        self._owner = key

    def _keep_current(self) -> None:
        assert self._cache is not None and self._owner is not None
        snapshot = self._snapshot()
        if snapshot is not None:
            self._cache.put(self._owner, snapshot)

    def _snapshot(self) -> CachedPrefix | None:
        llm = self._llm
        count = int(llm.n_tokens)
        if count == 0:
            return None
        ctx = llm._ctx.ctx
        size = int(llama_cpp.llama_state_seq_get_size(ctx, 0))
        buffer = (ctypes.c_uint8 * size)()
        written = int(llama_cpp.llama_state_seq_get_data(ctx, buffer, size, 0))
        if written == 0:
            return None
        return CachedPrefix(tuple(int(t) for t in llm.input_ids[:count]),
                            bytes(memoryview(buffer)[:written]))

    def _restore(self, entry: CachedPrefix) -> bool:
        llm = self._llm
        buffer = (ctypes.c_uint8 * len(entry.state)).from_buffer_copy(entry.state)
        if int(llama_cpp.llama_state_seq_set_data(llm._ctx.ctx, buffer, len(entry.state),
                                                  0)) == 0:
            log.warning("llama.cpp refused a cached prompt state; reading the prompt again")
            llm.n_tokens = 0  # as Llama.reset(): the next reply reads its whole prompt
            llm._requires_eval = True
            return False
        count = len(entry.tokens)
        llm.input_ids[:count] = entry.tokens
        llm.n_tokens = count
        llm._requires_eval = True  # the restored state has no logits to sample from yet
        return True

    def _common_prefix(self, tokens: list[int]) -> int:
        """How many of these tokens the context already holds, as llama-cpp-python will
        reuse them (never the whole prompt: the last token is read again for logits)."""
        held = self._llm.input_ids[: int(self._llm.n_tokens)]
        count = 0
        for have, want in zip(held, tokens, strict=False):
            if int(have) != want:
                break
            count += 1
        return min(count, max(0, len(tokens) - 1))

    # prompting

    def _chat_template(self, source: str | None) -> tuple[ChatTemplate | None, str]:
        """The model's own template, tried once on a short chat; or None and the reason."""
        if source is None:
            return None, ""
        try:
            template = ChatTemplate(source, bos_token=self._token_text(self._llm.token_bos()),
                                    eos_token=self._token_text(self._llm.token_eos()))
            template.format(SAMPLE_CHAT, self._cancel)
        except TemplateError as exc:
            log.warning("Not using the model's chat template: %s", exc)
            return None, str(exc)
        return template, ""

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self._piece(token, special=True).decode("utf-8", errors="ignore")

    def format_prompt(self, messages: list[ChatMessage]) -> Prompt:
        """The model's own template when it has a working one, else the plain transcript.

        A chat that ends with the assistant's own words is a reply to continue: the prompt
        is the one for a new reply, followed by those words.
        Raises TemplateCancelled when Stop interrupts the template."""
        if len(messages) > 1 and messages[-1].role == "assistant":
            base = self.format_prompt(messages[:-1])
            joiner = " " if base.text.endswith(":") else ""  # after the transcript's label
            return Prompt(base.text + joiner + messages[-1].content.strip(), base.stops,
                          base.add_bos)
        template = self._template
        if template is None:
            return transcript_prompt(messages, self._transcript)
        try:
            rendered = template.format([(m.role, m.content) for m in messages], self._cancel)
        except TemplateCancelled:
            raise
        except TemplateTimeout as exc:
            # One overrun is enough: every later message would wait out the bound again.
            log.warning("Chat template overran its bound (%s); using the plain transcript", exc)
            self._template = None
            self._template_note = self._prompt_note = str(exc)
            return transcript_prompt(messages, self._transcript)
        except TemplateError as exc:
            log.warning("Chat template failed (%s); using the plain transcript", exc)
            self._prompt_note = f"The model's chat template could not format this chat: {exc}"
            return transcript_prompt(messages, self._transcript)
        text = rendered.text
        bos = template.bos_token
        return Prompt(text=text, stops=[template.eos_token] if template.eos_token else [],
                      add_bos=not (bos and text.startswith(bos)))

    def tokenize(self, prompt: Prompt) -> list[int]:
        return list(self._llm.tokenize(prompt.text.encode("utf-8"),
                                       add_bos=prompt.add_bos, special=True))

    def count_tokens(self, messages: list[ChatMessage]) -> int:
        return len(self.tokenize(self.format_prompt(messages)))

    # generation

    def _should_abort(self, _data: Any) -> bool:
        return self._cancel.cancelled

    def stream_chat(
        self, messages: list[ChatMessage], params: GenerationParams, cancel: CancelToken
    ) -> Iterator[str]:
        self._cancel = cancel
        self._prompt_note = ""
        n_ctx = self._info.context_length
        window = min(n_ctx, params.context_limit or n_ctx)
        started = time.perf_counter()
        prompt_tokens = completion_tokens = dropped = 0
        ttft_ms: float | None = None
        stop_reason = "length"
        self._stats = GenerationStats(stop_reason="cancelled")
        budget = window - reply_reserve(window, params.max_tokens)
        try:
            # what cannot fit by its length alone is never rendered or tokenized (a 7 MB
            # message held the engine for most of a minute)
            messages, dropped = cut_by_length(messages, budget)
            prompt = self.format_prompt(messages)
            tokens = self.tokenize(prompt)
            if len(tokens) > budget:  # only then search for the turns that fit
                kept, more = fit_to_context(messages, self.count_tokens, budget)
                dropped += more
                prompt = self.format_prompt(kept)
                tokens = self.tokenize(prompt)
        except TemplateCancelled:
            log.info("Stopped while the chat template was rendering")
            return
        prompt_tokens = len(tokens)
        self._switch_to(params.cache_key, tokens)
        reused = self._common_prefix(tokens)
        stops = StopFilter([] if params.ignore_stop else prompt.stops)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        llm = self._llm
        sampler = self._sampler(params)
        try:
            # Read only what the context does not hold yet (the prompt cache, or the last
            # reply of this conversation), then sample and decode one token at a time.
            if reused:
                llm.n_tokens = reused
            else:
                llm.reset()
            self._abortable(True)  # Stop must interrupt a long prompt mid-evaluation
            llm.eval(tokens[reused:])
            # A fast token's decode goes without the abort callback, which calls back into
            # Python, for the GIL, several hundred times a token; Stop is checked between
            # tokens. A slow one (a big model, or cores that other programs hold) keeps
            # it, so Stop does not wait for the decode to end: there it costs nothing.
            abortable = True
            while True:
                if cancel.cancelled:
                    stop_reason = "cancelled"
                    break
                token = sampler.sample()
                if not params.ignore_stop and self._is_eog(token):
                    stop_reason = "stop"
                    break
                if ttft_ms is None:
                    ttft_ms = (time.perf_counter() - started) * 1000
                completion_tokens += 1
                text = stops.feed(decoder.decode(self._piece(token)))
                if text:
                    yield text
                if stops.stopped:
                    stop_reason = "stop"
                    break
                if completion_tokens >= params.max_tokens:
                    break
                if llm.n_tokens >= n_ctx - 1:
                    stop_reason = "context"
                    break
                decoding = time.perf_counter()
                self._decode_one(token)
                slow = time.perf_counter() - decoding > ABORTABLE_DECODE_S
                if slow != abortable:
                    abortable = slow
                    self._abortable(slow)
        except RuntimeError as exc:
            if not cancel.cancelled:
                raise
            log.info("Decoding aborted by stop (%s)", exc)
            stop_reason = "cancelled"
        finally:
            self._abortable(True)
            sampler.close()
            self._stats = GenerationStats(
                prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                ttft_ms=ttft_ms, duration_ms=(time.perf_counter() - started) * 1000,
                dropped_messages=dropped, stop_reason=stop_reason,
                prompt_note=self._prompt_note, reused_tokens=reused)
        tail = stops.feed(decoder.decode(b"", final=True)) + stops.flush()
        if tail:
            yield tail

    def _decode_one(self, token: int) -> None:
        """Decode one token after those the context holds. Llama.eval would also clear the
        memory past them and refill its batch in Python, on every token."""
        llm = self._llm
        position = int(llm.n_tokens)
        batch = llm._batch.batch
        batch.n_tokens = 1
        batch.token[0] = token
        batch.pos[0] = position
        batch.n_seq_id[0] = 1
        batch.seq_id[0][0] = 0
        batch.logits[0] = True
        status = int(llama_cpp.llama_decode(llm._ctx.ctx, batch))  # lets the GIL go
        if status != 0:
            raise RuntimeError(f"llama_decode returned {status}")
        llm.input_ids[position] = token
        llm.n_tokens = position + 1

    def _is_eog(self, token: int) -> bool:
        known = self._eog.get(token)
        if known is None:
            known = self._eog[token] = bool(self._calls.is_eog(self._vocab, token))
        return known

    def _abortable(self, on: bool) -> None:
        callback = self._abort_callback if on else self._no_abort
        llama_cpp.llama_set_abort_callback(self._llm._ctx.ctx, callback, None)

    def _sampler(self, params: GenerationParams) -> _TokenSampler:
        """llama.cpp's sampler chain, top-k first: every later step then works on 40
        candidates instead of the whole vocabulary (262,144 for Gemma), which is most of
        the cost of a token outside the decode. Penalties apply to those candidates. The
        top-k step runs natively where it can (_TokenSampler)."""
        chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())

        def add(sampler: Any) -> None:
            llama_cpp.llama_sampler_chain_add(chain, sampler)

        native_k = 0
        if 0 < params.top_k <= MAX_NATIVE_K and NATIVE_TOP_K and self._calls.apply:
            native_k = params.top_k
        elif params.top_k > 0:
            add(llama_cpp.llama_sampler_init_top_k(params.top_k))
        if params.repeat_penalty != 1.0:
            add(llama_cpp.llama_sampler_init_penalties(self._llm.n_vocab(), 64,
                                                       params.repeat_penalty, 0.0, 0.0))
        if params.temperature <= 0:
            add(llama_cpp.llama_sampler_init_greedy())
        else:
            add(llama_cpp.llama_sampler_init_top_p(params.top_p, 1))
            add(llama_cpp.llama_sampler_init_min_p(MIN_P, 1))
            add(llama_cpp.llama_sampler_init_temp(params.temperature))
            seed = params.seed if params.seed is not None else llama_cpp.LLAMA_DEFAULT_SEED
            add(llama_cpp.llama_sampler_init_dist(seed & 0xFFFFFFFF))
        return _TokenSampler(chain, self._calls, self._llm._ctx.ctx, int(self._llm.n_vocab()),
                             native_k)

    def _piece(self, token: int, special: bool = False) -> bytes:
        key = token if not special else -token - 1
        cached = self._pieces.get(key)
        if cached is not None:
            return cached
        size = 64
        while True:
            buffer = ctypes.create_string_buffer(size)
            n = self._calls.token_to_piece(self._vocab, token, buffer, size, 0, special)
            if n >= 0:
                piece = buffer.raw[:n]
                break
            size = -n
        self._pieces[key] = piece
        return piece
