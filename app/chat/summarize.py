"""Summarizing a document bigger than the model's context: each part is summarized on its
own (map), then the parts' summaries are combined (reduce), in rounds when even they do not
fit together. The reply shows the progress ("part 3 of 12") and every summary made so far,
so Stop keeps a partial result that is worth having.

A plain state machine over text: the session feeds it each step's output and asks for the
next step's chat; it knows no engine and no widget."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.engine.base import ChatMessage

CHARS_PER_TOKEN = 4  # an estimate: it only sizes the parts, with room to spare

MAP_PROMPT = ("You summarize the user's text in three to five sentences, in its own "
              "language, keeping its main points and adding nothing that is not in it.")
REDUCE_PROMPT = ("You are given summaries of consecutive parts of one document. Write one "
                 "summary of the whole document from them, in five to eight sentences, in "
                 "its own language, adding nothing that is not in them.")


def split_parts(texts: list[str], part_tokens: int) -> list[str]:
    """Consecutive passages joined into parts of at most about `part_tokens` each; a
    passage longer than that on its own is cut."""
    limit = max(200, part_tokens * CHARS_PER_TOKEN)
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for text in texts:
        while len(text) > limit:
            parts.append(text[:limit])
            text = text[limit:]
        if size + len(text) > limit and current:
            parts.append("\n\n".join(current))
            current, size = [], 0
        current.append(text)
        size += len(text) + 2
    if current:
        parts.append("\n\n".join(current))
    return parts


@dataclass
class SummaryPlan:
    """The steps of one summary: `next_chat()` gives the chat for the step in hand,
    `record(output)` takes its result, `visible()` is the reply as the user sees it."""

    file_name: str
    parts: list[str]
    part_tokens: int
    summaries: list[str] = field(default_factory=list)  # of the parts, in order
    _round: list[str] = field(default_factory=list)  # this reduce round's inputs
    _combined: list[str] = field(default_factory=list)  # this reduce round's outputs
    _groups: list[list[str]] = field(default_factory=list)
    final: str | None = None
    current: str = ""  # the step's text so far, while it streams

    @property
    def mapping(self) -> bool:
        return len(self.summaries) < len(self.parts)

    @property
    def done(self) -> bool:
        return self.final is not None

    def next_chat(self) -> list[ChatMessage]:
        if self.mapping:
            part = self.parts[len(self.summaries)]
            return [ChatMessage("system", MAP_PROMPT), ChatMessage("user", part)]
        if not self._groups:
            self._plan_round(self._round or self.summaries)
        group = self._groups[len(self._combined)]
        listed = "\n\n".join(f"{number}. {text}" for number, text in enumerate(group, 1))
        return [ChatMessage("system", REDUCE_PROMPT),
                ChatMessage("user", f"Summaries of the parts of {self.file_name}, in "
                                    f"order:\n\n{listed}")]

    def _plan_round(self, inputs: list[str]) -> None:
        """Group the summaries so each group fits one chat; one group is the last round."""
        self._round = inputs
        self._combined = []
        limit = self.part_tokens * CHARS_PER_TOKEN
        groups: list[list[str]] = [[]]
        size = 0
        for text in inputs:
            if size + len(text) > limit and groups[-1]:
                groups.append([])
                size = 0
            groups[-1].append(text)
            size += len(text) + 4
        self._groups = groups

    def record(self, output: str) -> None:
        output = output.strip()
        self.current = ""
        if self.mapping:
            self.summaries.append(output)
            return
        self._combined.append(output)
        if len(self._combined) < len(self._groups):
            return
        if len(self._groups) == 1:
            self.final = output
            return
        combined = self._combined
        self._groups = []
        self._plan_round(combined)  # another round over this round's summaries

    def visible(self) -> str:
        """The reply: the summary once there is one, then the parts' summaries; before
        that, the progress and what is done so far."""
        parts = "\n\n".join(
            translate("Summary", "**Part {number}.** {text}").format(number=n, text=t)
            for n, t in enumerate(self.summaries, 1))
        if self.final is not None:
            return "\n\n".join([
                translate("Summary", "**Summary of {file}**").format(file=self.file_name),
                self.final,
                translate("Summary", "*The parts, one by one:*"), parts])
        if self.mapping:
            step = translate("Summary", "*Summarizing {file}: part {number} of {count}…*")
            progress = step.format(file=self.file_name, number=len(self.summaries) + 1,
                                   count=len(self.parts))
        else:
            progress = translate("Summary", "*Combining the summaries of the {count} "
                                            "parts…*").format(count=len(self.parts))
        pieces = [progress, parts]
        if self.current and self.mapping:
            pieces.append(translate("Summary", "**Part {number}.** {text}").format(
                number=len(self.summaries) + 1, text=self.current))
        return "\n\n".join(piece for piece in pieces if piece)


translate = QCoreApplication.translate
