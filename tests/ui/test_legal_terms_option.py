"""Policy details › Legal terms changes what follows the plain words, in the preview too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from editor.model import LegalTerms
from editor.samples import start_project
from tests.ui.findings_helpers import Window


def test_choosing_articles_shows_them_in_the_preview(open_window: Callable[..., Window]) -> None:
    w = open_window(start_project("saas"))
    w.window.show_page("policy")
    combo = w.row("Legal terms").field.findChild(QComboBox)
    assert combo is not None
    assert combo.currentData() in (LegalTerms.TERM, LegalTerms.TERM.value)
    index = combo.findData(LegalTerms.ARTICLE)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as a user's pick
    assert w.project.policy.legal_terms is LegalTerms.ARTICLE
    view = w.window.preview.view
    w.qtbot.waitUntil(
        lambda: "(the right to rectification, GDPR Art. 16)" in view.toPlainText(), timeout=20_000
    )
    w.window.session.undo_stack.undo()
    assert w.project.policy.legal_terms is LegalTerms.TERM
