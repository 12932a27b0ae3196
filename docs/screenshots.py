"""Regenerates the pictures in docs/: the real windows, offscreen.

- hearth-chat.png: the main window with a scripted Markdown reply;
- models-catalog.png, models-downloads.png: the Models window, downloading from a local
  Hub server (tests/hub_server.py) with one transfer running, one paused, one refused;
- import-refused.png: what a user sees when a file is not a usable model;
- hearth-branches.png: a reply regenerated twice, its versions shown as "2/3";
- preset-picker.png: New chat from preset, with Translate's language;
- context-meter.png: the header's context meter warning that the window is nearly full;
- trash.png: the trash, with days left before each conversation goes for good;
- remote-conversation.png: a conversation on a model served by another machine (a local
  stand-in for an OpenAI-compatible server), its header saying where the text goes;
- settings-api-gpu.png: Settings with the local API on and GPU layers on Auto;
- offer-speed.png, models-catalog-speed.png: the offer of an instruct model and the catalog
  with each model's estimated tokens/s, on a 2-core computer that measured the bundled
  model at SPEED_SHOWN tokens/s (bench/speed_estimate.py measures it).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [speed]

`speed` makes only the two speed pictures.

The reply comes from the scripted fake engine so that the picture shows Markdown, a code
block and a list; `python -m app --self-test --screenshot FILE` takes one with the real
bundled model (docs/hearth-selftest.png).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.paths import AppPaths  # noqa: E402
from app.store.conversations import ConversationStore  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from app.wiring import Overrides, build  # noqa: E402
from tests.fakes import FakeEngineFactory, Script  # noqa: E402

REPLY = """Here is a small function that reverses the words in a sentence:

```python
def reverse_words(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))

print(reverse_words("chat stays on your computer"))
```

How it works:

1. `split()` breaks the sentence on whitespace.
2. `reversed()` walks the words from the end.
3. `" ".join(...)` glues them back together.

