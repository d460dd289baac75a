"""Building a form page from its specs: question rows, groups, list editors, computed notes.

Each question's Alt+letter is chosen by ``editor.ui.mnemonics`` once the page (or a follow-up
question) is built; this module only marks the widgets that take one.
"""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.model import Project
from editor.model.fieldpath import FieldPath, parse_path
from editor.ui.binding import Binder
from editor.ui.fields import infer_kind, make_widget
from editor.ui.listeditor import ListEditor
from editor.ui.mnemonics import PAGE, QUESTION_TEXT, assign_mnemonics, assign_new_mnemonics
from editor.ui.questions import (
    Custom,
    Entry,
    Group,
    Info,
    Kind,
    ListQuestion,
    PageSpec,
    Question,
    When,
)
from editor.ui.session import Session
from editor.ui.widgets.base import FieldWidget

FORM_WIDTH = 720  # questions read best in a column, not across a wide window


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def _small_label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setIndent(0)  # a style-sheet margin would otherwise indent it off the column's edge
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class QuestionRow(QWidget):
    """One question: the question, the answer widget, a hint, why we ask, and any problem."""

    def __init__(
        self, question: Question, field: FieldWidget, parent: QWidget, *, show_label: bool = True
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        label_text = _tr(question.label)
        if show_label:  # a tick box carries its question as its own text
            self.label = QLabel(label_text.replace("&", "&&"), self)
            self.label.setObjectName("question")
            self.label.setWordWrap(True)
            self.label.setBuddy(field.focusProxy() or field)
            self.label.setProperty(QUESTION_TEXT, label_text)
            layout.addWidget(self.label)
        elif isinstance(field.focusProxy(), QAbstractButton):
            field.focusProxy().setProperty(QUESTION_TEXT, label_text)
        layout.addWidget(field)
        field.set_accessible_name(label_text)
        if question.hint:
            hint = _small_label(_tr(question.hint), "hint", self)
            layout.addWidget(hint)
            (field.focusProxy() or field).setAccessibleDescription(_tr(question.hint))
        self.problem = _small_label("", "problem", self)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        if question.why:
            self.why_button = QToolButton(self)
            self.why_button.setObjectName("why")
            self.why_button.setText(_tr("Why we ask"))
            self.why_button.setCheckable(True)
            self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.why_button.setArrowType(Qt.ArrowType.RightArrow)
            self.why_button.setAutoRaise(True)
            self.why_button.setAccessibleName(
                _tr("Why we ask: {question}").format(question=label_text)
            )
            self.why_text = _small_label(_tr(question.why), "whyText", self)
            self.why_text.setVisible(False)
            self.why_button.toggled.connect(self._toggle_why)
            layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.why_text)

    def _toggle_why(self, shown: bool) -> None:
        self.why_text.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.why_button.setArrowType(arrow)

    def set_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        self.field.setProperty("problem", bool(message))
        target = self.field.focusProxy() or self.field
        target.setProperty("problem", bool(message))
        target.style().unpolish(target)
        target.style().polish(target)


def _show_when(binder: Binder, when: When | None, widget: QWidget) -> None:
    if when is not None:
        binder.watch(parse_path(when.path), lambda v: widget.setVisible(when.holds(v)))


def build_form(
    entries: tuple[Entry, ...], binder: Binder, model: type[BaseModel], parent: QWidget
) -> None:
    """Add the widgets for ``entries`` to ``parent``'s layout, bound through ``binder``."""
    layout = parent.layout()
    assert layout is not None
    for entry in entries:
        layout.addWidget(_build_entry(entry, binder, model, parent))


def _build_entry(entry: Entry, binder: Binder, model: type[BaseModel], parent: QWidget) -> QWidget:
    if isinstance(entry, Question):
        return _build_question(entry, binder, model, parent)
    if isinstance(entry, Group):
        box = QWidget(parent)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 10, 0, 0)
        title = QLabel(_tr(entry.title), box)
        title.setObjectName("groupTitle")
        title.setIndent(0)
        box_layout.addWidget(title)
        if entry.intro:
            box_layout.addWidget(_small_label(_tr(entry.intro), "hint", box))
        build_form(entry.entries, binder, model, box)
        _show_when(binder, entry.when, box)
        return box
    if isinstance(entry, ListQuestion):
        box = QWidget(parent)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 8)
        label = QLabel(_tr(entry.label).replace("&", "&&"), box)
        label.setObjectName("question")
        label.setWordWrap(True)
        label.setProperty(QUESTION_TEXT, _tr(entry.label))
        box_layout.addWidget(label)
        if entry.hint:
            box_layout.addWidget(_small_label(_tr(entry.hint), "hint", box))
        editor = ListEditor(entry, binder.session, build_form, binder.base, box)
        label.setBuddy(editor.table)  # Alt+letter goes to the table
        box_layout.addWidget(editor)
        _show_when(binder, entry.when, box)
        return box
    if isinstance(entry, Info):
        note = QLabel(parent)
        note.setObjectName("info")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        session = binder.session
        binder.watch((), lambda _v: note.setText(entry.render(session.project)))
        return note
    if isinstance(entry, Custom):
        widget: QWidget = entry.build(binder, parent)
        _show_when(binder, entry.when, widget)
        return widget
    raise TypeError(f"unknown entry {entry!r}")


