"""Opening a cited PDF at the page its passage is on, where the user's own PDF viewer can be
told the page: the viewer the system opens PDFs with is looked up, and only a viewer known
to take a page on its command line is started that way. Any other (and every viewer on
macOS, where none takes one) opens the file at its start, as before: Hearth never picks a
different app than the user's."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QProcess

log = logging.getLogger(__name__)

# What a viewer's name starts with (a desktop file id on Linux, the program's file name on
# Windows, lower case), its program, and its arguments for a 1-based page.
PAGE_ARGUMENTS: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = (
    (("org.gnome.evince", "evince"), "evince", ("--page-index={page}", "{file}")),
    (("org.kde.okular", "okular"), "okular", ("-p", "{page}", "{file}")),
    (("org.pwmt.zathura", "zathura"), "zathura", ("-P", "{page}", "{file}")),
    (("atril",), "atril", ("--page-index={page}", "{file}")),
    (("xreader",), "xreader", ("--page-index={page}", "{file}")),
    (("sumatrapdf",), "", ("-page", "{page}", "{file}")),
    (("acrord32", "acrobat"), "", ("/A", "page={page}", "{file}")),
)
LOOKUP_TIMEOUT_S = 2


def page_command(viewer: str, program: str | None, file: Path, page: int) -> list[str] | None:
    """The command that opens `file` at `page` in `viewer` (the system's PDF viewer: a desktop
    file id, or a program's path), or None when that viewer takes no page. `program` is the
    viewer's program where it is known (Windows); else it is looked for on the PATH."""
    name = PureWindowsPath(viewer).name.lower() if "\\" in viewer else Path(viewer).name.lower()
    for prefixes, executable, arguments in PAGE_ARGUMENTS:
        if not name.startswith(prefixes):
            continue
        found = program or (shutil.which(executable) if executable else None)
        if not found:
            return None  # a Flatpak or Snap viewer, say: opened the usual way
        return [found, *(a.format(page=page, file=file) for a in arguments)]
    return None


def system_pdf_viewer() -> tuple[str, str | None] | None:
    """The app the system opens PDFs with: (its name, its program if known), or None."""
    try:
        if sys.platform == "win32":
            return _windows_pdf_viewer()
        if sys.platform.startswith("linux"):
            found = subprocess.run(["xdg-mime", "query", "default", "application/pdf"],
                                   capture_output=True, text=True, timeout=LOOKUP_TIMEOUT_S,
                                   check=False).stdout.strip()
            return (found, None) if found else None
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("No PDF viewer found to open at a page: %s", exc)
    return None


def _windows_pdf_viewer() -> tuple[str, str | None] | None:
    if sys.platform != "win32":  # (for the type checker: winreg exists on Windows only)
        return None
    import shlex
    import winreg

    choice = r"Software\Microsoft\Windows\CurrentVersion\Explorer\FileExts\.pdf\UserChoice"
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, choice) as key:
        prog_id = str(winreg.QueryValueEx(key, "ProgId")[0])
    with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{prog_id}\shell\open\command") as key:
        command = str(winreg.QueryValueEx(key, "")[0])
    program = shlex.split(command, posix=False)[0].strip('"')
    return program, program



def open_at_page(file: Path, page: int) -> bool:
    """Starts the system's PDF viewer at `page`; False when it cannot be told a page (the
    caller then opens the file the usual way)."""
    viewer = system_pdf_viewer()
    command = page_command(viewer[0], viewer[1], file, page) if viewer else None
    if command is None:
        return False
    started, _pid = QProcess.startDetached(command[0], command[1:])
    if not started:
        log.info("%s did not start: opening the PDF the usual way", command[0])
    return bool(started)
