"""What changed between two versions, shown two ways: in the user's words, and side by side.

"What changed" lists the comparison's changes grouped by policy section, material ones marked;
when the newer side is the draft, each change links to the question that sets it. "Side by
side" shows the sections of the two composed policies whose text differs, the older version on
the left, so the user sees exactly what their readers will see change.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from editor.ui.preview import _stylesheet

if TYPE_CHECKING:
    from editor.document.nodes import Document
    from editor.model import Project
    from editor.model.fieldpath import FieldPath
    from editor.versions import Change, Comparison

# Readable on light and dark backgrounds alike.
MATERIAL_STYLE = "background-color: #f6d58e; color: #3d2c00; font-weight: 600;"
_LINK = "change:"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Comparison", text)


def material_badge() -> str:
    return f'<span style="{MATERIAL_STYLE}">&nbsp;{escape(_tr("Material"))}&nbsp;</span>'


def totals(comparison: Comparison) -> str:
    """ "3 changes, 2 material" in words."""
    total, material = len(comparison.changes), len(comparison.material)
    changes = _tr("1 change") if total == 1 else _tr("{count} changes").format(count=total)
    return _tr("{changes}, {material} material").format(changes=changes, material=material)


def changes_html(
    comparison: Comparison, project: Project, *, links: bool = False, title: bool = True
) -> str:
    """The changes grouped by section, material ones marked; ``links`` makes each change a
    link to the question that sets it (only meaningful when the newer side is the draft);
    ``title`` starts with which versions are compared."""
    from editor.versions.report import heading

    parts = [f"<p><b>{escape(heading(comparison, project))}</b></p>"] if title else []
    if comparison.is_empty:
        parts.append(f"<p>{escape(_tr('Nothing changed between these versions.'))}</p>")
        return "".join(parts)
    parts.append(
        "<p>"
        + escape(totals(comparison))
        + ". "
        + escape(
            _tr(
                "Material changes (marked) are the ones to tell people about before they take "
                "effect: new purposes, data, recipients or transfers, keeping data longer, "
                "weaker rights."
            )
        )
        + "</p>"
    )
    for n, change in enumerate(comparison.changes):
        if n == 0 or change.section is not comparison.changes[n - 1].section:
            if n:
                parts.append("</ul>")
            parts.append(f"<h3>{escape(_tr(change.section.label))}</h3><ul>")
        parts.append(f"<li>{_change_html(change, n if links else None)}</li>")
    parts.append("</ul>")
    return "".join(parts)


def _change_html(change: Change, link: int | None) -> str:
    text = escape(change.text)
    if link is not None:
        text = f'<a href="{_LINK}{link}">{text}</a>'
    return f"{material_badge()} {text}" if change.material else text


def draft_path(change: Change) -> FieldPath:
    """Where to go in the draft for ``change``: a removed item's list, else the field."""
    path = change.path
    if change.kind.value == "removed":
        for n, step in enumerate(path):
            if isinstance(step, int):
                return path[:n]
    return path


# --- side by side ---------------------------------------------------------------------------


def side_by_side(old: Document, new: Document, comparison: Comparison, project: Project) -> str:
    """The two policies' differing parts side by side (see ``editor.ui.sidebyside``)."""
    from editor.ui.sidebyside import NEW_SHADE, OLD_SHADE, Words, side_by_side_html

    def shade(colour: str, text: str) -> str:
        return (
            f'<span style="background-color: {colour}; color: #1d2a2e;">&nbsp;{text}&nbsp;</span>'
        )

    intro = _tr(
        "Only the parts of the policy that differ are shown. {old} on the left, {new} on the right."
    ).format(
        old=shade(OLD_SHADE, escape(_tr("What it no longer says"))),
        new=shade(NEW_SHADE, escape(_tr("what it says instead"))),
    )
    words = Words(
        intro=intro,
        introduction=_tr("Introduction"),
        absent=_tr("Not in this version."),
        same=_tr("The two policies read the same."),
    )
    titles = (_side_title(comparison.before, project), _side_title(comparison.after, project))
    return side_by_side_html(
        old, new, comparison, titles, words, lambda change: _change_html(change, None)
    )


def _side_title(side: Any, project: Project) -> str:
    """A column's title as HTML: the version in bold, its date under it."""
    from editor.versions.words import day

    if side is None:
        return ""
    if side.is_draft:
        return f"<b>{escape(_tr('Draft'))}</b><br/>{escape(_tr('not published'))}"
    return f"<b>{escape(_tr('Version {label}').format(label=side.label))}</b><br/>" + escape(
        _tr("effective {date}").format(date=day(side.effective_date, project))
    )


# --- the widget -----------------------------------------------------------------------------


class ComparisonView(QTabWidget):
    """The comparison as a grouped list ("What changed") or as the two policies side by side."""

    changeActivated = Signal(object)  # a FieldPath in the draft
    sideBySideShown = Signal()  # the user turned to the side-by-side tab (it wants room)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.setDocumentMode(True)
        self.words = self._browser(_tr("What changed, grouped by section"))
        self.words.anchorClicked.connect(self._anchor_clicked)
        self.side = self._browser(_tr("The two versions side by side"))
        self.addTab(self.words, _tr("What &changed"))
        self.addTab(self.side, _tr("Side &by side"))
        self.currentChanged.connect(self._tab_changed)
        self.comparison: Comparison | None = None
        self._project: Project | None = None
        self._documents: Callable[[], tuple[Document, Document]] | None = None
        self._side_done = False

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setAccessibleName(name)
        browser.document().setDefaultStyleSheet(_stylesheet())
        browser.document().setDocumentMargin(10)
        return browser

    def show_comparison(
        self,
        comparison: Comparison,
        project: Project,
        documents: Callable[[], tuple[Document, Document]],
        *,
        links: bool = False,
        title: bool = True,
    ) -> None:
        """Show ``comparison``; ``documents`` composes the two policies when side by side is
        first looked at (composing takes a moment, and most users only read the list)."""
        self.comparison = comparison
        self._project = project
        self._documents = documents
        self._side_done = False
        self._set_html(self.words, changes_html(comparison, project, links=links, title=title))
        self.side.clear()
        self.setTabEnabled(1, True)
        self._fill_side()

    def show_message(self, text: str) -> None:
        """No comparison to show: say why (nothing selected, nothing published...)."""
        self.comparison = None
        self._documents = None
        self._set_html(self.words, f"<p>{escape(text)}</p>")
        self.side.clear()
        self.setTabEnabled(1, False)

    def _tab_changed(self, _index: int) -> None:
        if self.currentWidget() is self.side:
            self.sideBySideShown.emit()
        self._fill_side()

    def _fill_side(self) -> None:
        if self.currentWidget() is not self.side or self._side_done:
            return
        if self.comparison is None or self._documents is None or self._project is None:
            return
        self._side_done = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            old, new = self._documents()
            html = side_by_side(old, new, self.comparison, self._project)
        except Exception as exc:  # a policy that cannot be composed still has its list
            html = "<p>" + escape(_tr("The policies could not be composed: {reason}")).format(
                reason=escape(str(exc))
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._set_html(self.side, html)

    @staticmethod
    def _set_html(browser: QTextBrowser, html: str) -> None:
        browser.setHtml(html)
        browser.verticalScrollBar().setValue(0)

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if self.comparison is None or not text.startswith(_LINK):
            return
        try:
            change = self.comparison.changes[int(text[len(_LINK) :])]
        except (ValueError, IndexError):
            return
        self.changeActivated.emit(draft_path(change))
