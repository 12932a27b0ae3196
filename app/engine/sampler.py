"""One reply's sampler: llama.cpp's sampler chain for the generation parameters, with its
top-k step run by the one-pass app/engine/_topk.c where that was built."""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

import llama_cpp

from app.engine.base import GenerationParams
from app.engine.native import HeldCalls

log = logging.getLogger(__name__)

MIN_P = 0.05  # as llama-cpp-python's default: drop candidates far below the best

TopK = Callable[[int, int, int, int], int]


def _native_top_k() -> TopK | None:
    """The one-pass top-k (app/engine/_topk.c), or None where it was not built."""
    try:
        from app.engine._topk import top_k
    except ImportError as exc:
        log.info("No native top-k (%s): llama.cpp's own sorts the whole vocabulary", exc)
        return None
    return top_k


NATIVE_TOP_K = _native_top_k()
# Past this, llama.cpp's own top-k is faster (on Gemma's vocabulary, 0.3 ms against 0.7 at
# k = 1,024; 1.3 ms against 0.8 at 4,096).
MAX_NATIVE_K = 1024


class TokenSampler:
    """One reply's sampler: llama.cpp's chain, whose first step, top-k, runs in
    app/engine/_topk.c where that was built. llama_sampler_sample copies every logit into
    a candidate list and sorts it, 0.3 ms a token for Gemma's 262,144-token vocabulary;
    the native step reads the logits once and hands the chain only the k best, the list
    llama.cpp's own top-k would have left it: the same tokens in the same order, equal
    logits aside (llama.cpp leaves their order open)."""

    def __init__(self, chain: Any, calls: HeldCalls, ctx: Any, n_vocab: int,
                 native_k: int) -> None:
        """native_k: the top-k to run natively, which the chain then leaves out; 0 for
        llama.cpp's whole chain."""
        self.chain = chain
        self._calls = calls
        self._ctx = ctx
        self._n_vocab = n_vocab
        self._k = native_k
        self._top_k = NATIVE_TOP_K if native_k else None
        self._candidates = (llama_cpp.llama_token_data * max(1, native_k))()
        self._address = ctypes.addressof(self._candidates)
        self._array = llama_cpp.llama_token_data_array(
            data=self._candidates, size=0, selected=-1, sorted=True)
        self._array_ref = ctypes.byref(self._array)

    @property
    def native(self) -> bool:
        return self._top_k is not None

    def sample(self) -> int:
        calls, top_k = self._calls, self._top_k
        if top_k is None:
            return int(calls.sample(self.chain, self._ctx, -1))
        logits = calls.logits(self._ctx, -1)
        if not logits:
            raise RuntimeError("llama.cpp holds no logits for the last token")
        array = self._array
        array.size = top_k(logits, self._n_vocab, self._k, self._address)
        array.selected = -1
        array.sorted = True
        calls.apply(self.chain, self._array_ref)
        selected = int(array.selected)
        if not 0 <= selected < int(array.size):
            raise RuntimeError(f"llama.cpp's sampler chain selected no token ({selected})")
        token = int(self._candidates[selected].id)
        calls.accept(self.chain, token)
        return token

    def close(self) -> None:
        llama_cpp.llama_sampler_free(self.chain)



def sampler_for(params: GenerationParams, calls: HeldCalls, ctx: Any,
                n_vocab: int) -> TokenSampler:
    """llama.cpp's sampler chain, top-k first: every later step then works on 40
    candidates instead of the whole vocabulary (262,144 for Gemma), which is most of
    the cost of a token outside the decode. Penalties apply to those candidates. The
    top-k step runs natively where it can (TokenSampler)."""
    chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())

    def add(sampler: Any) -> None:
        llama_cpp.llama_sampler_chain_add(chain, sampler)

    native_k = 0
    if 0 < params.top_k <= MAX_NATIVE_K and NATIVE_TOP_K and calls.apply:
        native_k = params.top_k
    elif params.top_k > 0:
        add(llama_cpp.llama_sampler_init_top_k(params.top_k))
    if params.repeat_penalty != 1.0:
        add(llama_cpp.llama_sampler_init_penalties(n_vocab, 64, params.repeat_penalty,
                                                   0.0, 0.0))
    if params.temperature <= 0:
        add(llama_cpp.llama_sampler_init_greedy())
    else:
        add(llama_cpp.llama_sampler_init_top_p(params.top_p, 1))
        add(llama_cpp.llama_sampler_init_min_p(MIN_P, 1))
        add(llama_cpp.llama_sampler_init_temp(params.temperature))
        seed = params.seed if params.seed is not None else llama_cpp.LLAMA_DEFAULT_SEED
        add(llama_cpp.llama_sampler_init_dist(seed & 0xFFFFFFFF))
    return TokenSampler(chain, calls, ctx, n_vocab, native_k)
