"""The prompt cache's bookkeeping: an LRU within a byte budget, and the last few on disk."""

from __future__ import annotations

from pathlib import Path

from app.engine.prompt_cache import CachedPrefix, PromptCache, model_key


def entry(tokens: int, state: int) -> CachedPrefix:
    return CachedPrefix(tuple(range(tokens)), bytes(state))


def test_least_recently_used_goes_first_when_over_budget() -> None:
    cache = PromptCache(budget_bytes=3000)
    cache.put("a", entry(100, 1000))  # 1,400 bytes
    cache.put("b", entry(100, 1000))
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("c", entry(100, 1000))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c")
    assert cache.used_bytes <= 3000
    cache.put("huge", entry(10, 5000))  # larger than the whole budget: not kept
    assert cache.get("huge") is None


def test_the_common_prefix_with_a_new_prompt() -> None:
    cached = CachedPrefix((1, 2, 3, 4), b"x")
    assert cached.common_prefix([1, 2, 3, 4, 5, 6]) == 4
    assert cached.common_prefix([1, 2, 9]) == 2
    assert cached.common_prefix([7]) == 0


def test_the_most_recent_survive_a_restart_and_damage_is_ignored(tmp_path: Path) -> None:
    cache = PromptCache(1 << 20, tmp_path, disk_entries=2)
    for key in ("a", "b", "c"):
        cache.put(key, entry(50, 200))
    assert cache.persist() == 2
    again = PromptCache(1 << 20, tmp_path)
    assert again.get("a") is None  # only the two most recent were written
    restored = again.get("c")
    assert restored == entry(50, 200)
    files = sorted(tmp_path.glob("*.state"))
    assert len(files) == 2
    files[0].write_bytes(b"HPC1 broken")
    third = PromptCache(1 << 20, tmp_path)
    assert [third.get("b"), third.get("c")].count(None) == 1  # the damaged one is dropped
    assert len(list(tmp_path.glob("*.state"))) == 1


def test_drop_forgets_memory_and_disk(tmp_path: Path) -> None:
    cache = PromptCache(1 << 20, tmp_path)
    cache.put("a", entry(5, 10))
    cache.persist()
    cache.drop("a")
    assert cache.get("a") is None and list(tmp_path.glob("*.state")) == []


def test_a_models_key_changes_with_its_file(tmp_path: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"one")
    first = model_key(model)
    model.write_bytes(b"two!")
    assert model_key(model) != first


def test_states_of_models_long_unused_leave_the_disk(tmp_path: Path) -> None:
    """A deleted model's states, or an older layout's, must not stay on disk for good."""
    import os

    root = tmp_path / "prompt-cache"
    old = [root / f"{n:016x}" for n in range(4)]
    for age, folder in enumerate(old):
        folder.mkdir(parents=True)
        (folder / "x.state").write_bytes(b"old")
        os.utime(folder, (1000 + age, 1000 + age))
    unrelated = root / "notes"  # not a model key: never ours to remove
    unrelated.mkdir()
    current = root / ("f" * 16)
    cache = PromptCache(1 << 20, current, disk_entries=2)
    cache.put("a", entry(5, 10))
    assert cache.persist() == 1
    left = sorted(folder.name for folder in root.iterdir())
    # the current model and the two most recently written others stay
    assert left == sorted([current.name, old[3].name, old[2].name, "notes"])
    assert PromptCache(1 << 20, current).get("a") == entry(5, 10)


def test_a_disk_that_refuses_writes_costs_only_speed(tmp_path: Path) -> None:
    """A full or read-only disk: nothing is written, nothing raises, memory still serves."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"a file where the cache folder should be")
    cache = PromptCache(1 << 20, blocked / "model")
    cache.put("a", entry(5, 10))
    assert cache.persist() == 0
    assert cache.get("a") == entry(5, 10)
