"""The editor's look: a few rules on top of the platform style, by object name.

Widgets name their role (``hint``, ``problem``, ``pageTitle``...) and this sheet gives each role
its size and colour, so pages never set fonts or colours themselves.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

SHEET = """
QLabel#pageTitle { font-size: %(title)dpt; font-weight: 600; margin-bottom: 2px; }
QLabel#intro { color: %(muted)s; margin-bottom: 8px; }
QLabel#groupTitle { font-size: %(group)dpt; font-weight: 600; margin-top: 6px; }
QLabel#question { font-weight: 600; }
QLabel#hint, QLabel#loadingPage { color: %(muted)s; }
QLabel#problem { color: #b3261e; }
QLabel#whyText {
    background: %(panel)s; border-left: 3px solid %(accent)s; padding: 6px 8px; color: %(text)s;
}
QLabel#pageNote {
    background: %(panel)s; border-left: 3px solid #c77700; padding: 6px 8px; color: %(text)s;
}
QFrame#lawTable { background: %(panel)s; border: 1px solid %(rule)s; border-radius: 4px; }
QLabel#lawName[applies="true"] { font-weight: 600; }
QLabel#lawMark[applies="true"] { color: #2e7d32; font-weight: 600; }
QLabel#lawName[applies="false"], QLabel#lawMark[applies="false"] { color: %(muted)s; }
QLabel#info { background: %(panel)s; border: 1px solid %(rule)s; border-radius: 4px; padding: 8px; }
QToolButton#why { color: %(accent)s; border: none; padding: 0px; }
QLabel#detailTitle { font-weight: 600; font-size: %(group)dpt; }
QFrame#detail { border: 1px solid %(rule)s; border-radius: 4px; background: %(base)s; }
QFrame#followups { border-left: 2px solid %(rule)s; margin-left: 4px; }
QLineEdit[problem="true"], QPlainTextEdit[problem="true"] { border: 1px solid #b3261e; }
QListWidget#navigator { border: none; }
QFrame#legend { border-top: 1px solid %(rule)s; }
QFrame#exampleBar { background: %(panel)s; border-bottom: 1px solid %(rule)s; }
QFrame#reviewBar {
    background: %(panel)s; border-bottom: 1px solid %(rule)s; border-left: 3px solid %(accent)s;
}
QListWidget#navigator::item { padding: 5px 6px; }
"""


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    base_size = QFont().pointSizeF() if QFont().pointSizeF() > 0 else 10.0
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    values = {
        "title": round(base_size * 1.6),
        "group": round(base_size * 1.15),
        "muted": "#a8adb5" if dark else "#5f6670",
        "panel": "#2b3036" if dark else "#f3f6f7",
        "rule": "#4a5058" if dark else "#d5dbde",
        "accent": "#6fb3b3" if dark else "#0b6b6b",
        "text": text.name(),
        "base": palette.color(QPalette.ColorRole.Base).name(),
    }
    app.setStyleSheet(SHEET % values)
