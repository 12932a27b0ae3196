"""`--probe-model FILE`: the child process that checks a model file before it is imported.

llama.cpp reads the vocabulary here, in a process of its own, so a parser crash on a
hostile file takes down this child, never the window. The file's chat template is tried
once on a short chat, with the same bounds as in a conversation, so a template that never
ends is found at import, not at the first message. Prints one JSON line; exits 0 or 1.

The child ends with the process that started it (see end_with_parent): an import killed
with its app must not leave llama.cpp parsing a model file for nobody.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from app.engine.template import check_template
from app.errors import UserError
from app.models.gguf_header import GGUFHeader
from app.models.installed import PARENT_PID_ENV, check_header

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def run_probe(path: Path) -> int:
    end_with_parent()
    header: GGUFHeader | None = None
    try:
        header = check_header(path)
        from app.engine.llama import probe_vocab

        vocab = probe_vocab(path)
    except UserError as exc:
        print(json.dumps({"ok": False, "error": str(exc)}), flush=True)
        return 1
    except Exception as exc:  # llama.cpp's refusal: unknown architecture, bad tensors…
        print(json.dumps({"ok": False, "error": refusal(exc, header)}), flush=True)
        return 1
    note = check_template(header.chat_template) if header.chat_template else None
    print(json.dumps({"ok": True, "n_vocab": vocab, "template_note": note or ""}), flush=True)
    return 0


def refusal(exc: Exception, header: GGUFHeader | None) -> str:
    """Why llama.cpp would not read the file, in words. A file cut inside its tensor list
    is truncated; the header reader names a file cut further on before llama.cpp sees it."""
    if header is not None and header.tensor_list_cut:
        return ("the file is truncated: it ends inside its list of tensors, before any "
                "weights. Download or copy it again")
    message = str(exc) or type(exc).__name__
    return f"llama.cpp refused it ({message}); it may be an unsupported model architecture"


def end_with_parent(use_prctl: bool = True) -> None:
    """End this process when the one that started it dies, even by kill -9.

    Started by probe_in_child, this process gets its parent's pid in the environment and
    a pipe on stdin that the parent never writes to: the pipe reads end-of-file once the
    parent is gone, on every system. A watchdog thread waits for that and exits. On Linux
    the kernel also sends SIGKILL at once (prctl PR_SET_PDEATHSIG), which works even while
    llama.cpp holds the GIL. Started some other way (by hand, from a terminal), this does
    nothing."""
    parent = os.environ.get(PARENT_PID_ENV, "")
    if not parent.isdigit():
        return
    if use_prctl and sys.platform.startswith("linux"):
        kill_on_parent_death()
    if os.getppid() != int(parent):  # the parent died before any of this was set up
        os._exit(1)
    threading.Thread(target=_exit_at_end_of_stdin, name="probe-parent-watch",
                     daemon=True).start()


def kill_on_parent_death() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            log.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
    except (OSError, AttributeError) as exc:
        log.warning("No prctl here (%s); the stdin watchdog alone ends the probe", exc)


def _exit_at_end_of_stdin() -> None:
    # fd 0 itself: a windowed frozen app may have no sys.stdin, though the pipe is there
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    os._exit(1)
