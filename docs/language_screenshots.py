"""docs/hearth-de.png, docs/hearth-ja.png and docs/hearth-pseudo.png: the main window in
German, in Japanese, and in a pseudo-language whose every string is 40% longer (with
accents), to see that nothing is cut. The .qm files come from `make translations`; the
pseudo one is made here from the German file's sources.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/language_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from tempfile import TemporaryDirectory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import i18n  # noqa: E402
from app.ui.style import apply_style  # noqa: E402

ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")


def pseudo(text: str) -> str:
    """Accented and 40% longer; placeholders and accelerators keep their places."""
    out, depth, after_percent = [], 0, False
    for char in text:
        depth += char == "{"
        out.append(char if depth or after_percent else char.translate(ACCENTS))
        depth -= char == "}"
        after_percent = char == "%"
    return "".join(out) + " " + "~" * max(1, int(len(text) * 0.4))


def pseudo_qm(folder: Path) -> None:
    tree = ET.parse(ROOT / "resources" / "i18n" / "hearth_de.ts")
    tree.getroot().set("language", "eo")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = pseudo(message.findtext("source") or "")
        for form in translation.iter("numerusform"):
            form.text = source
        if message.get("numerus") != "yes":
            translation.text = source
    ts = folder / "hearth_eo.ts"
    tree.write(ts, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "hearth_eo.qm")],
                   check=True)


def main() -> None:
    from docs.dark_mode_screenshot import picture  # the same window, chats and reply

    app = QApplication(sys.argv[:1])
    with TemporaryDirectory() as tmp:
        for code, name in (("de", "hearth-de.png"), ("ja", "hearth-ja.png"),
                           ("eo", "hearth-pseudo.png")):
            if code == "eo":
                pseudo_qm(Path(tmp))
                i18n.translations_dir = lambda: Path(tmp)
            os.environ[i18n.ENV] = code
            i18n.install("")
            apply_style(app)
            picture("light", name)


if __name__ == "__main__":
    main()
