"""PDF: the HTML page drawn by Qt's own PDF writer, on A4 or US Letter.

Qt is imported here, inside the function, so that nothing else in the headless packages loads
it; without a running application one is created on the offscreen platform, which needs no
display.
"""

from __future__ import annotations

import os
from typing import Any

from editor.document.nodes import Document
from editor.export.html import render_html
from editor.export.options import HtmlOptions, PdfOptions

# Page margins (left, top, right, bottom): wide sides keep a line near 85 characters at 10.5pt,
# easier to follow than the 100 a full-width A4 line holds; the footer sits inside the bottom.
_MARGINS_MM = (24.0, 20.0, 24.0, 16.0)
_HEADING_ROOM_IN = 0.6  # a heading needs this much page below it (three lines of text)


def render_pdf(doc: Document, options: PdfOptions | None = None) -> bytes:
    options = options or PdfOptions()
    html = render_html(doc, HtmlOptions(table_of_contents=False, for_print_engine=True))

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

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
            QMarginsF(*_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(144)
    writer.setTitle(doc.title)
    writer.setCreator("Policywright")
    if hasattr(writer, "setAuthor"):
        writer.setAuthor(doc.meta.publisher)

    text = QTextDocument()
    # Lay the text out on the writer itself, so that point sizes and the page width are
    # measured at the PDF's resolution rather than the screen's.
    text.documentLayout().setPaintDevice(writer)
    text.setDocumentMargin(0)
    text.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = writer.resolution() * 0.4  # room for the page number, in pixels
    body_height = page.height() - footer
    text.setPageSize(QSizeF(page.width(), body_height))
    _keep_headings_with_text(text, body_height, room=writer.resolution() * _HEADING_ROOM_IN)

    painter = QPainter(writer)
    painter.setFont(QFont("Liberation Sans", 8))
    layout = text.documentLayout()
    for index in range(text.pageCount()):
        if index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * body_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * body_height, page.width(), body_height)
        painter.setClipRect(context.clip)
        layout.draw(painter, context)
        painter.restore()
        number = QRectF(0, body_height, page.width(), footer)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(index + 1))
    painter.end()
    del writer
    buffer.close()
    return bytes(data.data())


def _keep_headings_with_text(text: Any, body_height: float, room: float) -> None:
    """Move to the next page any heading left at the foot of a page with no text under it.

    Qt's rich text has no "keep with next"; so after layout, a heading with less than ``room``
    left below it on its page gets a page break before it. Moving one heading moves all that
    follows, so the text is laid out again before the search goes on from there; a page holds
    at most one such heading, which bounds the number of moves.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    layout = text.documentLayout()
    block = text.begin()
    moves = text.pageCount()  # also finishes Qt's lazy layout before anything is measured
    while block.isValid() and moves > 0:
        style = block.blockFormat()
        if (
            style.headingLevel() > 1
            and style.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
        ):
            box = layout.blockBoundingRect(block)
            bottom = box.bottom()
            # A heading across the foot of a page (its margin on one page, its line on the
            # next) also moves: its words are printed, clipped, at the foot of the first.
            across = box.top() // body_height != bottom // body_height
            # What follows may not split where the heading leaves room (a table's first row
            # and caption go over whole): then the heading follows it to the next page.
            after = block.next()
            while after.isValid() and not after.text().strip():  # the empty block before a table
                after = after.next()
            parted = after.isValid() and (
                layout.blockBoundingRect(after).top() // body_height != bottom // body_height
            )
            if across or parted or (bottom // body_height + 1) * body_height - bottom < room:
                style.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(style)
                moves -= 1
                text.pageCount()  # lay out again: everything after this heading moved
        block = block.next()


def export_pdf(doc: Document, options: PdfOptions | None = None) -> bytes:
    return render_pdf(doc, options)
