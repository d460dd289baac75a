"""Publish this version: name it, date it, say why, and see what is being published.

The dialog shows what changed since the last published version, material changes marked, so
the user knows what they are about to publish. A label that is taken and an effective date
before the previous version's are explained under the fields as they are typed, and Publish
waits until both are right; the versions package has the last word when Publish is pressed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model import Project
from editor.ui.comparison import ComparisonView
from editor.versions import DRAFT, VersionError, compare_versions, latest, publish
from editor.versions.publish import MAX_LABEL_LENGTH
from editor.versions.words import day

if TYPE_CHECKING:
    from editor.document.nodes import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishDialog", text)


def suggest_label(project: Project, effective: dt.date) -> str:
    """The year and month the version takes effect ("2027-01"), made unique if taken."""
    taken = {v.label.strip().casefold() for v in project.published}
    for label in (f"{effective:%Y-%m}", effective.isoformat()):
        if label not in taken:
            return label
    n = 2
    while f"{effective.isoformat()} ({n})" in taken:
        n += 1
    return f"{effective.isoformat()} ({n})"


class PublishDialog(QDialog):
    """Asks for the label, effective date and note; ``published`` is the result on accept."""

    def __init__(
        self, project: Project, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Publish this version"))
        self.project = project
        self.today = today or dt.date.today()
        self.published: Project | None = None
        self.previous = latest(project)

        intro = QLabel(
            _tr(
                "Publishing keeps a copy of your current answers as a version that no longer "
                "changes, and sets the policy's effective and last-updated dates. You keep "
                "editing the draft afterwards."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.label_edit = QLineEdit(self)
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_edit.setAccessibleName(_tr("Version label"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")  # no doubt about day and month
        self.date_edit.setDate(_qdate(self.today))
        self.date_edit.setAccessibleName(_tr("Takes effect on"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            _tr("For example: You can now pay by card; we share your order with Stripe.")
        )
        self.note_edit.setAccessibleName(_tr("Note"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.label_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self.date_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        self.label_problem = _problem_label(self)
        self.date_problem = _problem_label(self)
        self.date_hint = QLabel(self)
        self.date_hint.setObjectName("hint")
        self.date_hint.setWordWrap(True)

        note_hint = QLabel(
            _tr(
                "In your own words: it goes into the policy's change history and the notice "
                "you can send your customers."
            ),
            self,
        )
        note_hint.setObjectName("hint")
        note_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(
            _buddy(_tr("&Label:"), self.label_edit, self),
            _stacked(self, self.label_edit, self.label_problem),
        )
        form.addRow(
            _buddy(_tr("Takes &effect on:"), self.date_edit, self),
            _stacked(self, self.date_edit, self.date_problem, self.date_hint),
        )
        form.addRow(
            _buddy(_tr("&Note (optional):"), self.note_edit, self),
            _stacked(self, self.note_edit, note_hint),
        )

        self.changes_title = QLabel(self)
        self.changes_title.setObjectName("groupTitle")
        self.changes = ComparisonView(self)
        self.changes.setMinimumHeight(220)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.publish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(_tr("&Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
        self.resize(660, 600)

        self._material = False  # the draft has material changes since the last version
        self._suggested = suggest_label(project, self.today)
        self.label_edit.setText(self._suggested)
        self.label_edit.selectAll()
        self.label_edit.textChanged.connect(lambda _t: self._validate())
        self.date_edit.dateChanged.connect(self._date_changed)
        self._show_changes()
        self._validate()

    # --- fields --------------------------------------------------------------------------------

    @property
    def effective_date(self) -> dt.date:
        return _pydate(self.date_edit.date())

    def _date_changed(self, _date: QDate) -> None:
        # Keep following the date while the user has not chosen a label of their own.
        if self.label_edit.text().strip() == self._suggested:
            self._suggested = suggest_label(self.project, self.effective_date)
            self.label_edit.setText(self._suggested)
        self._validate()

    def _validate(self) -> bool:
        label_problem = self._label_problem(" ".join(self.label_edit.text().split()))
        date_problem = self._date_problem(self.effective_date)
        _show(self.label_problem, label_problem)
        _show(self.date_problem, date_problem)
        self.label_edit.setProperty("problem", bool(label_problem))
        self.label_edit.style().polish(self.label_edit)
        ok = not label_problem and not date_problem
        self.publish_button.setEnabled(ok)
        self._update_date_hint()
        return ok

    def _update_date_hint(self) -> None:
        """Material changes should be announced before they apply: suggest a later date."""
        if self._material and self.effective_date <= self.today:
            self.date_hint.setText(
                _tr(
                    "This version has material changes. Customers should hear about them "
                    "before they apply: consider a date a few weeks ahead, and send them the "
                    "notice (Versions panel) in the meantime."
                )
            )
        else:
            self.date_hint.setText(_tr("The day the policy applies from. It can be in the future."))

    def _label_problem(self, label: str) -> str:
        if not label:
            return _tr("Give the version a label, for example the month it takes effect.")
        if label.casefold() == DRAFT:
            return _tr("“{label}” is the name of the working draft; choose another label.").format(
                label=label
            )
        for version in self.project.published:
            if version.label.strip().casefold() == label.casefold():
                return _tr(
                    "There is already a version called “{label}” (effective {date}). "
                    "Choose another label."
                ).format(label=version.label, date=day(version.effective_date, self.project))
        return ""

    def _date_problem(self, effective: dt.date) -> str:
        previous = self.previous
        if previous is None or not previous.effective_date or effective >= previous.effective_date:
            return ""
        return _tr(
            "The previous version, {label}, took effect on {date}. This version can take "
            "effect on that day or later."
        ).format(label=previous.label, date=day(previous.effective_date, self.project))

    # --- what is being published ---------------------------------------------------------------

    def _show_changes(self) -> None:
        previous = self.previous
        if previous is None:
            self.changes_title.setText(_tr("What you are publishing"))
            self.changes.show_message(
                _tr(
                    "This is the first version you publish. From now on Policywright can tell "
                    "you, and your customers, what changed in each new version."
                )
            )
            return
        self.changes_title.setText(
            _tr("What changed since version {label} (effective {date})").format(
                label=previous.label, date=day(previous.effective_date, self.project)
            )
        )
        try:
            comparison = compare_versions(self.project)
        except VersionError as exc:
            self.changes.show_message(exc.message)
            return
        if comparison.is_empty:
            self.changes.show_message(
                _tr(
                    "Nothing changed since version {label}. Publishing again records that you "
                    "reviewed the policy (“Reviewed; no changes.”)."
                ).format(label=previous.label)
            )
            return

        def documents() -> tuple[Document, Document]:
            from editor.compose import compose
            from editor.versions import snapshot

            return compose(snapshot(self.project, previous.label)), compose(self.project)

        self._material = bool(comparison.material)
        self.changes.show_comparison(comparison, self.project, documents, title=False)

    # --- publishing ----------------------------------------------------------------------------

    def accept(self) -> None:
        if not self._validate():
            return
        try:
            self.published = publish(
                self.project,
                self.label_edit.text(),
                effective_date=self.effective_date,
                note=self.note_edit.toPlainText(),
                today=self.today,
            )
        except VersionError as exc:
            # The package's own checks are the rule; say what it said beside the fields.
            _show(self.label_problem, exc.message)
            self.publish_button.setEnabled(False)
            return
        super().accept()


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A field with its message under it, as one cell of the form."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
