"""The review of an import: every answer found in the old policy, beside the sentence it came
from, to accept or reject; and every section of the old text, to keep or to remove once the
answers say what it said.

The list groups the proposals under the old policy's sections, in its order; selecting a row
highlights its sentence (or its section) in the old text on the right. Decisions are made on a
copy of the project with the importer's pure functions, and "Done" puts the result in place as
one undoable step, so Ctrl+Z takes back a whole review. Nothing is an answer until accepted:
an open or rejected proposal leaves its answer empty, and the checks still ask for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.importer import accept, accept_all, covered, describe, keep_section, reject
from editor.model import CustomSection, Project, Proposal, ProposalStatus

if TYPE_CHECKING:
    from editor.catalog import Catalog
    from editor.ui.window import EditorWindow

PROPOSAL_ROLE = Qt.ItemDataRole.UserRole  # a proposal's id
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # an imported section's id


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReview", text)


def _status_text(status: ProposalStatus) -> str:
    return {
        ProposalStatus.OPEN: _tr("To review"),
        ProposalStatus.ACCEPTED: _tr("Accepted: now an answer"),
        ProposalStatus.REJECTED: _tr("Rejected"),
    }[status]


class ImportReviewDialog(QDialog):
    """The proposals and sections of an import, and the decisions taken on them."""

    def __init__(self, project: Project, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReview")
        self.original = project
        self.working = project.model_copy(deep=True)
        self.catalog = catalog
        # Every section the import made, with the text the owner saw, even once removed.
        self.sections = {s.id: s for s in project.custom_sections}
        self.removed: set[str] = set()
        imported = project.imported
        self.setWindowTitle(_tr("Review what was imported from {name}").format(
            name=imported.source_name or _tr("your old policy")))  # fmt: skip

        intro = QLabel(
            _tr(
                "Each answer found in your old policy is shown with the sentence it came from. "
                "Accept it to make it an answer, or reject it. Until you accept it, it is not "
                "an answer, and the problems list still asks for it. Your old policy's text "
                "stays in the policy as your own sections until you keep them or remove those "
                "your answers now cover."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_tr("Found in your old policy"), _tr("Decision")])
        self.tree.setAccessibleName(_tr("Answers and sections found"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.old_text = QPlainTextEdit(self)
        self.old_text.setObjectName("oldPolicyText")
        self.old_text.setReadOnly(True)
        self.old_text.setPlainText(imported.text)
        self.old_text.setAccessibleName(_tr("Your old policy"))
        self.sentence = QLabel(self)
        self.sentence.setObjectName("hint")
        self.sentence.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(_tr("Your old policy"), right))
        right_layout.addWidget(self.old_text, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.accept_button = QPushButton(_tr("&Accept"), self)
        self.reject_button = QPushButton(_tr("&Reject"), self)
        self.accept_all_button = QPushButton(_tr("Accept a&ll still to review"), self)
        self.keep_button = QPushButton(_tr("&Keep as my own text"), self)
        self.covered_button = QPushButton(_tr("Now &covered by my answers"), self)
        self.covered_button.setToolTip(
            _tr("Remove this section of your old text: your answers now say what it said")
        )
        self.accept_button.clicked.connect(lambda: self._decide(accept_them=True))
        self.reject_button.clicked.connect(lambda: self._decide(accept_them=False))
        self.accept_all_button.clicked.connect(self._accept_all)
        self.keep_button.clicked.connect(lambda: self._sections(remove=False))
        self.covered_button.clicked.connect(lambda: self._sections(remove=True))
        actions = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.covered_button)

        self.buttons = QDialogButtonBox(self)
        done = self.buttons.addButton(_tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.sentence)
        layout.addLayout(actions)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1100, 680)

        self._fill()
        self.tree.itemSelectionChanged.connect(self._selected)
        first = self._first_open()
        if first is not None:
            self.tree.setCurrentItem(first)
        self._selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first sentence was placed while the text box had no size yet: at the top edge,
        # with the heading and the lines before it hidden. Placed again at the size shown.
        self.old_text.centerCursor()

    # --- the list -------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.tree.clear()
        by_section: dict[str, list[Proposal]] = {}
        for proposal in self.working.imported.proposals:
            by_section.setdefault(proposal.section_id, []).append(proposal)
        shown = set()
        for section in self.original.custom_sections:
            if section.id in self.sections and (section.review or section.id in by_section):
                self._section_row(section, by_section.get(section.id, []))
                shown.add(section.id)
        # Proposals whose section the owner deleted by hand still want a decision.
        rest = [p for sid, ps in by_section.items() if sid not in shown for p in ps]
        if rest:
            group = QTreeWidgetItem(self.tree, [_tr("(sections you have since removed)"), ""])
            self._bold(group)
            for proposal in rest:
                self._proposal_row(group, proposal)
        self.tree.expandAll()
        self._update_summary()

    def _bold(self, item: QTreeWidgetItem) -> None:
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)

    def _section_row(self, section: CustomSection, proposals: list[Proposal]) -> None:
        title = section.title or _tr("(before the first heading)")
        item = QTreeWidgetItem(self.tree, [title, self._section_status(section.id)])
        item.setData(0, SECTION_ROLE, section.id)
        item.setToolTip(0, title)
        self._bold(item)
        for proposal in proposals:
            self._proposal_row(item, proposal)

    def _section_status(self, section_id: str) -> str:
        if section_id in self.removed:
            return _tr("Removed: covered by your answers")
        current = next((s for s in self.working.custom_sections if s.id == section_id), None)
        if current is None:
            return _tr("Removed")
        return _tr("Imported — to review") if current.review else _tr("Kept as your own text")

    def _proposal_row(self, parent: QTreeWidgetItem, proposal: Proposal) -> None:
        kind = proposal.kind.label if proposal.kind else ""
        text = f"{kind}: {describe(proposal)}"
        item = QTreeWidgetItem(parent, [text, _status_text(proposal.status)])
        item.setData(0, PROPOSAL_ROLE, proposal.id)
        item.setToolTip(0, f"{text}\n\n“{proposal.sentence}”")
        if proposal.status is not ProposalStatus.OPEN:
            item.setForeground(0, self.palette().placeholderText())

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            found.append(top)
            found.extend(top.child(c) for c in range(top.childCount()))
        return found

    def _first_open(self) -> QTreeWidgetItem | None:
        for item in self._items():
            proposal = self._proposal_of(item)
            if proposal is not None and proposal.status is ProposalStatus.OPEN:
                return item
        return self.tree.topLevelItem(0)

    def _proposal_of(self, item: QTreeWidgetItem) -> Proposal | None:
        proposal_id = item.data(0, PROPOSAL_ROLE)
        return self.working.imported.proposal(proposal_id) if proposal_id else None

    def _chosen(self) -> tuple[list[Proposal], list[str]]:
        """The proposals and the sections selected."""
        proposals, sections = [], []
        for item in self.tree.selectedItems():
            proposal = self._proposal_of(item)
            if proposal is not None:
                proposals.append(proposal)
            elif item.data(0, SECTION_ROLE):
                sections.append(str(item.data(0, SECTION_ROLE)))
        return proposals, sections

    # --- showing where it came from ----------------------------------------------------------

    def _selected(self) -> None:
        proposals, sections = self._chosen()
        open_ = [p for p in proposals if p.status is ProposalStatus.OPEN]
        self.accept_button.setEnabled(bool(open_))
        self.reject_button.setEnabled(bool(open_))
        self.accept_all_button.setEnabled(bool(self.working.imported.open_proposals()))
        live = [s for s in sections if s not in self.removed and self._in_working(s)]
        self.keep_button.setEnabled(any(self._to_review(s) for s in live))
        self.covered_button.setEnabled(bool(live))
        if proposals:
            p = proposals[0]
            self.sentence.setText(_tr("From your old policy: “{sentence}”").format(
                sentence=p.sentence))  # fmt: skip
            self._highlight(p.start, len(p.sentence))
        elif sections:
            start, length = self._section_span(sections[0])
            self.sentence.setText("")
            self._highlight(start, length)
        else:
            self.sentence.setText("")
            self._highlight(None, 0)

    def _in_working(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.working.custom_sections)

    def _to_review(self, section_id: str) -> bool:
        return any(s.id == section_id and s.review for s in self.working.custom_sections)

    def _section_span(self, section_id: str) -> tuple[int | None, int]:
        section = self.sections.get(section_id)
        if section is None:
            return None, 0
        text = self.original.imported.text
        whole = f"{section.title}\n\n{section.body}" if section.title else section.body
        at = text.find(whole)
        return (at, len(whole)) if at >= 0 else (None, 0)

    def _highlight(self, start: int | None, length: int) -> None:
        if start is None or length <= 0:
            self.old_text.setExtraSelections([])
            return
        cursor = QTextCursor(self.old_text.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff1a8"))
        fmt.setForeground(QColor("#1a1a1a"))
        mark.format = fmt  # type: ignore[attr-defined]
        self.old_text.setExtraSelections([mark])
        # Scroll so the sentence's start shows, a few lines down from the top.
        place = QTextCursor(self.old_text.document())
        place.setPosition(start)
        self.old_text.setTextCursor(place)
        self.old_text.centerCursor()

    # --- decisions ----------------------------------------------------------------------------

    def _decide(self, *, accept_them: bool) -> None:
        proposals, _sections = self._chosen()
        ids = [p.id for p in proposals if p.status is ProposalStatus.OPEN]
        if not ids:
            return
        if accept_them:
            self.working = accept(self.working, ids, self.catalog)
        else:
            self.working = reject(self.working, ids)
        self._refill()

    def _accept_all(self) -> None:
        self.working = accept_all(self.working, self.catalog)
        self._refill()

    def _sections(self, *, remove: bool) -> None:
        _proposals, sections = self._chosen()
        for section_id in sections:
            if not self._in_working(section_id):
                continue
            if remove:
                self.working = covered(self.working, section_id)
                self.removed.add(section_id)
            else:
                self.working = keep_section(self.working, section_id)
        self._refill()

    def _refill(self) -> None:
        """The list again, with the selection moved on to the next answer still to review."""
        current = self.tree.currentItem()
        was = self._key(current) if current is not None else ""
        self.tree.blockSignals(True)
        self._fill()
        self.tree.blockSignals(False)
        items = self._items()
        keys = [self._key(item) for item in items]
        at = keys.index(was) if was in keys else 0
        later = [item for item in items[at:] if self._open(item)]
        target = later[0] if later else (items[at] if items else None)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._selected()

    def _key(self, item: QTreeWidgetItem) -> str:
        return str(item.data(0, PROPOSAL_ROLE) or item.data(0, SECTION_ROLE) or item.text(0))

    def _open(self, item: QTreeWidgetItem) -> bool:
        proposal = self._proposal_of(item)
        return proposal is not None and proposal.status is ProposalStatus.OPEN

    def _update_summary(self) -> None:
        proposals = self.working.imported.proposals
        counts = {s: sum(1 for p in proposals if p.status is s) for s in ProposalStatus}
        to_review = sum(1 for s in self.working.custom_sections if s.review)
        self.summary.setText(
            _tr("{open} answers to review, {accepted} accepted, {rejected} rejected; "
                "{sections} sections of old text to review.").format(
                open=counts[ProposalStatus.OPEN], accepted=counts[ProposalStatus.ACCEPTED],
                rejected=counts[ProposalStatus.REJECTED], sections=to_review)
        )  # fmt: skip

    def changed(self) -> bool:
        return self.working != self.original


def review(window: EditorWindow, catalog: Catalog) -> bool:
    """Show the review of the open project's import; True when decisions were applied."""
    session = window.session
    dialog = ImportReviewDialog(session.project, catalog, window.widget())
    if not dialog.exec() or not dialog.changed():
        return False
    session.replace_project(dialog.working, _tr("Review what was imported"))
    window.statusBar().showMessage(
        _tr("Your decisions on the import are in. Undo takes them all back."), 8000
    )
    return True
