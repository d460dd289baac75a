"""The record of processing activities as an XLSX workbook, laid out like the supervisory
authorities' templates: the controller's details at the top, then a table with one row per
processing activity and a column per point of Art. 30(1); a second sheet lists the answers
the record still needs."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from editor.records.ropa import COLUMNS, ProcessingRecord

TITLE = "Record of processing activities (GDPR Art. 30(1))"
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
# A fixed creation date, so the same answers give the same file (it diffs and caches well).
_EPOCH = dt.datetime(2000, 1, 1)
_WIDTH = 34  # characters per column
_LINE_POINTS = 15


def _as_text(sheet: Worksheet, row: int) -> None:
    """Keep every cell of ``row`` text: openpyxl would store "=..." as a formula, and a name
    such as "=HYPERLINK(...)" must not run when the file is opened."""
    for cell in sheet[row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _fit_height(sheet: Worksheet, row: int) -> None:
    """Give a row the height its wrapped text needs: spreadsheets do not grow a row for text
    written by a program until it is edited, so long cells would be cut off or overlap."""
    lines = 1
    for cell in sheet[row]:
        text = str(cell.value or "")
        need = sum(max(1, -(-len(part) // (_WIDTH - 4))) for part in text.split("\n"))
        lines = max(lines, need)
    sheet.row_dimensions[row].height = lines * _LINE_POINTS


def ropa_xlsx(record: ProcessingRecord, *, as_of: dt.date | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Record of processing"
    _fill_record(sheet, record, as_of)
    _fill_unanswered(workbook.create_sheet("Still to answer"), record)
    workbook.properties.title = TITLE
    workbook.properties.creator = "Policywright"
    workbook.properties.created = workbook.properties.modified = _EPOCH
    out = io.BytesIO()
    workbook.save(out)
    return _without_timestamps(out.getvalue())


def _without_timestamps(xlsx: bytes) -> bytes:
    """The same workbook dated ``_EPOCH`` throughout: zip entries carry the time they were
    written and openpyxl stamps the save time as "modified", so two exports would differ."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(entry.filename, date_time=_EPOCH.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)
    return out.getvalue()


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fill_record(sheet: Worksheet, record: ProcessingRecord, as_of: dt.date | None) -> None:
    sheet.append([TITLE])
    sheet["A1"].font = Font(bold=True, size=14)
    if as_of is not None:
        sheet.append(["As of", as_of.isoformat()])
    sheet.append([])
    sheet.append(["Controller (Art. 30(1)(a))"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for label, value in record.controller:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).alignment = _WRAP
        sheet.cell(sheet.max_row, 2).alignment = _WRAP
        _as_text(sheet, sheet.max_row)
        _fit_height(sheet, sheet.max_row)
    sheet.append([])
    sheet.append([f"{c.heading}\n{c.article}" for c in COLUMNS])
    header = sheet.max_row
    for col in range(1, len(COLUMNS) + 1):
        cell = sheet.cell(header, col)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
    _fit_height(sheet, header)
    for activity in record.activities:
        sheet.append(activity.row())
        for col in range(1, len(COLUMNS) + 1):
            sheet.cell(sheet.max_row, col).alignment = _WRAP
        _as_text(sheet, sheet.max_row)
        _fit_height(sheet, sheet.max_row)
    for col in range(1, len(COLUMNS) + 1):
        sheet.column_dimensions[get_column_letter(col)].width = _WIDTH
    sheet.freeze_panes = sheet.cell(header + 1, 2)
    sheet.print_title_rows = f"{header}:{header}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _fill_unanswered(sheet: Worksheet, record: ProcessingRecord) -> None:
    sheet.append(["Answer to give", "Why the record needs it"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for gap in record.unanswered:
        sheet.append([gap.path, gap.question])
        _as_text(sheet, sheet.max_row)
        sheet.cell(sheet.max_row, 2).alignment = _WRAP
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 80
