"""Can Qt open a window on this Linux desktop? Checked before Qt tries, since Qt's answer to
a missing X11 library is to abort the process with a line on a console nobody sees.

Qt's xcb plugin needs the xcb utility libraries, which lean systems lack. The frozen app
bundles them (packaging/hearth.spec); a source run is told which Debian packages to add.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> the Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its xcb plugin: asked for, or an X11 session without Wayland."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_xcb_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    return sorted({package for soname, package in XCB_LIBRARIES.items() if not loads(soname)})


def xcb_problem(environ: Mapping[str, str] | None = None,
                loads: Callable[[str], bool] = _loads) -> str | None:
    """A message naming the packages to install, or None when Qt can start."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not uses_xcb(environ):
        return None
    missing = missing_xcb_packages(loads)
    if not missing:
        return None
    return ("Hearth cannot open its window: this system lacks X11 libraries that Qt needs. "
            f"Install them with:\n\n    sudo apt-get install {' '.join(missing)}\n\n"
            "(Fedora: dnf install xcb-util-wm xcb-util-keysyms xcb-util-image "
            "xcb-util-renderutil xcb-util-cursor libxkbcommon-x11.) "
            "Or run headless with QT_QPA_PLATFORM=offscreen.")
