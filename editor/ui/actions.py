"""The window's commands: menus, toolbar and shortcuts, with the platform's standard keys.

The actions call methods of the window's controllers; they hold no logic of their own, so a
menu item, a toolbar button and a shortcut always do the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

if TYPE_CHECKING:
    from editor.ui.mainwindow import MainWindow

EXPORT_FORMATS: tuple[tuple[str, str, str], ...] = (
    # (format key, menu text, file name extension)
    ("html", "&Web page (HTML)…", "html"),
    ("md", "&Markdown…", "md"),
    ("docx", "&Word document (DOCX)…", "docx"),
    ("pdf", "&PDF…", "pdf"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """Every QAction of the main window, and the menus and toolbar that show them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        files = window.files
        style = window.style()
        sp = QStyle.StandardPixmap
        std = QKeySequence.StandardKey

        self.new = self._action(
            _tr("&New…"), files.new_project, std.New, style.standardIcon(sp.SP_FileIcon)
        )
        self.new.setToolTip(_tr("Start a new project, blank or from an example"))
        self.open = self._action(
            _tr("&Open…"), files.open_dialog, std.Open, style.standardIcon(sp.SP_DialogOpenButton)
        )
        self.save = self._action(
            _tr("&Save"), files.save, std.Save, style.standardIcon(sp.SP_DialogSaveButton)
        )
        self.save_as = self._action(_tr("Save &As…"), files.save_as, std.SaveAs)
        self.export_again = self._action(
            _tr("&Export…"),
            window.exporter.export_last,
            "Ctrl+E",
            QIcon.fromTheme("document-send", style.standardIcon(sp.SP_FileDialogDetailedView)),
        )
        self.export_again.setToolTip(_tr("Export the policy in the format you used last"))
        self.export_formats: dict[str, QAction] = {}
        for fmt, text, _ext in EXPORT_FORMATS:
            action = self._action(_tr(text), lambda _c=False, f=fmt: window.exporter.export(f))
            self.export_formats[fmt] = action
        self.preferences = self._action(
            _tr("&Preferences…"), window.show_preferences, std.Preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._action(_tr("&Quit"), window.close, std.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = window.session.undo_stack
        self.undo = stack.createUndoAction(window, _tr("&Undo"))
        self.undo.setShortcut(QKeySequence(std.Undo))
        self.undo.setIcon(QIcon.fromTheme("edit-undo", style.standardIcon(sp.SP_ArrowBack)))
        self.redo = stack.createRedoAction(window, _tr("&Redo"))
        self.redo.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(QIcon.fromTheme("edit-redo", style.standardIcon(sp.SP_ArrowForward)))

        self.next_page = self._action(
            _tr("&Next section"), lambda: window.navigator.step(1), "Ctrl+PgDown"
        )
        self.previous_page = self._action(
            _tr("P&revious section"), lambda: window.navigator.step(-1), "Ctrl+PgUp"
        )
        self.focus_sections = self._action(
            _tr("Go to the &sections list"), window.focus_navigator, "F6"
        )
        self.about = self._action(_tr("&About Policywright"), window.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_menus()
        self._build_toolbar()

    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work even where no menu shows the action
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        self.file_menu = file_menu  # later parts add to it (publish a version)
        file_menu.addActions([self.new, self.open])
        self.recent_menu = QMenu(_tr("Open &Recent"), file_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        self.export_menu = QMenu(_tr("E&xport As"), file_menu)
        self.export_menu.addActions(list(self.export_formats.values()))
        file_menu.addAction(self.export_again)
        file_menu.addMenu(self.export_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(_tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        self.view_menu = bar.addMenu(_tr("&View"))
        self.view_menu.addActions([self.previous_page, self.next_page, self.focus_sections])
        self.view_menu.addSeparator()
        # MainWindow.add_panel() adds each dock's show/hide action here.

        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(_tr("Main toolbar"), self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addAction(self.export_again)
        self.window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(_tr("No recent projects"))
            empty.setEnabled(False)
