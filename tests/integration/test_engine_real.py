"""The real path: llama.cpp with the bundled model."""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from app.engine.base import CancelToken, ChatMessage, EngineLoadError, GenerationParams, LoadOptions
from app.engine.llama import LlamaEngine
from app.engine.prompt import ContextOverflowError

pytestmark = pytest.mark.real_model

QUESTION = [ChatMessage("system", "You are a helpful assistant."),
            ChatMessage("user", "What is the capital of France?")]
SEEDED = GenerationParams(max_tokens=24, seed=7, temperature=0.0)


@pytest.fixture(scope="module")
def engine(bundled_model_path: Path) -> Iterator[LlamaEngine]:
    llama = LlamaEngine(bundled_model_path, LoadOptions(context_length=2048, threads=2))
    yield llama
    llama.close()


def test_streams_a_short_reply(engine: LlamaEngine) -> None:
    pieces = list(engine.stream_chat(QUESTION, SEEDED, CancelToken()))
    stats = engine.last_stats
    assert pieces and "".join(pieces).strip()
    assert 1 <= stats.completion_tokens <= 24
    assert stats.prompt_tokens > 10 and stats.ttft_ms is not None and stats.ttft_ms > 0
    assert "User:" not in "".join(pieces)  # the transcript's stop strings hold
    assert engine.info.context_length == 2048 and not engine.info.has_chat_template


def test_same_seed_same_reply(engine: LlamaEngine) -> None:
    first = "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken()))
    second = "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken()))
    assert first == second


def stop_after(cancel: CancelToken, seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, cancel.cancel)
    timer.start()
    return timer


def test_stop_during_prompt_processing_is_fast_then_next_reply_works(engine: LlamaEngine) -> None:
    long_prompt = [ChatMessage("user", "Summarise this: " + "the quick brown fox " * 300)]
    cancel = CancelToken()
    stop_after(cancel, 0.15)
    started = time.perf_counter()
    produced = list(engine.stream_chat(long_prompt, GenerationParams(max_tokens=50), cancel))
    elapsed = time.perf_counter() - started
    assert engine.last_stats.stop_reason == "cancelled"
    assert engine.last_stats.prompt_tokens > 1000
    assert produced == [] and engine.last_stats.completion_tokens == 0
    assert elapsed < 0.15 + 0.5, f"stop took {elapsed - 0.15:.2f} s"
    after = "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken()))
    assert after.strip() and "fox" not in after  # the aborted prompt left no trace
    assert engine.last_stats.stop_reason == "stop" and engine.last_stats.completion_tokens


def test_stop_during_decoding_keeps_the_partial_reply(engine: LlamaEngine) -> None:
    cancel = CancelToken()
    pieces: list[str] = []
    stopped_at = 0.0
    story = [ChatMessage("user", "Write a very long story about a dragon.")]
    params = GenerationParams(max_tokens=400, temperature=0.8, seed=3)
    for piece in engine.stream_chat(story, params, cancel):
        pieces.append(piece)
        if len(pieces) == 5:
            cancel.cancel()
            stopped_at = time.perf_counter()
    assert time.perf_counter() - stopped_at < 0.5
    assert engine.last_stats.stop_reason == "cancelled"
    assert 5 <= len(pieces) <= 6
    assert "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken())).strip()


def test_context_overflow_drops_old_turns(bundled_model_path: Path) -> None:
    small = LlamaEngine(bundled_model_path, LoadOptions(context_length=256, threads=2))
    try:
        history = [ChatMessage("system", "Be brief.")]
        for i in range(12):
            history += [ChatMessage("user", f"Tell me fact number {i} about the sea."),
                        ChatMessage("assistant", "The sea is large and deep and salty. " * 3)]
        history.append(ChatMessage("user", "And the sky?"))
        reply = "".join(small.stream_chat(history, GenerationParams(max_tokens=200, seed=1),
                                          CancelToken()))
        stats = small.last_stats
        assert stats.dropped_messages > 0
        assert stats.prompt_tokens <= 256 - 128
        assert stats.prompt_tokens + stats.completion_tokens <= 256
        assert isinstance(reply, str)
        with pytest.raises(ContextOverflowError):
            list(small.stream_chat([ChatMessage("user", "word " * 400)],
                                   GenerationParams(max_tokens=64), CancelToken()))
        assert "".join(small.stream_chat(QUESTION, SEEDED, CancelToken())).strip()
    finally:
        small.close()


