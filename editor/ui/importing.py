"""File › Start from my current policy… and File › Review what was imported….

Starting reads the old policy the owner chooses (web page, Word, Markdown, PDF or text) into a
new, unsaved project: every section of the old text kept as their own, marked "imported — to
review", and the answers recognised in it held as proposals. The review then shows each
proposal with the sentence it came from, to accept or reject (see ``editor.ui.importreview``).
Nothing recognised is an answer until it is accepted.

A window part: it sees the window only as an ``EditorWindow`` and is given the one thing of
the file controller it needs, the question whether the open project may be dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.ui.window import FILE_MENU

if TYPE_CHECKING:
    from editor.catalog import Catalog
    from editor.model import Project
    from editor.ui.window import EditorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def file_filter() -> str:
    return _tr(
        "Privacy policies (*.html *.htm *.docx *.md *.markdown *.txt *.pdf);;"
        "Web pages (*.html *.htm);;Word documents (*.docx);;Markdown (*.md *.markdown);;"
        "PDF (*.pdf);;Text (*.txt);;All files (*)"
    )


# --- questions to the user (replaced in tests) --------------------------------------------------


def choose_policy_file(parent: QWidget, folder: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Choose the privacy policy you have now"), folder, file_filter()
    )
    return Path(name) if name else None


def ask_import_anyway(parent: QWidget, name: str, reason: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("This may not be a privacy policy"),
        _tr("“{name}”: {reason}").format(name=name, reason=reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_unreadable(parent: QWidget, name: str, reason: str) -> None:
    QMessageBox.warning(
        parent,
        _tr("This file cannot be imported"),
        _tr("“{name}” could not be imported: {reason}").format(name=name, reason=reason),
    )


def review_dialog(window: EditorWindow, catalog: Catalog) -> None:
    from editor.ui.importreview import review

    review(window, catalog)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a long policy is read (a second or two at most)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- the window part ----------------------------------------------------------------------------


def _has_something_to_review(project: Project) -> bool:
    imported = project.imported
    return bool(imported.source_name or imported.proposals) and (
        bool(imported.open_proposals()) or any(s.review for s in project.custom_sections)
    )


class ImportController:
    """The two File menu entries of an import, and what they do."""

    def __init__(self, window: EditorWindow, may_drop_project: Callable[[], bool]) -> None:
        self.window = window
        self.may_drop_project = may_drop_project
        parent = window.widget()
        self.start_action = QAction(_tr("S&tart from my current policy…"), parent)
        self.start_action.setToolTip(
            _tr("Start a project from the privacy policy you already have (web page, Word, "
                "Markdown, PDF or text), keeping all its text")
        )  # fmt: skip
        self.start_action.triggered.connect(lambda _checked=False: self.start_from_policy())
        window.add_action(self.start_action, FILE_MENU)
        self.review_action = QAction(_tr("Re&view what was imported…"), parent)
        self.review_action.setToolTip(
            _tr("Accept or reject the answers found in your old policy, one by one")
        )
        self.review_action.triggered.connect(lambda _checked=False: self.review())
        window.add_action(self.review_action, FILE_MENU)
        window.session.changed.connect(lambda _path: self._update())
        window.session.projectReplaced.connect(self._update)
        self._update()

    def _update(self) -> None:
        session = self.window.session
        # While the project loads, the model is not imported yet: the window shows first.
        self.review_action.setEnabled(
            not session.loading and _has_something_to_review(session.project)
        )

    def start_from_policy(self) -> bool:
        """Ask for the old policy, import it as a new project and open the review."""
        if not self.may_drop_project():
            return False
        settings = self.window.settings
        path = choose_policy_file(
            self.window.widget(), settings.get("files/last_folder") or str(Path.home())
        )
        if path is None:
            return False
        from editor.catalog import load_catalog

        catalog = load_catalog()
        project = self._read(path, catalog)
        if project is None:
            return False
        settings.set("files/last_folder", str(path.parent))
        # An untitled project with unsaved changes: closing it asks where to save it.
        self.window.session.replace(project, None, modified=True)
        found = len(project.imported.proposals)
        self.window.statusBar().showMessage(
            _tr("Imported {name}: {sections} sections kept, {found} answers to review.").format(
                name=path.name, sections=len(project.custom_sections), found=found
            ),
            10000,
        )
        review_dialog(self.window, catalog)
        return True

    def _read(self, path: Path, catalog: Catalog) -> Project | None:
        """The imported project, or None once the user has been told why not."""
        from editor.importer import NotAPolicyError, PolicyImportError, import_policy

        parent = self.window.widget()
        anyway = False
        while True:
            try:
                with _busy():
                    return import_policy(path, catalog, anyway=anyway)
            except NotAPolicyError as err:  # only raised when not importing anyway
                if not ask_import_anyway(parent, path.name, err.message):
                    return None
                anyway = True
            except PolicyImportError as err:
                tell_unreadable(parent, path.name, err.message)
                return None

    def review(self) -> None:
        from editor.catalog import load_catalog

        review_dialog(self.window, load_catalog())
