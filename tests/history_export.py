"""A generated ChatGPT export of any size, for the history-import tests and bench: written
one conversation at a time, so a 200 MB file never sits in memory here either."""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = ("the", "kettle", "garden", "river", "lantern", "quiet", "autumn", "letter", "harbour",
         "window", "tea", "bread", "mountain", "paper", "engine", "signal", "winter", "orchard",
         "copper", "violin", "meadow")


def conversation(index: int, turns: int, chars: int, rng: random.Random) -> dict[str, object]:
    """One conversation: a system root, `turns` questions and answers of about `chars`
    characters, and on every third conversation a regenerated last answer (a branch)."""
    base = 1_600_000_000 + index * 3600
    mapping: dict[str, dict[str, object]] = {
        "root": {"id": "root", "parent": None, "children": [], "message": None}}
    parent = "root"

    def add(node_id: str, parent_id: str, role: str, text: str, offset: int) -> None:
        mapping[node_id] = {
            "id": node_id, "parent": parent_id, "children": [],
            "message": {"id": node_id, "author": {"role": role, "name": None, "metadata": {}},
                        "create_time": base + offset, "update_time": None,
                        "content": {"content_type": "text", "parts": [text]},
                        "status": "finished_successfully", "end_turn": role == "assistant",
                        "weight": 1.0, "recipient": "all",
                        "metadata": {"model_slug": "gpt-4o"} if role == "assistant" else {}}}
        children = mapping[parent_id]["children"]
        assert isinstance(children, list)
        children.append(node_id)

    def words() -> str:
        text = []
        size = 0
        while size < chars:
            word = rng.choice(WORDS)
            text.append(word)
            size += len(word) + 1
        return " ".join(text)

    for turn in range(turns):
        add(f"u{turn}", parent, "user", f"Question {turn}: " + words(), turn * 60)
        add(f"a{turn}", f"u{turn}", "assistant", f"Answer {turn}: " + words(), turn * 60 + 30)
        parent = f"a{turn}"
    current = parent
    if index % 3 == 0:
        last = turns - 1
        add(f"a{last}b", f"u{last}", "assistant", "Regenerated: " + words(), last * 60 + 45)
        current = f"a{last}b"
    return {"title": f"Conversation {index}", "create_time": base, "update_time": base + 9999,
            "mapping": mapping, "moderation_results": [], "current_node": current,
            "conversation_id": f"gen-{index:06d}", "default_model_slug": "gpt-4o"}


def write_export(path: Path, conversations: int, turns: int = 10, chars: int = 900,
                 seed: int = 7) -> int:
    """Write conversations.json at path; returns its size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("[")
        for index in range(conversations):
            if index:
                out.write(",\n")
            json.dump(conversation(index, turns, chars, rng), out, ensure_ascii=False)
        out.write("]\n")
    return path.stat().st_size


def messages_in(index: int, turns: int = 10) -> int:
    """How many messages conversation `index` of write_export has."""
    return 2 * turns + (1 if index % 3 == 0 else 0)
