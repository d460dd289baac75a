"""The checks' results around the window: the problems panel, the navigator's counts, the
status bar's summary and readability, the notes on hard-to-read pages, the export warning.

Everything here follows the checks job of ``editor.ui.analysis`` (findings and readability are
computed in the worker, never while the user types); this module only shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from editor.ui.analysis import Analyser, Analysis
from editor.ui.findings import FindingsPanel
from editor.ui.findingsmodel import (
    ERROR,
    SEVERITIES,
    WARNING,
    count_by_severity,
    count_text,
    page_for_finding,
    section_page,
    severity_icon,
)
from editor.ui.navigator import state_icon
from editor.ui.outline import OUTLINE
from editor.ui.status import PageStatus, SectionState
from editor.ui.window import VIEW_MENU

if TYPE_CHECKING:
    # Not at run time: the worker loads the checks after start-up, and the window needs only
    # their results, which carry everything shown here.
    from editor.checks import Finding
    from editor.checks.plain_language import ReadabilityReport
    from editor.model import Law
    from editor.ui.pages.base import FormPage
    from editor.ui.window import EditorWindow

SERIOUS = (ERROR, WARNING)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


class ExportChoice(Enum):
    EXPORT = "export"
    SHOW = "show"
    CANCEL = "cancel"


def ask_export_with_errors(parent: QWidget, errors: int) -> ExportChoice:
    """Export anyway / Show problems / Cancel: a warning, never a block."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Export with errors?"))
    box.setText(
        _tr("Your policy still has 1 error.")
        if errors == 1
        else _tr("Your policy still has {count} errors.").format(count=errors)
    )
    box.setInformativeText(
        _tr(
            "An error is something the law asks your policy to say that it does not say yet. "
            "You can export it anyway (as a draft, say) and fix it later."
        )
    )
    export = box.addButton(_tr("&Export anyway"), QMessageBox.ButtonRole.AcceptRole)
    show = box.addButton(_tr("&Show problems"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is export:
        return ExportChoice.EXPORT
    if clicked is show:
        return ExportChoice.SHOW
    return ExportChoice.CANCEL


def page_counts(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """Errors and warnings per editor page."""
    counts: dict[str, dict[str, int]] = {}
    for finding in findings:
        key = page_for_finding(finding)
        if key is not None and finding.severity in SERIOUS:
            page = counts.setdefault(key, dict.fromkeys(SEVERITIES, 0))
            page[finding.severity] += 1
    return counts


def badge_texts(findings: Iterable[Finding], statuses: dict[str, PageStatus]) -> dict[str, str]:
    """The navigator's count after each page's title, "" for none.

    A page shows its count when its mark says it needs attention: a page nobody has started
    stays quiet (a new project should not open as a wall of warnings), as its mark does.
    """
    counts = page_counts(findings)
    texts = {}
    for section in OUTLINE:
        status = statuses.get(section.key)
        attention = status is not None and status.state is SectionState.NEEDS_ATTENTION
        texts[section.key] = badge_text(counts.get(section.key, {})) if attention else ""
    return texts


def badge_text(counts: dict[str, int]) -> str:
    """ "✖ 1  ⚠ 2": short, so it fits after the longest title in the sections list; the same
    marks as the problems panel's filter buttons, and the page's tooltip says it in words."""
    marks = ((ERROR, "✖"), (WARNING, "⚠"))
    return "  ".join(f"{mark} {counts[s]}" for s, mark in marks if counts.get(s))


def readability_note(page_key: str, report: ReadabilityReport | None) -> str:
    """The gentle note on a page whose part of the policy is hard to read, or ""."""
    if report is None:
        return ""
    from editor.checks.readability import HARD_SECTION_THRESHOLD

    written = [s for s in report.sections if section_page(s.page.value) == page_key]
    hard = [s for s in written if s.score is not None and s.score < HARD_SECTION_THRESHOLD]
    notes = []
    for s in hard:
        score = max(round(s.score or 0), 0)  # the formula goes below 0; "0" says enough
        if len(written) == 1 and page_key != "custom":
            notes.append(
                _tr("This section is hard to read (score {score}): shorter sentences help.").format(
                    score=score
                )
            )
        else:
            notes.append(
                _tr(
                    "“{title}” in your policy is hard to read (score {score}): shorter "
                    "sentences help."
                ).format(title=s.title, score=score)
            )
    return "\n".join(notes)


def readability_text(report: ReadabilityReport | None) -> tuple[str, str]:
    """(status bar text, tooltip) for the policy's overall readability."""
    if report is None or report.overall is None:
        return "", ""
    from editor.checks.plain_language import GRADE_PHRASES

    phrase = _tr(GRADE_PHRASES[report.grade or "hard"])
    score = max(round(report.overall), 0)
    text = _tr("Readability {score}: {phrase}").format(score=score, phrase=phrase)
    tip = [
        _tr(
            "Flesch reading ease of the whole policy, from 0 to 100: higher is easier, and 60 "
            "or more is plain English. The GDPR asks for clear and plain language."
        )
    ]
    hardest = report.hardest
    if hardest is not None and hardest.score is not None:
        tip.append(
            _tr("Hardest section: “{title}” ({score}).").format(
                title=hardest.title, score=max(round(hardest.score), 0)
            )
        )
    return text, "\n".join(tip)


class ChecksView(QObject):
    """Shows each checks result in the panel, the navigator, the status bar and the pages."""

    def __init__(
        self, window: EditorWindow, dock: QDockWidget, analyser: Analyser, stack: QStackedWidget
    ) -> None:
        """``dock`` is the problems dock the window placed (empty till now); ``stack`` holds
        the window's pages, which get the notes on hard-to-read sections."""
        super().__init__(window.widget())
        self.window = window
        self.parent_widget = window.widget()  # of the dialogs and the status bar's widgets
        self.analyser = analyser
        self.stack = stack
        self.findings: list[Finding] = []
        self.laws: frozenset[Law] = frozenset()
        self.readability: ReadabilityReport | None = None
        self._checked_at = -1  # the analyser's edit count the findings belong to

        self.panel = FindingsPanel(self.parent_widget)
        self.panel.activated.connect(self.open_finding)
        self.dock: QDockWidget = dock
        self.dock.setWidget(self.panel)
        window.add_action(self.dock.toggleViewAction(), VIEW_MENU)
        # Like F6 for the sections: F8 puts the cursor in the list (showing it if hidden); the
        # View menu's "Problems" shows and hides it.
        self.go_to_problems = QAction(_tr("Go to the &problems list"), self.parent_widget)
        self.go_to_problems.setShortcut(QKeySequence("F8"))
        self.go_to_problems.triggered.connect(lambda: self.show_panel(focus=True))
        window.add_action(self.go_to_problems, VIEW_MENU)

        self.summary = QToolButton(self.parent_widget)
        self.summary.setObjectName("problemsSummary")
        self.summary.setAutoRaise(True)
        self.summary.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary.setToolTip(_tr("Show the problems the checks found (F8)"))
        self.summary.clicked.connect(lambda: self.show_panel(focus=True))
        self.readability_label = QLabel(self.parent_widget)
        self.readability_label.setObjectName("readability")
        self.readability_label.setContentsMargins(8, 0, 8, 0)
        status_bar = window.statusBar()
        status_bar.insertPermanentWidget(0, self.summary)
        status_bar.insertPermanentWidget(1, self.readability_label)
        self.summary.setVisible(False)  # until the first checks arrive

        analyser.finished.connect(self._analysed)
        stack.currentChanged.connect(lambda _i: self._note_current_page())

    # --- following the checks ------------------------------------------------------------------

    def _analysed(self, result: Analysis) -> None:
        from editor.model import applicable_laws  # loaded by now: results follow the project

        findings = list(result.findings)
        self._show(findings, applicable_laws(self.window.session.project))
        self._checked_at = self.analyser.edits
        for key, text in badge_texts(findings, result.statuses).items():
            self.window.navigator.set_badge(key, text)
        if result.readability is not None:
            self.readability = result.readability
            text, tip = readability_text(self.readability)
            self.readability_label.setText(text)
            self.readability_label.setToolTip(tip)
            for form in self._pages():
                form.set_note(readability_note(form.spec.key, self.readability))

    def _show(self, findings: list[Finding], laws: Iterable[Law]) -> None:
        self.findings = findings
        self.laws = frozenset(laws)
        self.panel.set_findings(findings, self.laws)
        counts = count_by_severity(findings)
        text = count_text(counts, SERIOUS)
        worst = next((s for s in SERIOUS if counts[s]), None)
        self.summary.setText(text or _tr("No errors or warnings"))
        self.summary.setIcon(severity_icon(worst) if worst else state_icon(SectionState.COMPLETE))
        self.summary.setAccessibleName(
            _tr("Problems: {summary}").format(summary=text or _tr("none"))
        )
        self.summary.setVisible(True)

    def _pages(self) -> list[FormPage]:
        """The pages built so far."""
        from editor.ui.pages.base import FormPage  # the stack holds no page before the project

        widgets = (self.stack.widget(i) for i in range(self.stack.count()))
        return [w for w in widgets if isinstance(w, FormPage)]

    def _note_current_page(self) -> None:
        from editor.ui.pages.base import FormPage

        form = self.stack.currentWidget()
        if isinstance(form, FormPage):
            form.set_note(readability_note(form.spec.key, self.readability))

    def current_findings(self) -> list[Finding]:
        """The findings for the project as it is now, checked again if an edit came since."""
        if self._checked_at != self.analyser.edits:
            project = self.window.session.project
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                from editor.checks import run_checks
                from editor.model import applicable_laws

                findings = run_checks(project)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._show(findings, applicable_laws(project))
            self._checked_at = self.analyser.edits
        return self.findings

    # --- the user's actions --------------------------------------------------------------------

    def show_panel(self, *, focus: bool = False, severity: str | None = None) -> None:
        self.dock.show()
        self.dock.raise_()
        if severity is not None:
            self.panel.select_first(severity)
        if focus:
            self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_finding(self, finding: Finding) -> None:
        """Open the page where ``finding`` is fixed, with the cursor in the field."""
        key = page_for_finding(finding)
        if key is None:
            return
        from editor.ui.pages.base import FormPage

        self.window.show_page(key)
        form = self.stack.currentWidget()
        if not isinstance(form, FormPage):
            return  # the project is still loading: no page to put the cursor in
        if not (finding.path and form.focus_path(finding.path)):
            # No field to put the cursor in (a finding about a whole section, or a question
            # hidden by an earlier answer): the page itself takes the focus from the panel.
            form.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_export(self) -> bool:
        """Whether to go on exporting; with errors the user decides (never a block)."""
        errors = sum(f.severity == ERROR for f in self.current_findings())
        if not errors:
            return True
        choice = ask_export_with_errors(self.parent_widget, errors)
        if choice is ExportChoice.SHOW:
            self.show_panel(focus=True, severity=ERROR)
        return choice is ExportChoice.EXPORT
