"""Pages fit the window: nothing makes a page so wide that it scrolls sideways."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.ui.pages import PAGES
from editor.ui.pages.base import FormPage
from editor.ui.session import Session

# The page area of a 1320 px window beside the navigator and the preview, less a scroll bar.
NARROWEST_PAGE = 640


def test_every_page_fits_a_narrow_window(qtbot: QtBot, sample_project: Project) -> None:
    session = Session(sample_project)
    too_wide = []
    for spec in PAGES:
        form = FormPage(spec, session)
        qtbot.addWidget(form)
        form.resize(NARROWEST_PAGE, 800)
        form.show()  # the follow-ups that the sample's answers open are built and shown
        body = form.widget()
        assert body is not None
        needed = body.minimumSizeHint().width()
        if needed > NARROWEST_PAGE:
            too_wide.append(f"{spec.key}: {needed} px")
        form.close()
    assert not too_wide
