"""PDF: the HTML page drawn by Qt's own PDF writer, on A4 or US Letter.

Qt is imported here, inside the function, so that nothing else in the headless packages loads
it; without a running application one is created on the offscreen platform, which needs no
display.
"""

from __future__ import annotations

import os

from editor.document.nodes import Document
from editor.export.html import render_html
from editor.export.options import HtmlOptions, PdfOptions

_MARGIN_MM = 18.0


def render_pdf(doc: Document, options: PdfOptions | None = None) -> bytes:
    options = options or PdfOptions()
    html = render_html(doc, HtmlOptions(table_of_contents=False, for_print_engine=True))

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["policywright", "-platform", "offscreen"])

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size = QPageSize.PageSizeId.A4 if options.paper == "a4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(doc.title)
    writer.setCreator("Policywright")
    if hasattr(writer, "setAuthor"):
        writer.setAuthor(doc.meta.publisher)

    text = QTextDocument()
    text.setDocumentMargin(0)
    text.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    text.setPageSize(QSizeF(rect.width(), rect.height()))
    text.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def export_pdf(doc: Document, options: PdfOptions | None = None) -> bytes:
    return render_pdf(doc, options)
