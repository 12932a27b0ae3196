"""The bundled embedder's throughput: 64 chunks of about 250 tokens, 2 threads, in chunks/s
(the model load left out). bench/documents.py compares it with llama.cpp's own tool.

    .venv/bin/python bench/embedder_throughput.py [--threads 2] [--chunks 64] [--tokens 250]

Prints a JSON line last.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.embedding import Embedder  # noqa: E402
from app.resources import bundled_embedder_path  # noqa: E402

WORDS = ["harbour", "ferry", "lighthouse", "committee", "accounts", "spring", "flour",
         "sponge", "oven", "recipe", "theorem", "proof", "lemma", "river", "valley", "granite",
         "budget", "invoice", "quarterly", "deadline", "telescope", "orbit", "comet",
         "library", "archive", "manuscript", "violin", "orchestra", "tempo"]


def chunk(rng: random.Random, embedder: Embedder, tokens: int) -> str:
    """A text of about `tokens` tokens ([CLS] and [SEP] included): an encoder's cost
    depends on the count, not on the words."""
    words: list[str] = []
    while embedder.count_tokens(" ".join(words)) < tokens:
        words.append(rng.choice(WORDS))
    return " ".join(words[:-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--chunks", type=int, default=64)
    parser.add_argument("--tokens", type=int, default=250)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = bundled_embedder_path()
    if path is None:
        print("the bundled embedder is missing: run `make embedder`", file=sys.stderr)
        return 1
    rng = random.Random(7)
    with Embedder(path, threads=args.threads) as embedder:
        texts = [chunk(rng, embedder, args.tokens) for _ in range(args.chunks)]
        mean_tokens = sum(embedder.count_tokens(t) for t in texts) / len(texts)
        embedder.embed(texts[:2])  # threads started, weights paged in
        rates = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            embedder.embed(texts)
            rates.append(len(texts) / (time.perf_counter() - started))
    print(json.dumps({"embedder": path.name, "threads": args.threads, "chunks": args.chunks,
                      "mean_tokens": round(mean_tokens, 1),
                      "chunks_per_s": round(max(rates), 2),
                      "chunks_per_s_rounds": [round(r, 2) for r in rates]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
