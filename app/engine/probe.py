"""`--probe-model FILE`: the child process that checks a model file before it is imported.

llama.cpp reads the vocabulary here, in a process of its own, so a parser crash on a
hostile file takes down this child, never the window. The file's chat template is tried
once on a short chat, with the same bounds as in a conversation, so a template that never
ends is found at import, not at the first message. Prints one JSON line; exits 0 or 1.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.engine.template import check_template
from app.errors import UserError
from app.models.installed import check_header


def run_probe(path: Path) -> int:
    try:
        header = check_header(path)
        from app.engine.llama import probe_vocab

        vocab = probe_vocab(path)
    except UserError as exc:
        print(json.dumps({"ok": False, "error": str(exc)}), flush=True)
        return 1
    except Exception as exc:  # llama.cpp's refusal: unknown architecture, bad tensors…
        message = str(exc) or type(exc).__name__
        print(json.dumps({"ok": False, "error": f"llama.cpp refused it ({message}); it may be "
                          "an unsupported model architecture"}), flush=True)
        return 1
    note = check_template(header.chat_template) if header.chat_template else None
    print(json.dumps({"ok": True, "n_vocab": vocab, "template_note": note or ""}), flush=True)
    return 0
