"""Connecting field widgets to field paths, in both directions, through undo commands.

A ``Binder`` serves one form: a page (paths relative to the project) or a list editor's detail
form (paths relative to the selected item, so it is re-pointed with ``set_base`` when the
selection changes). User edits become ``Session.set_field`` calls; model changes (undo, redo,
another widget showing the same field) flow back into the widgets. No page writes this glue
itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor.model.fieldpath import FieldPath
from editor.model.validation import problem_for
from editor.ui.fields import REFERENCE_SOURCES, field_name
from editor.ui.session import Session, is_related
from editor.ui.widgets.base import FieldWidget

ProblemSink = Callable[[str | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Binder", text)


@dataclass
class Binding:
    widget: FieldWidget
    path: FieldPath  # relative to the binder's base
    label: str
    on_problem: ProblemSink | None = None
    showing_problem: bool = False


@dataclass
class Watch:
    path: FieldPath  # relative to the binder's base
    callback: Callable[[Any], None]
    extra: tuple[FieldPath, ...] = field(default=())  # absolute paths that also trigger it
    only_extra: bool = False  # triggered by the extra paths only, not by its own path


class Binder(QObject):
    """Keeps a form's widgets and the project in step."""

    # The base path stopped existing (the selected item was removed) or came back.
    availabilityChanged = Signal(bool)

    def __init__(
        self, session: Session, base: FieldPath = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.base = base
        self.available = True
        self.bindings: list[Binding] = []
        self.watches: list[Watch] = []
        self._editing: Binding | None = None  # the binding whose own edit is being applied
        session.changed.connect(self._on_changed)

    # --- declaring ------------------------------------------------------------------------------

    def bind(
        self,
        widget: FieldWidget,
        path: FieldPath,
        label: str = "",
        on_problem: ProblemSink | None = None,
    ) -> Binding:
        """Show the value at ``base + path`` in ``widget`` and turn its edits into commands."""
        binding = Binding(widget, path, label, on_problem)
        self.bindings.append(binding)
        widget.edited.connect(lambda: self._widget_edited(binding))
        widget.committed.connect(lambda: self._widget_committed(binding))
        refresh_options = getattr(widget, "refresh_options", None)
        name = field_name(path)
        if refresh_options is not None and name in REFERENCE_SOURCES:
            # A picker of purposes must follow renames, additions and removals of purposes.
            source = REFERENCE_SOURCES[name]
            self.watches.append(
                Watch((), lambda _v: refresh_options(), extra=(source,), only_extra=True)
            )
        self._refresh_binding(binding)
        return binding

    def watch(self, path: FieldPath, callback: Callable[[Any], None]) -> None:
        """Call ``callback(value)`` now and whenever the value at ``base + path`` may change."""
        watch = Watch(path, callback)
        self.watches.append(watch)
        self._run_watch(watch)

    def set_base(self, base: FieldPath) -> None:
        """Point the form at another item (e.g. the newly selected row)."""
        self.base = base
        self.refresh_all()

    # --- model -> widgets -----------------------------------------------------------------------

    def refresh_all(self) -> None:
        self._check_available()
        if not self.available:
            return
        for binding in list(self.bindings):
            self._refresh_binding(binding)
        for watch in list(self.watches):
            self._run_watch(watch)

    def _check_available(self) -> None:
        try:
            self.session.get(self.base)
            available = True
        except LookupError:
            available = False
        if available != self.available:
            self.available = available
            self.availabilityChanged.emit(available)

    def _on_changed(self, changed: FieldPath) -> None:
        if not is_related(changed, self.base):
            for watch in list(self.watches):
                if any(is_related(changed, p) for p in watch.extra):
                    self._run_watch(watch)
            return
        if len(changed) <= len(self.base):
            # The base itself (or a list containing it) changed: everything may be different.
            self.refresh_all()
            return
        for binding in list(self.bindings):
            if is_related(changed, (*self.base, *binding.path)):
                self._refresh_binding(binding)
        for watch in list(self.watches):
            own = not watch.only_extra and is_related(changed, (*self.base, *watch.path))
            if own or any(is_related(changed, p) for p in watch.extra):
                self._run_watch(watch)

    def _refresh_binding(self, binding: Binding) -> None:
        try:
            value = self.session.get((*self.base, *binding.path))
        except LookupError:
            return
        binding.widget.set_value(value)
        # A value that arrives from outside (loading, undo) shows its problem at once; the
        # user's own typing does not (see _widget_edited).
        self._show_problem(binding, value, show=binding is not self._editing)

    def _run_watch(self, watch: Watch) -> None:
        try:
            value = self.session.get((*self.base, *watch.path))
        except LookupError:
            return
        watch.callback(value)

    # --- widgets -> model -----------------------------------------------------------------------

    def _widget_edited(self, binding: Binding) -> None:
        if not self.available:
            return
        value = binding.widget.value()
        text = _tr("Edit “{field}”").format(field=binding.label) if binding.label else ""
        self._editing = binding
        try:
            self.session.set_field((*self.base, *binding.path), value, text=text)
        finally:
            self._editing = None
        # While typing, a problem message may disappear but never appears (no nagging).
        self._show_problem(binding, value, show=False)

    def _widget_committed(self, binding: Binding) -> None:
        self.session.seal_typing()
        self._show_problem(binding, binding.widget.value(), show=True)

    def _show_problem(self, binding: Binding, value: Any, *, show: bool) -> None:
        if binding.on_problem is None:
            return
        message = problem_for(field_name(binding.path), value)
        if message is None:
            if binding.showing_problem:
                binding.showing_problem = False
                binding.on_problem(None)
        elif show or binding.showing_problem:
            binding.showing_problem = True
            binding.on_problem(_tr(message))
