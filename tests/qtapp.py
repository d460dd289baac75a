"""The one QApplication of a test process, made the way the editor makes its own.

Made at collection by every test module that builds widgets, whichever is collected first:
before the PDF exporter's tests could create a QGuiApplication (no widget can be made in a
process that has one of those), and with the editor's style applied once, before any widget
exists (layouts depend on its fonts and paddings; setting the style sheet later re-creates the
style under live widgets).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from editor.ui.qtcompat import protect_none_refcount
from editor.ui.style import apply_style

_STYLED = "policywright-tests-styled"


def widget_application() -> QApplication:
    protect_none_refcount()
    app = QApplication.instance()
    if app is None:
        app = QApplication(["policywright-tests"])
    assert isinstance(app, QApplication), "a QGuiApplication was made before the widget tests"
    if not app.property(_STYLED):
        apply_style(app)
        app.setProperty(_STYLED, True)
    return app
