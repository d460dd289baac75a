"""Exporting what else the answers fill in, from File › Export As: the app stores' answers, the
privacy manifest, the record of processing activities and the cookie banner's configuration."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from editor.records.unanswered import Unanswered
    from editor.ui.exporting import ExportController

# Menu text of each records format (editor/records/outputs.py), in menu order.
RECORD_MENU_TEXTS = {
    "apple-privacy": "App Privacy answers for &Apple…",
    "xcprivacy": "Privacy manifest (PrivacyInfo.&xcprivacy)…",
    "play-data-safety": "Data safety answers for &Google Play…",
    "ropa-xlsx": "&Record of processing activities (XLSX)…",
    "ropa-csv": "Record of processing activities (CS&V)…",
    "cookieconsent": "&Cookie banner configuration (CookieConsent)…",
}
_FILTERS = {
    ".html": "Web page (*.html)",
    ".xcprivacy": "Privacy manifest (*.xcprivacy)",
    ".xlsx": "Workbook (*.xlsx)",
    ".csv": "CSV (*.csv)",
    ".js": "JavaScript (*.js)",
}
# How many missing answers the message lists before it says how many more there are.
_SHOWN = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def export_record(exporter: ExportController, fmt: str) -> bool:
    """Ask where to write the ``fmt`` output and write it; then say what it left out."""
    from editor.records import OUTPUTS

    output = OUTPUTS[fmt]
    missing: list[Unanswered] = []

    def make() -> bytes:
        data, unanswered = output.build(exporter.session.project)
        missing.extend(unanswered)
        return data

    name = output.file_for(exporter.project_stem())
    path = exporter.write_chosen_file(
        _tr("Export {what}").format(what=_tr(RECORD_MENU_TEXTS[fmt]).replace("&", "").rstrip("…")),
        _tr("It was not exported"),
        name,
        _tr(_FILTERS[Path(name).suffix.lower()]),
        make,
    )
    if path is not None and missing:
        _tell_left_out(exporter, path, missing)
    return path is not None


def _tell_left_out(exporter: ExportController, path: Path, missing: list[Unanswered]) -> None:
    from PySide6.QtWidgets import QMessageBox

    lines = [f"• {gap.question}" for gap in missing[:_SHOWN]]
    if len(missing) > _SHOWN:
        lines.append(_tr("…and {count} more.").format(count=len(missing) - _SHOWN))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Some answers are still missing"),
        _tr("{name} was written without what these answers would add:").format(name=path.name),
        QMessageBox.StandardButton.Ok,
        exporter.parent_widget,
    )
    box.setInformativeText("\n".join(lines))
    box.exec()
