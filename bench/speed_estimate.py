"""The speed estimate (app/models/speed.py) against tokens/s measured here, through the real
engine: calibrated on the bundled model, it predicts the tiny test models (a few hundred kB:
only the fixed cost per token) and a random-weight dense model quantized to Q4_K_M by
llama.cpp itself (577 MB and 1.1 GB, the bytes of a 1B and a 2B model, so the prediction is
checked away from the calibration point). The plain size ratio (no fixed cost) is shown beside it.

    .venv/bin/python bench/speed_estimate.py [--threads 2] [--synthetic-layers 22 44]

Prints a table, then a JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.base import CancelToken, ChatMessage, GenerationParams, LoadOptions  # noqa: E402
from app.engine.llama import LlamaEngine  # noqa: E402
from app.models.provision import default_bundled_model, provision  # noqa: E402
from app.models.speed import SpeedEstimator  # noqa: E402
from tests.tiny_models import ARCHITECTURES, write_tiny_model  # noqa: E402

TOKENS = 64
ROUNDS = 5
CACHE = Path.home() / ".cache" / "hearth-bench"


def reply_speed(engine: LlamaEngine, seed: int) -> float:
    list(engine.stream_chat([ChatMessage("user", "Tell me about the sea.")],
                            GenerationParams(max_tokens=TOKENS, seed=seed, ignore_stop=True),
                            CancelToken()))
    return engine.last_stats.tokens_per_s or 0.0


def measure(models: list[tuple[str, Path]], threads: int) -> dict[str, float]:
    """Median decode tokens/s per model over ROUNDS replies of TOKENS tokens, the models
    taking turns reply by reply, so a busy moment on a shared machine falls on all alike."""
    engines = {name: LlamaEngine(path, LoadOptions(context_length=512, threads=threads))
               for name, path in models}
    try:
        speeds: dict[str, list[float]] = {name: [] for name in engines}
        for seed in range(ROUNDS):
            for name, engine in engines.items():
                speeds[name].append(reply_speed(engine, seed))
        return {name: statistics.median(values) for name, values in speeds.items()}
    finally:
        for engine in engines.values():
            engine.close()


def synthetic_q4(folder: Path, layers: int) -> Path:
    """A dense llama of EMBD 2048 / FF 5632 (TinyLlama's shape), random F16 weights,
    quantized to Q4_K_M by llama.cpp: the bytes a 1B model reads per token. Made once (four
    minutes on two cores) and kept in the cache."""
    import gguf
    import llama_cpp  # only here, to quantize as the model makers do

    embd, ff, heads, kv_heads = 2048, 5632, 32, 4
    head_dim = embd // heads
    target = folder / f"synthetic-{layers}-q4_k_m.gguf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "synthetic-f16.gguf"
    writer = gguf.GGUFWriter(str(source), "llama")
    tokens = [b"<unk>", b"<s>", b"</s>"] + [f"<0x{b:02X}>".encode() for b in range(256)]
    tokens += [w.encode() for w in ("▁the", "▁sea", "▁a", "▁is", "▁blue", "▁")]
    writer.add_name("synthetic")
    writer.add_context_length(2048)
    writer.add_embedding_length(embd)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ff)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_rope_dimension_count(head_dim)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * 3 + [-1000.0] * 256 + [-1.0] * 6)
    writer.add_token_types([2, 3, 3] + [6] * 256 + [1] * 6)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    rng = np.random.default_rng(0)

    def tensor(name: str, *shape: int, ones: bool = False) -> None:
        data = (np.ones(shape, np.float32) if ones
                else rng.standard_normal(shape, np.float32) * np.float32(0.02))
        writer.add_tensor(name, data if len(shape) == 1 else data.astype(np.float16))

    tensor("token_embd.weight", len(tokens), embd)
    tensor("output_norm.weight", embd, ones=True)
    tensor("output.weight", len(tokens), embd)
    for layer in range(layers):
        block = f"blk.{layer}"
        tensor(f"{block}.attn_norm.weight", embd, ones=True)
        tensor(f"{block}.attn_q.weight", embd, embd)
        tensor(f"{block}.attn_k.weight", kv_heads * head_dim, embd)
        tensor(f"{block}.attn_v.weight", kv_heads * head_dim, embd)
        tensor(f"{block}.attn_output.weight", embd, embd)
        tensor(f"{block}.ffn_norm.weight", embd, ones=True)
        tensor(f"{block}.ffn_gate.weight", ff, embd)
        tensor(f"{block}.ffn_up.weight", ff, embd)
        tensor(f"{block}.ffn_down.weight", embd, ff)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M
    if llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), params):
        raise RuntimeError("llama.cpp could not quantize the synthetic model")
    source.unlink()
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--synthetic-layers", type=int, nargs="*", default=[22, 44],
                        help="one synthetic model per count (22: 577 MB, 44: 1.1 GB)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bundled = provision(default_bundled_model(), folder / "models")
        models: list[tuple[str, Path]] = [("bundled Gemma 3 270M Q4_K_M", bundled)]
        models += [(f"tiny {family}", write_tiny_model(folder / f"tiny-{family}.gguf", family))
                   for family in ARCHITECTURES]
        for layers in args.synthetic_layers:
            started = time.monotonic()
            synthetic = synthetic_q4(CACHE, layers)
            print(f"(synthetic model ready in {time.monotonic() - started:.0f} s)",
                  file=sys.stderr)
            models.append((f"synthetic llama {layers} layers Q4_K_M", synthetic))
        load = os.getloadavg()[0]
        measured = measure(models, args.threads)
        load = max(load, os.getloadavg()[0])
        sizes = {name: path.stat().st_size for name, path in models}
        calibration = models[0][0]
        speed = SpeedEstimator(cores=args.threads)
        cautious = speed.tokens_per_s  # before any reply: the cores' figure
        rows: list[dict[str, Any]] = []
        cautious_figures = {name: cautious(sizes[name]) for name, _ in models}
        speed.record(sizes[calibration], measured[calibration], tokens=TOKENS)
        for name, _ in models:
            ratio = measured[calibration] * sizes[calibration] / sizes[name]
            rows.append({"model": name, "bytes": sizes[name],
                         "measured": round(measured[name], 1),
                         "estimate": round(speed.tokens_per_s(sizes[name]), 1),
                         "size_ratio": round(ratio, 1),
                         "before_calibration": round(cautious_figures[name], 1)})
    print(f"{'model':40} {'MB':>8} {'measured':>9} {'estimate':>9} {'size ratio':>11} "
          f"{'uncalibrated':>13}")
    for row in rows:
        print(f"{row['model']:40} {row['bytes'] / 1e6:8.1f} {row['measured']:9.1f} "
              f"{row['estimate']:9.1f} {row['size_ratio']:11.1f} "
              f"{row['before_calibration']:13.1f}")
    print(f"(load average {load:.1f} on {os.cpu_count()} cores)")
    print(json.dumps({"bench": "speed_estimate", "threads": args.threads, "load": round(load, 1),
                      "bytes_per_s": round(speed.bytes_per_s()), "rows": rows}))


if __name__ == "__main__":
    main()
