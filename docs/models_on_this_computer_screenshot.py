"""docs/models-on-this-computer.png: the Models window's "On this computer" tab over a home
that holds an Ollama store, an LM Studio folder, a GPT4All folder and a Jan model that Jan
has since deleted. The models are tiny real GGUF files made sparse to the sizes such models
have, so the sizes and the fit labels read as they would (nothing big is written to disk).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/models_on_this_computer_screenshot.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models.catalog import load_catalog  # noqa: E402
from app.models.download import Downloader  # noqa: E402
from app.models.elsewhere import ModelsElsewhere  # noqa: E402
from app.models.importer import ModelImports  # noqa: E402
from app.models.queue import DownloadManager  # noqa: E402
from app.ui.model_manager import ModelManager  # noqa: E402
from tests.tiny_models import write_tiny_model  # noqa: E402
from tests.unit.test_models_on_disk import ollama_pull  # noqa: E402

GB = 10**9
OUT = ROOT / "docs" / "models-on-this-computer.png"


def sparse(model: Path, target: Path, size: int) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(model.read_bytes())
    os.truncate(target, size)  # the header says less than this: read as a whole model
    return target


def build_home(root: Path) -> tuple[Path, Path]:
    made = root / "made"
    made.mkdir()
    tiny = {family: write_tiny_model(made / f"{family}.gguf", family, seed=i)
            for i, family in enumerate(("llama", "qwen2", "gemma3", "phi3"))}
    home = root / "home" / "user"
    for name, tag, family, size in (("llama3.2", "3b", "llama", 2.02), ("qwen3", "8b",
                                    "qwen2", 5.23), ("gemma3", "27b", "gemma3", 17.4)):
        pulled = sparse(tiny[family], made / f"{name}-{tag}", int(size * GB))
        ollama_pull(home / ".ollama" / "models", name, tag, pulled)
    lmstudio = home / ".lmstudio" / "models"
    sparse(tiny["qwen2"], lmstudio / "lmstudio-community" / "Qwen3-14B-GGUF" /
           "Qwen3-14B-Q4_K_M.gguf", int(9.0 * GB))
    sparse(tiny["phi3"], lmstudio / "bartowski" / "Phi-4-mini-instruct-GGUF" /
           "Phi-4-mini-instruct-Q6_K.gguf", int(3.16 * GB))
    sparse(tiny["llama"], home / ".local" / "share" / "nomic.ai" / "GPT4All" /
           "Meta-Llama-3-8B-Instruct.Q4_0.gguf", int(4.66 * GB))
    gone = sparse(tiny["gemma3"], home / "jan" / "models" / "gemma-2-9b-it" /
                  "gemma-2-9b-it-Q4_K_M.gguf", int(5.76 * GB))
    return home, gone


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with TemporaryDirectory() as tmp:
        home, gone = build_home(Path(tmp))
        models = Path(tmp) / "hearth" / "models"
        elsewhere = ModelsElsewhere(models, home=home, env={}, platform="linux")
        elsewhere.scan()
        gone.unlink()  # Jan deleted it after Hearth found it
        downloads = DownloadManager(Downloader(models), models)
        manager = ModelManager(load_catalog(), models, downloads, lambda: 16 * GB,
                               lambda: None, imports=ModelImports(models, "log"),
                               elsewhere=elsewhere)
        manager.resize(980, 520)
        manager.tabs.setCurrentIndex(3)
        manager.show()
        manager.elsewhere_table.selectRow(3)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        manager.grab().save(str(OUT))
        manager.close()
        downloads.shutdown()
    del app
    print(f"saved {OUT}")


if __name__ == "__main__":
    main()
