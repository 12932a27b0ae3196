"""What a paste into the message box attaches: files copied in a file manager, or text whose
every line is the path of a document Hearth reads; anything else is typed."""

from __future__ import annotations

from pathlib import Path

from app.chat.attachments import MAX_PASTED_PATHS, pasted_files


def test_copied_files_are_attached_and_folders_left_out(tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(b"\0")
    assert pasted_files("ignored", [str(data), str(tmp_path)]) == [data]


def test_text_of_paths_attaches_only_when_every_line_is_a_readable_document(
        tmp_path: Path) -> None:
    notes = tmp_path / "notes ü.md"
    notes.write_text("# Notes", encoding="utf-8")
    report = tmp_path / "report.PDF"
    report.write_bytes(b"%PDF-1.4")
    assert pasted_files(f"{notes}\n\n'{report}'  \n") == [notes, report]
    assert pasted_files(f'"{notes}"') == [notes]
    assert pasted_files(notes.as_uri()) == [notes]
    assert pasted_files(f"see {notes}") == []  # a message that mentions a path
    assert pasted_files(f"{notes}\n{tmp_path / 'gone.md'}") == []  # one is not there
    assert pasted_files(str(tmp_path)) == []  # a folder
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8")
    assert pasted_files(str(picture)) == []  # not a kind Hearth reads
    assert pasted_files("notes.md") == []  # relative: relative to nothing the user sees
    assert pasted_files("") == [] and pasted_files("\x00" * 5000) == []
    assert pasted_files("\n".join([str(notes)] * (MAX_PASTED_PATHS + 1))) == []
