"""The engine: a model loaded and chatting through llama-cpp-python.

What it asks of the libraries beside a load (devices, log lines, its own native bindings)
is in engine/native.py, and the sampler chain in engine/sampler.py: these three modules
are the only ones that import llama_cpp.

Generation runs its own loop, a token at a time, on llama.cpp's sampler chain: stop is
checked per token, token counts are exact, and stop strings are cut by our own filter.
llama.cpp's abort callback watches the same cancel event while a prompt is read, so a stop
also interrupts a long prompt evaluation.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import logging
import os
import time
from collections.abc import Iterator
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
    Piece,
)
from app.engine.native import (
    HeldCalls,
    amx_guard_needed,
    gpu_devices,
    llama_log_tap,
    note_offloaded,
    route_llama_log,
    supports_gpu_offload,
)
from app.engine.offload import AUTO, Offload, choose_layers
from app.engine.prompt import (
    Prompt,
    cut_by_length,
    fit_to_context,
    reply_reserve,
    transcript_for,
    transcript_prompt,
)
from app.engine.prompt_cache import CachedPrefix, PromptCache, model_key
from app.engine.reasoning import ANSWER, ReasoningSplitter, opening
from app.engine.sampler import TokenSampler, sampler_for
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
# A single token's decode slower than this keeps llama.cpp's abort callback (see stream_chat)
ABORTABLE_DECODE_S = 0.05


def default_threads() -> int:
    return max(1, os.cpu_count() or 1)


def probe_vocab(path: Path) -> int:
    """Load only the vocabulary, as a check that llama.cpp can parse the file at all.

    Runs in a child process (python -m app --probe-model FILE), so a parser crash on a
    hostile file takes down the child, never the window. Returns the vocabulary size.
    """
    route_llama_log()
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
        route_llama_log()
        amx_guard = amx_guard_needed()
        if amx_guard:
            log.warning("This llama.cpp build has AMX compiled in, whose kernels crash on "
                        "Q4_K weights (llama.cpp#20824): loading without extra buffer types")
        started = time.perf_counter()
        offload = self._offload(header, path, options.gpu_layers, n_ctx)
        offload_note = ""
        reported: list[tuple[int, int]] = []  # llama.cpp's own "offloaded N/M layers"
        try:
            with llama_log_tap(lambda line: note_offloaded(line, reported)):
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
        self._calls = HeldCalls()
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
    ) -> Iterator[Piece]:
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
        # A reasoning model's thinking comes as Reasoning pieces; a template that opened
        # the think block in the prompt makes the reply start inside it. More of a reply
        # (Continue) is answer from the start.
        splitter = ReasoningSplitter(ANSWER if messages and messages[-1].role == "assistant"
                                     else opening(prompt.text))
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
                    yield from splitter.feed(text)
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
        yield from splitter.feed(tail)
        yield from splitter.flush()

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

    def _sampler(self, params: GenerationParams) -> TokenSampler:
        return sampler_for(params, self._calls, self._llm._ctx.ctx, int(self._llm.n_vocab()))

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
