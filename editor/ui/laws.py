"""Which privacy laws the policy follows and why, with the user's own choice for each law.

Each law shows whether it applies and the reason in plain words (``decide_laws``), updated
after every answer. A choice per law ("Automatic", "Applies", "Does not apply") writes
``jurisdictions.law_overrides`` through an undo command; "Automatic" removes the law's entry,
so the answers decide again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from editor.model import Law, LawDecision, Project, decide_laws

if TYPE_CHECKING:
    from editor.ui.binding import Binder
    from editor.ui.session import Session

OVERRIDES_PATH = ("jurisdictions", "law_overrides")
CHOICES: tuple[tuple[str, bool | None], ...] = (
    ("Automatic", None),
    ("Applies", True),
    ("Does not apply", False),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Laws", text)


def law_name(law: Law) -> str:
    return QCoreApplication.translate("Fields", law.label)


def automatic_decisions(project: Project) -> dict[Law, LawDecision]:
    """What the answers alone decide, as if the user had chosen nothing."""
    j = project.jurisdictions
    if j.law_overrides:
        # Shallow copies: only the overrides differ, and nothing here is modified.
        plain = j.model_copy(update={"law_overrides": {}})
        project = project.model_copy(update={"jurisdictions": plain})
    return {d.law: d for d in decide_laws(project)}


def reason_text(law: Law, project: Project, auto: dict[Law, LawDecision]) -> str:
    """Why ``law`` applies or not, mentioning the user's choice when there is one."""
    chosen = project.jurisdictions.law_overrides.get(law)
    reason = _tr(auto[law].reason)
    if chosen is None:
        return reason
    if chosen == auto[law].applies:
        return _tr("Your choice; your answers say the same: {reason}").format(reason=reason)
    return _tr("Your choice. From your answers alone: {reason}").format(reason=reason)


def summary_text(decisions: list[LawDecision]) -> str:
    """One sentence: which laws the policy is written for."""
    from editor.ui.findingsmodel import join_words

    applying = [d for d in decisions if d.applies]
    if not applying:
        return _tr(
            "From your answers so far, no particular privacy law applies. The policy still "
            "covers what every privacy policy should say."
        )
    names = join_words([law_name(d.law) for d in applying])
    if any(d.overridden for d in decisions):
        return _tr("Your policy is written for {laws}, from your answers and your choices.").format(
            laws=names
        )
    return _tr("Your policy is written for {laws}, because of your answers above.").format(
        laws=names
    )


class ChoiceBox(QComboBox):
    """A combo box that the mouse wheel changes only once it has the focus: scrolling down the
    page over it must not quietly decide that a law does not apply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page scrolls instead


class LawRow:
    """The widgets of one law: a mark, its name, the reason, and the user's choice."""

    def __init__(self, law: Law, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.law = law
        self.mark = QLabel(parent)
        self.mark.setObjectName("lawMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.name = QLabel(law_name(law), parent)
        self.name.setObjectName("lawName")
        self.reason = QLabel(parent)
        self.reason.setObjectName("hint")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.choice = ChoiceBox(parent)
        self.choice.setObjectName(f"law-{law.value}")
        for text, value in CHOICES:
            self.choice.addItem(_tr(text), value)
        self.choice.setAccessibleName(_tr("Does the {law} apply?").format(law=law_name(law)))
        self.name.setBuddy(self.choice)
        text = QWidget(parent)
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.name)
        column.addWidget(self.reason)
        grid.addWidget(self.mark, row, 0)
        grid.addWidget(text, row, 1)
        grid.addWidget(self.choice, row, 2, Qt.AlignmentFlag.AlignTop)

    def show(self, decision: LawDecision, reason: str, chosen: bool | None) -> None:
        mark = "✔" if decision.applies else "–"
        if self.mark.text() != mark:
            self.mark.setText(mark)
            self.mark.setProperty("applies", decision.applies)
            self.name.setProperty("applies", decision.applies)
            for label in (self.mark, self.name):
                label.style().unpolish(label)
                label.style().polish(label)
        if self.reason.text() != reason:
            self.reason.setText(reason)
        state = _tr("applies") if decision.applies else _tr("does not apply")
        self.reason.setAccessibleName(f"{law_name(self.law)} {state}: {reason}")
        index = self.choice.findData(chosen)
        if self.choice.currentIndex() != index:
            self.choice.setCurrentIndex(index)


class LawsPanel(QWidget):
    """The laws the policy follows, why, and the user's choice for each; follows every edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laws")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        title = QLabel(_tr("Laws your policy follows"), self)
        title.setObjectName("groupTitle")
        layout.addWidget(title)
        self.summary = QLabel(self)
        self.summary.setObjectName("lawSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        box = QFrame(self)
        box.setObjectName("lawTable")
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.rows = {law: LawRow(law, grid, i, box) for i, law in enumerate(Law)}
        for row in self.rows.values():
            row.choice.activated.connect(lambda _i, r=row: self._chosen(r))
        layout.addWidget(box)
        hint = QLabel(
            _tr(
                "“Automatic” follows your answers. Choose “Applies” or “Does not apply” only "
                "if you know better, for example after advice from a lawyer: your choice stays "
                "until you set it back to Automatic."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def refresh(self) -> None:
        project = self.session.project
        decisions = decide_laws(project)
        auto = automatic_decisions(project)
        overrides = project.jurisdictions.law_overrides
        text = summary_text(decisions)
        if self.summary.text() != text:
            self.summary.setText(text)
        for decision in decisions:
            reason = reason_text(decision.law, project, auto)
            self.rows[decision.law].show(decision, reason, overrides.get(decision.law))

    def _chosen(self, row: LawRow) -> None:
        value = row.choice.currentData()
        overrides = dict(self.session.project.jurisdictions.law_overrides)
        if value is None:
            overrides.pop(row.law, None)
            text = _tr("Let the answers decide whether the {law} applies")
        else:
            overrides[row.law] = value
            text = (
                _tr("Choose that the {law} applies")
                if value
                else _tr("Choose that the {law} does not apply")
            )
        self.session.set_field(
            OVERRIDES_PATH, overrides, merge=False, text=text.format(law=law_name(row.law))
        )


def build_laws_panel(binder: Binder, parent: QWidget) -> QWidget:
    """The ``Custom`` entry of the page "Where your customers are"."""
    panel = LawsPanel(binder.session, parent)
    binder.watch((), lambda _project: panel.refresh())
    return panel
