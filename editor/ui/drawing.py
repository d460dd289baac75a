"""Small marks drawn rather than shipped as image files, so they are sharp at any DPI."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

SCALE = 2  # drawn at twice the size: sharp on high-DPI screens, scaled down on the others


def drawn_icon(size: int, draw: Callable[[QPainter, QRectF], None]) -> QIcon:
    """An icon of ``size`` px; ``draw`` paints it, given the circle most marks fill."""
    pixmap = QPixmap(size * SCALE, size * SCALE)
    pixmap.setDevicePixelRatio(SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        draw(painter, QRectF(2, 2, size - 4, size - 4))
    finally:
        painter.end()
    return QIcon(pixmap)
