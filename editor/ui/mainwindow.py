"""The main window: navigator, the current page, the live preview, menus and status bar.

It only composes parts: the session owns the project, ``FileController`` the files (and the
watcher of the file), ``ExportController`` the exports, ``Actions`` the commands, ``Analyser``
the background composition and checks. Each part sees the window only through the narrow
``editor.ui.window.EditorWindow`` interface and is handed the other parts it uses, so the
order in which they are built is stated once, in ``__init__``.

The problems and versions panels are not needed for the window's first paint: their docks exist
from the start, empty, so the saved layout puts them in place, and ``build_panels`` fills them
in (at start-up on the event-loop turn after the window is first on screen).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.gctune import freeze_long_lived
from editor.model.fieldpath import FieldPath
from editor.storage import FILE_EXTENSION
from editor.storage.recovery import RecoveryStore
from editor.ui.actions import Actions
from editor.ui.analysis import Analyser, Analysis
from editor.ui.exporting import ExportController
from editor.ui.files import FileController
from editor.ui.importing import ImportController
from editor.ui.navigator import ExampleBar, Navigator, with_legend
from editor.ui.outline import KEYS, OUTLINE
from editor.ui.preview import PreviewPane
from editor.ui.readonly import ReadOnlyBar
from editor.ui.session import Session
from editor.ui.settings import Settings

if TYPE_CHECKING:
    # The pages load the model: imported where used, so the window can show before them.
    from editor.ui.checksview import ChecksView
    from editor.ui.pages.base import FormPage
    from editor.ui.versioning import VersionsController


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The editor's window; to its parts, an ``EditorWindow``."""

    def __init__(
        self,
        session: Session,
        settings: Settings | None = None,
        recovery: RecoveryStore | None = None,
        *,
        panels: bool = True,
    ) -> None:
        """``panels=False`` leaves the problems and versions panels to ``build_panels()``."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings or Settings()
        self.pages: dict[str, FormPage] = {}
        self.words: int | None = None
        self._starting = True
        # The order, stated once. The layout comes first: every dock must exist before the
        # saved layout is restored, and the parts put their bars and actions into it. Then the
        # parts, each after those it is given: the file controller (with its watcher) before
        # the exporter and the commands, which call it; the commands before anything that adds
        # a menu entry. Then the connections, once every part they reach exists. The panels
        # come last (now, or after the first paint): they fill in the docks and add entries.
        self._build_layout()
        self._build_parts(recovery or RecoveryStore())
        self._connect()
        self._restore_layout()
        if panels:
            self.build_panels()
        last = self.settings.get("window/page")
        self.navigator.select(last if last in KEYS else OUTLINE[0].key)
        self._starting = False
        self._update_title()
        if not session.loading:  # else the start-up does these once the window shows
            self.commands.set_icons()
            self.analyser.schedule()

    def _build_layout(self) -> None:
        """The widgets and docks of the window's first paint; the panels' docks stay empty."""
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.example_bar = ExampleBar(self)
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.example_bar)
        self.central_layout.addWidget(self.stack)
        self.setCentralWidget(central)
        self.loading_page = QLabel(_tr("Loading…"), self.stack)  # until the project is in
        self.loading_page.setObjectName("loadingPage")
        self.loading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_page)
        self.navigator = Navigator(OUTLINE, self)
        self.navigator_dock = self.add_panel(
            with_legend(self.navigator),
            _tr("Sections"),
            Qt.DockWidgetArea.LeftDockWidgetArea,
            "sectionsDock",
        )
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.navigator_dock.setTitleBarWidget(QWidget(self.navigator_dock))
        self.preview = PreviewPane(self)
        self.preview_dock = self.add_panel(
            self.preview, _tr("Preview"), Qt.DockWidgetArea.RightDockWidgetArea, "previewDock"
        )
        # Filled in by build_panels(); here so that restoring the layout finds them.
        self.findings_dock = self.add_panel(
            QWidget(), _tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea, "findingsDock"
        )
        # The problems sit under the questions, not under the sections list or the preview.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.versions_dock = self.add_panel(
            QWidget(), _tr("Versions"), Qt.DockWidgetArea.RightDockWidgetArea, "versionsDock"
        )
        self.tabifyDockWidget(self.preview_dock, self.versions_dock)
        self.versions_dock.hide()  # until asked for; the window remembers it from then on
        self.words_label = QLabel(self)
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.save_label)

    def _build_parts(self, recovery: RecoveryStore) -> None:
        """The controllers of the first paint, each given what it uses (see ``__init__``)."""
        self.versions: VersionsController  # these two come with build_panels()
        self.checks_view: ChecksView
        self.panels_built = False
        self.analyser = Analyser(self.session, self.settings.get("preview/delay_ms"), parent=self)
        self.files = FileController(self, recovery)
        self.watcher = self.files.watcher  # someone else changing or deleting the file
        self.read_only_bar = ReadOnlyBar(self.session, self.files.save_as, self)
        self.central_layout.insertWidget(0, self.read_only_bar)
        self.exporter = ExportController(self, self._confirm_export)
        self.commands = Actions(self, self.files, self.exporter)
        # File › Start from my current policy… and the review of what was imported.
        self.importing = ImportController(self, self.files.maybe_save)
        toggle = self.preview_dock.toggleViewAction()
        toggle.setShortcut("F9")
        self.commands.view_menu.addAction(toggle)

    def _connect(self) -> None:
        self.example_bar.start_own.clicked.connect(self.files.new_project)
        self.example_bar.setVisible(self._is_example())
        self.navigator.pageSelected.connect(self.show_page)
        self.analyser.previewed.connect(self._previewed)
        self.preview.question_requested.connect(self.go_to)
        self.preview.answered = self._is_answered
        self.analyser.finished.connect(self._analysed)
        session = self.session
        session.changed.connect(self._edited)
        session.undone.connect(self._undone)
        session.modifiedChanged.connect(lambda _m: self._update_title())
        session.fileChanged.connect(self._update_title)
        session.projectReplaced.connect(self._project_replaced)
        self.setAcceptDrops(True)

    # --- the interface the parts see (editor.ui.window.EditorWindow) -----------------------------

    def widget(self) -> QMainWindow:
        return self

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        self.commands.add(action, menu)

    def _confirm_export(self) -> bool:
        """The checks decide whether an export goes on (they ask if the policy has errors)."""
        self.build_panels()
        return self.checks_view.confirm_export()

    # --- panels and pages ----------------------------------------------------------------------

    def build_panels(self) -> None:
        """Fill in the problems and versions panels (once; later calls do nothing).

        Left out of the window's first paint. Pages are built after it (their mnemonics avoid
        the panels' letters), and the checks' results need it, so both call it first.
        """
        if self.panels_built:
            return
        self.panels_built = True
        from editor.ui.checksview import ChecksView
        from editor.ui.versioning import VersionsController

        # Publish, the Versions dock and the yearly reminder (above the read-only bar).
        self.versions = VersionsController(
            self,
            self.versions_dock,
            exporter=self.exporter,
            analyser=self.analyser,
            go_to=self.go_to,
        )
        self.central_layout.insertWidget(0, self.versions.review_bar)
        # The problems panel, the sections' counts, readability.
        self.checks_view = ChecksView(self, self.findings_dock, self.analyser, self.stack)
        if not self._layout_restored:  # the panel's own height, as if it had been there
            dock = self.findings_dock
            self.resizeDocks([dock], [dock.sizeHint().height()], Qt.Orientation.Vertical)

    def add_panel(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea, object_name: str
    ) -> QDockWidget:
        """Dock ``widget``; its place is remembered. Every dock is made before the menus, so
        whoever wants its show/hide action in View adds it there."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)  # saveState() needs a name to restore the layout
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def page_widget(self, key: str) -> FormPage:
        """The page for ``key``, built the first time it is needed (start-up builds one)."""
        from editor.ui.pages import page
        from editor.ui.pages.base import FormPage

        form = self.pages.get(key)
        if form is None:
            self.build_panels()
            form = FormPage(page(key), self.session, self.stack)
            self.pages[key] = form
            self.stack.addWidget(form)
        return form

    def show_page(self, key: str) -> None:
        if self.session.loading:  # the page is built when the project arrives
            self.stack.setCurrentWidget(self.loading_page)
            if self.navigator.current_key() != key:
                self.navigator.select(key)
            return
        from editor.ui.pages import page

        self.stack.setCurrentWidget(self.page_widget(key))
        if self.navigator.current_key() != key:
            self.navigator.select(key)
        sections = page(key).policy_sections
        if not sections:
            return
        if self._starting:
            # The first page at start-up: the preview opens at the top of the policy.
            self.preview.section_key = sections[0]
        else:
            self.preview.follow_section(sections[0])

    def current_page(self) -> FormPage:
        from editor.ui.pages.base import FormPage

        widget = self.stack.currentWidget()
        assert isinstance(widget, FormPage)
        return widget

    def _is_answered(self, path: FieldPath) -> bool:
        from editor.model import is_blank
        from editor.model.fieldpath import get_value

        try:
            value = get_value(self.session.project, path)
        except (LookupError, AttributeError, TypeError, ValueError):
            return False  # a path the project no longer holds (a removed row)
        # A whole list is read to walk its rows; the row's own answers say which one wrote it.
        return not isinstance(value, list) and not is_blank(value)

    def go_to(self, path: FieldPath) -> None:
        """Show the page that asks for ``path`` and put the cursor there (for findings)."""
        from editor.ui.pages import page_for_path

        key = page_for_path(path)
        if key is not None:
            self.show_page(key)
            self.page_widget(key).focus_path(path)

    # --- following the project -----------------------------------------------------------------

    def _edited(self, path: FieldPath) -> None:
        from editor.ui.pages import policy_section_for

        if path:
            self.preview.follow_section(policy_section_for(path, self.session.project))

    def _undone(self, path: FieldPath) -> None:
        """Undo and redo show the page whose answer changed, so the user sees what happened."""
        from editor.ui.pages import page_for_path

        key = page_for_path(path)
        if key is not None and key != self.navigator.current_key():
            self.show_page(key)

    def _project_replaced(self) -> None:
        self.build_panels()
        self.commands.set_icons()  # once: left out of the window that shows at start-up
        # Another project: its preview starts at the top, like a document just opened.
        self._starting = True
        self.show_page(self.navigator.current_key() or OUTLINE[0].key)
        self._starting = False
        self.preview.view.verticalScrollBar().setValue(0)
        self.example_bar.setVisible(self._is_example())

    def _analysed(self, result: Analysis) -> None:
        if result.generation == 1:
            # The first jobs loaded the composer, templates and checks: long-lived from now on.
            freeze_long_lived()
        self.navigator.set_statuses(result.statuses)

    def _previewed(self, result: Analysis) -> None:
        self.preview.show_result(result)
        if result.words is not None:
            self.words = result.words
            self.words_label.setText(
                _tr("{count} words").format(count=QLocale().toString(result.words))
            )

    def _is_example(self) -> bool:
        return bool(self.session.origin) and self.session.path is None

    def _update_title(self) -> None:
        name = self.session.display_name()
        if self._is_example():
            name = _tr("{name} (example)").format(name=name)
        if self.session.read_only:
            name += " " + _tr("(read-only)")
        self.setWindowTitle(f"{name}[*] – Policywright")
        self.setWindowModified(self.session.modified)
        self.update_save_state()

    def update_save_state(self) -> None:
        if self.session.loading:
            text = ""
        elif self.session.read_only:
            text = _tr("Read-only: use Save As")
        elif self.session.modified:
            text = _tr("Unsaved changes")
            if self.files.last_autosave is not None:
                text += " · " + _tr("recovery copy {time}").format(
                    time=self.files.last_autosave.strftime("%H:%M")
                )
        elif self._is_example():
            text = _tr("Example – not saved")
        elif self.session.path is None:
            text = _tr("Not saved yet")
        else:
            text = _tr("Saved")
        self.save_label.setText(text)

    # --- window --------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1320, 840)
        state = self.settings.get("window/state")
        self._layout_restored = bool(state) and self.restoreState(QByteArray(state))
        if not self._layout_restored:
            self.resizeDocks([self.preview_dock], [440], Qt.Orientation.Horizontal)

    def save_layout(self) -> None:
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.saveState().data()))
        self.settings.set("window/page", self.navigator.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.files.autosave.stop()
        self.session.release_lock()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_project(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_project(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)


def _dropped_project(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls()
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().endswith(FILE_EXTENSION):
            return Path(url.toLocalFile())
    return None
