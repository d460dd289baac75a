"""Start-up: the window shows first, then the project; pages are built when first visited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.samples import start_project
from editor.storage import save_project
from editor.storage.recovery import RecoveryStore
from editor.ui.app import FileRequests, app_icon, open_first_project
from editor.ui.mainwindow import MainWindow
from editor.ui.outline import OUTLINE
from editor.ui.pages import PAGES
from editor.ui.pages.base import FormPage, QuestionRow
from editor.ui.session import Session
from editor.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
LEGAL_NAME = "What is your business's legal name?"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def loading_window(qtbot: QtBot, tmp_path: Path, settings: Settings) -> Iterator[MainWindow]:
    # As run_editor makes it: the problems and versions panels come after the first paint.
    window = MainWindow(
        Session(loading=True), settings, RecoveryStore(tmp_path / "recovery"), panels=False
    )
    window.show()
    qtbot.waitExposed(window)
    assert not window.panels_built
    window.build_panels()
    yield window
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()


def line_edit(window: MainWindow, question: str) -> QLineEdit:
    for row in window.current_page().findChildren(QuestionRow):
        if row.question.label == question and row.isVisibleTo(window):
            edit = row.field.findChild(QLineEdit)
            assert edit is not None
            return edit
    raise AssertionError(f"no visible question {question!r}")


def test_the_outline_matches_the_pages() -> None:
    # The navigator shows OUTLINE before the page specs load: the two must agree.
    assert [(s.key, s.title) for s in OUTLINE] == [(p.key, p.title) for p in PAGES]


def test_the_window_shows_loading_until_the_project_arrives(loading_window: MainWindow) -> None:
    window = loading_window
    assert window.stack.currentWidget() is window.loading_page
    assert window.navigator.count() == len(OUTLINE)
    assert window.navigator.current_key() == "organisation"
    assert window.pages == {}  # no page is built before there is a project to show
    assert not window.example_bar.isVisible()

    open_first_project(window, None)  # a fresh user: the first-run sample

    page = window.current_page()
    assert isinstance(page, FormPage) and page.spec.key == "organisation"
    assert list(window.pages) == ["organisation"]  # only the page on screen
    assert line_edit(window, LEGAL_NAME).text() == "Bean & Leaf Café Limited"
    assert "(example)" in window.windowTitle()
    assert window.example_bar.isVisible()
    assert window.analyser.timer.isActive()  # the preview follows, after the page
    assert window.commands.has_icons


def test_the_most_recent_project_opens_at_start(
    loading_window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    project = start_project("cafe")
    project.organisation.legal_name = "Recent Ltd"
    path = tmp_path / "recent.policy"
    save_project(project, path)
    settings.add_recent(path)
    open_first_project(loading_window, None)
    assert loading_window.session.path == path
    assert line_edit(loading_window, LEGAL_NAME).text() == "Recent Ltd"


def test_a_page_visited_later_shows_the_answers_and_binds_undo(
    loading_window: MainWindow, qtbot: QtBot
) -> None:
    window = loading_window
    open_first_project(window, None)
    assert "contact" not in window.pages
    window.navigator.select("contact")
    assert set(window.pages) == {"organisation", "contact"}
    edit = line_edit(window, "Email address for privacy questions")
    assert edit.text() == window.session.project.contact.email != ""
    edit.selectAll()
    edit.setFocus()
    qtbot.keyClicks(edit, "privacy@example.com")
    assert window.session.project.contact.email == "privacy@example.com"
    window.navigator.select("organisation")
    window.session.undo_stack.undo()  # shows the page of the undone answer again
    assert window.current_page().spec.key == "contact"
    assert edit.text() == window.session.project.contact.email != "privacy@example.com"


@pytest.mark.parametrize("problems", ["moved", "hidden"])
def test_a_saved_layout_holds_for_the_panels_built_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, settings: Settings, problems: str
) -> None:
    def window(panels: bool) -> MainWindow:
        session = Session(Project()) if panels else Session(loading=True)
        made = MainWindow(session, settings, RecoveryStore(tmp_path), panels=panels)
        made.show()
        qtbot.waitExposed(made)
        return made

    first = window(panels=True)
    if problems == "moved":
        first.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, first.findings_dock)
    else:
        first.checks_view.dock.hide()
    first.versions.show_panel()  # in front of the preview, which it shares a tab with
    first.save_layout()
    first.close()

    again = window(panels=False)  # as at start-up
    assert not again.panels_built
    again.build_panels()
    qtbot.wait(10)
    assert again.findings_dock.widget() is again.checks_view.panel
    if problems == "moved":
        assert again.dockWidgetArea(again.findings_dock) == Qt.DockWidgetArea.TopDockWidgetArea
        assert again.checks_view.dock.isVisible()
    else:
        assert not again.checks_view.dock.isVisible()
    assert again.versions.dock.isVisible()
    assert again.tabifiedDockWidgets(again.versions.dock) == [again.preview_dock]
    assert again.versions.panel.list.count() > 0  # refreshed, though shown before it was built
    again.close()


def test_platform_file_requests_wait_for_the_window() -> None:
    requests = FileRequests()
    opened: list[Path] = []
    requests.deliver(Path("a.policy"))
    requests.deliver(Path("b.policy"))
    assert requests.take_first() == Path("a.policy")  # the one to open at start
    requests.set_handler(opened.append)
    assert opened == [Path("b.policy")]
    requests.deliver(Path("c.policy"))
    assert opened == [Path("b.policy"), Path("c.policy")]


def test_the_application_icon_is_drawn_at_small_and_large_sizes(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 48, 256):
        assert icon.pixmap(size, size).width() == size


# --- the real start-up, in a process of its own -----------------------------------------------

# Runs ``editor.cli.main`` with QApplication.exec replaced: it reports what the window looks like
# when first exposed and once the first page is in, then quits.
_CHILD = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
report = {}

def feature_scan_skipped():
    from PySide6.support import feature
    from editor.ui.qtcompat import _uses_no_features
    return feature._mod_uses_pyside is _uses_no_features

def fake_exec(self=None):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow())
    if "--open-event" in sys.argv:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFileOpenEvent
        QCoreApplication.postEvent(app, QFileOpenEvent(sys.argv[-1]))
    while not window.windowHandle().isExposed():
        app.processEvents()
    report["shown"] = {
        "pydantic": "pydantic" in sys.modules,
        "model": "editor.model.project" in sys.modules,
        "deferred": [m for m in ("hashlib", "platform") if m in sys.modules],
        "reads_sources": not feature_scan_skipped(),
        "class": type(window).__name__,
        "sections": window.navigator.count(),
        "loading": window.stack.currentWidget() is window.loading_page,
        "menus": [a.text() for a in window.menuBar().actions()],
        "panels": window.panels_built,
        "desktop_file": app.desktopFileName(),
        "icon": not app.windowIcon().isNull(),
    }
    timer = QTimer()
    timer.start(20)
    while type(window.stack.currentWidget()).__name__ != "FormPage":
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    report["filled"] = {
        "title": window.windowTitle(),
        "path": str(window.session.path),
        "problems": window.findings_dock.widget() is window.checks_view.panel,
        "versions": window.versions_dock.widget() is window.versions.panel,
        "collecting": __import__("gc").isenabled(),  # paused only until the window showed
    }
    print(json.dumps(report))
    window.session.undo_stack.setClean()
    return 0

QApplication.exec = fake_exec
from editor.cli import main
sys.exit(main(sys.argv[1:2] if "--arg" in sys.argv else []))
"""


