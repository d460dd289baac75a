"""Exporting the policy from the window: choose a file, compose, write, remember the choice."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from editor.storage import write_failure_reason
from editor.storage.atomic import write_atomic
from editor.ui.dialogs import show_error

if TYPE_CHECKING:
    from editor.document.nodes import Document
    from editor.ui.window import EditorWindow

EXTENSIONS = {"html": "html", "md": "md", "docx": "docx", "pdf": "pdf", "txt": "txt"}
FILTERS = {
    "html": "Web page (*.html)",
    "md": "Markdown (*.md)",
    "docx": "Word document (*.docx)",
    "pdf": "PDF (*.pdf)",
    "txt": "Plain text (*.txt)",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def export_available() -> bool:
    """Whether the composer and exporters are installed (they arrive from another branch)."""
    return all(importlib.util.find_spec(m) is not None for m in ("editor.compose", "editor.export"))


@dataclass(frozen=True)
class Exportable:
    """A document other than the policy to export, such as the notice to customers."""

    make: Callable[[], Document]  # composes the document when the file name is chosen
    dialog_title: str  # "Export notice"
    failed_title: str  # "The notice was not exported"
    name_suffix: str = ""  # added to the suggested file name: "-notice"
    table_of_contents: bool = True


class ExportController(QObject):
    """Exports the window's policy, or another document, to a file the user chooses.

    ``confirm_export`` is asked first (the checks' "Export with errors?"): False stops the export
    before anything is asked or written.
    """

    def __init__(self, window: EditorWindow, confirm_export: Callable[[], bool]) -> None:
        super().__init__(window.widget())
        self.window = window
        self.parent_widget = window.widget()  # of the dialogs
        self.session = window.session
        self.settings = window.settings
        self.confirm_export = confirm_export

    def export_last(self) -> None:
        self.export(self.settings.get("export/last_format"))

    def export(self, fmt: str, other: Exportable | None = None) -> bool:
        """Ask where to write the policy (or ``other``) as ``fmt`` and write it; False if
        cancelled or failed."""
        if not export_available():
            show_error(self.parent_widget, _tr("Export"), _tr("Exporting is not available yet."))
            return False
        if not self.confirm_export():  # errors: the user decides
            return False
        stem = self.project_stem() + (other.name_suffix if other is not None else "")
        title = other.dialog_title if other is not None else _tr("Export policy")
        failed = other.failed_title if other is not None else _tr("The policy was not exported")
        path = self.write_chosen_file(
            title,
            failed,
            f"{stem}.{EXTENSIONS[fmt]}",
            _tr(FILTERS[fmt]),
            lambda: self._render(fmt) if other is None else self._render_other(fmt, other),
        )
        if path is None:
            return False
        if other is None:  # Ctrl+E repeats the policy's format, whatever else was exported
            self.settings.set("export/last_format", fmt)
        return True

    def project_stem(self) -> str:
        """What exported files are named after: the project file, or "privacy-policy"."""
        path = self.session.path
        return path.stem if path is not None else "privacy-policy"

    def write_chosen_file(
        self,
        title: str,
        failed: str,
        suggested_name: str,
        file_filter: str,
        make: Callable[[], bytes],
    ) -> Path | None:
        """Ask where to save (in the last export folder), write ``make()`` there atomically
        and say so; the path written, or None if cancelled or failed (with the reason shown)."""
        project_path = self.session.path
        folder = self.settings.get("export/last_folder") or str(
            project_path.parent if project_path is not None else Path.home()
        )
        extension = Path(suggested_name).suffix.lower()
        from PySide6.QtWidgets import QFileDialog  # here: no dialog is needed at start-up

        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(Path(folder) / suggested_name), file_filter
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != extension:
            path = path.with_name(f"{path.name}{extension}")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = make()
            # Atomic, as the CLI writes: a failed export never leaves half a file where the
            # previous, complete one was.
            write_atomic(path, data, keep_backup=False)
        except OSError as exc:
            show_error(
                self.parent_widget,
                failed,
                _tr("It could not be written to {path}: {reason}.").format(
                    path=path, reason=write_failure_reason(path, exc)
                ),
            )
            return None
        except Exception as exc:
            show_error(self.parent_widget, failed, str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.settings.set("export/last_folder", str(path.parent))
        self.window.statusBar().showMessage(_tr("Exported {name}").format(name=path.name), 5000)
        return path

    def _render(self, fmt: str) -> bytes:
        # Imported here: python-docx, Jinja2 and friends are not needed to start the editor.
        from editor.compose import compose
        from editor.export import EXPORTERS

        document = compose(self.session.project)
        result = EXPORTERS[fmt](document, None)
        return result if isinstance(result, bytes) else str(result).encode("utf-8")

    def _render_other(self, fmt: str, other: Exportable) -> bytes:
        from editor.export import EXPORTERS, HtmlOptions

        options: Any = (
            HtmlOptions(table_of_contents=other.table_of_contents) if fmt == "html" else None
        )
        result = EXPORTERS[fmt](other.make(), options)
        return result if isinstance(result, bytes) else str(result).encode("utf-8")
