"""Each format's reader on the hand-written fixtures in tests/data/import, and detection by
content: the tree, the path that was showing, what is kept out of the path, and what a
broken input says."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.importers import jsonstream
from app.importers.chatgpt import ChatGptReader
from app.importers.detect import detect
from app.importers.gpt4all import Gpt4AllReader
from app.importers.jan import JanReader
from app.importers.lmstudio import LmStudioReader
from app.importers.model import ImportedConversation, ImportProblem, Skipped
from app.importers.openwebui import OpenWebUiReader

DATA = Path(__file__).parents[1] / "data" / "import"


def conversations(items: list[ImportedConversation | Skipped]) -> dict[str, ImportedConversation]:
    return {i.source: i for i in items if isinstance(i, ImportedConversation)}


def path_of(conversation: ImportedConversation) -> list[str]:
    by_id = {m.source_id: m for m in conversation.messages}
    path, current = [], conversation.active_leaf
    while current is not None:
        path.append(current)
        current = by_id[current].parent_source_id
    return path[::-1]


def test_chatgpt_tree_branches_and_hidden_messages() -> None:
    read = conversations(list(ChatGptReader().read(DATA / "chatgpt" / "conversations.json")))
    tea = read["chatgpt:c-tea"]
    assert [m.source_id for m in tea.messages] == ["u1", "a1", "a2"]
    assert tea.messages[2].parent_source_id == "u1"  # the hidden system node is skipped
    assert path_of(tea) == ["u1", "a2"]  # current_node was the second reply
    assert tea.system_prompt == "I live in Leeds.\n\nAnswer briefly."  # custom instructions
    assert tea.messages[0].content.startswith("[Image: file-Kettle01, 640x480")
    assert "How long should green tea **steep**?" in tea.messages[0].content
    assert tea.created_at == 1700000000.0 and tea.messages[1].created_at == 1700000020.0
    assert tea.messages[1].model == "gpt-4o" and tea.note == "Models: gpt-4o"

    primes = read["chatgpt:c-primes"]
    assert [m.content for m in primes.messages] == [
        "Is 91 prime?", "No: 91 is 7 \u00d7 13.", "And 97?", "Yes, 97 is prime."]
    assert primes.messages[1].reasoning == "Checking divisors\n91 = 7 x 13."
    assert primes.messages[2].parent_source_id == "a1"  # past the tool call and its output
    assert "print(91 % 7)" in primes.note and "[Tool · python]" in primes.note


def test_chatgpt_broken_tree_keeps_what_can_be_read() -> None:
    broken = conversations(list(ChatGptReader().read(
        DATA / "chatgpt" / "conversations.json")))["chatgpt:c-broken"]
    assert {m.source_id for m in broken.messages} == {"u1", "a1", "orphan"}
    assert next(m for m in broken.messages if m.source_id == "orphan").parent_source_id is None
    assert next(m for m in broken.messages if m.source_id == "a1").content == \
        "A reply of an unknown kind"
    problems = "\n".join(broken.problems)
    assert "orphan (nowhere) does not exist" in problems
    assert "form a cycle" in problems and "'hologram'" in problems
    assert "(gone) is not in its mapping" in problems
    assert broken.active_leaf == "orphan"  # the newest branch


def test_chatgpt_truncated_file_reads_the_whole_conversations() -> None:
    items = list(ChatGptReader().read(DATA / "chatgpt" / "truncated.json"))
    assert [type(i) for i in items] == [ImportedConversation, Skipped]
    skipped = items[1]
    assert isinstance(skipped, Skipped)
    assert skipped.where == "truncated.json, conversation 2"
    assert "cut off" in skipped.reason


def test_chatgpt_zip_export_and_zip_without_conversations(tmp_path: Path) -> None:
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.write(DATA / "chatgpt" / "conversations.json", "conversations.json")
        archive.writestr("chat.html", "<html></html>")
    assert detect(export) == ("chatgpt", export)
    assert len(conversations(list(ChatGptReader().read(export)))) == 3
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("holiday.txt", "no conversations here")
    with pytest.raises(ImportProblem, match=r"photos.zip is a ZIP file without a "
                                            r"conversations.json"):
        list(ChatGptReader().read(other))


def test_a_huge_message_is_stepped_over_and_the_rest_read(tmp_path: Path) -> None:
    big = "x" * 3000
    export = [
        {"conversation_id": "small-1", "title": "Small", "mapping": {"a": {
            "id": "a", "parent": None, "message": {"author": {"role": "user"},
                                                   "content": {"content_type": "text",
                                                               "parts": ["hi"]}}}}},
        {"conversation_id": "huge", "title": "Huge", "mapping": {"a": {
            "id": "a", "parent": None, "message": {"author": {"role": "user"},
                                                   "content": {"content_type": "text",
                                                               "parts": [big]}}}}},
        {"conversation_id": "small-2", "title": "Small too", "mapping": {}},
    ]
    stream = io.BytesIO(json.dumps(export).encode())
    items = list(jsonstream.items(stream, max_item_chars=2000))
    assert isinstance(items[1], jsonstream.TooLarge) and items[1].index == 1
    assert [i["conversation_id"] for i in (items[0], items[2])] == ["small-1", "small-2"]


def test_openwebui_branches_and_current_id() -> None:
    items = list(OpenWebUiReader().read(DATA / "openwebui" / "export.json"))
    read = conversations(items)
    rust = read["openwebui:ow-1"]
    assert [m.source_id for m in rust.messages] == ["m1", "m2a", "m2b"]
    assert path_of(rust) == ["m1", "m2a"]  # the older reply was showing
    assert rust.system_prompt == "You are a Rust tutor."
    assert rust.messages[0].content == "[File: main.rs (not imported)]\n\nWhat does `'a` mean?"
    assert rust.note == "Models: llama3.1:8b" and rust.created_at == 1710000000
    assert read["openwebui:ow-2"].messages[1].model == "qwen2.5:7b"
    assert Skipped("export.json, chat 3", "it is not an Open WebUI chat (it has no history "
                   "of messages)") in items


def test_jan_threads_and_a_bad_line() -> None:
    read = conversations(list(JanReader().read(DATA / "jan")))
    iceland = read["jan:jan_1700000000001"]
    assert iceland.title == "Packing for Iceland"
    assert iceland.system_prompt == "You are a helpful travel assistant."
    assert [m.role for m in iceland.messages] == ["user", "assistant"]
    assert iceland.messages[1].parent_source_id == "01HM1"
    assert iceland.messages[1].created_at == 1705000020.0  # milliseconds in the file
    assert iceland.note == "Models: llama3.2-3b-instruct"
    cut = read["jan:jan_1700000000002"]
    assert [m.source_id for m in cut.messages] == ["01HN1", "01HN3"]
    assert "messages.jsonl line 2: not valid JSON" in cut.problems[0]


def test_lmstudio_versions_follow_the_selected_one() -> None:
    items = list(LmStudioReader().read(DATA / "lmstudio" / "conversations"))
    haiku = conversations(items)["lmstudio:1712000000000"]
    ids = [m.source_id for m in haiku.messages]
    assert len(set(ids)) == 4  # ids made of place and content: the two versions differ
    assert [m.parent_source_id for m in haiku.messages] == [None, ids[0], ids[0], ids[2]]
    assert path_of(haiku) == [ids[0], ids[2], ids[3]]  # the selected version, then on
    first = haiku.messages[1]
    assert first.reasoning == "Five, seven, five syllables."
    assert first.content.startswith("Red leaves drift") and "debug" not in first.content
    assert haiku.system_prompt == "You are a poet."
    assert "[Image: leaf.png (not imported)]" in haiku.messages[3].content
    assert any(isinstance(i, Skipped) and i.where == "broken.conversation.json" for i in items)


def test_gpt4all_versions_read_and_refused() -> None:
    items = list(Gpt4AllReader().read(DATA / "gpt4all"))
    read = conversations(items)
    for source in ("gpt4all:v10-chat", "gpt4all:v11-chat"):
        chat = read[source]
        assert [m.role for m in chat.messages] == ["user", "assistant", "user", "assistant"]
        assert chat.messages[0].content == ("[File: notes.txt (not imported)]\n\n"
                                            "What is a QDataStream?")
        assert chat.created_at == 1706000000
        assert chat.messages[1].model == "Llama-3.2-3B-Instruct-Q4_0.gguf"
    tools = read["gpt4all:v12-chat"]
    assert tools.messages[1].content == "Let me compute it. It is 42."
    assert "[Tool call · javascript_interpret] console.log(6 * 7)" in tools.note
    cut = read["gpt4all:cut-chat"]
    assert len(cut.messages) == 3 and "cut off" in cut.problems[0]
    newer = next(i for i in items if isinstance(i, Skipped))
    assert newer.where == "gpt4all-v13.chat"
    assert "version 13, newer than the versions Hearth reads (8 to 12)" in newer.reason


@pytest.mark.parametrize(("relative", "expected"), [
    ("chatgpt/conversations.json", "chatgpt"),
    ("openwebui/export.json", "openwebui"),
    ("jan", "jan"),
    ("jan/threads/jan_1700000000001/messages.jsonl", "jan"),
    ("lmstudio/conversations", "lmstudio"),
    ("lmstudio/conversations/1712000000000.conversation.json", "lmstudio"),
    ("gpt4all", "gpt4all"),
    ("gpt4all/gpt4all-v12.chat", "gpt4all"),
])
def test_detection_by_content_not_name(tmp_path: Path, relative: str, expected: str) -> None:
    source = DATA / relative
    if source.is_file():  # renamed, so that only the content can tell
        renamed = tmp_path / "export.data"
        shutil.copy(source, renamed)
        if expected == "jan":  # a thread's file is read with its folder
            renamed = tmp_path / "thread" / "messages.jsonl"
            renamed.parent.mkdir()
            shutil.copy(source, renamed)
        source = renamed
    assert detect(source)[0] == expected


def test_detection_says_what_it_could_not_tell(tmp_path: Path) -> None:
    other = tmp_path / "notes.json"
    other.write_text('{"shopping": ["tea"]}')
    with pytest.raises(ImportProblem, match=r"notes\.json is JSON, but not an export"):
        detect(other)
    with pytest.raises(ImportProblem, match="does not exist"):
        detect(tmp_path / "missing.zip")
