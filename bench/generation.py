"""Tokens/s and time to first token: the app's path against llama-cpp-python alone.

(a) The app: ChatSession -> EngineController -> worker thread -> LlamaEngine, with tokens
    arriving as signals on the GUI thread and rendered by the real chat view. Measured where
    the user sees it: from send() to the first token on the GUI thread, and the token rate
    between the first and the last token there.
(b) Straight llama-cpp-python: Llama.create_completion(stream=True) on the same prompt text.

Same model file, settings, prompts and fixed reply length (end-of-turn ignored), interleaved
round by round so that both see the same machine state. Goal: ratio >= 0.95, TTFT overhead
<= 20 ms.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from tempfile import TemporaryDirectory

import llama_cpp
from common import emit, median, qt_app, wait_until

from app.chat.session import ChatSession
from app.engine.base import ChatMessage, GenerationParams, GenerationStats, LoadOptions
from app.engine.llama import LlamaEngine
from app.engine.prompt import transcript_prompt
from app.engine.worker import EngineController
from app.models.provision import default_bundled_model, provision
from app.store.conversations import ConversationStore
from app.store.db import connect
from app.ui.chat_view import ChatView
from app.ui.render import MarkdownRenderer

SYSTEM = "You are a helpful assistant."
PROMPTS = [
    "Tell me about the history of bread.",
    "How do volcanoes form?",
    "Explain how a bicycle stays upright.",
    "What makes the sky blue?",
    "Describe a walk through a forest in autumn.",
    "Why do cats purr?",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    qt_app()
    with TemporaryDirectory() as tmp:
        model_path = provision(default_bundled_model(), Path.home() / ".cache" / "hearth-bench")
        options = LoadOptions(context_length=4096, threads=args.threads)
        params = GenerationParams(max_tokens=args.tokens, temperature=0.0, seed=1,
                                  ignore_stop=True)

        store = ConversationStore(connect(Path(tmp) / "bench.db"))
        engine = EngineController(LlamaEngine)
        engine.load_model(model_path, options)
        wait_until(lambda: engine.state == "ready")
        session = ChatSession(store, engine, lambda: params, lambda: "bench")
        view = ChatView(MarkdownRenderer())
        view.resize(800, 600)
        view.show()
        session.message_added.connect(view.add_message)
        session.reply_updated.connect(view.update_reply)
        session.reply_finished.connect(lambda m, _s: view.finish_reply(m))

        direct = llama_cpp.Llama(model_path=str(model_path), n_ctx=4096, n_batch=512,
                                 n_threads=args.threads, n_threads_batch=args.threads,
                                 verbose=False)
        eos = direct.token_eos()

        def ban_eos(_ids: object, scores: object) -> object:
            scores[eos] = -1e30  # type: ignore[index]
            return scores

        def app_round(prompt: str) -> tuple[float, float]:
            conversation = store.create_conversation(SYSTEM)
            view.show_conversation(conversation.id, "bench", [])
            arrivals: list[float] = []
            done: list[GenerationStats] = []

            def on_token(*_: object) -> None:
                arrivals.append(time.perf_counter())

            def on_finished(_message: object, stats: GenerationStats) -> None:
                done.append(stats)

            session.reply_updated.connect(on_token)
            session.reply_finished.connect(on_finished)
            started = time.perf_counter()
            session.send(conversation.id, prompt)
            wait_until(lambda: bool(done))
            session.reply_updated.disconnect(on_token)
            session.reply_finished.disconnect(on_finished)
            tokens = done[0].completion_tokens
            return (arrivals[0] - started) * 1000, (tokens - 1) / (arrivals[-1] - arrivals[0])

        def direct_round(prompt: str) -> tuple[float, float]:
            text = transcript_prompt([ChatMessage("system", SYSTEM),
                                      ChatMessage("user", prompt)]).text
            started = time.perf_counter()
            first = last = 0.0
            count = 0
            for _chunk in direct.create_completion(
                    text, max_tokens=args.tokens, temperature=0.0, top_k=40, top_p=0.95,
                    repeat_penalty=1.1, seed=1, stream=True,
                    logits_processor=llama_cpp.LogitsProcessorList([ban_eos])):
                last = time.perf_counter()
                if count == 0:
                    first = last
                count += 1
            return (first - started) * 1000, (count - 1) / (last - first)

        app_round("Warm up.")  # first-use costs (allocation, caches) are not the steady state
        direct_round("Warm up.")
        app_rates, app_ttft, direct_rates, direct_ttft = [], [], [], []
        for round_index in range(args.rounds):
            prompt = PROMPTS[round_index % len(PROMPTS)]
            ttft, rate = app_round(prompt)
            app_ttft.append(ttft)
            app_rates.append(rate)
            ttft, rate = direct_round(prompt)
            direct_ttft.append(ttft)
            direct_rates.append(rate)

        engine.shutdown()
        direct.close()
        store.db.close()
    app_rate, direct_rate = median(app_rates), median(direct_rates)
    emit({
        "bench": "generation",
        "tokens_per_reply": args.tokens,
        "rounds": args.rounds,
        "app_tokens_per_s": app_rate,
        "direct_tokens_per_s": direct_rate,
        "ratio": round(app_rate / direct_rate, 3),
        "app_ttft_ms": median(app_ttft),
        "direct_ttft_ms": median(direct_ttft),
        "ttft_overhead_ms": round(median(app_ttft) - median(direct_ttft), 2),
        "goal": "ratio >= 0.95, ttft_overhead_ms <= 20",
    })


if __name__ == "__main__":
    main()