More in the [Python docs](https://docs.python.org/3/library/stdtypes.html#str.split)."""


# The bundled model's decode speed on a 2-core machine: bench/speed_estimate.py measured
# 34-65 tokens/s there while others shared the cores, 76 when quiet; the pictures show the
# estimates calibrated from a figure in between.
SPEED_SHOWN = 60.0
BUNDLED_BYTES = 253_113_024


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        script = Script()
        script.replies.append(REPLY)
        built = build(paths, Overrides(model=Path("gemma-3-270m-q4_k_m.gguf")),
                      engine_factory=FakeEngineFactory(script), bundled=lambda: None)
        store = built.store
        now = time.time()
        for title, question, answer, age_days in [
            ("Trip ideas for a rainy weekend", "Ideas for a rainy weekend?", "Museums…", 40),
            ("Sourdough starter schedule", "How often do I feed it?", "Once a day…", 3),
            ("Explain TCP vs UDP", "TCP vs UDP?", "TCP is reliable…", 1),
            ("Packing list for Lisbon", "What should I pack?", "Light layers…", 0),
        ]:
            when = now - age_days * 86400 - 3600
            dated = ConversationStore(store.db, clock=lambda when=when: when)
            conversation = dated.create_conversation("")
            dated.add_message(conversation.id, "user", question)
            dated.add_message(conversation.id, "assistant", answer)
            dated.rename(conversation.id, title)
            if age_days == 40:
                store.pin(conversation.id)
        window = built.window
        window.resize(1100, 720)
        window.show()
        window.start_model()
        spin(0.5)
        speed_pictures(window)
        if sys.argv[1:] == ["speed"]:
            window.close()
            built.engine.shutdown()
            return
        window.new_chat()
        window.chat.prompt.setPlainText("Write a Python function that reverses the words in "
                                        "a sentence, and explain it.")
        window.chat.send_button.click()
        spin(1.0)
        window.speed_label.setText("")  # a scripted reply's speed means nothing
        spin(0.3)
        out = ROOT / "docs" / "hearth-chat.png"
        window.grab().save(str(out))
        print(out)
        models_pictures(window, Path(tmp))
        history_pictures(built, script)
        remote_pictures(built)
        window.close()
        built.engine.shutdown()


def speed_pictures(window: Any) -> None:
    """The offer and the catalog as wiring shows them once a reply has been measured: the
    estimator is fed here as wiring feeds it after a local reply."""
    from app.models.speed import SpeedEstimator

    speed = SpeedEstimator(cores=2)
    speed.record(BUNDLED_BYTES, SPEED_SHOWN, tokens=128)
    catalog = window.models.catalog
    memory = 16 * 10**9
    best = catalog.best_instruct(memory, speed)
    window.offer_bar.offer(catalog.get("gemma-3-270m").name, best,
                           speed.tokens_per_s(best.bytes_per_token))
    spin(0.3)
    window.grab().save(str(ROOT / "docs" / "offer-speed.png"))
    window.offer_bar.hide()

    from app.ui.model_manager import ModelManager

    manager = ModelManager(catalog, window.paths.models, window.models.downloads,
                           lambda: memory, lambda: None)
    manager.resize(1000, 1110)  # every row: where the fast ones end shows
    manager.show()
    manager.catalog_model.fill(catalog.recommended(memory, speed), memory, set(), speed)
    spin(0.3)
    manager.grab().save(str(ROOT / "docs" / "models-catalog-speed.png"))
    manager.close()


def history_pictures(built: Any, script: Script) -> None:
    from app.ui.trash_dialog import TrashDialog

    window = built.window
    window.offer_bar.hide()
    script.replies.extend([
        "Here is a shorter one:\n\n```python\ndef reverse_words(s: str) -> str:\n"
        "    return ' '.join(s.split()[::-1])\n```",
        "Split the sentence into words, reverse the list, and join it again with spaces.",
    ])
    reply = window.chat.message_widgets()[-1]
    for _ in range(2):
        reply.actions_bar.regenerate_button.click()
        spin(0.8)
        reply = window.chat.message_widgets()[-1]
    reply.actions_bar.previous_button.click()
    spin(0.5)
    window.speed_label.setText("")  # a scripted reply's speed means nothing
    window.grab().save(str(ROOT / "docs" / "hearth-branches.png"))

    picker = window.preset_actions.choose_preset()
    picker.select("translate")
    picker.choice.setCurrentText("French")
    spin(0.3)
    picker.grab().save(str(ROOT / "docs" / "preset-picker.png"))
    picker.reject()

    conversation_id = window.chat.conversation_id
    built.store.set_settings(conversation_id, {"context_length": 1024, "max_tokens": 256})
    window.chat.prompt.setPlainText("Please proofread this chapter: " + "lorem ipsum " * 330)
    spin(1.0)
    window.grab().save(str(ROOT / "docs" / "context-meter.png"))
    window.chat.prompt.clear()

    for conversation in built.store.conversations()[1:3]:
        window.library.move_to_trash(conversation.id)
    trash = TrashDialog(window.library, lambda *_: False, window)
    trash.show()
    spin(0.3)
    trash.grab().save(str(ROOT / "docs" / "trash.png"))
    trash.close()


def remote_pictures(built: Any) -> None:
    from app.settings import Settings
    from app.ui.settings_dialog import SettingsDialog
    from tests.sse_server import SseState, running_sse

    window = built.window
    state = SseState(models=["llama-3.3-70b-instruct"], words=[
        "A", " lighthouse", " keeper", " trims", " the", " wick", " at", " dusk", " and",
        " writes", " the", " weather", " in", " the", " log."])
    with running_sse(state) as (url, _):
        connections = window.models.connections
        connections.add("gpu-server", url)
        deadline = time.monotonic() + 10
        while not connections.saved()[0].models and time.monotonic() < deadline:
            spin(0.1)
        window.new_chat()
        ref = connections.model_choices()[0][1]
        window.model_choice.choose_for_conversation(ref)
        spin(1.0)
        window.chat.prompt.setPlainText("What does a lighthouse keeper do in the evening?")
        window.chat.send_button.click()
        spin(1.5)
        window.speed_label.setText("")
        window.grab().save(str(ROOT / "docs" / "remote-conversation.png"))
    settings = Settings(serve_api=True)
    dialog = SettingsDialog(settings, window, window.models.tokens,
                            api_token="hX2k9Qe1vN7bT4mR8sLw0pZc6yJd3uAf")
    dialog.show()
    spin(0.3)
    dialog.grab().save(str(ROOT / "docs" / "settings-api-gpu.png"))
    dialog.close()


def models_pictures(window: Any, tmp: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.models.download import Downloader, DownloadSpec
    from app.models.queue import DownloadManager
    from app.ui.model_manager import ModelManager
    from tests.hub_server import HubFile, HubState, running_hub

    state = HubState()
    state.files["bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf"] = \
        HubFile(os.urandom(64 * 1024 * 1024), bytes_per_s=12 * 1024 * 1024)
    state.files["Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf"] = \
        HubFile(os.urandom(40 * 1024 * 1024), bytes_per_s=40 * 1024 * 1024)
    state.files["google/gemma-3-4b-it-qat-q4_0-gguf/gemma-3-4b-it-q4_0.gguf"] = \
        HubFile(b"x" * 1000, gated_token="hf_never")
    told: list[tuple[str, str]] = []
    with running_hub(state) as (endpoint, _):
        models = tmp / "models"
        downloads = DownloadManager(Downloader(models, endpoint=endpoint), models)
        manager = ModelManager(window.models.catalog, models, downloads, lambda: 25 * 10**9,
                               lambda: None, tell_user=lambda _p, t, m: told.append((t, m)))
        manager.resize(1000, 640)
        manager.show()
        spin(0.3)
        manager.refresh()  # every refill path: a stray button would show here
        manager.refresh()
        spin(0.3)
        manager.grab().save(str(ROOT / "docs" / "models-catalog.png"))
        catalog = window.models.catalog
        qwen = downloads.enqueue(DownloadSpec(
            "Qwen/Qwen2.5-0.5B-Instruct-GGUF", "qwen2.5-0.5b-instruct-q4_k_m.gguf"),
            catalog.get("qwen2.5-0.5b-instruct").name)
        spin(0.4)
        downloads.pause(qwen)
        spin(0.5)
        downloads.enqueue(DownloadSpec("google/gemma-3-4b-it-qat-q4_0-gguf",
                                       "gemma-3-4b-it-q4_0.gguf"),
                          catalog.get("gemma-3-4b-it-qat").name)
        spin(0.5)
        downloads.enqueue(DownloadSpec("bartowski/Llama-3.2-1B-Instruct-GGUF",
                                       "Llama-3.2-1B-Instruct-Q4_K_M.gguf"),
                          catalog.get("llama-3.2-1b-instruct").name)
        spin(1.5)
        manager.tabs.setCurrentIndex(1)
        spin(0.3)
        manager.grab().save(str(ROOT / "docs" / "models-downloads.png"))
        bad = tmp / "holiday-photos.gguf"
        bad.write_bytes(b"\x89PNG\r\n" + os.urandom(2000))
        manager.import_file(bad)
        deadline = time.monotonic() + 20
        while not told and time.monotonic() < deadline:
            spin(0.1)
        box = QMessageBox(QMessageBox.Icon.Warning, told[0][0], told[0][1],
                          QMessageBox.StandardButton.Ok, manager)
        box.show()
        spin(0.3)
        box.grab().save(str(ROOT / "docs" / "import-refused.png"))
        box.close()
        downloads.shutdown()
        manager.close()


if __name__ == "__main__":
    main()
