"""The Settings dialog's screenshot (docs/settings-dialog.png), as a user without a system
keyring sees it: the local API's token kept in a file, and where.

    QT_QPA_PLATFORM=offscreen python -m docs.settings_dialog_screenshot
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.settings import Settings
from app.ui.settings_dialog import SettingsDialog


class _FileKept:
    """Where a keyring-less computer keeps the token; a made-up home, not this machine's."""

    where = "file"
    file = Path("/home/you/.config/Hearth/api-token")

    def get(self) -> str | None:
        return None


class _InMemory(_FileKept):
    where = "memory"  # the Hugging Face token's place without a keyring


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    kept: Any = _FileKept()
    memory: Any = _InMemory()
    dialog = SettingsDialog(Settings(serve_api=True), tokens=memory,
                            api_token="uT4n0b2Qv1-example-token-7sK", api_token_store=kept)
    dialog.show()
    app.processEvents()
    out = Path(__file__).with_name("settings-dialog.png")
    dialog.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
