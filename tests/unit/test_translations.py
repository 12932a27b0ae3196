"""The shipped translations are complete and keep every placeholder: a translation that drops
{name} or %n shows the user a sentence with a hole (or raises KeyError in .format)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path

import pytest

from app.i18n import SHIPPED
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%[0-9]")
ACCELERATOR = re.compile(r"&(?!&)\S")


def messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = ([form.text or "" for form in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            out.append((name, message.findtext("source") or "", forms, finished))
    return out


def test_every_shipped_language_has_a_ts_file() -> None:
    assert sorted(p.stem for p in I18N.glob("hearth_*.ts")) == sorted(
        f"hearth_{code}" for code in SHIPPED)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated_and_keeps_its_placeholders(code: str) -> None:
    found = messages(I18N / f"hearth_{code}.ts")
    assert len(found) > 300
    problems = []
    for context, source, forms, finished in found:
        where = f"{context}: {source!r}"
        if not finished or not all(form.strip() for form in forms):
            problems.append(f"untranslated {where}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"placeholders differ in {where}: {form!r}")
            if ACCELERATOR.search(source) and len(ACCELERATOR.findall(form)) != 1:
                problems.append(f"keyboard accelerator lost in {where}: {form!r}")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_every_string_the_code_has(tmp_path: Path) -> None:
    """A string added to the code but never extracted would stay English in every
    language: lupdate over the sources now must find nothing the .ts files lack."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for d in ("app/ui", "app/chat", "app/server")
                     for p in (ROOT / d).glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, cwd=ROOT,
                   capture_output=True)
    in_code = {(context, source) for context, source, _f, _d in messages(fresh)}
    shipped = {(context, source) for context, source, _f, _d in messages(I18N / "hearth_de.ts")}
    assert in_code - shipped == set(), "run `make lupdate` and translate the new strings"


def test_every_settings_label_is_listed_for_extraction() -> None:
    from app.ui.settings_dialog import SETTING_TEXTS

    texts = {str(f.metadata[key]) for f in fields(Settings) for key in ("label", "help")
             if f.metadata.get(key)}
    assert texts <= {str(t) for t in SETTING_TEXTS}
