"""Exports with values of shapes their formats never write, nesting deeper than Python
recurses, impossible times, damaged ZIPs and chats edited in the other app since the last
import: each gets its reason, the rest of the export is imported, nothing is made up."""

from __future__ import annotations

import importlib.util
import json
import random
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

from app.importers.model import seconds
from app.importers.run import import_path
from app.store.conversations import ConversationStore
from app.store.db import connect


def chatgpt(conversation_id: str, title: str, mapping: object,
            create_time: object = 1_700_000_000) -> dict[str, object]:
    return {"id": conversation_id, "title": title, "create_time": create_time,
            "current_node": "a", "mapping": mapping}


def simple(conversation_id: str, title: str, create_time: object = 1_700_000_000) -> object:
    return chatgpt(conversation_id, title, {
        "root": {"id": "root", "parent": None, "children": ["q"], "message": None},
        "q": {"id": "q", "parent": "root", "children": ["a"], "message": {
            "author": {"role": "user"}, "content": {"content_type": "text", "parts": ["Hi"]}}},
        "a": {"id": "a", "parent": "q", "children": [], "message": {
            "author": {"role": "assistant"},
            "content": {"content_type": "text", "parts": ["Hello"]}}}}, create_time)


def titles(tmp_path: Path) -> list[str]:
    store = ConversationStore(connect(tmp_path / "hearth.db"))
    try:
        return sorted(c.title for c in store.conversations())
    finally:
        store.db.close()


def test_a_malformed_conversation_is_skipped_and_the_rest_imported(tmp_path: Path) -> None:
    export = tmp_path / "conversations.json"
    wrong_parent = simple("c2", "A list for a parent")
    wrong_parent["mapping"]["q"]["parent"] = ["root"]  # type: ignore[index]
    too_deep = '{"id": "c3", "title": "Too deep", "mapping": {"x": ' + "[" * 50_000 \
        + "]" * 50_000 + "}}"
    rest = [simple("c4", "After"), simple("c5", "Never a time", create_time="nan"),
            simple("c6", "Far future", create_time=1e300)]
    export.write_text("[" + ", ".join([json.dumps(simple("c1", "Before")),
                                       json.dumps(wrong_parent), too_deep,
                                       *map(json.dumps, rest)]) + "]", encoding="utf-8")
    db = connect(tmp_path / "hearth.db")
    summary = import_path(export, db)
    db.close()
    assert summary.conversations == 4
    assert titles(tmp_path) == ["After", "Before", "Far future", "Never a time"]
    reasons = {s.where: s.reason for s in summary.skipped}
    assert len(reasons) == 2 and all("conversations.json, conversation" in w for w in reasons)
    assert any("TypeError" in r for r in reasons.values())
    assert any("nested deeper than any export writes" in r
               for r in reasons.values())


def test_impossible_times_are_no_times() -> None:
    for value in ("nan", float("nan"), float("inf"), "1e999", 1e300, -5, "0001-01-01T00:00:00",
                  True, [1], {"t": 1}):
        assert seconds(value) is None, value
    assert seconds(1_700_000_000_000) == 1_700_000_000  # milliseconds
    assert seconds("2024-01-01T00:00:00Z") == 1_704_067_200


def damaged_zips(tmp_path: Path) -> tuple[Path, Path]:
    """The same 2 MB export twice: its checksum wrong, and its middle overwritten."""
    words = [f"w{random.Random(i).randrange(10**9)}" for i in range(200_000)]
    body = json.dumps([simple(f"c{i}", f"Chat {i:03d} " + " ".join(words[i * 500:][:500]))
                       for i in range(400)])  # hardly compresses: read in several parts
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("conversations.json", body)
    data = bytearray(good.read_bytes())
    checksum = data.rindex(b"PK\x01\x02") + 16  # the CRC-32 the central directory keeps
    wrong_sum, middle = bytearray(data), len(data) // 2
    wrong_sum[checksum:checksum + 4] = bytes(4)
    overwritten = bytearray(data)
    overwritten[middle:middle + 64] = bytes(64)
    (tmp_path / "crc.zip").write_bytes(bytes(wrong_sum))
    (tmp_path / "middle.zip").write_bytes(bytes(overwritten))
    return tmp_path / "crc.zip", tmp_path / "middle.zip"


