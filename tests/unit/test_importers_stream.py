"""The streaming reader of a top-level JSON array: items come out whole whatever the read
size, a too-large item is stepped over without being kept, and a cut file says where."""

from __future__ import annotations

import io
import json

import pytest

from app.importers import jsonstream

TRICKY = [
    {"text": 'quotes " and \\ backslashes \\" and ] brackets [ { }', "n": 1},
    {"text": "accents é, a snowman ☃ and an emoji 🫖 across reads", "n": [1, 2, {"x": None}]},
    {"mapping": {"a": {"parent": None}}, "n": 3.5},
    [], {}, "a bare string", 7,
]


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 20])
def test_items_match_json_whatever_the_read_size(monkeypatch: pytest.MonkeyPatch,
                                                 chunk: int) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    text = "\ufeff [\n" + ",\n  ".join(json.dumps(i, ensure_ascii=False) for i in TRICKY) + "\n]\n"
    assert list(jsonstream.items(io.BytesIO(text.encode()))) == TRICKY


@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_a_too_large_item_is_stepped_over(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    items = [{"n": 1}, {"big": 'x\\"]}' * 500, "nested": [{"a": "}"}]}, {"n": 3}]
    got = list(jsonstream.items(io.BytesIO(json.dumps(items).encode()), max_item_chars=200))
    assert got[0] == {"n": 1} and got[2] == {"n": 3}
    assert isinstance(got[1], jsonstream.TooLarge) and got[1].index == 1


def test_a_cut_file_is_told_with_the_items_before_it() -> None:
    text = json.dumps([{"n": 1}, {"n": 2}])[:-6]
    read = []
    with pytest.raises(jsonstream.BrokenJson) as caught:
        for item in jsonstream.items(io.BytesIO(text.encode())):
            read.append(item)
    assert read == [{"n": 1}]
    assert caught.value.index == 1 and caught.value.cut_off


def test_a_wrong_item_is_not_called_cut_off() -> None:
    with pytest.raises(jsonstream.BrokenJson) as caught:
        list(jsonstream.items(io.BytesIO(b'[{"n": 1}, {"n": tru}]')))
    assert caught.value.index == 1 and not caught.value.cut_off


def test_one_object_is_one_item() -> None:
    assert list(jsonstream.items(io.BytesIO(b' {"chat": {}} '))) == [{"chat": {}}]


def test_count_keys_finds_keys_split_across_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK", 1)  # reads of 4 bytes
    text = json.dumps([{"mapping": {}, "text": 'the word "mapping" in text'}] * 5)
    assert jsonstream.count_keys(io.BytesIO(text.encode()), b"mapping") == 5
