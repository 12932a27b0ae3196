"""Why a file could not be read, in the user's language.

The documents floor has no Qt, so its reasons are English sentences (kept so in the index,
the log and the command line). Each is one of the templates below with its values filled in;
shown in the window, a reason is matched back to its template, and the template translated
and filled again. A reason that matches none is shown as it is. A test checks that every
reason the documents floor can give has its template here."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DocumentProblem"

# (QT_TRANSLATE_NOOP marks each for lupdate; typed as object, hence str)
TEMPLATES: tuple[str, ...] = tuple(map(str, (
    QT_TRANSLATE_NOOP("DocumentProblem", "It is a folder, not a file."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is not a regular file (a device, pipe or socket)."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "It changed while being read: try again once it is saved."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "It changed while it was being read; it will be read again the next "
                      "time the collection is updated."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is empty."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Hearth may not read it (permission denied)."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is a link that loops back on itself."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is a link to something that is not there."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is not there any more (moved or deleted?)."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "It is not there any more (deleted or moved while indexing)."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It was deleted while being read."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Its drive cannot be read (removed or failing?)."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It could not be opened: {error}."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It could not be read: {error}."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Too large to index: over {limit}."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Too large to index: {size} (the limit is {limit})."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Not a document Hearth reads: a zip archive ({suffix})."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Not a document Hearth reads: a binary file ({suffix})."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "An old Office file (.doc, .xls or .ppt), which Hearth does not read: "
                      "save it as .docx or PDF."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "Not a PDF, though its name says so: it does not start as one."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "Not a Word document, though its name says so: it is not a zip."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "Not a Word document: a zip archive without a document in it."),
    QT_TRANSLATE_NOOP("DocumentProblem", "Not text: it looks like a binary file."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It has no text, only blank space."),
    QT_TRANSLATE_NOOP("DocumentProblem", "No text in it to index."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The web page has no text in it."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The Word document has no text in it."),
    QT_TRANSLATE_NOOP("DocumentProblem", "No text in it: its pages are blank."),
    QT_TRANSLATE_NOOP("DocumentProblem", "No text in it: its pages are images (a scan?)."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is password-protected."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It is protected in a way that Hearth cannot open."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The PDF could not be read: it is damaged."),
    QT_TRANSLATE_NOOP("DocumentProblem", "It has {count} pages; Hearth indexes at most {limit}."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "It holds more text than Hearth indexes from one file ({limit})."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "Reading it needs more memory than Hearth allows for one file."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The {kind} could not be read: it is nested too deeply."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The {kind} could not be read: {error}"),
    QT_TRANSLATE_NOOP("DocumentProblem", "The Word document could not be read: {error}"),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "The Word document could not be read: it holds {count} parts "
                      "(a zip bomb?)."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "It would unpack to {size} from {packed} (a zip bomb?)."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The reader stopped before it could read it."),
    QT_TRANSLATE_NOOP("DocumentProblem",
                      "Reading it took longer than {seconds} s, so it was stopped."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The reader crashed on it (signal {code})."),
    QT_TRANSLATE_NOOP("DocumentProblem", "The reader crashed on it (exit code {code})."),
)))
# the kinds of file the reasons name ("The {kind} could not be read: ...")
KINDS: tuple[str, ...] = tuple(map(str, (
    QT_TRANSLATE_NOOP("DocumentProblem", "PDF"),
    QT_TRANSLATE_NOOP("DocumentProblem", "Word document"),
    QT_TRANSLATE_NOOP("DocumentProblem", "web page"),
    QT_TRANSLATE_NOOP("DocumentProblem", "Markdown file"),
    QT_TRANSLATE_NOOP("DocumentProblem", "text file"),
    QT_TRANSLATE_NOOP("DocumentProblem", "code file"),
)))
_FIELD = re.compile(r"\\\{(\w+)\\\}")


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    # the most specific first: "The Word document could not be read: it holds 9 parts"
    # must not be read as "The {kind} could not be read: {error}"
    ordered = sorted(TEMPLATES, key=lambda t: len(re.sub(r"\{\w+\}", "", t)), reverse=True)
    return [(re.compile(_FIELD.sub(r"(?P<\1>.+?)", re.escape(t)), re.DOTALL), t)
            for t in ordered]


def translated(reason: str) -> str:
    """The reason in the user's language, its values (sizes, names, errors) as they were."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(reason)
        if found is None:
            continue
        values = found.groupdict()
        if values.get("kind") in KINDS:
            values["kind"] = QCoreApplication.translate(CONTEXT, values["kind"])
        return QCoreApplication.translate(CONTEXT, template).format(**values)
    return reason
