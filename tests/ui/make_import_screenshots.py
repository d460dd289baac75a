"""The review of an import, under Xvfb: ``xvfb-run -a .venv/bin/python
tests/ui/make_import_screenshots.py [POLICY] [OUT.png]``.

Imports an old policy (by default the SaaS reference policy in the shared folder) into a new
project as File › Start from my current policy… does, opens the review over the editor and
saves it to ``docs/screenshot-import-review.png``. Not a test: a way to look at the dialog as a
user does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
# First: it gives the editor fresh settings in a folder of its own and picks the display.
from tests.ui.make_screenshots import settle  # noqa: E402, I001

from PySide6.QtTest import QTest  # noqa: E402

from editor.ui.app import create_app  # noqa: E402
from editor.ui.session import Session  # noqa: E402
from editor.ui.settings import Settings  # noqa: E402

POLICY = ROOT.parent.parent / "shared" / "reference-policies" / "saas-analytics.txt"


def main() -> None:
    policy = Path(sys.argv[1]) if len(sys.argv) > 1 else POLICY
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshot-import-review.png"
    app = create_app()
    from editor.catalog import load_catalog
    from editor.importer import import_policy
    from editor.ui.importreview import ImportReviewDialog
    from editor.ui.mainwindow import MainWindow

    catalog = load_catalog()
    session = Session(import_policy(policy, catalog), None)
    window = MainWindow(session, Settings())
    window.resize(1360, 860)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle(app, window)
    dialog = ImportReviewDialog(session.project, catalog, window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    settle(app, window, 2)
    dialog.grab().save(str(out))
    dialog.reject()
    window.session.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