def test_a_damaged_zip_keeps_what_came_before(tmp_path: Path) -> None:
    crc, middle = damaged_zips(tmp_path)
    db = connect(tmp_path / "hearth.db")
    wrong_sum = import_path(crc, db)  # found when its end is read: all but the last part in
    overwritten = import_path(middle, db)
    db.close()
    assert 0 < wrong_sum.conversations < 400
    assert any("damaged from there on (BadZipFile" in s.reason for s in wrong_sum.skipped)
    assert 0 <= overwritten.conversations < 400 and overwritten.skipped


def lmstudio_chat(folder: Path, question_two: str, more: bool) -> None:
    def text(role: str, words: str) -> dict[str, object]:
        return {"versions": [{"type": "singleStep", "role": role,
                              "content": [{"type": "text", "text": words}]}],
                "currentlySelected": 0}
    messages = [text("user", "Q1"), text("assistant", "A1"),
                text("user", question_two), text("assistant", "A2")]
    if more:
        messages += [text("user", "Q3"), text("assistant", "A3")]
    (folder / "1712000000000.conversation.json").write_text(json.dumps(
        {"name": "Pets", "createdAt": 1712000000000, "messages": messages}), encoding="utf-8")


def test_an_edit_in_the_other_app_comes_in_as_a_new_version(tmp_path: Path) -> None:
    folder = tmp_path / "conversations"
    folder.mkdir()
    lmstudio_chat(folder, "Q2 about cats", more=False)
    db = connect(tmp_path / "hearth.db")
    import_path(folder, db, "lmstudio")
    lmstudio_chat(folder, "Q2 about dogs", more=True)  # edited there, and gone on
    again = import_path(folder, db, "lmstudio")
    db.close()
    assert again.updated == 1 and again.messages == 4
    store = ConversationStore(connect(tmp_path / "hearth.db"))
    [chat] = store.conversations()
    shown = [m.content for m in store.messages(chat.id)]
    store.db.close()
    assert shown == ["Q1", "A1", "Q2 about dogs", "A2", "Q3", "A3"]  # never under "cats"


def _string_variant(text: str) -> bytes:
    data = text.encode("utf-16-be")
    return struct.pack(">IbI", 10, 0, len(data)) + data  # QString's type, not null, bytes


def _nested_list_variant(depth: int, inner: bytes) -> bytes:
    return struct.pack(">IbI", 9, 0, 1) * depth + inner  # QVariantList of one, depth times


def gpt4all_chat_with_tool_value(chat_id: str, placeholder: bytes, value: bytes) -> bytes:
    """A version 12 chat whose tool call's argument is `value` (a serialized QVariant)."""
    maker = Path(__file__).resolve().parents[1] / "data" / "import" / "make_gpt4all.py"
    spec = importlib.util.spec_from_file_location("make_gpt4all", maker)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    chat: bytes = module._chat(12, chat_id, chat_id, [
        {"name": "Prompt: ", "value": "What is 6 * 7?"},
        {"name": "Response: ", "value": "", "sub": [
            {"name": "ToolCall: ", "value": "console.log(6 * 7)", "result": "42"},
            {"name": "Response: ", "value": "It is 42."}]}])
    assert chat.count(placeholder) == 1
    return chat.replace(placeholder, value)


def test_a_gpt4all_chat_nesting_values_without_end_is_refused_not_a_crash(
        tmp_path: Path) -> None:
    """QDataStream's own QVariant reader recurses without a bound: 50,000 nested lists
    overflowed the native stack and killed the process. Run as the app runs it."""
    folder = tmp_path / "chats"
    folder.mkdir()
    placeholder = _string_variant("console.log(6 * 7)")
    deep = gpt4all_chat_with_tool_value("deep", placeholder,
                                        _nested_list_variant(50_000, _string_variant("x")))
    fine = gpt4all_chat_with_tool_value("fine", placeholder,
                                        _nested_list_variant(3, _string_variant("6 * 7")))
    (folder / "deep.chat").write_bytes(deep)
    (folder / "fine.chat").write_bytes(fine)
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"),
                           "import", str(folder), "--json"], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.splitlines()[-1])
    # the deep one keeps what came before the damage, said; the other is read whole
    assert summary["conversations"] == 2 and summary["messages"] == 1 + 2
    [problem] = summary["problems"]
    assert problem.startswith("deep.chat") and "values nested over 16 deep" in problem
