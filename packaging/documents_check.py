"""The frozen bundle reads documents as an installed app would: one file of each kind
(PDF, Word, web page, Markdown, text) indexed by `Hearth docs add` through its own child
process and the bundled embedder, then found by `Hearth docs search`, with no network.

    .venv/bin/python packaging/documents_check.py [dist/Hearth]

Prints one JSON line; exits non-zero if a kind was not read or not found."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from smoke_test import executable, isolated  # noqa: E402

FACTS = {
    "pdf": "The lighthouse at Skerry Point was first lit in 1853.",
    "docx": "Receipts for the home office are kept for six years.",
    "html": "The bakery on Elm Street is famous for its rye bread.",
    "md": "The ferry to the island leaves at nine every morning.",
    "txt": "Maple syrup is boiled down from the sap of sugar maples.",
}
QUESTIONS = {
    "pdf": "When was the lighthouse at Skerry Point first lit?",
    "docx": "How long are receipts for the home office kept?",
    "html": "What is the bakery on Elm Street famous for?",
    "md": "When does the ferry to the island leave?",
    "txt": "What is maple syrup boiled down from?",
}


def write_files(folder: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, FACTS["pdf"])
    pdf.output(str(folder / "lighthouse.pdf"))
    import docx

    document = docx.Document()
    document.add_heading("Tax notes", level=1)
    document.add_paragraph(FACTS["docx"])
    document.save(str(folder / "tax.docx"))
    (folder / "bakery.html").write_text(
        f"<html><body><nav>Home | Shop | About</nav><article><h1>Bakery</h1><p>"
        f"{FACTS['html']}</p></article><footer>Footer</footer></body></html>",
        encoding="utf-8")
    (folder / "ferry.md").write_text(f"# Ferry\n\n{FACTS['md']}\n", encoding="utf-8")
    (folder / "maple.txt").write_text(FACTS["txt"], encoding="utf-8")


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "Hearth"
    app = str(executable(bundle))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "documents"
        folder.mkdir()
        write_files(folder)
        data = ["--data-dir", str(Path(tmp) / "data")]
        added = subprocess.run(isolated([app, *data, "docs", "add", str(folder),
                                         "--collection", "check"]),
                               capture_output=True, text=True, timeout=600)
        report = json.loads(added.stderr.strip().splitlines()[-1]) if added.stderr else {}
        searched = subprocess.run(
            isolated([app, *data, "docs", "search", "-", "--collection", "check",
                      "--top-k", "1", "--json"]),
            input="\n".join(QUESTIONS.values()) + "\n", capture_output=True, text=True,
            timeout=600)
    answers = [json.loads(line) for line in searched.stdout.splitlines() if line.strip()]
    found = {kind: bool(answer) and FACTS[kind] in answer[0]["text"]
             for kind, answer in zip(QUESTIONS, answers, strict=False)}
    ok = (added.returncode == 0 and report.get("indexed") == len(FACTS)
          and not report.get("quarantined") and all(found.values())
          and len(found) == len(FACTS))
    print(json.dumps({"check": "frozen documents", "ok": ok, "indexed": report.get("indexed"),
                      "quarantined": report.get("quarantined"), "found": found,
                      "add_exit": added.returncode, "search_exit": searched.returncode,
                      "errors": (added.stderr[-800:] if not ok else "")}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
