"""Versions in the window: publish, the versions panel, restore, notices, the yearly reminder.

The controller owns the "Publish this version…" action, the Versions dock and the reminder
bar, and does what the panel asks through the session: publishing and restoring replace the
project as one undoable step (``Session.replace_project``), so Ctrl+Z takes either back
exactly. The versions package loads in the background after the first preview, so it costs
the start-up nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox, QWidget

from editor.model.fieldpath import FieldPath
from editor.ui.exporting import Exportable
from editor.ui.versionspanel import DRAFT_KEY, ReviewBar, Selection, VersionsPanel
from editor.ui.window import FILE_MENU, VIEW_MENU

if TYPE_CHECKING:
    from editor.document.nodes import Document
    from editor.model import Project
    from editor.ui.analysis import Analyser, Analysis
    from editor.ui.exporting import ExportController
    from editor.ui.window import EditorWindow
    from editor.versions import Comparison

REFRESH_DELAY_MS = 400  # after the last edit, the draft's comparison is brought up to date
# The narrowest page area whose questions fit without scrolling sideways (tests/ui/test_layout.py
# holds every page to 640 px), with its scroll bar.
PAGE_WIDTH = 680
SIDE_BY_SIDE_WIDTH = 780  # two columns of policy text with tables need about this much room


def _tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


def ask_restore(parent: QWidget, label: str) -> bool:
    """Confirm restoring version ``label`` into the draft."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore version {label}?").format(label=label))
    box.setText(
        _tr("Replace the draft's answers with those of version {label}?").format(label=label)
    )
    box.setInformativeText(
        _tr(
            "Your published versions stay as they are. You can undo this with Edit > Undo, "
            "and nothing changes on disk until you save."
        )
    )
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


