"""The database a long-time user has: 10,000 conversations of 100 messages, plus one of
1,000, written in release 0.1.0's schema (migrations m001 and m002 only), so that the
benchmark also times the tree migration. Built once, then cached.

    python bench/scale_db.py [--conversations 10000] [--per 100]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database

from app.store.migrations import migrations

CACHE = Path.home() / ".cache" / "hearth-bench"
WORDS = (
    "the", "a", "harbour", "light", "keeper", "storm", "boat", "night", "sea", "rope", "lamp",
    "window", "stairs", "gull", "tide", "bread", "kettle", "letter", "island", "wind", "rock",
    "map", "compass", "oil", "wick", "glass", "bell", "fog", "coast", "python", "function",
    "list", "reverse", "string", "answer", "question", "explain", "because", "however",
)
LONG_ID = 1  # the conversation of 1,000 messages


def path_for(conversations: int, per: int) -> Path:
    return CACHE / f"scale-0.1.0-{conversations}x{per}.db"


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(conversations: int, per: int) -> Path:
    target = path_for(conversations, per)
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".building")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(partial, isolation_level=None)
    db = Database(conn)
    db.execute("PRAGMA journal_mode = WAL")
    migrations.apply(db, stop_before="m003_conversation_trees")  # release 0.1.0's schema
    rng = random.Random(7)
    clock = 1_700_000_000.0
    next_message = 1
    conn.execute("BEGIN")
    for conversation in range(1, conversations + 2):
        count = 1000 if conversation == LONG_ID else per
        if conversation == conversations + 1 and count == per:
            break
        clock += 600
        conn.execute(
            "INSERT INTO conversations (id, title, title_is_custom, system_prompt, "
            "created_at, updated_at) VALUES (?, ?, 0, '', ?, ?)",
            (conversation, sentence(rng, 5)[:48], clock, clock + count))
        rows = []
        for i in range(count):
            text = sentence(rng, rng.randint(8, 60))
            if rng.random() < 0.002:
                text += " The lighthouse keeper waved."
            rows.append((next_message, conversation, next_message - 1 if i else None,
                         "user" if i % 2 == 0 else "assistant", text, "complete",
                         clock + i))
            next_message += 1
        conn.executemany(
            "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        if conversation % 1000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"  {conversation} conversations, {next_message - 1} messages, "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(target)
    print(f"built {target} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--per", type=int, default=100)
    args = parser.parse_args()
    print(build(args.conversations, args.per))