def run_child(tmp_path: Path, *args: str) -> dict[str, dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())  # a first run: no settings, no recent files
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report: dict[str, dict[str, object]] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_window_shows_before_the_model_is_loaded(tmp_path: Path) -> None:
    report = run_child(tmp_path)
    shown = report["shown"]
    assert shown["class"] == "MainWindow"  # the real window, not a splash screen
    assert shown["pydantic"] is False and shown["model"] is False
    assert shown["deferred"] == []  # OpenSSL and the platform probe wait for their first use
    assert shown["reads_sources"] is False  # PySide6 reads no module's source to look for features
    assert shown["loading"] is True
    assert shown["sections"] == len(OUTLINE)
    assert shown["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert shown["panels"] is False  # filled in after the first paint, before the project
    assert report["filled"]["problems"] is True and report["filled"]["versions"] is True
    assert report["filled"]["collecting"] is True
    assert shown["desktop_file"] == "policywright" and shown["icon"] is True
    assert "Bean & Leaf" in str(report["filled"]["title"])


def test_a_project_the_platform_asks_to_open_is_opened(tmp_path: Path) -> None:
    # macOS opens a double-clicked file by starting the editor and sending a FileOpen event.
    project = start_project("cafe")
    path = tmp_path / "finder.policy"
    save_project(project, path)
    report = run_child(tmp_path, "--open-event", str(path))
    assert report["filled"]["path"] == str(path)
    assert "finder.policy" in str(report["filled"]["title"])


def test_navigator_rows_keep_their_height_when_the_marks_arrive(
    loading_window: MainWindow,
) -> None:
    from editor.ui.status import PageStatus, SectionState

    navigator = loading_window.navigator
    before = navigator.visualItemRect(navigator.item(0)).height()
    navigator.set_statuses({s.key: PageStatus(SectionState.COMPLETE) for s in OUTLINE})
    navigator.doItemsLayout()
    assert navigator.visualItemRect(navigator.item(0)).height() == before > 20
