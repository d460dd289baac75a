"""Starting the editor: the application object, the first project, the main window.

``policywright PROJECT`` opens that project; without one the most recent project opens, and on
the very first run a filled-in sample, so a newcomer sees what a finished policy looks like.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.errors import ProjectFileError
from editor.samples import sample_names, start_project
from editor.storage import load_project
from editor.ui.gctune import freeze_long_lived, share_interpreter_with_typing
from editor.ui.qtcompat import protect_none_refcount
from editor.ui.session import Session
from editor.ui.settings import APPLICATION, ORGANISATION, Settings
from editor.ui.style import apply_style

FIRST_SAMPLE = "cafe"  # the example a newcomer sees on the very first start


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and the platform use."""
    protect_none_refcount()
    share_interpreter_with_typing()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Policywright")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("policywright")
    app.setWindowIcon(QIcon.fromTheme("accessories-text-editor"))
    apply_style(app)
    return app


def initial_session(path: Path | None, settings: Settings) -> tuple[Session, str]:
    """The project to show first, and an error message if the requested one failed."""
    error = ""
    if path is not None:
        try:
            return Session(load_project(path), path), ""
        except ProjectFileError as exc:
            error = _tr("Could not open {path}: {reason}").format(path=path, reason=exc.message)
    if settings.get("files/open_last_at_start"):
        for recent in settings.recent_files()[:1]:
            try:
                return Session(load_project(recent), recent), error
            except ProjectFileError:
                settings.remove_recent(recent)
    name = FIRST_SAMPLE if FIRST_SAMPLE in sample_names() else next(iter(sample_names()), "")
    session = Session(start_project(name) if name else None)
    session.origin = name
    return session, error


def run_editor(path: Path | None) -> int:
    app = create_app()
    from editor.ui import crash
    from editor.ui.mainwindow import MainWindow  # after the app: widgets need it

    crash.install(app)  # an uncaught exception keeps the work and the editor running

    settings = Settings()
    session, error = initial_session(path, settings)
    window = MainWindow(session, settings)
    if session.path is not None:
        settings.add_recent(session.path)
    window.show()
    freeze_long_lived()

    def after_show() -> None:
        if error:
            from editor.ui.dialogs import show_error

            show_error(window, _tr("Could not open the project"), error)
        window.files.check_lock_at_start()
        window.files.offer_recovery()

    QTimer.singleShot(0, after_show)
    return app.exec()
