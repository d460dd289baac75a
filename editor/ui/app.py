"""Starting the editor: the application object, the main window, then the first project.

``policywright PROJECT`` opens that project; without one the most recent project opens, and on
the very first run a filled-in sample, so a newcomer sees what a finished policy looks like.

The window shows first: menus, toolbar, the navigator with every section's name and a
"Loading…" page. Nothing it needs imports pydantic or the model, which are most of the start-up
time. Once the window is on screen, the problems and versions panels are filled in, then the
project is read and its first page built; the preview and the checks follow after that, in the
worker thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from editor import __version__
from editor.errors import ProjectFileError
from editor.gctune import freeze_long_lived, resume_collection, share_interpreter_with_typing
from editor.paths import resources_dir
from editor.ui.qtcompat import protect_none_refcount
from editor.ui.settings import APPLICATION, ORGANISATION, Settings
from editor.ui.style import apply_style

if TYPE_CHECKING:
    from editor.model import Project
    from editor.ui.mainwindow import MainWindow

FIRST_SAMPLE = "cafe"  # the example a newcomer sees on the very first start
# If the window system never reports the window as exposed (started minimised, say), the
# project loads anyway after this long.
EXPOSE_TIMEOUT_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def app_icon() -> QIcon:
    """Policywright's icon: the small drawing for small sizes, the full one for the rest."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    icon.addFile(str(folder / "policywright-16.svg"))
    icon.addFile(str(folder / "policywright.svg"))
    return icon


class FileRequests:
    """Project files the platform asks the editor to open, kept until the window can take them.

    On macOS a double-clicked project starts the editor without arguments and then arrives as
    a ``QFileOpenEvent``; a file opened while the editor runs arrives the same way.
    """

    def __init__(self) -> None:
        self.pending: list[Path] = []
        self.handler: Callable[[Path], object] | None = None

    def deliver(self, path: Path) -> None:
        if self.handler is None:
            self.pending.append(path)
        else:
            self.handler(path)

    def take_first(self) -> Path | None:
        return self.pending.pop(0) if self.pending else None

    def set_handler(self, handler: Callable[[Path], object]) -> None:
        self.handler = handler
        while self.pending:
            handler(self.pending.pop(0))


class EditorApplication(QApplication):
    """The application object; it also receives the platform's requests to open a file."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.file_requests = FileRequests()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.file_requests.deliver(Path(event.file()))
            return True
        return super().event(event)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and the platform use."""
    protect_none_refcount()
    share_interpreter_with_typing()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing  # tests make theirs first
    else:
        app = EditorApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Policywright")
    app.setApplicationVersion(__version__)
    # Wayland and the Linux desktops find the icon and the name through the desktop entry.
    app.setDesktopFileName("policywright")
    app.setWindowIcon(app_icon())
    apply_style(app)
    return app


def first_project(path: Path | None, settings: Settings) -> tuple[Project, Path | None, str, str]:
    """The project to show first: (project, its file, its sample name, an error message).

    The requested file, else the most recent one (if the user wants that), else the first-run
    sample. The error says why the requested file could not be opened, if it could not.
    """
    from editor.samples import sample_names, start_project
    from editor.storage import load_project

    error = ""
    if path is not None:
        try:
            return load_project(path), path, "", ""
        except ProjectFileError as exc:
            error = _tr("Could not open {path}: {reason}").format(path=path, reason=exc.message)
    if settings.get("files/open_last_at_start"):
        for recent in settings.recent_files()[:1]:
            try:
                return load_project(recent), recent, "", error
            except ProjectFileError:
                settings.remove_recent(recent)
    names = sample_names()
    name = FIRST_SAMPLE if FIRST_SAMPLE in names else next(iter(names), "")
    return start_project(name or "blank"), None, name, error


def open_first_project(window: MainWindow, path: Path | None) -> None:
    """Put the start-up project into the (already shown) window, then ask what start-up asks."""
    if not window.session.loading:
        return  # the user opened or started a project in the meantime
    project, file, origin, error = first_project(path, window.settings)
    window.session.replace(project, file, origin=origin)
    if file is not None:
        window.settings.add_recent(file)
    freeze_long_lived()

    def questions() -> None:  # after the first page is painted
        if error:
            from editor.ui.dialogs import show_error

            show_error(window, _tr("Could not open the project"), error)
        window.files.check_lock_at_start()
        window.files.offer_recovery()
        from editor.ui.catalogupdate import tell_if_catalog_is_old

        tell_if_catalog_is_old(window)  # reads the catalog's date only, not its entries

    QTimer.singleShot(0, questions)


class _WhenExposed(QObject):
    """Calls back once, on the event-loop turn after the window is first on screen."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback: Callable[[], None] | None = callback
        self.handle = window.windowHandle()
        if self.handle is None or self.handle.isExposed():
            QTimer.singleShot(0, self._fire)
            return
        self.handle.installEventFilter(self)
        QTimer.singleShot(EXPOSE_TIMEOUT_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self.handle.isExposed():
            self.handle.removeEventFilter(self)
            # The window paints while it handles this event; load on the next turn.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            callback()


def when_exposed(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``window`` has been painted on screen for the first time."""
    _WhenExposed(window, callback)


def run_editor(path: Path | None) -> int:
    app = create_app()
    from editor.ui import crash
    from editor.ui.mainwindow import MainWindow  # after the app: widgets need it
    from editor.ui.session import Session

    crash.install(app)  # an uncaught exception keeps the work and the editor running

    # The problems and versions panels are filled in after the first paint.
    window = MainWindow(Session(loading=True), Settings(), panels=False)
    window.show()
    requests = app.file_requests if isinstance(app, EditorApplication) else FileRequests()

    def load() -> None:
        open_first_project(window, path or requests.take_first())
        requests.set_handler(window.files.open_path)

    def after_first_paint() -> None:
        resume_collection()  # paused for the start-up by the open command
        window.build_panels()
        QTimer.singleShot(0, load)  # a turn of its own: the panels paint first

    when_exposed(window, after_first_paint)
    return app.exec()
