"""Draws the app icon (a flame on a warm tile) into resources/icons/ as PNG and ICO.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QLinearGradient(0, 0, 0, size)
    tile.setColorAt(0, QColor("#3b2f5c"))
    tile.setColorAt(1, QColor("#1d1733"))
    painter.setBrush(tile)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)

    def flame(scale: float, top: str, bottom: str) -> None:
        s = size * scale
        cx, base = size / 2, size * 0.80
        path = QPainterPath(QPointF(cx, base))
        path.cubicTo(QPointF(cx - s * 0.55, base), QPointF(cx - s * 0.55, base - s * 0.55),
                     QPointF(cx - s * 0.25, base - s * 0.8))
        path.cubicTo(QPointF(cx - s * 0.2, base - s * 0.55), QPointF(cx, base - s * 0.6),
                     QPointF(cx, base - s * 1.05))
        path.cubicTo(QPointF(cx + s * 0.5, base - s * 0.75), QPointF(cx + s * 0.6,
                     base - s * 0.3), QPointF(cx + s * 0.45, base - s * 0.12))
        path.cubicTo(QPointF(cx + s * 0.35, base), QPointF(cx + s * 0.1, base),
                     QPointF(cx, base))
        gradient = QLinearGradient(0, base - s, 0, base)
        gradient.setColorAt(0, QColor(top))
        gradient.setColorAt(1, QColor(bottom))
        painter.setBrush(gradient)
        painter.drawPath(path)

    flame(0.62, "#ffd36e", "#ff6a2b")
    flame(0.34, "#fff6d6", "#ffb347")
    painter.setBrush(QColor("#8a5a3b"))
    painter.drawRoundedRect(QRectF(size * 0.24, size * 0.80, size * 0.52, size * 0.07),
                            size * 0.03, size * 0.03)
    painter.end()
    return image


def main() -> None:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "hearth.png"))
    draw(256).save(str(OUT / "hearth.ico"))
    draw(512).save(str(OUT / "hearth-512.png"))
    print(OUT)


if __name__ == "__main__":
    main()
