"""Every reason the documents floor gives for a file it cannot read has its template in
app/chat/document_problems.py, so the window can show it translated; the values in it
(sizes, names, errors) come back as they were."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.chat.document_problems import KINDS, TEMPLATES, translated
from app.documents.parsing import _KIND_NAMES

DOCUMENTS = Path(__file__).resolve().parents[2] / "app" / "documents"
RAISERS = ("DocumentProblem", "_ChildLost")


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    """A message as its template's shape: each value in it as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left, constants), _text(node.right, constants)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.IfExp):  # "crashed on it" + (" (signal {n})." if ... else ...)
        return None
    return None


def messages() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(DOCUMENTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.targets[0].id: t.value.value for t in tree.body
                     if isinstance(t, ast.Assign) and isinstance(t.targets[0], ast.Name)
                     and isinstance(t.value, ast.Constant) and isinstance(t.value.value, str)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in RAISERS \
                    and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.BinOp) and isinstance(arg.right, ast.IfExp):
                    head = _text(arg.left, constants) or ""
                    for branch in (arg.right.body, arg.right.orelse):
                        found.append((path.name, node.lineno,
                                      head + (_text(branch, constants) or "?")))
                    continue
                text = _text(arg, constants)
                if text is not None:
                    found.append((path.name, node.lineno, text))
            if isinstance(node, ast.FunctionDef) and node.name == "_os_problem":
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None \
                            and not isinstance(ret.value, ast.Call):
                        text = _text(ret.value, constants)
                        if text is not None:
                            found.append((path.name, ret.lineno, text))
    return found


def test_every_reason_the_documents_floor_gives_has_a_template() -> None:
    shapes = {re.sub(r"\{\w+\}", "{}", t) for t in TEMPLATES}
    found = messages()
    assert len(found) > 45  # the scan itself still finds them
    missing = [f"{file}:{line}: {text}" for file, line, text in found if text not in shapes]
    assert not missing
    assert set(KINDS) == set(_KIND_NAMES.values())


@pytest.mark.parametrize("reason", [
    "It is password-protected.",
    "Too large to index: 2.1 GB (the limit is 200 MB).",
    "The Word document could not be read: it holds 40000 parts (a zip bomb?).",
    "The web page could not be read: the markup is broken: tag a, line 3.",
    "Reading it took longer than 60 s, so it was stopped.",
    "The reader crashed on it (signal 9).",
    "Something no template knows.",
])
def test_untranslated_a_reason_comes_back_as_it_was(reason: str) -> None:
    assert translated(reason) == reason