def test_a_huge_message_is_left_out_unread(engine: LlamaEngine,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A 7 MB message held the engine for most of a minute in the tokenizer; by its length
    it can never fit, so it is left out (or refused, when it is the newest) unread."""
    read: list[int] = []
    tokenize = engine.tokenize

    def recording(prompt: Any) -> list[int]:
        read.append(len(prompt.text))
        return tokenize(prompt)

    monkeypatch.setattr(engine, "tokenize", recording)
    huge = "lorem ipsum " * 600_000
    history = [ChatMessage("user", huge), ChatMessage("assistant", "Noted."),
               ChatMessage("user", "What is the capital of France?")]
    reply = "".join(engine.stream_chat(history, SEEDED, CancelToken()))
    assert reply.strip() and engine.last_stats.dropped_messages == 2
    with pytest.raises(ContextOverflowError):
        list(engine.stream_chat([ChatMessage("system", huge), *QUESTION[1:]], SEEDED,
                                CancelToken()))
    assert read and max(read) < 10_000


def test_generation_stops_at_the_context_edge(bundled_model_path: Path) -> None:
    small = LlamaEngine(bundled_model_path, LoadOptions(context_length=128, threads=2))
    try:
        counting = [ChatMessage("user", "Count: 1, 2, 3, 4, 5, 6, 7, 8,")]
        list(small.stream_chat(counting, GenerationParams(max_tokens=64, temperature=0.0),
                               CancelToken()))
        stats = small.last_stats
        assert stats.prompt_tokens + stats.completion_tokens <= 128
    finally:
        small.close()


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"just some text, renamed to .gguf\n" * 10, "not a GGUF"),
])
def test_load_errors_name_the_cause(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    with pytest.raises(EngineLoadError, match=reason):
        LlamaEngine(path, LoadOptions())


def test_truncated_model_is_refused(tmp_path: Path, bundled_model_path: Path) -> None:
    path = tmp_path / "truncated.gguf"
    with bundled_model_path.open("rb") as source:
        path.write_bytes(source.read(4 * 1024 * 1024))  # header intact, tensors cut off
    with pytest.raises(EngineLoadError, match=r"damaged|incomplete|truncated"):
        LlamaEngine(path, LoadOptions())


def test_missing_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EngineLoadError, match="missing"):
        LlamaEngine(tmp_path / "gone.gguf", LoadOptions())


TEMPLATE = ("{{ bos_token }}{% for m in messages %}<|{{ m.role }}|>\n{{ m.content }}<|end|>\n"
            "{% endfor %}<|assistant|>\n")


def test_a_gguf_chat_template_is_used_when_present(engine: LlamaEngine) -> None:
    formatter = engine._chat_template(TEMPLATE)[0]
    assert formatter is not None
    original = engine._template
    engine._template = formatter
    try:
        prompt = engine.format_prompt(QUESTION)
        assert prompt.text.startswith("<bos><|system|>")
        assert prompt.text.endswith("<|user|>\nWhat is the capital of France?<|end|>\n"
                                    "<|assistant|>")
        assert "<|system|>\nYou are a helpful assistant." in prompt.text
        assert not prompt.add_bos  # the template wrote the BOS token itself
        assert "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken())) is not None
    finally:
        engine._template = original


@pytest.mark.parametrize("hostile", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{% for m in messages %}{{ m.content.__class__.__base__ }}{% endfor %}",
    "{{ raise_exception('boom') }}",
])
def test_hostile_templates_are_sandboxed_and_fall_back(engine: LlamaEngine,
                                                       hostile: str) -> None:
    formatter = engine._chat_template(hostile)[0]
    original = engine._template
    engine._template = formatter
    try:
        prompt = engine.format_prompt(QUESTION)
        assert prompt.text.endswith("Assistant:")  # the plain transcript instead
    finally:
        engine._template = original


def test_a_template_that_does_not_parse_is_ignored(engine: LlamaEngine) -> None:
    template, note = engine._chat_template("{% for %}")
    assert template is None and "does not parse" in note


def test_loading_reports_progress_and_can_be_cancelled(bundled_model_path: Path) -> None:
    import llama_cpp

    original = llama_cpp.llama_cpp.llama_model_default_params
    seen: list[float] = []
    engine = LlamaEngine(bundled_model_path, LoadOptions(context_length=256), progress=seen.append)
    engine.close()
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(EngineLoadError, match="cancelled"):
        LlamaEngine(bundled_model_path, LoadOptions(), cancel=cancel)
    assert llama_cpp.llama_cpp.llama_model_default_params is original



def test_flash_attention_is_left_to_llama_cpp_as_natively(bundled_model_path: Path) -> None:
    """Llama() knows only on and off; Auto (llama.cpp's own default) is about 5% faster on
    a CPU, and the patch that sets it is gone once the load is over."""
    import llama_cpp

    original = llama_cpp.llama_cpp.llama_init_from_model
    engine = LlamaEngine(bundled_model_path, LoadOptions(context_length=256, threads=2))
    try:
        assert engine._llm.context_params.flash_attn_type == llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO
        assert "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken())).strip()
    finally:
        engine.close()
    assert llama_cpp.llama_cpp.llama_init_from_model is original

def test_the_amx_guard_loads_without_extra_buffer_types_and_still_chats(
        bundled_model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.engine.llama as llama_module

    plain = LlamaEngine(bundled_model_path, LoadOptions(context_length=256, threads=2))
    try:
        assert plain._llm.model_params.use_extra_bufts is True and not plain.info.amx_guard
    finally:
        plain.close()
    monkeypatch.setattr(llama_module, "amx_guard_needed", lambda: True)
    guarded = LlamaEngine(bundled_model_path, LoadOptions(context_length=256, threads=2))
    try:
        assert guarded._llm.model_params.use_extra_bufts is False and guarded.info.amx_guard
        assert "".join(guarded.stream_chat(QUESTION, SEEDED, CancelToken())).strip()
    finally:
        guarded.close()


NEVER_ENDS = ("{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% endfor %}"
              "{% endfor %}")


def test_a_template_that_never_ends_falls_back_with_a_reason(tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    path = write_tiny_model(tmp_path / "loop.gguf", "llama", chat_template=NEVER_ENDS)
    started = time.monotonic()
    engine = LlamaEngine(path, LoadOptions(context_length=256, threads=2))
    try:
        assert time.monotonic() - started < 3
        assert not engine.info.has_chat_template
        assert "did not finish" in engine.info.template_note
        assert engine.format_prompt(QUESTION).text.endswith("Assistant:")
    finally:
        engine.close()


def test_a_template_that_overruns_mid_chat_falls_back_and_says_why(
        engine: LlamaEngine) -> None:
    from app.engine.template import ChatTemplate

    original = engine._template
    engine._template = ChatTemplate(NEVER_ENDS)
    try:
        started = time.monotonic()
        reply = "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken()))
        assert reply.strip() and time.monotonic() - started < 5
        assert "did not finish" in engine.last_stats.prompt_note
        assert engine._template is None  # the next message does not wait out the bound again
    finally:
        engine._template = original
        engine._template_note = ""


def test_stop_interrupts_a_template_that_is_rendering(engine: LlamaEngine) -> None:
    from app.engine.template import ChatTemplate

    original = engine._template
    engine._template = ChatTemplate(NEVER_ENDS, seconds=30)
    cancel = CancelToken()
    try:
        stop_after(cancel, 0.2)
        started = time.monotonic()
        assert "".join(engine.stream_chat(QUESTION, SEEDED, cancel)) == ""
        assert time.monotonic() - started < 1
        assert engine.last_stats.stop_reason == "cancelled"
    finally:
        engine._template = original


def test_a_reply_to_continue_is_prompted_as_its_own_beginning(engine: LlamaEngine) -> None:
    partial = [*QUESTION, ChatMessage("assistant", "The capital of France is")]
    prompt = engine.format_prompt(partial)
    assert prompt.text == engine.format_prompt(QUESTION).text + " The capital of France is"
    more = "".join(engine.stream_chat(partial, SEEDED, CancelToken()))
    assert more.strip() and engine.last_stats.completion_tokens > 0


def test_a_conversations_own_context_length_leaves_older_turns_out(
        engine: LlamaEngine) -> None:
    from dataclasses import replace

    history = [ChatMessage("system", "Be brief.")]
    for i in range(12):
        history += [ChatMessage("user", f"Tell me fact number {i} about lighthouses."),
                    ChatMessage("assistant", "Lighthouses guide ships at night. " * 3)]
    history.append(ChatMessage("user", "And one more?"))
    short = replace(SEEDED, max_tokens=8, context_limit=256)
    "".join(engine.stream_chat(history, short, CancelToken()))
    assert engine.last_stats.dropped_messages > 0 and engine.last_stats.prompt_tokens <= 256
    "".join(engine.stream_chat(history, replace(short, context_limit=None), CancelToken()))
    assert engine.last_stats.dropped_messages == 0


def test_the_prompt_cache_brings_a_conversation_back_and_replies_the_same(
        bundled_model_path: Path, tmp_path: Path) -> None:
    long_chat = [ChatMessage("system", "Be brief.")]
    for i in range(6):
        long_chat += [ChatMessage("user", f"Question {i} about the lighthouse keeper?"),
                      ChatMessage("assistant", "He trims the wick and writes the log. " * 3)]
    long_chat.append(ChatMessage("user", "What did he write?"))
    other = [ChatMessage("user", "Something else entirely.")]
    params = GenerationParams(max_tokens=12, seed=3, temperature=0.0)
    options = LoadOptions(context_length=1024, threads=2, prompt_cache_bytes=1 << 28,
                          prompt_cache_dir=tmp_path)

    plain = LlamaEngine(bundled_model_path, LoadOptions(context_length=1024, threads=2))
    expected = "".join(plain.stream_chat(long_chat, params, CancelToken()))
    plain.close()

    from dataclasses import replace

    engine = LlamaEngine(bundled_model_path, options)
    a, b = replace(params, cache_key="A"), replace(params, cache_key="B")
    assert "".join(engine.stream_chat(long_chat, a, CancelToken())) == expected
    assert engine.last_stats.reused_tokens == 0
    "".join(engine.stream_chat(other, b, CancelToken()))
    again = "".join(engine.stream_chat(long_chat, a, CancelToken()))
    assert again == expected  # the restored state reads exactly as a fresh one
    assert engine.last_stats.reused_tokens >= engine.last_stats.prompt_tokens - 1
    engine.close()  # the cache goes to disk
    assert list(tmp_path.rglob("*.state"))

    reloaded = LlamaEngine(bundled_model_path, options)
    assert "".join(reloaded.stream_chat(long_chat, a, CancelToken())) == expected
    assert reloaded.last_stats.reused_tokens >= reloaded.last_stats.prompt_tokens - 1
    reloaded.drop_cached("A")
    "".join(reloaded.stream_chat(other, b, CancelToken()))
    "".join(reloaded.stream_chat(long_chat, a, CancelToken()))
    assert reloaded.last_stats.reused_tokens < 10  # dropped: read again (but for a prefix)
    reloaded.close()


def test_auto_offload_uses_the_gpu_that_fits_and_falls_back_to_the_cpu(
        bundled_model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import llama_cpp

    import app.engine.llama as llama_module
    from app.engine.offload import AUTO, Device

    fake_gpu = Device("CUDA0", "Fake GPU", free_bytes=64 << 30, total_bytes=80 << 30)
    monkeypatch.setattr(llama_module, "gpu_devices", lambda: [fake_gpu])
    layers_asked: list[int] = []
    real_llama = llama_cpp.Llama

    def recording(*args: object, **kwargs: object) -> object:
        layers_asked.append(int(kwargs["n_gpu_layers"]))  # type: ignore[call-overload]
        return real_llama(*args, **kwargs)  # a CPU build ignores the layers

    monkeypatch.setattr(llama_cpp, "Llama", recording)
    options = LoadOptions(context_length=512, threads=2, gpu_layers=AUTO)
    engine = LlamaEngine(bundled_model_path, options)
    try:
        assert layers_asked == [-1]
        assert engine.info.offload_label == "18/18 layers on Fake GPU"
        assert engine.info.offload_note == ""
    finally:
        engine.close()

    def out_of_memory(*args: object, **kwargs: object) -> object:
        layers_asked.append(int(kwargs["n_gpu_layers"]))  # type: ignore[call-overload]
        if kwargs["n_gpu_layers"] != 0:
            raise ValueError("Failed to load model from file (cudaMalloc failed)")
        return real_llama(*args, **kwargs)

    monkeypatch.setattr(llama_cpp, "Llama", out_of_memory)
    layers_asked.clear()
    engine = LlamaEngine(bundled_model_path, options)
    try:
        assert layers_asked == [-1, 0]  # tried on the GPU, then loaded on the CPU
        assert engine.info.offload_label == "CPU"
        assert "runs on the CPU" in engine.info.offload_note
        assert "".join(engine.stream_chat(QUESTION, SEEDED, CancelToken())).strip()
    finally:
        engine.close()


def test_auto_without_a_gpu_is_the_cpu(bundled_model_path: Path) -> None:
    from app.engine.offload import AUTO

    engine = LlamaEngine(bundled_model_path,
                         LoadOptions(context_length=256, threads=2, gpu_layers=AUTO))
    try:
        assert engine.info.offload_label == "CPU" and not engine.info.gpu_offload
    finally:
        engine.close()


def test_the_warm_up_decode_leaves_the_context_empty(bundled_model_path: Path) -> None:
    """The throwaway decode after loading must leave nothing behind: a seeded reply right
    after loading is the same as one read from an emptied context."""
    llama = LlamaEngine(bundled_model_path, LoadOptions(context_length=512, threads=2))
    try:
        assert int(llama._llm.n_tokens) == 0
        first = "".join(llama.stream_chat(QUESTION, SEEDED, CancelToken()))
        llama._llm.reset()  # the next reply reads its whole prompt again
        again = "".join(llama.stream_chat(QUESTION, SEEDED, CancelToken()))
    finally:
        llama.close()
    assert first and first == again


def last_position_held(llama: LlamaEngine) -> int:
    """The last position llama.cpp's memory holds for the conversation's sequence."""
    memory = llama_cpp.llama_get_memory(llama._llm._ctx.ctx)
    return int(llama_cpp.llama_memory_seq_pos_max(memory, 0))


def test_the_next_turn_reads_only_what_is_new_from_where_the_reply_ended(
        engine: LlamaEngine) -> None:
    """Replies are decoded a token at a time outside Llama.eval, which must keep the
    bookkeeping that the next turn relies on: which tokens the context holds, and where.
    (Not compared with a cold reply token for token: a prefix read in one batch and one
    read a token at a time differ in the last bits, and greedy sampling can tip.)"""
    params = GenerationParams(max_tokens=12, seed=3, temperature=0.0)
    reply = "".join(engine.stream_chat(QUESTION, params, CancelToken()))
    first = engine.last_stats
    held = int(engine._llm.n_tokens)
    assert held == first.prompt_tokens + first.completion_tokens - 1  # the last is not read
    assert last_position_held(engine) == held - 1
    follow_up = [*QUESTION, ChatMessage("assistant", reply), ChatMessage("user", "And Spain?")]
    again = "".join(engine.stream_chat(follow_up, params, CancelToken()))
    assert again.strip() and engine.last_stats.reused_tokens >= first.prompt_tokens
    assert last_position_held(engine) == int(engine._llm.n_tokens) - 1


def test_the_calls_between_two_decodes_keep_the_gil(
        engine: LlamaEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sampling keeps the GIL (only the decode lets it go), so the GUI thread cannot take
    it in the middle of a token's work and make the engine wait for a whole repaint."""
    import app.engine.sampler as sampler_module

    list(engine.stream_chat(QUESTION, GenerationParams(max_tokens=2), CancelToken()))
    sampler = engine._sampler(GenerationParams(seed=1))
    assert sampler.native  # the one-pass top-k, as every reply samples
    monkeypatch.setattr(sampler_module, "NATIVE_TOP_K", None)
    whole_chain = engine._sampler(GenerationParams(seed=1))  # llama.cpp's own top-k
    assert not whole_chain.native
    ctx = engine._llm._ctx.ctx
    counter = [0]
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            counter[0] += 1

    def runs_meanwhile(call: Callable[[], object], switch_interval_s: float) -> int:
        sys.setswitchinterval(switch_interval_s)
        time.sleep(0.001)  # lets the GIL go; back within one switch interval
        before = counter[0]
        for _ in range(50):  # about 15 ms of sampling
            call()
        return counter[0] - before

    interval = sys.getswitchinterval()
    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        # No forced hand-over within the 15 ms: only a call that lets the GIL go lets the
        # other thread run.
        held = runs_meanwhile(sampler.sample, 0.2)
        held_whole = runs_meanwhile(whole_chain.sample, 0.2)
        released = runs_meanwhile(
            lambda: llama_cpp.llama_sampler_sample(whole_chain.chain, ctx, -1), 0.005)
    finally:
        stop.set()
        spinner.join()
        sys.setswitchinterval(interval)
        sampler.close()
        whole_chain.close()
    assert held == 0 and held_whole == 0  # the other thread never ran during the held calls
    assert released > 0  # as it does through llama-cpp-python's own binding


def test_the_native_top_k_samples_the_tokens_llama_cpps_own_would(
        engine: LlamaEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-pass top-k hands the rest of the chain the same candidates, in the same
    order, as llama.cpp's top-k: with one seed the replies are the same, token for token,
    with and without a repeat penalty, greedy or not."""
    import app.engine.sampler as sampler_module

    assert sampler_module.NATIVE_TOP_K is not None, "app/engine/_topk.c was not built"
    settings = [GenerationParams(max_tokens=24, seed=11, ignore_stop=True),
                GenerationParams(max_tokens=24, seed=12, temperature=1.5, top_k=7,
                                 repeat_penalty=1.3, ignore_stop=True),
                GenerationParams(max_tokens=24, temperature=0.0, ignore_stop=True)]

    def reply(params: GenerationParams, natively: bool) -> list[str]:
        sampler = engine._sampler(params)
        assert sampler.native == natively
        sampler.close()
        engine._llm.reset()  # each reads the prompt in one batch, from scratch
        return list(engine.stream_chat(QUESTION, params, CancelToken()))

    native = [reply(params, True) for params in settings]
    monkeypatch.setattr(sampler_module, "NATIVE_TOP_K", None)
    assert [reply(params, False) for params in settings] == native


def test_stop_during_a_slow_tokens_decode_ends_it_and_the_next_reply_is_unharmed(
        bundled_model_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A token's decode slower than ABORTABLE_DECODE_S keeps llama.cpp's abort callback, so
    Stop ends it mid-decode instead of waiting for it. The reply so far is kept, and the
    context holds what the engine says it holds, so the next turn reads on from there and
    replies as from scratch."""
    import app.engine.llama as llama_module

    monkeypatch.setattr(llama_module, "ABORTABLE_DECODE_S", 0.0)  # every decode is "slow"
    armed = [False]
    aborts = [0]

    def should_abort(self: LlamaEngine, _data: object) -> bool:
        if armed[0]:  # Stop pressed while a token is being decoded
            aborts[0] += 1
            self._cancel.cancel()
        return self._cancel.cancelled

    monkeypatch.setattr(LlamaEngine, "_should_abort", should_abort)
    llama = LlamaEngine(bundled_model_path, LoadOptions(context_length=2048, threads=2))
    params = GenerationParams(max_tokens=40, seed=5, temperature=0.0, ignore_stop=True)
    try:
        pieces = []
        caplog.set_level(logging.INFO, logger="llama.cpp")
        with caplog.at_level("INFO", logger="app.engine.llama"):
            for piece in llama.stream_chat(QUESTION, params, CancelToken()):
                pieces.append(piece)
                if len(pieces) == 5:
                    armed[0] = True
        armed[0] = False
        stats = llama.last_stats
        assert stats.stop_reason == "cancelled" and aborts[0] >= 1
        assert "Decoding aborted by stop" in caplog.text
        # llama.cpp reports the stopped decode, which is no error
        assert "failed to decode, ret = 2" in caplog.text
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        # the fifth token's decode was the one stopped: four are held after the prompt
        assert stats.completion_tokens == 5 and "".join(pieces).strip()
        assert int(llama._llm.n_tokens) == stats.prompt_tokens + 4
        assert last_position_held(llama) == int(llama._llm.n_tokens) - 1
        follow_up = [*QUESTION, ChatMessage("assistant", "".join(pieces)),
                     ChatMessage("user", "And Spain?")]
        short = GenerationParams(max_tokens=12, seed=3, temperature=0.0)
        reply = "".join(llama.stream_chat(follow_up, short, CancelToken()))
        assert reply.strip() and llama.last_stats.stop_reason in ("stop", "length")
        assert llama.last_stats.reused_tokens >= stats.prompt_tokens
        assert last_position_held(llama) == int(llama._llm.n_tokens) - 1
    finally:
        llama.close()


def test_without_a_second_handle_on_libllama_the_usual_bindings_serve(
        engine: LlamaEngine, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A libllama that cannot be opened again (its path unknown, or refused) costs speed,
    never the ability to chat: llama-cpp-python's own bindings are used, with a warning,
    and llama.cpp's own top-k, which needs none of the held calls."""
    import app.engine.native as native_module

    monkeypatch.setattr(native_module, "library_path", lambda: "")
    with caplog.at_level("WARNING", logger="app.engine.native"):
        calls = native_module.HeldCalls()
    assert calls.sample is llama_cpp.llama_sampler_sample
    assert calls.token_to_piece is llama_cpp.llama_token_to_piece
    assert calls.apply is None
    assert "usual bindings" in caplog.text
    monkeypatch.setattr(engine, "_calls", calls)
    params = GenerationParams(max_tokens=6, seed=2, ignore_stop=True)
    sampler = engine._sampler(params)
    assert not sampler.native
    sampler.close()
    assert "".join(engine.stream_chat(QUESTION, params, CancelToken())).strip()
    assert engine.last_stats.completion_tokens == 6


@pytest.mark.parametrize(("report", "level"), [
    (b"graph_compute: ggml_backend_sched_graph_compute_async failed with error 1\n", "INFO"),
    (b"process_ubatch: failed to compute graph, compute status: 1\n", "INFO"),
    (b"llama_decode: failed to decode, ret = 2\n", "INFO"),
    (b"graph_compute: ggml_backend_sched_graph_compute_async failed with error -1\n", "ERROR"),
    (b"llama_decode: failed to decode, ret = -3\n", "ERROR"),
])
def test_only_a_stopped_decode_is_logged_below_error(
        report: bytes, level: str, caplog: pytest.LogCaptureFixture) -> None:
    import app.engine.native as native_module

    with caplog.at_level("INFO", logger="llama.cpp"):
        native_module._forward_llama_log(4, report, ctypes.c_void_p(0))
    assert [r.levelname for r in caplog.records] == [level]
