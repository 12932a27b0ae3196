"""app/engine/_topk.c, the one-pass top-k over llama.cpp's logits, against numpy."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest

from app.engine import _topk

TOKEN_DATA = np.dtype([("id", "<i4"), ("logit", "<f4"), ("p", "<f4")])  # llama_token_data


def top_k(logits: np.ndarray, k: int) -> np.ndarray:
    logits = np.ascontiguousarray(logits, dtype=np.float32)
    out = np.zeros(k + 1, dtype=TOKEN_DATA)  # one past k, to see overruns
    out["id"], out["logit"], out["p"] = -1, np.nan, 7.0
    count = _topk.top_k(logits.ctypes.data, logits.size, k, out.ctypes.data)
    assert out[k]["id"] == -1, "wrote past k"
    return out[:count]


def expected(logits: np.ndarray, k: int) -> list[int]:
    """Largest first; among equal logits the lower id first."""
    order = np.lexsort((np.arange(logits.size), -logits.astype(np.float64)))
    return [int(i) for i in order[:k]]


@pytest.mark.parametrize("n", [1, 5, 39, 40, 63, 64, 65, 1000, 4097, 262_144])
@pytest.mark.parametrize("k", [1, 40, 256])
def test_the_k_largest_logits_largest_first(n: int, k: int) -> None:
    logits = np.random.default_rng(n * 1000 + k).normal(0, 4, n).astype(np.float32)
    best = top_k(logits, k)
    assert len(best) == min(n, k)
    assert [int(i) for i in best["id"]] == expected(logits, k)
    assert np.array_equal(best["logit"], logits[best["id"]])
    assert np.all(best["p"] == 0.0)


def test_a_rising_vocabulary_replaces_every_candidate() -> None:
    """The worst case for the block skip: every logit beats all before it."""
    logits = np.arange(100_000, dtype=np.float32)
    assert [int(i) for i in top_k(logits, 40)["id"]] == list(range(99_999, 99_959, -1))


def test_ties_keep_the_lower_id_and_minus_infinity_is_a_logit_like_any() -> None:
    logits = np.full(1000, -np.inf, dtype=np.float32)
    logits[[900, 5, 300]] = 2.0
    logits[700] = 3.0
    assert [int(i) for i in top_k(logits, 4)["id"]] == [700, 5, 300, 900]
    assert [int(i) for i in top_k(np.zeros(130, dtype=np.float32), 3)["id"]] == [0, 1, 2]
    everything_masked = top_k(np.full(70, -np.inf, dtype=np.float32), 2)
    assert [int(i) for i in everything_masked["id"]] == [0, 1]


def test_nan_logits_count_as_minus_infinity() -> None:
    """A broken model can write NaN; the list stays k long and holds the finite best."""
    logits = np.random.default_rng(1).normal(0, 1, 5000).astype(np.float32)
    logits[0:4000:3] = np.nan  # the first among them, before the list is full
    best = top_k(logits, 40)
    finite = np.where(np.isnan(logits), -np.inf, logits)
    assert [int(i) for i in best["id"]] == expected(finite, 40)
    all_nan = top_k(np.full(100, np.nan, dtype=np.float32), 2)
    assert [int(i) for i in all_nan["id"]] == [0, 1]
    assert np.all(all_nan["logit"] == -np.inf)


def test_bad_arguments_are_refused_not_dereferenced() -> None:
    out = (ctypes.c_byte * 12)()
    logits = (ctypes.c_float * 4)()
    with pytest.raises(ValueError):
        _topk.top_k(0, 4, 1, ctypes.addressof(out))
    with pytest.raises(ValueError):
        _topk.top_k(ctypes.addressof(logits), 4, 1, 0)
    with pytest.raises(ValueError):
        _topk.top_k(ctypes.addressof(logits), 4, 0, ctypes.addressof(out))
    with pytest.raises(ValueError):
        _topk.top_k(ctypes.addressof(logits), -1, 1, ctypes.addressof(out))
    with pytest.raises(TypeError):
        _topk.top_k(ctypes.addressof(logits), 4, 1)  # type: ignore[call-arg]
