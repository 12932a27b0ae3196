"""A sentence embedder run through llama.cpp: texts in, L2-normalised float32 vectors out.

The bundled one is all-MiniLM-L6-v2 (resources/embedder/, built by
packaging/embedder_build.py); any BERT-like embedding GGUF that llama.cpp pools works.

llama-cpp-python's own Llama.embed() cuts an over-long text at n_batch tokens and with it
the closing [SEP], and counts nothing for the caller. So texts are tokenized here, cut to
what the model was trained on (keeping the closing special token, as Hugging Face's
truncation does), and packed several to a llama.cpp batch the way embed() packs them.
One Embedder is used by one thread at a time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import llama_cpp
import numpy as np
import numpy.typing as npt

from app.engine.native import route_llama_log
from app.errors import UserError
from app.models.gguf_header import GGUFError, read_header
from app.models.verified import sha256_of

log = logging.getLogger(__name__)


class EmbedderError(UserError):
    """The embedding model could not be opened or run; the message names the file."""


@dataclass(frozen=True)
class EmbedderFacts:
    """What the file does not say: how long a text the model was trained on (llama.cpp's
    context is only its position table) and the prefixes its training put before queries
    and documents."""

    max_tokens: int | None = None
    query_prefix: str = ""
    document_prefix: str = ""


# The bundled embedder, by its file name's start (lower case); its model card is the
# source. The catalog's downloadable embedders carry their own (resources/catalog.json).
KNOWN_EMBEDDERS: dict[str, EmbedderFacts] = {
    # sentence-transformers' max_seq_length; 512 positions, trained on 128 then 256
    "all-minilm-l6-v2": EmbedderFacts(max_tokens=256),
}


@cache
def _catalog_embedders() -> dict[str, EmbedderFacts]:
    from app.models.catalog import load_catalog

    try:
        entries = load_catalog().embedders
    except UserError as exc:
        log.warning("%s", exc)
        return {}
    return {e.filename.lower(): EmbedderFacts(e.embedding.max_tokens, e.embedding.query_prefix,
                                              e.embedding.document_prefix)
            for e in entries if e.embedding is not None}


def facts_for(path: Path) -> EmbedderFacts:
    name = path.name.lower()
    for start, facts in KNOWN_EMBEDDERS.items():
        if name.startswith(start):
            return facts
    return _catalog_embedders().get(name, EmbedderFacts())


class Embedder:
    def __init__(self, path: Path, threads: int) -> None:
        try:
            header = read_header(path)
        except GGUFError as exc:
            raise EmbedderError(f"The embedding model {path.name} cannot be used: {exc}") \
                from exc
        if header.tensor_count == 0:
            raise EmbedderError(f"The embedding model {path.name} holds no weights.")
        train_ctx = header.context_length or 512
        facts = facts_for(path)
        self._path = path
        self._max_tokens = min(facts.max_tokens or train_ctx, train_ctx)
        self._facts = facts
        # the id the index stores beside each vector: another file, another id, even under
        # the same name (46 MB hash in about 0.1 s, once per open)
        self._model_id = f"{path.name}:{sha256_of(path)[:16]}"
        # the file's own pooling where it names one (bge pools on [CLS]), else the mean
        pooling = (llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED
                   if f"{header.architecture}.pooling_type" in header.metadata
                   else llama_cpp.LLAMA_POOLING_TYPE_MEAN)
        route_llama_log()
        try:
            # the whole text in one batch and one ubatch: a non-causal model must see all
            # of a sequence at once, and llama.cpp would cut anything longer than n_batch
            self._llm: Any = llama_cpp.Llama(
                model_path=str(path),
                embedding=True,
                pooling_type=pooling,
                n_ctx=train_ctx,
                n_batch=train_ctx,
                n_ubatch=train_ctx,
                n_threads=max(1, threads),
                n_threads_batch=max(1, threads),
                # on the CPU (no layers offloaded) flash attention is always there, and it
                # embeds about twice as fast: 250-token chunks, 2 threads, 8.6 -> 16.7 per s
                flash_attn=True,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise EmbedderError(
                f"llama.cpp could not load the embedding model {path.name}: the file is "
                f"damaged, incomplete, or not a model this version supports ({exc})."
            ) from exc
        self._n_batch = int(self._llm.n_batch)
        self._n_seq_max = int(self._llm.context_params.n_seq_max)
        self._dim = int(self._llm.n_embd())
        vocab = self._llm._model.vocab
        self._closing = {int(t) for t in (llama_cpp.llama_vocab_sep(vocab),
                                          llama_cpp.llama_vocab_eos(vocab)) if t >= 0}
        self._closed = False

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        """The most tokens of a text the model reads, its special tokens included; the
        rest is cut off."""
        return self._max_tokens

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def query_prefix(self) -> str:
        return self._facts.query_prefix

    @property
    def document_prefix(self) -> str:
        return self._facts.document_prefix

    @property
    def path(self) -> Path:
        return self._path

    def tokenize(self, text: str) -> list[int]:
        """The tokens the model reads for this text, with its special tokens ([CLS] ...
        [SEP] for BERT), before any cut."""
        self._check_open()
        return [int(t) for t in self._llm.tokenize(text.encode("utf-8", errors="replace"),
                                                   add_bos=True, special=False)]

    def count_tokens(self, text: str) -> int:
        """len(tokenize(text)): compare it with max_tokens to know if a text fits whole."""
        return len(self.tokenize(text))

    def _cut(self, tokens: list[int]) -> list[int]:
        if len(tokens) <= self._max_tokens:
            return tokens
        closing = tokens[-1:] if tokens[-1] in self._closing else []
        return tokens[:self._max_tokens - len(closing)] + closing

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]:
        """One L2-normalised row per text, shape (len(texts), dim). A text longer than
        max_tokens is embedded from its first max_tokens tokens."""
        self._check_open()
        vectors = np.zeros((len(texts), self._dim), dtype=np.float32)
        sequences = [self._cut(self.tokenize(text)) for text in texts]
        batch = self._llm._batch
        pending: list[int] = []
        used = 0
        try:
            for index, tokens in enumerate(sequences):
                if pending and (used + len(tokens) > self._n_batch
                                or len(pending) >= self._n_seq_max):
                    self._decode(pending, vectors)
                    pending, used = [], 0
                batch.add_sequence(tokens, len(pending), True)
                pending.append(index)
                used += len(tokens)
            if pending:
                self._decode(pending, vectors)
        finally:
            batch.reset()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        np.divide(vectors, norms, out=vectors, where=norms > 0)
        return vectors

    def _decode(self, indexes: list[int], vectors: npt.NDArray[np.float32]) -> None:
        ctx = self._llm._ctx
        ctx.kv_cache_clear()
        try:
            ctx.decode(self._llm._batch)
        except RuntimeError as exc:
            raise EmbedderError(f"The embedding model {self._path.name} failed to run "
                                f"({exc}).") from exc
        finally:
            self._llm._batch.reset()
        for seq, index in enumerate(indexes):
            pointer = llama_cpp.llama_get_embeddings_seq(ctx.ctx, seq)
            if not pointer:
                raise EmbedderError(f"The embedding model {self._path.name} returned no "
                                    "embedding: is it an embedding model with pooling?")
            vectors[index] = np.ctypeslib.as_array(pointer, shape=(self._dim,))

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the embedder is closed")

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._llm.close()

    def __enter__(self) -> Embedder:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()
