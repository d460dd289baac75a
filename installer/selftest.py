"""A check of the bundled Qt, run by the bundle itself (POLICYWRIGHT_BUNDLE_SELF_TEST=1).

Until the editor window can be started and closed from a test, this is what proves that the
bundle's Qt can start, show a window, draw the SVG icon, read the common image formats and
write a PDF with text in it: the plugins and fonts the editor depends on. It prints JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    from PySide6 import QtPrintSupport  # noqa: F401  (the print dialog's module loads)
    from PySide6.QtCore import QMarginsF, QTimer, qVersion
    from PySide6.QtGui import (
        QGuiApplication,
        QIcon,
        QImageReader,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )
    from PySide6.QtWidgets import QApplication, QLabel

    from editor.paths import resources_dir

    app = QApplication(sys.argv[:1])
    icon = QIcon(str(resources_dir() / "icons" / "policywright.svg"))
    app.setWindowIcon(icon)
    label = QLabel("Policywright")
    label.show()
    QTimer.singleShot(0, app.quit)
    app.exec()

    pdf = Path(tempfile.mkdtemp()) / "check.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20))
    document = QTextDocument()
    document.setHtml("<h1>Privacy policy</h1><p>We keep your data safe.</p>")
    document.print_(writer)
    del writer

    report = {
        "qt": qVersion(),
        "platform": QGuiApplication.platformName(),
        "window_shown": label.isVisible() or label.windowHandle() is not None,
        "icon_pixels": not icon.pixmap(64, 64).isNull(),
        "image_formats": sorted(f.data().decode() for f in QImageReader.supportedImageFormats()),
        "pdf_bytes": pdf.stat().st_size,
        "pdf_starts": pdf.read_bytes()[:5].decode("latin-1"),
    }
    print(json.dumps(report, sort_keys=True))
    return 0
