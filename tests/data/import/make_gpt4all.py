"""Writes the GPT4All .chat fixtures beside this file, field by field as gpt4all-chat's
Chat::serialize, ChatLLM::serialize and ChatItem::serialize write them (a binary format is
written by a script rather than by hand). Run: python tests/data/import/make_gpt4all.py"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice

MAGIC = 0xF5D553CC
HERE = Path(__file__).parent / "gpt4all"


def _chat(version: int, chat_id: str, name: str, items: list[dict[str, object]]) -> bytes:
    data = QByteArray()
    out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    out.writeUInt32(MAGIC)
    out.writeInt32(version)
    out.setVersion(QDataStream.Version.Qt_6_2)
    out.writeInt64(1706000000)  # m_creationDate, seconds
    out.writeQString(chat_id)
    out.writeQString(name)
    out.writeQString("")  # m_userName
    out.writeQString("Llama-3.2-3B-Instruct-Q4_0.gguf")  # model id
    out.writeQStringList(["My notes"])  # collections
    if version < 11:
        out.writeBool(False)  # serializeKV
        out.writeInt32(2)  # model type
        out.writeInt32(0)  # state version
        out.writeQString("")  # response
        out.writeQString("")  # generated name
        out.writeUInt32(0)  # tokens
    out.writeInt32(len(items))
    for number, item in enumerate(items):
        if version < 12:
            out.writeInt32(number)
        out.writeQString(str(item["name"]))
        out.writeQString(str(item["value"]))
        out.writeQString("")  # newResponse
        for _ in range(4):
            out.writeBool(False)
        if version >= 11 and item["name"] == "Response: ":
            out.writeBool(False)  # isError
        sources = list(item.get("sources", []))  # type: ignore[call-overload]
        out.writeInt64(len(sources))
        for source in sources:
            for value in source[:7]:
                out.writeQString(value)
            for value in source[7:]:
                out.writeInt32(value)
        attachments = list(item.get("attachments", []))  # type: ignore[call-overload]
        out.writeInt64(len(attachments))
        for url, content in attachments:
            out << QByteArray(url.encode())
            out << QByteArray(content.encode())
        if version >= 12:
            subs = list(item.get("sub", []))  # type: ignore[call-overload]
            out.writeInt64(len(subs))
            for sub in subs:
                _sub(out, sub)
    return bytes(data.data())


def _sub(out: QDataStream, sub: dict[str, object]) -> None:
    out.writeQString(str(sub["name"]))
    out.writeQString(str(sub["value"]))
    if sub["name"] == "ToolCall: ":
        out.writeQString("javascript_interpret")
        out.writeInt64(1)
        out.writeQString("code")
        out.writeInt32(0)  # ParamType::String
        out.writeQVariant(str(sub["value"]))
        out.writeQString(str(sub.get("result", "")))
        out.writeInt32(0)  # no error
        out.writeQString("")
    children = list(sub.get("sub", []))  # type: ignore[call-overload]
    out.writeInt64(len(children))
    for child in children:
        _sub(out, child)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    plain = [
        {"name": "Prompt: ", "value": "What is a QDataStream?",
         "attachments": [("file:///home/me/notes.txt", "some notes")]},
        {"name": "Response: ", "value": "Qt's **binary** serialization of its types.",
         "sources": [("My notes", "/home/me/notes.txt", "notes.txt", "", "", "2024-01-01",
                      "excerpt", -1, 3, 4)]},
        {"name": "Prompt: ", "value": "Thanks!"},
        {"name": "Response: ", "value": "You're welcome."},
    ]
    (HERE / "gpt4all-v10.chat").write_bytes(_chat(10, "v10-chat", "Qt streams", plain))
    (HERE / "gpt4all-v11.chat").write_bytes(_chat(11, "v11-chat", "Qt streams again", plain))
    tools = [
        {"name": "Prompt: ", "value": "What is 6 * 7?"},
        {"name": "Response: ", "value": "", "sub": [
            {"name": "Response: ", "value": "", "sub": [
                {"name": "Text: ", "value": "Let me compute it. "},
                {"name": "ToolCall: ", "value": "console.log(6 * 7)", "result": "42"},
            ]},
            {"name": "ToolResponse: ", "value": "42"},
            {"name": "Response: ", "value": "It is 42."},
        ]},
    ]
    (HERE / "gpt4all-v12.chat").write_bytes(_chat(12, "v12-chat", "Arithmetic", tools))
    (HERE / "gpt4all-v13.chat").write_bytes(_chat(13, "v13-chat", "From the future", plain))
    whole = _chat(12, "cut-chat", "Cut", plain)
    (HERE / "gpt4all-cut.chat").write_bytes(whole[: len(whole) - 40])


if __name__ == "__main__":
    main()
