"""What every format's reader shares: the form it yields, how it says what it skipped, and
the small conversions (timestamps, text parts) that the formats have in common."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.errors import UserError
from app.store.imports import ImportedConversation, ImportedMessage

__all__ = ["FORMATS", "ImportProblem", "ImportedConversation", "ImportedMessage", "Reader",
           "Skipped", "clip", "seconds"]

# the formats, by the name --from takes, with the name a user knows them by
FORMATS = {
    "chatgpt": "ChatGPT",
    "openwebui": "Open WebUI",
    "jan": "Jan",
    "lmstudio": "LM Studio",
    "gpt4all": "GPT4All",
}

# A message longer than this is cut, with a line saying so: a chat view cannot show 100 MB,
# and the model could never read it.
MAX_MESSAGE_CHARS = 4_000_000


class ImportProblem(UserError):
    """Nothing could be read from what the user chose; the message says what and where."""


@dataclass(frozen=True)
class Skipped:
    """A conversation (or a file) that could not be read, and why."""

    where: str
    reason: str


Item = ImportedConversation | Skipped

# What reading a conversation whose values have shapes its format never writes (a list
# where an id goes, a number for a list, nesting deeper than Python recurses) raises
MALFORMED = (TypeError, AttributeError, KeyError, ValueError, IndexError, RecursionError,
             OverflowError)


def guarded(where: str, make: Callable[..., Item], *args: Any) -> Item:
    """make(*args), one conversation read: a malformed one is skipped with what went wrong
    named, and the rest of the export goes on."""
    try:
        return make(*args)
    except MALFORMED as exc:
        detail = f"{type(exc).__name__}: {exc}"[:200]
        return Skipped(where, f"it holds values of a kind the format never writes ({detail})")


class Reader(Protocol):
    def estimate(self, path: Path) -> int:
        """About how many conversations path holds, read cheaply (for "12 of 214")."""

    def read(self, path: Path) -> Iterator[Item]:
        """The conversations in path, one at a time; raises ImportProblem when none can be."""


def content_id(parent: str | None, role: str, *texts: str) -> str:
    """A message's id where its format has none but its place: made of its parent and its
    content, so importing the chat again after an edit in the other app adds the edited
    message as a new version, never new messages under the old text."""
    digest = hashlib.sha256("\0".join([parent or "", role, *texts]).encode("utf-8",
                                                                          "replace"))
    return digest.hexdigest()[:24]


LAST_SECOND = 253_402_300_799  # 9999-12-31 23:59:59 UTC: later is no date a clock writes


def seconds(value: Any) -> float | None:
    """A timestamp in seconds from what the formats write: seconds, milliseconds, or an
    ISO 8601 string. None when it is missing or not a time."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return _iso_seconds(value)
    else:
        return None
    if not math.isfinite(number) or number <= 0:
        return None  # NaN or infinity: no time at all
    if number > 1e14:  # microseconds
        number /= 1e6
    elif number > 1e11:  # milliseconds (1e11 s is the year 5138)
        number /= 1e3
    return number if number <= LAST_SECOND else None


def _iso_seconds(text: str) -> float | None:
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        stamp = moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None
    return stamp if 0 < stamp <= LAST_SECOND else None


def clip(text: str, where: str, problems: list[str]) -> str:
    """The text, cut at MAX_MESSAGE_CHARS with a line saying so (and a problem told)."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    size = len(text.encode("utf-8", "replace")) / 1e6
    problems.append(f"{where}: a message of {size:.0f} MB was cut to its first "
                    f"{MAX_MESSAGE_CHARS // 1_000_000} million characters")
    return (text[:MAX_MESSAGE_CHARS]
            + f"\n\n[Cut on import: the original message was {size:.0f} MB.]")


def text_of(value: Any) -> str:
    """Text from a content value that is a string, or a list of strings and parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(text_of(part) for part in value)
    if isinstance(value, dict):
        for key in ("text", "value", "content"):
            if key in value:
                return text_of(value[key])
    return ""


def parents_first(parents: dict[str, str | None], where: str,
                  problems: list[str]) -> list[str]:
    """The ids of a tree given by parent links, each after its parent, siblings in the
    order given. A parent that does not exist makes its child a first message; ids caught
    in a cycle are left out. Both are told in problems."""
    children: dict[str | None, list[str]] = {}
    for node, parent in parents.items():
        if parent is not None and parent not in parents:
            problems.append(f"{where}: the parent of message {node} ({parent}) does not "
                            "exist; it is shown as a first message")
            parent = None
        children.setdefault(parent, []).append(node)
    order: list[str] = []
    stack = list(reversed(children.get(None, [])))
    seen: set[str] = set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(children.get(node, [])))
    left = [n for n in parents if n not in seen]
    if left:
        problems.append(f"{where}: {len(left)} message(s) form a cycle (at {left[0]}) and "
                        "were left out")
    return order


def newest_leaf(messages: list[ImportedMessage]) -> str | None:
    """The last message of the newest branch: the path to show when the export does not
    say which one was showing."""
    parents = {m.parent_source_id for m in messages}
    leaves = [m for m in messages if m.source_id not in parents]
    if not leaves:
        return None
    return max(enumerate(leaves), key=lambda p: (p[1].created_at or 0.0, p[0]))[1].source_id


def obj(value: Any) -> dict[str, Any]:
    """value if it is a JSON object, else an empty one (exports leave fields out or null)."""
    return value if isinstance(value, dict) else {}


def seq(value: Any) -> list[Any]:
    """value if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []
