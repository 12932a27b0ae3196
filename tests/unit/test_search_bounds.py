"""Search over one huge message answers at once, marks matches as snippet() did, and stops
when its answer is no longer wanted (a real SQLite file, the real FTS5 index)."""

from __future__ import annotations

import itertools
import random
import time

import pytest

from app.store.conversations import ConversationStore
from app.store.search import (
    SNIPPET_CLOSE,
    SNIPPET_ELLIPSIS,
    SNIPPET_OPEN,
    SNIPPET_WINDOW,
    SearchCancelled,
)

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "while", "the",
         "lighthouse", "keeper", "writes", "in", "his", "log"]


def prose(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def best_ms(run: object, times: int = 3) -> float:
    assert callable(run)
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


@pytest.mark.parametrize("size_mb", [1, 10])
def test_one_huge_message_full_of_matches_is_searched_within_50_ms(
        store: ConversationStore, size_mb: int) -> None:
    # snippet() over the whole message took 45 s for 1 MB: quadratic in its matches
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "a short question about the keeper")
    store.add_message(chat.id, "assistant", prose(size_mb * 1_000_000))
    other = store.create_conversation("")
    store.add_message(other.id, "user", "where does the keeper live?")
    hits: list[object] = []
    elapsed = best_ms(lambda: hits.append(store.search_conversations("keeper")))
    found = hits[-1]
    assert isinstance(found, list)
    assert {h.conversation_id for h in found} == {chat.id, other.id}
    huge = next(h for h in found if h.conversation_id == chat.id)
    assert f"{SNIPPET_OPEN}keeper{SNIPPET_CLOSE}" in huge.snippet
    assert len(huge.snippet) < 200
    assert elapsed <= 50, f"{elapsed:.1f} ms for a {size_mb} MB message"


def test_the_only_match_at_the_end_of_10_mb_is_found_and_marked(
        store: ConversationStore) -> None:
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", prose(10_000_000) + " and then a Zebra appeared.")
    hits: list[object] = []
    elapsed = best_ms(lambda: hits.append(store.search_conversations("zebra")))
    (hit,) = hits[-1]  # type: ignore[misc]
    assert hit.snippet.startswith(SNIPPET_ELLIPSIS)
    assert f"{SNIPPET_OPEN}Zebra{SNIPPET_CLOSE} appeared." in hit.snippet
    assert elapsed <= 50, f"{elapsed:.1f} ms"


def test_short_messages_get_exactly_the_snippet_fts5_gives(store: ConversationStore) -> None:
    texts = [
        "The lighthouse keeper, at dusk, lit the lamp.",
        "keeper " * 40,
        prose(SNIPPET_WINDOW - 10, seed=2) + " keeper",
        "Ünïcode café keeper's log — with [brackets] and the Keeper again",
    ]
    for text in texts:
        chat = store.create_conversation("")
        store.add_message(chat.id, "user", text)
    for query in ("keeper", "lighthouse keeper", "KEEPER log"):
        expected = {row["message_id"]: row["snippet"] for row in store.db.query(
            "SELECT m.id AS message_id, snippet(messages_fts, 0, '[', ']', '…', 10) "
            "AS snippet FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid "
            "WHERE messages_fts MATCH ?", [store.db.quote_fts(query)])}
        got = {h.message_id: h.snippet for h in store.search_conversations(query)}
        assert got == expected and got


def test_a_long_message_marks_every_query_word_near_its_first_match(
        store: ConversationStore) -> None:
    chat = store.create_conversation("")
    text = ("x " * 5000) + "the lighthouse keeper said hello " + prose(50_000, seed=3)
    store.add_message(chat.id, "user", text)
    (hit,) = store.search_conversations("lighthouse said")
    assert "[lighthouse] keeper [said] hello" in hit.snippet
    assert hit.snippet.startswith(SNIPPET_ELLIPSIS) and hit.snippet.endswith(SNIPPET_ELLIPSIS)


def test_a_match_only_fts5_folding_finds_shows_the_opening_words(
        store: ConversationStore) -> None:
    # "cafe" matches "CAFÉ" (unicode61 drops diacritics); the window search does not see it
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", prose(20_000, seed=4) + " CAFÉ")
    (hit,) = store.search_conversations("cafe")
    assert hit.snippet.endswith(SNIPPET_ELLIPSIS)
    assert SNIPPET_OPEN not in hit.snippet and hit.snippet.split()[0] in WORDS


def test_a_search_stops_inside_sqlite_once_it_is_no_longer_wanted(
        store: ConversationStore) -> None:
    with store.transaction():
        for _ in range(300):
            chat = store.create_conversation("")
            store.add_message(chat.id, "user", "keeper " + prose(300))
    asked = itertools.count()
    # the first question comes from SQLite's progress handler, mid-statement
    with pytest.raises(SearchCancelled):
        store.search_conversations("keeper", cancelled=lambda: next(asked) >= 0)
    assert next(asked) >= 1
    # the connection is usable again and no handler is left behind
    assert len(store.search_conversations("keeper")) == 200


def test_a_search_not_cancelled_answers(store: ConversationStore) -> None:
    chat = store.create_conversation("")
    store.add_message(chat.id, "user", "the keeper")
    hits = store.search_conversations("keeper", cancelled=lambda: False)
    assert [h.conversation_id for h in hits] == [chat.id]
