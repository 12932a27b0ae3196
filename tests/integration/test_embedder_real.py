"""The bundled embedder, run through llama.cpp, against a reference computation.

The reference is a plain numpy BERT forward pass over the original safetensors weights
(build/embedder/, extracted by packaging/embedder_build.py), fed with the `tokenizers`
library's tokenization of the original tokenizer.json: what sentence-transformers computes
for all-MiniLM-L6-v2, without torch. So these tests check the conversion (names, Q8_0
weights, metadata), llama.cpp's WordPiece, its pooling, and Embedder's cut at 256 tokens.
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from app.engine.embedding import Embedder, EmbedderError
from app.errors import UserError
from app.resources import bundled_embedder_path

pytestmark = pytest.mark.real_model

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "build" / "embedder" / "all-MiniLM-L6-v2"

Array = npt.NDArray[np.float64]

# a text whose start and end are about different things, so a cut in the wrong place shows
LONG = " ".join(
    f"Paragraph {n}: the committee reviewed the harbour's accounts, the ferry timetable and "
    f"the lighthouse repairs, then adjourned until spring." for n in range(12)) + " " + " ".join(
    f"Step {n}: whisk the eggs with sugar, fold in the flour and bake the sponge cake for "
    f"twenty minutes at 180 degrees." for n in range(18))

SENTENCES = [
    "The cat sits on the mat",
    "Hearth runs language models locally, without any network connection.",
    "Crème brûlée à Paris: naïve café, Ünïcödé and façades.",
    "Привет, как дела? Σήμερα είναι Δευτέρα.",
    "東京タワーは日本の電波塔です。",
    "I love 🦙 llamas and ☕ coffee!",
    "   spaced\tout \n text  ",
    LONG,
]


def _source_dir() -> Path:
    if not (SOURCE / "model.safetensors").is_file():
        pytest.fail(f"{SOURCE} is missing: run `make embedder` (packaging/embedder_build.py)")
    return SOURCE


@pytest.fixture(scope="module")
def embedder() -> Iterator[Embedder]:
    path = bundled_embedder_path()
    if path is None:
        pytest.fail("the bundled embedder is missing: run `make embedder`")
    with Embedder(path, threads=2) as opened:
        yield opened


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    loaded = Tokenizer.from_file(str(_source_dir() / "tokenizer.json"))
    loaded.no_padding()  # the file pads to 128, which sentence-transformers overrides
    loaded.no_truncation()
    return loaded


@pytest.fixture(scope="module")
def reference() -> ReferenceBert:
    return ReferenceBert(_source_dir())


def _erf(x: Array) -> Array:
    # numpy has no erf; Abramowitz and Stegun 7.1.26 is within 1.5e-7 of it
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    result: Array = sign * (1.0 - poly * np.exp(-a * a))
    return result


class ReferenceBert:
    """BertModel's forward pass (post-layer-norm, GELU erf), mean pooling, L2 norm."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.w = {name.removeprefix("bert."): value.astype(np.float64)
                  for name, value in load_file(str(folder / "model.safetensors")).items()}

    def _norm(self, x: Array, prefix: str) -> Array:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        out: Array = (x - mean) / np.sqrt(var + self.eps) * self.w[prefix + ".weight"] \
            + self.w[prefix + ".bias"]
        return out

    def _dense(self, x: Array, prefix: str) -> Array:
        out: Array = x @ self.w[prefix + ".weight"].T + self.w[prefix + ".bias"]
        return out

    def embed(self, ids: list[int]) -> Array:
        w = self.w
        n = len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        head = x.shape[1] // self.heads
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            q, k, v = (self._dense(x, p + f"attention.self.{part}").reshape(
                n, self.heads, head).transpose(1, 0, 2) for part in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(head)
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, -1)
            x = self._norm(x + self._dense(context, p + "attention.output.dense"),
                           p + "attention.output.LayerNorm")
            hidden = self._dense(x, p + "intermediate.dense")
            hidden = 0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0)))
            x = self._norm(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(axis=0)  # every token is real: one text, no padding
        out: Array = pooled / np.linalg.norm(pooled)
        return out


def _cut(ids: list[int], limit: int) -> list[int]:
    """Hugging Face's truncation to `limit` tokens: the closing [SEP] stays."""
    return ids if len(ids) <= limit else ids[:limit - 1] + ids[-1:]


def test_llama_cpp_tokenizes_as_the_original_tokenizer(embedder: Embedder,
                                                       tokenizer: Tokenizer) -> None:
    for text in SENTENCES:
        expected = tokenizer.encode(text).ids
        assert embedder.tokenize(text) == expected, text
        assert embedder.count_tokens(text) == len(expected)
    assert embedder.count_tokens(LONG) > 2 * embedder.max_tokens  # so the cut is exercised


def test_embeddings_match_the_reference_computation(embedder: Embedder, tokenizer: Tokenizer,
                                                    reference: ReferenceBert) -> None:
    assert (embedder.dim, embedder.max_tokens) == (384, 256)
    assert (embedder.query_prefix, embedder.document_prefix) == ("", "")
    vectors = embedder.embed(SENTENCES)
    assert vectors.shape == (len(SENTENCES), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = []
    for text, vector in zip(SENTENCES, vectors, strict=True):
        ids = _cut(tokenizer.encode(text).ids, 256)
        cosines.append(float(vector.astype(np.float64) @ reference.embed(ids)))
    print("cosine to the reference:", [round(c, 6) for c in cosines])
    assert min(cosines) >= 0.999, cosines


def test_a_long_text_is_cut_at_max_tokens_not_at_the_batch(embedder: Embedder,
                                                          tokenizer: Tokenizer,
                                                          reference: ReferenceBert) -> None:
    ids = tokenizer.encode(LONG).ids
    assert len(ids) > 512  # longer than llama.cpp's whole batch
    whole = embedder.embed([LONG])[0].astype(np.float64)
    kept = reference.embed(_cut(ids, 256))
    # what llama-cpp-python's own embed() reads: the first n_batch tokens, no [SEP]
    batch_cut = reference.embed(ids[:512])
    assert float(whole @ kept) >= 0.999
    assert float(whole @ batch_cut) < 0.95  # so the first check tells the two apart
    # and the closing [SEP] is kept, as sentence-transformers keeps it
    assert float(whole @ kept) > float(whole @ reference.embed(ids[:256]))


def test_several_texts_in_one_call_match_one_at_a_time(embedder: Embedder) -> None:
    texts = SENTENCES + [f"Short note number {n}." for n in range(40)]
    together = embedder.embed(texts)
    for text, row in zip(texts, together, strict=True):
        alone = embedder.embed([text])[0]
        # Q8_0 weights meet activations quantized per batch, so a text's vector moves by
        # about 1e-4 with its batch; one text reading another's tokens moves it by 1e-1
        assert float(alone @ row) > 0.9995, text
    assert embedder.embed([]).shape == (0, 384)


def test_meaning_is_captured(embedder: Embedder) -> None:
    cat, rug, tax = embedder.embed(["The cat sits on the mat", "A cat is sitting on a rug",
                                    "Quarterly tax filing deadlines"])
    assert float(cat @ rug) > float(cat @ tax) + 0.3


def test_the_model_id_follows_the_file(embedder: Embedder, tmp_path: Path) -> None:
    copy = tmp_path / embedder.path.name
    shutil.copyfile(embedder.path, copy)
    with Embedder(copy, threads=1) as same:
        assert same.model_id == embedder.model_id
    data = bytearray(copy.read_bytes())
    data[-1] ^= 0x01  # one bit of the last weight
    copy.write_bytes(bytes(data))
    with Embedder(copy, threads=1) as changed:
        assert changed.model_id != embedder.model_id
        assert changed.model_id.startswith(copy.name)


def _damaged(source: Path, folder: Path) -> dict[str, Path]:
    data = source.read_bytes()
    architecture = data.index(b"bert")
    files = {
        "missing": folder / "missing.gguf",
        "not a GGUF": folder / "notes.gguf",
        "truncated": folder / "truncated.gguf",
        "unknown architecture": folder / "unknown-arch.gguf",
    }
    files["not a GGUF"].write_bytes(b"this is a text file, not a model\n" * 100)
    files["truncated"].write_bytes(data[:len(data) // 2])
    files["unknown architecture"].write_bytes(
        data[:architecture] + b"brrt" + data[architecture + 4:])
    return files


def test_a_missing_or_damaged_file_is_a_clear_error(embedder: Embedder, tmp_path: Path) -> None:
    for problem, path in _damaged(embedder.path, tmp_path).items():
        with pytest.raises(EmbedderError) as raised:
            Embedder(path, threads=1)
        assert isinstance(raised.value, UserError), problem
        assert path.name in str(raised.value), (problem, str(raised.value))


def test_a_closed_embedder_refuses_work(tmp_path: Path) -> None:
    path = bundled_embedder_path()
    assert path is not None
    opened = Embedder(path, threads=1)
    opened.close()
    opened.close()  # twice is harmless
    with pytest.raises(RuntimeError):
        opened.embed(["x"])
