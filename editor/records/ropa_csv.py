"""The record of processing activities as CSV: one row per activity, for a spreadsheet or a
register tool to import. The controller's details fill the first column of every row, so that
each row stands on its own when rows are filtered or pasted elsewhere."""

from __future__ import annotations

import csv
import io

from editor.records.ropa import COLUMNS, ProcessingRecord

CONTROLLER_HEADING = "Controller and contact details (Art. 30(1)(a))"
# A spreadsheet reads a cell that starts with one of these as a formula: a business name such
# as "=HYPERLINK(...)" would run when the file is opened. An apostrophe keeps it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def ropa_csv(record: ProcessingRecord) -> bytes:
    controller = "; ".join(f"{label}: {value}" for label, value in record.controller)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([CONTROLLER_HEADING, *(f"{c.heading} ({c.article})" for c in COLUMNS)])
    for activity in record.activities:
        writer.writerow([as_text(cell) for cell in (controller, *activity.row())])
    # A byte-order mark, so that Excel opens the file as UTF-8 (names with accents survive).
    return out.getvalue().encode("utf-8-sig")
