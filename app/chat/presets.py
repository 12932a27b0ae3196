"""Presets: what people use open models for, as a system prompt and sampling settings.

The built-in ones were tuned on the bundled model (a small base model, prompted with a
plain transcript): it follows examples far better than instructions, so where a task has a
fixed form (a label, code) the prompt shows a turn or two of it, in the transcript's own
`User:`/`Assistant:` form. Instruct models follow the same prompts closely. A user's own
presets live in the database. A conversation started from a preset keeps its own copy of
the settings, which it can then change without touching the preset.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.engine.base import GenerationParams
from app.store.presets import PresetStore

LANGUAGES = ("English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch",
             "Polish", "Russian", "Ukrainian", "Turkish", "Arabic", "Hindi", "Chinese",
             "Japanese", "Korean")
USER_PREFIX = "user:"
# The settings a conversation keeps, and which GenerationParams field each one sets.
CONVERSATION_SETTINGS = ("temperature", "top_p", "max_tokens", "context_length")


@dataclass(frozen=True)
class Preset:
    id: str  # "general", or "user:12" for a user's own
    name: str
    description: str
    system_prompt: str  # "{language}" is filled in from the choice, where there is one
    temperature: float
    top_p: float
    max_tokens: int
    context_length: int | None = None  # None: as much as the model allows
    choices: tuple[str, ...] = ()  # e.g. the target languages of Translate
    choice_label: str = ""

    @property
    def builtin(self) -> bool:
        return not self.id.startswith(USER_PREFIX)

    def prompt_for(self, choice: str | None = None) -> str:
        if self.choices:
            return self.system_prompt.replace("{language}", choice or self.choices[0])
        return self.system_prompt

    def conversation_settings(self) -> dict[str, Any]:
        return {"preset": self.id, "temperature": self.temperature, "top_p": self.top_p,
                "max_tokens": self.max_tokens, "context_length": self.context_length}


BUILTIN: tuple[Preset, ...] = (
    Preset("general", "General chat", "Everyday questions and conversation.",
           "You are Hearth, a helpful, honest and concise assistant. Answer clearly and "
           "say so when you are not sure.", 0.7, 0.95, 512),
    Preset("summarize", "Summarize", "Paste or drop a text; get its main points.",
           "You summarize the user's text in one to three sentences, in its own language, "
           "keeping its main points and adding nothing that is not in it.\n\n"
           "User: The bakery on Elm Street opened in 1952. It is famous for its rye bread. "
           "Its owner retired last year, and her grandson now runs it with the same "
           "recipes.\nAssistant: A bakery opened in 1952 and known for its rye bread is now "
           "run by the founder's grandson, who kept her recipes.", 0.3, 0.9, 400),
    Preset("translate", "Translate", "Translate text into the language you choose.",
           "You are a translator. Translate the user's text into {language}. Reply with "
           "the translation only: no notes, no explanations, the same meaning and tone.",
           0.2, 0.9, 768, choices=LANGUAGES, choice_label="Into"),
    Preset("code", "Code helper", "Write, explain and fix code.",
           "You are an expert programmer. Answer with working code in a fenced code block "
           "with the language named, then explain it in a line or two.\n\n"
           "User: Write a Python function that adds two numbers.\n"
           "Assistant: ```python\ndef add(a, b):\n    return a + b\n```\n"
           "It returns the sum of its two arguments.", 0.2, 0.95, 1024),
    Preset("classify", "Sentiment and classification",
           "Label a text: positive, negative or neutral (or your own labels).",
           "You label the sentiment of the user's text with one word: positive, negative "
           "or neutral.\n\n"
           "User: The food was cold and the waiter was rude.\nAssistant: negative\n\n"
           "User: The train leaves at nine.\nAssistant: neutral\n\n"
           "User: What a lovely surprise, thank you!\nAssistant: positive", 0.0, 1.0, 8),
    Preset("tutor", "Tutor", "Explains step by step, then checks understanding.",
           "You are a patient tutor. Explain step by step in simple words, with a small "
           "example, then ask one short question to check the learner understood.\n\n"
           "User: Why do boats float?\nAssistant: 1. Water pushes up on anything in it. "
           "2. A boat pushes aside water; the more it pushes aside, the harder the water "
           "pushes back. 3. When that push equals the boat's weight, it floats. For example, "
           "a steel bowl floats but a steel ball sinks: the bowl pushes aside more water. "
           "Question: why would a boat sink if it filled with water?", 0.5, 0.95, 768),
)


def apply_settings(params: GenerationParams, settings: dict[str, Any]) -> GenerationParams:
    """The app's defaults, with what this conversation chose instead."""
    chosen: dict[str, Any] = {}
    for key in ("temperature", "top_p"):
        if isinstance(settings.get(key), int | float) and not isinstance(settings[key], bool):
            chosen[key] = float(settings[key])
    if isinstance(settings.get("max_tokens"), int) and settings["max_tokens"] > 0:
        chosen["max_tokens"] = settings["max_tokens"]
    if isinstance(settings.get("context_length"), int) and settings["context_length"] > 0:
        chosen["context_limit"] = settings["context_length"]
    return replace(params, **chosen)


class Presets(QObject):
    """The built-in presets and the user's own, which can be made, duplicated, edited and
    deleted; built-in ones are duplicated to be changed."""

    changed = Signal()

    def __init__(self, store: PresetStore) -> None:
        super().__init__()
        self._store = store

    def all(self) -> list[Preset]:
        return [*BUILTIN, *(self._from_row(row) for row in self._store.all())]

    def get(self, preset_id: str) -> Preset:
        for preset in BUILTIN:
            if preset.id == preset_id:
                return preset
        if preset_id.startswith(USER_PREFIX):
            return self._from_row(self._store.get(int(preset_id.removeprefix(USER_PREFIX))))
        raise KeyError(preset_id)

    def save(self, preset: Preset) -> Preset:
        """Add a new preset (any id that is not a user's), or update a user's own."""
        values = asdict(preset)
        if preset.builtin:
            new_id = self._store.add(values)
            saved = replace(preset, id=f"{USER_PREFIX}{new_id}", choices=(), choice_label="")
        else:
            self._store.update(int(preset.id.removeprefix(USER_PREFIX)), values)
            saved = preset
        self.changed.emit()
        return saved

    def duplicate(self, preset_id: str) -> Preset:
        original = self.get(preset_id)
        prompt = original.prompt_for() if original.choices else original.system_prompt
        copy = replace(original, id="new", name=f"{original.name} (copy)",
                       system_prompt=prompt, choices=(), choice_label="")
        return self.save(copy)

    def delete(self, preset_id: str) -> None:
        if preset_id.startswith(USER_PREFIX):
            self._store.delete(int(preset_id.removeprefix(USER_PREFIX)))
            self.changed.emit()

    @staticmethod
    def _from_row(row: dict[str, Any]) -> Preset:
        return Preset(f"{USER_PREFIX}{row['id']}", row["name"], row["description"],
                      row["system_prompt"], row["temperature"], row["top_p"],
                      row["max_tokens"], row["context_length"])
