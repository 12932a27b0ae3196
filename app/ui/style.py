"""The look: a calm, light style sheet applied once at start-up."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.resources import resource

ASSISTANT_BACKGROUND = "#ffffff"

STYLE = """
QMainWindow, QWidget#messageColumn { background: #fbfbfa; }
QListView { border: none; background: #f1f0ed; }
QListView::item { border-radius: 6px; margin: 1px 2px; }
QListView::item:selected { background: #dfe7f5; color: #1d2433; }
QFrame#userMessage { background: #e8effb; border: 1px solid #d6e1f5; border-radius: 10px; }
QFrame#assistantMessage { background: """ + ASSISTANT_BACKGROUND + """;
                          border: 1px solid #e6e4df; border-radius: 10px; }
QLabel#messageRole { font-weight: 600; color: #3b4252; }
QLabel#messageNote { color: #8a6d3b; padding-left: 6px; }
QLabel#chatTitle { font-size: 15px; font-weight: 600; padding: 4px 2px; }
QFrame#bannerFrame { background: #fff4e5; border: 1px solid #f0c987; border-radius: 6px; }
QLabel#banner { background: transparent; border: none; padding: 2px; color: #6b4a12; }
QFrame#bannerFrame QPushButton { padding: 4px 10px; }
QLabel#messageDetail { color: #8a3b12; padding: 2px 0; }
QLabel#messageDetail[empty="true"] { color: #6e7781; font-style: italic; }
QPushButton#showAllButton { padding: 4px 10px; margin-top: 4px; }
QLabel#draftProblem { color: #cf222e; padding: 2px 4px; }
QFrame#offerBar { background: #eef4ff; border-bottom: 1px solid #cfdcf5; }
QFrame#offerBar QLabel { color: #1d2433; }
QLabel#contextMeter { color: #6e7781; padding: 0 8px; }
QLabel#contextMeter[level="near"] { color: #9a6700; font-weight: 600; }
QLabel#contextMeter[level="over"] { color: #cf222e; font-weight: 600; }
QLabel#editNotice { color: #1d4ed8; padding: 2px 4px; }
QPushButton#messageAction { padding: 1px 6px; min-width: 0; color: #57606a; }
QPushButton#messageAction:hover { color: #1d4ed8; }
QLabel#messageVersion { color: #57606a; padding: 0 2px; }
QListWidget#pickList { background: #ffffff; border: 1px solid #d0d4dc; border-radius: 6px; }
QListWidget#pickList::item { padding: 6px 8px; border-bottom: 1px solid #eeeeee; }
QListWidget#pickList::item:selected { background: #dfe7f5; color: #1d2433; }
QLabel#trimNotice { color: #8a8f98; font-style: italic; padding: 4px; }
QLabel#emptyHint { color: #8a8f98; font-size: 14px; padding: 40px; }
QPlainTextEdit { border: 1px solid #d0d4dc; border-radius: 8px; padding: 6px;
                 background: #ffffff; }
QPushButton#sendButton { background: #2f6fde; color: white; border-radius: 8px;
                         padding: 8px 14px; font-weight: 600; }
QPushButton#sendButton:disabled { background: #a9bde6; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(resource("icons", "hearth.png"))))
