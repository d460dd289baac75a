"""What the window's parts may ask of the window: the narrow interface they are built against.

The controllers (files, exports, the watcher, versions, the checks' view, the commands) and the
window commands of the catalog and the site check take an ``EditorWindow``, never the main
window itself, and receive the other parts they use (the file controller, the exporter, a
callable that confirms an export) in their constructors. So no part reaches through the window
to another, the order in which the window builds them is stated in one place
(``MainWindow.__init__``), and each can be tested against a small fake of this interface.

Only ``editor.ui.mainwindow`` (which is the window) and ``editor.ui.app`` (which builds it)
import ``MainWindow``; ``tests/ui/test_window_parts.py`` fails if another module does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QStatusBar

    from editor.ui.navigator import Navigator
    from editor.ui.session import Session
    from editor.ui.settings import Settings

# The menus a part may put an action in (see ``EditorWindow.add_action``).
FILE_MENU = "file"  # above Quit: "Publish this version…"
VIEW_MENU = "view"  # the panels' show/hide actions and their shortcuts


class EditorWindow(Protocol):
    """The window as its parts see it."""

    session: Session  # the open project, its file and its undo stack
    settings: Settings
    navigator: Navigator  # the sections list

    def widget(self) -> QMainWindow:
        """The window as a Qt widget: the parent of the parts' dialogs, widgets and docks."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def show_page(self, key: str) -> None:
        """Show the page of section ``key`` (and select it in the sections list)."""
        ...

    def update_save_state(self) -> None:
        """Bring the status bar's "Saved" / "Unsaved changes" text up to date."""
        ...

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        """Make ``action``'s shortcut work anywhere in the window; list it in ``menu`` too
        (``FILE_MENU`` or ``VIEW_MENU``) if given."""
        ...
