"""Screenshots of the catalog dialogs, under Xvfb.

``xvfb-run -a .venv/bin/python tests/ui/make_catalog_screenshots.py [FOLDER]``

The "Add service" dialog over the café sample and the review of a site check on a recording
made up here, saved to ``docs/``. Given a folder, it also saves the third-parties page with its
catalog buttons and a second service with uncertain cookie facts. Not a test: a way to look at
the dialogs as a user does.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_HOME = Path(tempfile.mkdtemp(prefix="policywright-shots-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtTest import QTest  # noqa: E402

from editor.ui.app import create_app, first_project  # noqa: E402
from editor.ui.session import Session  # noqa: E402
from editor.ui.settings import Settings  # noqa: E402
from tests.catalog.test_scan import har, req  # noqa: E402
from tests.ui.make_screenshots import settle  # noqa: E402

SITE = "https://www.beanandleaf.ie/"
RECORDING = har(
    req(SITE, cookies=("_ga", "_ga_Q1W2E3R4", "PHPSESSID", "cookie_notice_accepted")),
    req("https://www.googletagmanager.com/gtag/js?id=G-Q1W2E3R4"),
    req("https://region1.google-analytics.com/g/collect?v=2&tid=G-Q1W2E3R4"),
    req("https://connect.facebook.net/en_US/fbevents.js", cookies=("_fbp",)),
    req("https://js.stripe.com/v3/", cookies=("__stripe_mid", "__stripe_sid")),
    req("https://fonts.googleapis.com/css2?family=Lora"),
    req("https://fonts.gstatic.com/s/lora/v32/0QI6MX1D.woff2"),
    req("https://www.youtube-nocookie.com/embed/abc123"),
    req("https://static.squarespace.com/universal/scripts.js", cookies=("crumb",)),
    req("https://widgets.booking-partner.example/table.js", cookies=("bp_visitor",)),
    title=SITE,
)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    extra = len(sys.argv) > 1
    app = create_app()
    from editor.catalog import load_catalog, scan_file
    from editor.ui.catalogdialog import AddServiceDialog
    from editor.ui.listeditor import ListEditor
    from editor.ui.mainwindow import MainWindow
    from editor.ui.scanreview import ScanReviewDialog

    settings = Settings()
    project, file, origin, _error = first_project(None, settings)
    session = Session(project, file)
    session.origin = origin
    window = MainWindow(session, settings)
    window.resize(1360, 860)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle(app, window)

    window.show_page("recipients")
    editor = window.current_page().findChildren(ListEditor)[0]
    editor.select_row(0)
    settle(app, window)
    if extra:
        window.grab().save(str(out / "screenshot-catalog-buttons.png"))

    catalog = load_catalog()
    dialog = AddServiceDialog(session, catalog, window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    QTest.keyClicks(dialog.search, "google analytics")
    settle(app, window)
    dialog.grab().save(str(out / "screenshot-add-service.png"))
    if extra:
        dialog.search.clear()
        QTest.keyClicks(dialog.search, "hubspot")
        settle(app, window)
        dialog.grab().save(str(out / "screenshot-add-service-2.png"))
    dialog.close()

    recording = _HOME / "beanandleaf.har"
    recording.write_text(json.dumps(RECORDING), "utf-8")
    report = scan_file(recording, catalog, project=session.project)
    review = ScanReviewDialog(session, report, catalog, window)
    review.show()
    QTest.qWaitForWindowExposed(review)
    settle(app, window)
    review.grab().save(str(out / "screenshot-site-check.png"))
    review.close()

    window.session.undo_stack.setClean()
    window.close()
    print(f"saved the catalog screenshots to {out}")


if __name__ == "__main__":
    main()