class VersionsController(QObject):
    """Publishing and the versions panel, for one main window."""

    _loaded = Signal()  # the versions package finished loading in the background

    def __init__(
        self,
        window: EditorWindow,
        dock: QDockWidget,
        *,
        exporter: ExportController,
        analyser: Analyser,
        go_to: Callable[[FieldPath], None],
    ) -> None:
        """``dock`` is the Versions dock the window placed (empty till now); the reminder bar,
        ``review_bar``, is for the window to put above the pages."""
        super().__init__(window.widget())
        self.window = window
        self.parent_widget = window.widget()  # of the dialogs and the version viewers
        self.session = window.session
        self.exporter = exporter
        self.analyser = analyser
        self.go_to = go_to
        self.today: Callable[[], dt.date] = dt.date.today  # tests set the day
        self.review_checked = False  # the reminder has been decided for this project
        self.dismissed = False
        self._ready = False
        self._shown_versions: tuple[object, ...] | None = None
        self.viewers: list[QWidget] = []

        self.panel = VersionsPanel()
        self.dock = dock
        self.dock.setWidget(self.panel)
        window.add_action(self.dock.toggleViewAction(), VIEW_MENU)
        self.dock.visibilityChanged.connect(self._visibility_changed)

        self.publish_action = QAction(_tr("&Publish this version…"), self.parent_widget)
        self.publish_action.setToolTip(
            _tr("Record the current answers as a published version, with its effective date")
        )
        self.publish_action.triggered.connect(lambda _c=False: self.publish())
        window.add_action(self.publish_action, FILE_MENU)
        toggle = self.dock.toggleViewAction()
        toggle.setText(_tr("&Versions"))
        # Shown from the View menu, the dock comes to the front of the preview's tab.
        toggle.triggered.connect(self._toggled)

        self.review_bar = ReviewBar(self.parent_widget)
        self.review_bar.review.clicked.connect(lambda: self.show_panel(DRAFT_KEY))
        self.review_bar.dismiss.clicked.connect(self._dismiss)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)

        self.panel.selectionChanged.connect(self._show_selection)
        self.panel.publishRequested.connect(self.publish)
        self.panel.viewRequested.connect(self.view_version)
        self.panel.restoreRequested.connect(self.restore_version)
        self.panel.noticeRequested.connect(self.export_notice)
        self.panel.comparison.changeActivated.connect(self.go_to)
        self.panel.comparison.sideBySideShown.connect(self._make_room)
        self.session.changed.connect(self._changed)
        self.session.projectReplaced.connect(self._project_replaced)
        self._loaded.connect(self._on_loaded)
        analyser.previewed.connect(self._first_preview)
        if self.dock.isVisible():  # restored open, and on screen before its panel was built
            self.refresh()

    # --- loading -------------------------------------------------------------------------------

    def _first_preview(self, _result: Analysis) -> None:
        self.analyser.previewed.disconnect(self._first_preview)

        def load() -> None:
            import editor.versions  # noqa: F401  (about 0.2 s: not on the window's thread)

            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._loaded.emit()

        threading.Thread(target=load, name="load-versions", daemon=True).start()

    def _on_loaded(self) -> None:
        self._ready = True
        self.check_review()

    # --- following the project -----------------------------------------------------------------

    def _changed(self, path: FieldPath) -> None:
        if not path or path[0] in ("published", "policy"):
            self.check_review()
        if self.dock.isVisible():
            self.refresh_timer.start()

    def _project_replaced(self) -> None:
        self.dismissed = False
        self._shown_versions = None
        self.check_review()
        for viewer in list(self.viewers):
            viewer.close()  # they show versions of the project that was closed

    def refresh(self) -> None:
        """Bring the list and the comparison up to date with the project."""
        self.refresh_timer.stop()
        if not self.dock.isVisible():
            return
        project = self.session.project
        versions = tuple(id(v) for v in project.published)
        if versions != self._shown_versions:
            from editor.versions.words import day

            self._shown_versions = versions
            dates = {
                v.label: (day(v.effective_date, project), day(v.published_on, project))
                for v in project.published
            }
            self.panel.set_versions(project, dates)  # shows the selection's comparison
        else:
            self._show_selection(self.panel.selection())

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh()

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.show_panel()

    def show_panel(self, *select: str) -> None:
        """Show the Versions dock in front, with these versions selected ("" is the draft)."""
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        if select:
            self.panel.select(*select)

    # --- the comparison ------------------------------------------------------------------------

    def _pair(self, selection: Selection) -> tuple[str | None, str] | str:
        """The labels to compare (from, to) for ``selection``, or why there are none."""
        from editor.versions import DRAFT

        published = [v.label for v in self.session.project.published]
        keys = selection.keys
        if not published:
            return _tr(
                "Nothing is published yet. When the policy is ready, use File > Publish this "
                "version…; later versions are then compared with it."
            )
        if not keys:
            return _tr(
                "Select a version to see what it changed, the draft to see what you have not "
                "published yet, or two versions to compare them."
            )
        if len(keys) > 2:
            return _tr("Select at most two versions to compare.")
        if len(keys) == 2:
            return keys[0], keys[1] or DRAFT
        if keys[0] == DRAFT_KEY:
            return None, DRAFT
        index = published.index(keys[0])
        if index == 0:
            return _tr(
                "Version {label} is the first published version, so there is nothing before it "
                "to compare with. Use View to read it."
            ).format(label=keys[0])
        return published[index - 1], keys[0]

    def _show_selection(self, selection: Selection) -> None:
        from editor.versions import DRAFT, VersionError, compare_versions

        pair = self._pair(selection)
        view = self.panel.comparison
        if isinstance(pair, str):
            view.show_message(pair)
            return
        project = self.session.project
        try:
            comparison = compare_versions(project, *pair)
        except VersionError as exc:
            view.show_message(exc.message)
            return
        view.show_comparison(
            comparison,
            project,
            lambda: self._documents(comparison),
            links=pair[1] == DRAFT,
        )

    def _documents(self, comparison: Comparison) -> tuple[Document, Document]:
        from editor.compose import compose
        from editor.versions import snapshot

        def policy(label: str | None, is_draft: bool) -> Document:
            project = self.session.project
            return compose(project if is_draft else snapshot(project, label or ""))

        before, after = comparison.before, comparison.after
        assert before is not None and after is not None
        return policy(before.label, before.is_draft), policy(after.label, after.is_draft)

    def _make_room(self) -> None:
        """Widen the docked panel for two columns, leaving the questions half the window."""
        if self.dock.isFloating() or self.dock.width() >= SIDE_BY_SIDE_WIDTH:
            return
        # Never so wide that the questions need a horizontal scroll bar: a narrow window keeps
        # the page whole and the two columns wrap more.
        window = self.parent_widget
        room = window.width() - _dock_of(self.window.navigator).width() - PAGE_WIDTH
        width = min(SIDE_BY_SIDE_WIDTH, room)
        if width > self.dock.width():
            window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    # --- publishing, viewing, restoring --------------------------------------------------------

    def publish(self) -> bool:
        """Ask for the label, date and note, and publish the draft as one undoable step."""
        from editor.ui.publishdialog import PublishDialog

        dialog = PublishDialog(self.session.project, self.today(), self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.published is None:
            return False
        label = dialog.published.published[-1].label
        self.session.replace_project(
            dialog.published, _tr("Publish version {label}").format(label=label)
        )
        self.window.statusBar().showMessage(
            _tr("Published version {label}. Save the project to keep it.").format(label=label),
            8000,
        )
        return True

    def view_version(self, label: str) -> QWidget | None:
        """Open a read-only window with published version ``label`` as it was published."""
        from editor.ui.dialogs import show_error
        from editor.ui.versionviewer import VersionViewer
        from editor.versions import VersionError, find_version, snapshot
        from editor.versions.words import day

        project = self.session.project
        try:
            version = find_version(project, label)
            old = snapshot(project, version.label)
        except VersionError as exc:
            show_error(self.parent_widget, _tr("The version cannot be opened"), exc.message)
            return None
        dates = (day(version.effective_date, project), day(version.published_on, project))
        viewer = VersionViewer(version, old, dates, self.parent_widget)
        viewer.restoreRequested.connect(self.restore_version)
        viewer.destroyed.connect(lambda _o=None, v=viewer: self._forget(v))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget(self, viewer: QWidget) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def restore_version(self, label: str) -> bool:
        """Put version ``label``'s answers in the draft, after asking; one undoable step."""
        from editor.ui.dialogs import show_error
        from editor.versions import VersionError, restore

        if not ask_restore(self.parent_widget, label):
            return False
        try:
            restored = restore(self.session.project, label)
        except VersionError as exc:
            show_error(self.parent_widget, _tr("The version was not restored"), exc.message)
            return False
        self.session.replace_project(restored, _tr("Restore version {label}").format(label=label))
        self.window.statusBar().showMessage(
            _tr("The draft now has the answers of version {label}. Undo takes it back.").format(
                label=label
            ),
            8000,
        )
        return True

    def export_notice(self, fmt: str) -> bool:
        """Export the notice to customers for the selected versions, in ``fmt``."""
        from editor.versions import DRAFT, build_notice, notice_document

        pair = self._pair(self.panel.selection())
        if isinstance(pair, str):
            # The first version alone still has a notice: "We published our privacy policy".
            label = self.panel.selection().single_version
            if label is None:
                self.window.statusBar().showMessage(pair, 8000)
                return False
            pair = (None, label)
        from_label, to_label = pair
        project = self.session.project

        def document() -> Document:
            notice = build_notice(project, from_label, to_label)
            return notice_document(project, notice)

        name = "-notice" if to_label == DRAFT else "-notice-" + re.sub(r"[^\w.-]+", "-", to_label)
        return self.exporter.export(
            fmt,
            Exportable(
                document,
                _tr("Export the notice to customers"),
                _tr("The notice was not exported"),
                name_suffix=name,
                table_of_contents=False,
            ),
        )

    # --- the yearly reminder -------------------------------------------------------------------

    def check_review(self) -> None:
        """Show the reminder when the last publication is more than 12 months old."""
        if not self._ready:
            return
        from editor.versions import last_publication, needs_review
        from editor.versions.words import day

        project: Project = self.session.project
        # Not on an example the user is only looking at (the first-run sample).
        example = bool(self.session.origin) and self.session.path is None
        due = not self.dismissed and not example and needs_review(project, self.today())
        if due:
            self.review_bar.set_last_published(day(last_publication(project), project))
        self.review_bar.setVisible(due)
        self.review_checked = True

    def _dismiss(self) -> None:
        self.dismissed = True
        self.review_bar.hide()


def _dock_of(widget: QWidget) -> QWidget:
    """The dock ``widget`` sits in (the width it takes from the window), or ``widget`` itself."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent if parent is not None else widget
