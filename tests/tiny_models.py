"""Tiny random-weight GGUF models, one per architecture family the catalog offers.

Written with the `gguf` package (llama.cpp's own writer), a few hundred kB each, so the real
engine can load every family and generate a few tokens in a test. The words are nonsense;
what matters is that llama.cpp accepts the layout.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

EMBD, HEADS, HEAD_DIM, FF, LAYERS, CONTEXT = 64, 4, 16, 128, 2, 256
ARCHITECTURES = ("llama", "mixtral", "falcon", "bloom", "gptneox", "qwen2", "gemma3", "phi3",
                 "qwen3", "qwen3moe")
LAYER_NORM = {"falcon", "bloom", "gptneox"}  # plain layer norm with bias, not RMS norm


def _vocab() -> tuple[list[bytes], list[float], list[int]]:
    # phi3's vocabulary loader looks its end-of-turn markers up by name
    tokens = [b"<unk>", b"<s>", b"</s>", b"<|end|>", b"<|endoftext|>"]
    types = [gguf.TokenType.UNKNOWN] + [gguf.TokenType.CONTROL] * 4
    for byte in range(256):
        tokens.append(f"<0x{byte:02X}>".encode())
        types.append(gguf.TokenType.BYTE)
    for word in ("▁the", "▁a", "▁cat", "▁sat", "▁on", "▁mat", "▁hello", "▁world", "▁",
                 "e", "t", "a", "o", "n", "s", "h", "r"):
        tokens.append(word.encode())
        types.append(gguf.TokenType.NORMAL)
    scores = [0.0] * 5 + [-1000.0] * 256 + [-float(i) for i in range(len(tokens) - 261)]
    return tokens, scores, [int(t) for t in types]


def write_tiny_model(path: Path, family: str, override_arch: str | None = None,
                     seed: int = 0, chat_template: str | None = None) -> Path:
    rng = np.random.default_rng(seed)
    arch = "llama" if family == "mixtral" else family
    writer = gguf.GGUFWriter(str(path), override_arch or arch)
    kv_heads = {"falcon": 1, "bloom": HEADS, "gptneox": HEADS}.get(arch, 2)
    kv_dim = kv_heads * HEAD_DIM
    tokens, scores, types = _vocab()
    vocab = len(tokens)

    writer.add_name(f"tiny-{family}")
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    writer.add_context_length(CONTEXT)
    writer.add_embedding_length(EMBD)
    writer.add_block_count(LAYERS)
    writer.add_feed_forward_length(FF)
    writer.add_head_count(HEADS)
    writer.add_head_count_kv(kv_heads)
    if arch in LAYER_NORM:
        writer.add_layer_norm_eps(1e-5)
    else:
        writer.add_layer_norm_rms_eps(1e-6)
    writer.add_rope_dimension_count(HEAD_DIM)
    if arch == "gemma3":
        writer.add_key_length(HEAD_DIM)
        writer.add_value_length(HEAD_DIM)
        writer.add_sliding_window(128)
    if arch == "gptneox":
        writer.add_parallel_residual(True)
    if family in ("mixtral", "qwen3moe"):
        writer.add_expert_count(4)
        writer.add_expert_used_count(2)
    if arch == "qwen3moe":
        writer.add_expert_feed_forward_length(FF)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_unk_token_id(0)

    def tensor(name: str, *shape: int, ones: bool = False) -> None:
        data = np.ones(shape) if ones else rng.normal(0, 0.02, size=shape)
        writer.add_tensor(name, data.astype(np.float32))

    def norm(name: str, size: int = EMBD) -> None:
        tensor(f"{name}.weight", size, ones=True)
        if arch in LAYER_NORM:
            tensor(f"{name}.bias", size)

    tensor("token_embd.weight", vocab, EMBD)
    if arch == "bloom":
        norm("token_embd_norm")
    norm("output_norm")
    if arch != "gemma3":
        tensor("output.weight", vocab, EMBD)
    biased = arch in ("bloom", "gptneox")
    for layer in range(LAYERS):
        block = f"blk.{layer}"
        norm(f"{block}.attn_norm")
        if arch in ("falcon", "bloom", "gptneox", "phi3"):
            fused = EMBD + 2 * kv_dim
            tensor(f"{block}.attn_qkv.weight", fused, EMBD)
            if biased:
                tensor(f"{block}.attn_qkv.bias", fused)
        else:
            tensor(f"{block}.attn_q.weight", HEADS * HEAD_DIM, EMBD)
            tensor(f"{block}.attn_k.weight", kv_dim, EMBD)
            tensor(f"{block}.attn_v.weight", kv_dim, EMBD)
            if arch == "qwen2":
                tensor(f"{block}.attn_q.bias", HEADS * HEAD_DIM)
                tensor(f"{block}.attn_k.bias", kv_dim)
                tensor(f"{block}.attn_v.bias", kv_dim)
        if arch in ("gemma3", "qwen3", "qwen3moe"):
            tensor(f"{block}.attn_q_norm.weight", HEAD_DIM, ones=True)
            tensor(f"{block}.attn_k_norm.weight", HEAD_DIM, ones=True)
        tensor(f"{block}.attn_output.weight", EMBD, HEADS * HEAD_DIM)
        if biased:
            tensor(f"{block}.attn_output.bias", EMBD)
        if arch == "gemma3":
            tensor(f"{block}.post_attention_norm.weight", EMBD, ones=True)
        if arch != "falcon":
            norm(f"{block}.ffn_norm")
        if family in ("mixtral", "qwen3moe"):
            tensor(f"{block}.ffn_gate_inp.weight", 4, EMBD)
            tensor(f"{block}.ffn_gate_exps.weight", 4, FF, EMBD)
            tensor(f"{block}.ffn_up_exps.weight", 4, FF, EMBD)
            tensor(f"{block}.ffn_down_exps.weight", 4, EMBD, FF)
            continue
        if arch in ("llama", "qwen2", "gemma3", "qwen3"):
            tensor(f"{block}.ffn_gate.weight", FF, EMBD)
        tensor(f"{block}.ffn_up.weight", 2 * FF if arch == "phi3" else FF, EMBD)
        tensor(f"{block}.ffn_down.weight", EMBD, FF)
        if biased:
            tensor(f"{block}.ffn_up.bias", FF)
            tensor(f"{block}.ffn_down.bias", EMBD)
        if arch == "gemma3":
            tensor(f"{block}.post_ffw_norm.weight", EMBD, ones=True)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
