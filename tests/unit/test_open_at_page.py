"""A cited PDF opens at its page only in a viewer known to take one, which must be the one
the system opens PDFs with; anything else opens the usual way."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from app.chat.open_at_page import page_command, system_pdf_viewer

FILE = Path("/docs/tax 2026.pdf")


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding evince and okular (as empty scripts), and nothing else."""
    for name in ("evince", "okular", "xdg-mime"):
        program = tmp_path / name
        program.write_text("#!/bin/sh\necho org.kde.okular.desktop\n", encoding="utf-8")
        program.chmod(program.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(tmp_path))
    return tmp_path


def test_known_viewers_get_the_page_in_their_own_words(programs: Path) -> None:
    assert page_command("org.gnome.Evince.desktop", None, FILE, 7) == [
        str(programs / "evince"), "--page-index=7", str(FILE)]
    assert page_command("okularApplication_pdf.desktop", None, FILE, 2) == [
        str(programs / "okular"), "-p", "2", str(FILE)]
    sumatra = r"C:\Users\me\AppData\Local\SumatraPDF\SumatraPDF.exe"
    assert page_command(sumatra, sumatra, FILE, 3) == [sumatra, "-page", "3", str(FILE)]
    acrobat = r"C:\Program Files\Adobe\Acrobat DC\Acrobat\Acrobat.exe"
    assert page_command(acrobat, acrobat, FILE, 4) == [acrobat, "/A", "page=4", str(FILE)]


def test_other_viewers_and_missing_programs_open_the_usual_way(programs: Path) -> None:
    assert page_command("firefox.desktop", None, FILE, 3) is None
    assert page_command("org.pwmt.zathura.desktop", None, FILE, 3) is None  # not installed
    assert page_command("", None, FILE, 3) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-mime is Linux's")
def test_the_system_viewer_is_asked_of_xdg_mime(programs: Path) -> None:
    assert system_pdf_viewer() == ("org.kde.okular.desktop", None)
    (programs / "xdg-mime").unlink()
    assert system_pdf_viewer() is None
