"""Files as a desktop user expects them: new, open, save, save as, recent, autosave, recovery.

Every path that could lose work asks first (Save / Don't Save / Cancel); a failed save shows the
reason and keeps the project open and modified; autosave writes a recovery copy every few
minutes while there are unsaved changes, and the next start offers it back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from editor.errors import ProjectFileError
from editor.gctune import freeze_long_lived
from editor.samples import BLANK, sample_paths, start_project
from editor.storage import FILE_EXTENSION, load_project, lock
from editor.storage.recovery import RecoveryStore
from editor.ui.dialogs import (
    NewProjectDialog,
    SaveChoice,
    Template,
    ask_locked,
    ask_recover,
    ask_save_changes,
    show_error,
)
from editor.ui.watcher import ProjectWatcher

if TYPE_CHECKING:
    from editor.ui.window import EditorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def file_filter() -> str:
    return _tr("Policywright projects (*{ext});;All files (*)").format(ext=FILE_EXTENSION)


class FileController(QObject):
    """Opening, saving and protecting the window's project.

    It owns the watcher of the project's file: a save asks the watcher first whether someone
    else changed the file, and the watcher's answers (save again, save as) are saves.
    """

    def __init__(self, window: EditorWindow, recovery: RecoveryStore) -> None:
        super().__init__(window.widget())
        self.window = window
        self.parent_widget = window.widget()  # of the dialogs
        self.session = window.session
        self.settings = window.settings
        self.recovery = recovery
        self.autosave = QTimer(self)
        self.autosave.timeout.connect(self.write_recovery)
        self.restart_autosave()
        self.last_autosave: dt.datetime | None = None
        # Someone else changing or deleting the file.
        self.watcher = ProjectWatcher(window, save=self.save, save_as=self.save_as)

    # --- asking before losing work -------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True if the window may drop its project: saved, discarded, or never modified."""
        if not self.session.modified:
            return True
        choice = ask_save_changes(self.parent_widget, self.session.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            self.session.discard_recovery(self.recovery)
            return True
        return False

    # --- new and open --------------------------------------------------------------------------

    def templates(self) -> list[Template]:
        found = [Template(BLANK, _tr("Blank project"), _tr("Start with no answers."))]
        for name, path in sample_paths().items():
            try:
                org = load_project(path).organisation
            except ProjectFileError:
                continue
            title = _tr("Example: {name}").format(name=org.display_name or name)
            description = org.description or name
            found.append(Template(name, title, description[:1].upper() + description[1:]))
        return found

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        dialog = NewProjectDialog(self.templates(), self.parent_widget)
        if not dialog.exec():
            return
        self.start_from(dialog.chosen())

    def start_from(self, template: str) -> None:
        """A new untitled project: blank, or a copy of a sample (never the sample file itself)."""
        try:
            project = start_project(template)
        except (KeyError, ProjectFileError) as exc:
            show_error(self.parent_widget, _tr("Could not start the project"), str(exc))
            return
        self.session.replace(project, None, origin=template if template != BLANK else "")
        freeze_long_lived(collect_first=True)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = self.settings.get("files/last_folder") or str(Path.home())
        from PySide6.QtWidgets import QFileDialog  # here: no dialog is needed at start-up

        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, _tr("Open project"), start, file_filter()
        )
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open a project file in this window; False (with a message) if it cannot be read."""
        if ask and not self.maybe_save():
            return False
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            show_error(
                self.parent_widget,
                _tr("Could not open “{name}”").format(name=path.name),
                exc.message,
            )
            if not path.exists():
                self.settings.remove_recent(path)
            return False
        read_only = False
        holder = lock.other_owner(path)
        if holder is not None:
            answer = ask_locked(self.parent_widget, path.name, holder.describe())
            if answer is None:
                return False
            read_only = not answer
        self.session.replace(project, path, read_only=read_only)
        self._remember(path)
        freeze_long_lived(collect_first=True)
        self.offer_recovery(only_for=path)
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.set("files/last_folder", str(path.parent))

    def check_lock_at_start(self) -> None:
        """The project opened at start-up may be open in another window too: ask what to do."""
        path = self.session.path
        if path is None:
            return
        holder = lock.other_owner(path)
        if holder is not None and not self.session.read_only:
            answer = ask_locked(self.parent_widget, path.name, holder.describe())
            self.session.set_read_only(answer is not True)

    # --- save ----------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        folder = self.settings.get("files/last_folder") or str(Path.home())
        suggested = Path(folder) / self._suggested_name()
        from PySide6.QtWidgets import QFileDialog  # here: no dialog is needed at start-up

        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, _tr("Save project as"), str(suggested), file_filter()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != FILE_EXTENSION:
            path = path.with_name(path.name + FILE_EXTENSION)
        return self._save_to(path)

    def _suggested_name(self) -> str:
        if self.session.path is not None:
            return self.session.path.name
        base = self.session.project.organisation.display_name or _tr("privacy-policy")
        safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in base).strip()
        return (safe or "privacy-policy") + FILE_EXTENSION

    def _save_to(self, path: Path) -> bool:
        outcome = self.watcher.before_save(path)  # changed by someone else meanwhile?
        if outcome is not None:
            return outcome
        try:
            self.session.save(path)
        except ProjectFileError as exc:
            self.write_recovery()  # until it is saved somewhere, the work is not only in memory
            show_error(self.parent_widget, _tr("The project was not saved"), exc.message)
            return False
        self.session.discard_recovery(self.recovery)
        self._remember(path)
        self.window.statusBar().showMessage(_tr("Saved {name}").format(name=path.name), 4000)
        return True

    # --- autosave and recovery -----------------------------------------------------------------

    def restart_autosave(self) -> None:
        self.autosave.start(max(1, int(self.settings.get("autosave/minutes"))) * 60_000)

    def write_recovery(self) -> None:
        if not self.session.modified:
            return
        try:
            self.session.write_recovery(self.recovery)
        except OSError:
            return  # the recovery folder is not writable: nothing better to do silently
        self.last_autosave = dt.datetime.now()
        self.window.update_save_state()

    def offer_recovery(self, only_for: Path | None = None) -> None:
        """Offer autosaved work that is newer than its file (or was never saved)."""
        for entry in self.recovery.entries():
            if only_for is not None and entry.original_path != only_for.resolve():
                continue
            if not entry.is_newer_than_original():
                self.recovery.discard(entry)  # the file has everything the copy has
                continue
            when = entry.saved_at.astimezone().strftime("%d %B %Y, %H:%M")
            answer = ask_recover(self.parent_widget, entry.title, when, entry.original_path)
            if answer is None:
                continue
            if answer is False:
                self.recovery.discard(entry)
                continue
            try:
                project = self.recovery.load(entry)
            except (OSError, ProjectFileError) as exc:
                show_error(self.parent_widget, _tr("Could not recover the project"), str(exc))
                continue
            self.session.replace(project, entry.original_path, modified=True)
            self.recovery.discard(entry)
            self.write_recovery()  # keep it safe under this session's own slot
            return
