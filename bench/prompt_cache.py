"""Going back to a long conversation: time to first token with the prompt cache per
conversation, against reading the whole history again (the baseline, same run).

The bundled model on 2 threads. Conversation A has a history of about 3,000 tokens, B a
short one. A is read cold, then B, then A again (warm: its state comes back from memory);
then the engine is closed and loaded again (its cache written to disk and read back) and A
is asked once more. Goals: warm <= 25% of cold; after a restart <= 50%.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import emit

from app.engine.base import (
    CancelToken,
    ChatMessage,
    GenerationParams,
    LoadOptions,
)
from app.engine.llama import LlamaEngine
from app.models.provision import default_bundled_model, provision

FACT = ("The lighthouse keeper climbed the hundred and twelve steps at dusk, trimmed the "
        "wick, polished the great lens and wrote the weather in the log: wind from the "
        "west, a long swell, fog on the horizon by nine. ")


def history(turns: int) -> list[ChatMessage]:
    chat = [ChatMessage("system", "You are a helpful assistant.")]
    for i in range(turns):
        chat.append(ChatMessage("user", f"Tell me about night {i} at the lighthouse. " + FACT))
        chat.append(ChatMessage("assistant", FACT * 2))
    return chat


def ttft(engine: LlamaEngine, chat: list[ChatMessage], key: str | None) -> tuple[float, int]:
    params = GenerationParams(max_tokens=4, seed=1, temperature=0.0, cache_key=key,
                              ignore_stop=True)
    "".join(engine.stream_chat(chat, params, CancelToken()))
    stats = engine.last_stats
    assert stats.ttft_ms is not None
    return stats.ttft_ms, stats.reused_tokens


def main() -> None:
    model = provision(default_bundled_model(), Path.home() / ".cache" / "hearth-bench")
    a, b = history(20), history(1)
    with TemporaryDirectory() as tmp:
        options = LoadOptions(context_length=4096, threads=2, prompt_cache_bytes=1 << 30,
                              prompt_cache_dir=Path(tmp))
        plain = LlamaEngine(model, LoadOptions(context_length=4096, threads=2))
        prompt_tokens = plain.count_tokens(a)
        baseline = []
        for round_ in range(2):  # without a cache: A, B, then A again, read from scratch
            ttft(plain, [*a, ChatMessage("user", f"warm-up {round_}")], None)
            ttft(plain, b, None)
            baseline.append(ttft(plain, [*a, ChatMessage("user", f"Again {round_}?")],
                                 None)[0])
        plain.close()

        engine = LlamaEngine(model, options)
        cold, _ = ttft(engine, [*a, ChatMessage("user", "First question?")], "A")
        warm_runs, reused = [], 0
        for round_ in range(2):
            ttft(engine, [*b, ChatMessage("user", f"B {round_}")], "B")
            took, reused = ttft(engine, [*a, ChatMessage("user", f"Back again {round_}?")],
                                "A")
            warm_runs.append(took)
        engine.close()  # writes the cache to disk

        reloaded = LlamaEngine(model, options)
        restart, restart_reused = ttft(reloaded, [*a, ChatMessage("user", "After restart?")],
                                       "A")
        reloaded.close()
    warm = statistics.median(warm_runs)
    emit({"bench": "prompt_cache", "history_tokens": prompt_tokens,
          "cold_ttft_ms": round(cold, 1),
          "baseline_return_without_cache_ttft_ms": round(statistics.median(baseline), 1),
          "warm_return_ttft_ms": round(warm, 1), "warm_reused_tokens": reused,
          "after_restart_ttft_ms": round(restart, 1), "restart_reused_tokens": restart_reused,
          "warm_over_cold": round(warm / cold, 3),
          "restart_over_cold": round(restart / cold, 3),
          "goal": "warm_over_cold <= 0.25, restart_over_cold <= 0.5"})


if __name__ == "__main__":
    main()