def _build_question(
    q: Question, binder: Binder, model: type[BaseModel], parent: QWidget
) -> QWidget:
    path = q.field_path
    kind = q.kind or infer_kind(model, path, lines=q.lines)
    field = make_widget(
        kind,
        session=binder.session,
        model=model,
        path=path,
        label=_tr(q.label),
        placeholder=_tr(q.placeholder) if q.placeholder else "",
        lines=q.lines,
        suffix=_tr(q.suffix) if q.suffix else "",
    )
    row = QuestionRow(q, field, parent, show_label=kind is not Kind.CHECK)
    binder.bind(field, path, _tr(q.label), row.set_problem)
    _show_when(binder, q.when, row)
    if not q.followups:
        return row
    # Follow-up questions sit indented under their question and appear with the right answer.
    wrapper = QWidget(parent)
    wrapper_layout = QVBoxLayout(wrapper)
    wrapper_layout.setContentsMargins(0, 0, 0, 0)
    wrapper_layout.setSpacing(0)
    wrapper_layout.addWidget(row)
    followups = QFrame(wrapper)
    followups.setObjectName("followups")
    followups_layout = QVBoxLayout(followups)
    followups_layout.setContentsMargins(18, 4, 0, 4)
    wrapper_layout.addWidget(followups)
    built = False

    def reveal(value: object) -> None:
        nonlocal built
        shown = value in q.followups_when
        if shown and not built:
            # Built on first reveal: most follow-ups of a page are never opened, and a page
            # with all of them (three contact points, each with a country picker) is slow.
            built = True
            build_form(q.followups, binder, model, followups)
            _chain_focus(row, followups)
            assign_new_mnemonics(followups)
        followups.setVisible(shown)

    binder.watch(path, reveal)
    _show_when(binder, q.when, wrapper)
    return wrapper


def _focusable(container: QWidget) -> list[QWidget]:
    """The widgets in ``container`` that Tab stops at, in creation order.

    Only those in ``container``'s own window: a combo box's list and a completer's popup are
    children too, but separate windows, and Qt refuses a Tab order across windows.
    """
    window = container.window()
    return [
        w
        for w in container.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is window
    ]


def _chain_focus(row: QWidget, container: QWidget) -> None:
    """Put widgets built later into the Tab order right after ``row``, where they appear."""
    before = _focusable(row)
    if not before:
        return
    previous = before[-1]
    if previous.window() is not container.window():
        return  # built with the page itself: creation order is already the reading order
    for widget in _focusable(container):
        QWidget.setTabOrder(previous, widget)
        previous = widget


class FormPage(QScrollArea):
    """A page of questions under a heading, scrolling as one column."""

    def __init__(self, spec: PageSpec, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"page-{spec.key}")
        self.setProperty(PAGE, True)
        inner = QWidget(self)
        inner.setObjectName("pageBody")
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(24, 16, 24, 24)
        column = QWidget(inner)
        column.setMaximumWidth(FORM_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(8)
        title = QLabel(_tr(spec.title), column)
        title.setObjectName("pageTitle")
        title.setIndent(0)
        column_layout.addWidget(title)
        if spec.intro:
            column_layout.addWidget(_small_label(_tr(spec.intro), "intro", column))
        self.note = _small_label("", "pageNote", column)  # e.g. how hard this part reads
        self.note.setVisible(False)
        column_layout.addWidget(self.note)
        self.binder = Binder(session, (), self)
        build_form(spec.entries, self.binder, Project, column)
        outer.addWidget(column)
        outer.addStretch(1)
        self.setWidget(inner)
        assign_mnemonics(self)

    def set_note(self, text: str) -> None:
        """Show a gentle remark under the page's intro ("" hides it)."""
        if text != self.note.text():
            self.note.setText(text)
        self.note.setVisible(bool(text))

    def focus_path(self, path: FieldPath) -> bool:
        """Scroll to and focus the widget that edits ``path`` (a finding's field, say).

        A path into a list selects the item first. False if this page does not ask for it.
        """
        for editor in self.findChildren(ListEditor):
            n = len(editor.list_path)
            if path[:n] == editor.list_path and len(path) > n and isinstance(path[n], int):
                editor.select_row(path[n])
                if self._focus_binding(editor.binder, path[n + 1 :]):
                    return True
                editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(editor.table)
                return True
        return self._focus_binding(self.binder, path)

    def _focus_binding(self, binder: Binder, path: FieldPath) -> bool:
        for binding in binder.bindings:
            if binding.path == path[: len(binding.path)] and binding.widget.isVisibleTo(self):
                self.ensureWidgetVisible(binding.widget)
                binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False
