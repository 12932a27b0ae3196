"""Which app an export comes from, told by its content (never by its name alone): the first
bytes of a file, the keys near the start of a JSON export, the files a folder holds."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.importers import gpt4all, jan, lmstudio
from app.importers.chatgpt import JSON_NAME
from app.importers.model import FORMATS, ImportProblem

HEAD_BYTES = 256 * 1024


def detect(path: Path, chosen: str | None = None) -> tuple[str, Path]:
    """The format of path and the path its reader takes (the folder a Jan thread file is
    in, the conversations.json of an unzipped ChatGPT export). `chosen` (--from) skips the
    guess. Raises ImportProblem saying what path is when it is none of them."""
    if not path.exists():
        raise ImportProblem(f"{path} does not exist.")
    if chosen is not None:
        if chosen not in FORMATS:
            raise ImportProblem(f"Hearth does not import from {chosen!r}; it imports from "
                                + ", ".join(FORMATS) + ".")
        return chosen, _target(path, chosen)
    if path.is_dir():
        return _folder(path)
    return _file(path)


def _target(path: Path, chosen: str) -> Path:
    if chosen == "chatgpt" and path.is_dir():
        return path / JSON_NAME
    if chosen == "jan" and path.is_file():
        return path.parent
    return path


def _folder(path: Path) -> tuple[str, Path]:
    if (path / JSON_NAME).is_file():
        return "chatgpt", path / JSON_NAME
    try:
        if jan.thread_folders(path):
            return "jan", path
    except OSError:
        pass
    if gpt4all.chat_files(path):
        return "gpt4all", path
    if any(path.rglob(f"*{lmstudio.SUFFIX}")):
        return "lmstudio", path
    raise ImportProblem(
        f"{path} holds no conversations Hearth knows: a ChatGPT export (conversations.json), "
        "a Jan data folder (threads), LM Studio conversations (*.conversation.json) or "
        "GPT4All chats (*.chat).")


def _file(path: Path) -> tuple[str, Path]:
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as exc:
        raise ImportProblem(f"{path} could not be read ({exc}).") from exc
    if head.startswith(gpt4all.MAGIC_BYTES):
        return "gpt4all", path
    if head.startswith(b"PK\x03\x04") or zipfile.is_zipfile(path):
        return "chatgpt", path  # the reader says so when the ZIP has no conversations.json
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if not text.startswith(("[", "{")):
        raise ImportProblem(f"{path.name} is not an export Hearth knows: it is neither JSON, "
                            "a ZIP, nor a GPT4All chat file.")
    keys = {key for key in ('"mapping"', '"current_node"', '"history"', '"currentId"',
                            '"versions"', '"currentlySelected"', '"singleStep"',
                            '"multiStep"', '"thread_id"', '"thread"', '"assistants"',
                            '"parentId"') if key in text}
    if '"mapping"' in keys:
        return "chatgpt", path
    if '"history"' in keys and ('"currentId"' in keys or '"parentId"' in keys):
        return "openwebui", path
    if '"versions"' in keys and keys & {'"currentlySelected"', '"singleStep"', '"multiStep"'}:
        return "lmstudio", path
    if '"thread_id"' in keys or ('"thread"' in keys and '"assistants"' in keys):
        return "jan", path.parent
    raise ImportProblem(f"{path.name} is JSON, but not an export Hearth knows (from ChatGPT, "
                        "Open WebUI, Jan or LM Studio).")
