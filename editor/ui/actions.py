"""The window's commands: menus, toolbar and shortcuts, with the platform's standard keys.

The actions call methods of the controllers they are given; they hold no logic of their own, so
a menu item, a toolbar button and a shortcut always do the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar

from editor.ui.recordexport import RECORD_MENU_TEXTS, export_record
from editor.ui.window import FILE_MENU, VIEW_MENU

if TYPE_CHECKING:
    from editor.ui.exporting import ExportController
    from editor.ui.files import FileController
    from editor.ui.window import EditorWindow

EXPORT_FORMATS: tuple[tuple[str, str, str], ...] = (
    # (format key, menu text, file name extension)
    ("html", "&Web page (HTML)…", "html"),
    ("md", "&Markdown…", "md"),
    ("docx", "&Word document (DOCX)…", "docx"),
    ("pdf", "&PDF…", "pdf"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _catalog() -> Any:
    from editor.ui import catalogactions

    return catalogactions


def _catalog_update() -> Any:
    from editor.ui import catalogupdate

    return catalogupdate


def _site_check() -> Any:
    from editor.ui import scanreview

    return scanreview


class Actions:
    """Every QAction of the main window, and the menus and toolbar that show them."""

    def __init__(
        self, window: EditorWindow, files: FileController, exporter: ExportController
    ) -> None:
        self.window = window
        self.main = window.widget()  # holds the menu bar, the toolbar and the shortcuts
        self.files = files
        std = QKeySequence.StandardKey

        self.new = self._action(_tr("&New…"), files.new_project, std.New)
        self.new.setToolTip(_tr("Start a new project, blank or from an example"))
        self.open = self._action(_tr("&Open…"), files.open_dialog, std.Open)
        self.save = self._action(_tr("&Save"), files.save, std.Save)
        self.save_as = self._action(_tr("Save &As…"), files.save_as, std.SaveAs)
        self.export_again = self._action(_tr("&Export…"), exporter.export_last, "Ctrl+E")
        self.export_again.setToolTip(_tr("Export the policy in the format you used last"))
        self.export_formats: dict[str, QAction] = {}
        for fmt, text, _ext in EXPORT_FORMATS:
            action = self._action(_tr(text), lambda _c=False, f=fmt: exporter.export(f))
            self.export_formats[fmt] = action
        # What else the answers fill in: the store forms, the record, the banner.
        self.export_records: dict[str, QAction] = {}
        for fmt, text in RECORD_MENU_TEXTS.items():
            action = self._action(_tr(text), lambda _c=False, f=fmt: export_record(exporter, f))
            self.export_records[fmt] = action
        self.preferences = self._action(
            _tr("&Preferences…"), self.show_preferences, std.Preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._action(_tr("&Quit"), self.main.close, std.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = window.session.undo_stack
        self.undo = stack.createUndoAction(self.main, _tr("&Undo"))
        self.undo.setShortcut(QKeySequence(std.Undo))
        self.redo = stack.createRedoAction(self.main, _tr("&Redo"))
        self.redo.setShortcuts([QKeySequence(std.Redo), QKeySequence("Ctrl+Y")])

        self.next_page = self._action(
            _tr("&Next section"), lambda: window.navigator.step(1), "Ctrl+PgDown"
        )
        self.previous_page = self._action(
            _tr("P&revious section"), lambda: window.navigator.step(-1), "Ctrl+PgUp"
        )
        self.focus_sections = self._action(
            _tr("Go to the &sections list"),
            lambda: window.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "F6",
        )
        # The catalog's commands; their modules load with the first use.
        self.add_service = self._action(
            _tr("Add from service &catalog…"), lambda: _catalog().add_service_from_window(window),
            "Ctrl+Shift+A",
        )  # fmt: skip
        self.add_service.setToolTip(_tr("Add a well-known service with its cookies"))
        self.update_catalog = self._action(
            _tr("&Update service catalog…"), lambda: _catalog_update().update_catalog(window)
        )
        self.update_catalog.setToolTip(
            _tr("Take in a newer catalog from a file (a catalog release or a cookie database CSV)")
        )
        self.check_site = self._action(
            _tr("&Check what my site uses…"), lambda: _site_check().check_site(window)
        )
        self.check_site.setToolTip(
            _tr("Compare a recording of your website (HAR file or cookie export) with the catalog")
        )
        self.about = self._action(_tr("&About Policywright"), self.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_menus()
        self._build_toolbar()
        self.has_icons = False
        # Until set_icons(): blank icons hold the toolbar's layout.
        blank = QPixmap(self.toolbar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for action in self._iconed():
            action.setIcon(QIcon(blank))

    def _iconed(self) -> list[QAction]:
        return [self.new, self.open, self.save, self.export_again, self.undo, self.redo]

    def set_icons(self) -> None:
        """The toolbar's icons, from the icon theme or the style.

        Not done at construction: the style's icon table is slow to load, and the window shows
        without waiting for it (the toolbar keeps room for the icons meanwhile).
        """
        from PySide6.QtWidgets import QStyle

        if self.has_icons:
            return
        self.has_icons = True
        style = self.main.style()
        sp = QStyle.StandardPixmap
        for action, theme, pixmap in (
            (self.new, "document-new", sp.SP_FileIcon),
            (self.open, "document-open", sp.SP_DialogOpenButton),
            (self.save, "document-save", sp.SP_DialogSaveButton),
            (self.export_again, "document-send", sp.SP_FileDialogDetailedView),
            (self.undo, "edit-undo", sp.SP_ArrowBack),
            (self.redo, "edit-redo", sp.SP_ArrowForward),
        ):
            action.setIcon(QIcon.fromTheme(theme, style.standardIcon(pixmap)))

    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.main)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.main.addAction(action)  # shortcuts work even where no menu shows the action
        return action

    def add(self, action: QAction, menu: str | None = None) -> None:
        """Another part's action: its shortcut works anywhere, and ``menu`` lists it.

        File actions go above Quit, in a group of their own; view actions after the others.
        """
        self.main.addAction(action)
        if menu == FILE_MENU:
            self.file_menu.insertAction(self._parts_end, action)
        elif menu == VIEW_MENU:
            self.view_menu.addAction(action)
        elif menu is not None:
            raise ValueError(f"no menu {menu!r}")

    def _build_menus(self) -> None:
        bar = self.main.menuBar()
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
        self.export_menu.addSeparator()
        self.export_menu.addActions(list(self.export_records.values()))
        file_menu.addAction(self.export_again)
        file_menu.addMenu(self.export_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.check_site)
        file_menu.addSeparator()
        # Other parts' file actions go here (publish a version). Until there are some, the menu
        # shows the two separators as one.
        self._parts_end = file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(_tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_service, self.update_catalog])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        self.view_menu = bar.addMenu(_tr("&View"))
        self.view_menu.addActions([self.previous_page, self.next_page, self.focus_sections])
        self.view_menu.addSeparator()
        # Each dock's show/hide action is added here (add()) by whoever fills the dock in.

        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(_tr("Main toolbar"), self.main)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addAction(self.export_again)
        self.main.addToolBar(toolbar)
        self.toolbar = toolbar

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(_tr("No recent projects"))
            empty.setEnabled(False)

    def show_preferences(self) -> None:
        from editor.ui.dialogs import PreferencesDialog

        if PreferencesDialog(self.window.settings, self.main).exec():
            self.files.restart_autosave()

    def show_about(self) -> None:
        from editor.ui.dialogs import show_about

        show_about(self.main)
