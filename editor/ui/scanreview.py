"""File › Check what my site uses: read a browser recording, then review what it shows.

The scan runs on a worker thread (a HAR file of a busy site is 100 MB and more) behind a
progress dialog that can stop it. The review lists every finding with a tick box: services
found, with the evidence, and cookies nobody could identify; what the recording shows only
for information (unknown hosts, project items not seen) is listed without one. Accepting
adds the ticked findings as one undoable step.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import (
    Catalog,
    CatalogError,
    ScanAdditions,
    ScanInputError,
    ScanReport,
    ServiceAddition,
    load_catalog,
    scan_additions,
    scan_file,
)
from editor.catalog.report import Evidence, SeenCookie
from editor.catalog.scan_apply import found_service_addition
from editor.model import Party, Project, PropertyKind
from editor.ui.catalogedits import add_scan_findings
from editor.ui.session import Session

if TYPE_CHECKING:
    from editor.ui.window import EditorWindow

SERVICE_ROLE = Qt.ItemDataRole.UserRole
COOKIE_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteCheck", text)


def file_filter() -> str:
    return _tr(
        "Browser recordings (*.har *.json *.txt);;HAR files (*.har);;"
        "Cookie exports (*.txt *.json);;All files (*)"
    )


class ScanCancelledError(Exception):
    """The user pressed Stop; raised from the progress callback to end the scan."""


class SiteScan(QObject):
    """One scan of one file on a worker thread; the result arrives as a signal."""

    progressed = Signal(int)  # per mille of the file read
    finished = Signal(object)  # ScanReport, ScanInputError or CatalogError, or None (stopped)
    # Emitted on the worker thread; relayed by this object, which lives on the GUI thread, so
    # that whatever listens to the public signals runs there and may show dialogs.
    _worker_progressed = Signal(int)
    _worker_finished = Signal(object)

    def __init__(self, path: Path, project: Project, site_hosts: list[str] | None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.path = path
        self.project = project.model_copy(deep=True)  # the user may edit while it runs
        self.site_hosts = site_hosts
        self.catalog: Catalog | None = None
        self._stop = threading.Event()
        self._last = -1
        self._worker_progressed.connect(self.progressed)
        self._worker_finished.connect(self.finished)

    def start(self) -> None:
        threading.Thread(target=self._run, daemon=True, name="site-check").start()

    def stop(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ScanCancelledError
        permille = done * 1000 // total if total else 0
        if permille != self._last:
            self._last = permille
            self._worker_progressed.emit(permille)

    def _run(self) -> None:
        result: object
        try:
            self.catalog = load_catalog()
            result = scan_file(
                self.path,
                self.catalog,
                project=self.project,
                site_hosts=self.site_hosts,
                progress=self._progress,
            )
        except ScanCancelledError:
            result = None
        except (ScanInputError, CatalogError) as err:
            result = err
        except Exception as err:  # a bug must reach the user as a message, not kill the thread
            result = CatalogError(str(err) or type(err).__name__)
        self._worker_finished.emit(result)


_SITES = (PropertyKind.WEBSITE, PropertyKind.ONLINE_SHOP, PropertyKind.WEB_APP)


def project_site_hosts(project: Project) -> list[str] | None:
    """The hosts of the websites the project covers, or None to let the recording say."""
    hosts = []
    for prop in project.scope.properties:
        url = prop.url.strip()
        if prop.kind not in _SITES or not url:
            continue
        try:
            host = urlsplit(url if "://" in url else f"https://{url}").hostname
        except ValueError:
            continue
        if host and host not in hosts:
            hosts.append(host.lower())
    return hosts or None


_RUNNING: set[SiteScan] = set()  # keeps each scan alive until its result arrives


def check_site(window: EditorWindow) -> None:
    """Ask for a recording, scan it with a progress dialog, then review what it found."""
    folder = window.settings.get("files/last_folder") or str(Path.home())
    name, _filter = QFileDialog.getOpenFileName(
        window.widget(), _tr("Choose a recording of your website"), folder, file_filter()
    )
    if not name:
        return
    start_scan(window.widget(), window.session, Path(name))


def start_scan(parent: QWidget, session: Session, path: Path) -> SiteScan:
    scan = SiteScan(path, session.project, project_site_hosts(session.project), parent)
    size = path.stat().st_size if path.is_file() else 0
    progress = QProgressDialog(
        _tr("Reading “{name}” ({size:.1f} MB)…").format(name=path.name, size=size / 1e6),
        _tr("&Stop"),
        0,
        0,  # busy until the first progress report: cookie exports never send one
        parent,
    )
    progress.setWindowTitle(_tr("Checking what your site uses"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def advance(permille: int) -> None:
        if progress.maximum() == 0:
            progress.setRange(0, 1000)
        progress.setValue(permille)

    def done(result: object) -> None:
        _RUNNING.discard(scan)
        progress.close()
        progress.deleteLater()
        if isinstance(result, ScanReport) and scan.catalog is not None:
            review(parent, session, result, scan.catalog)
        elif isinstance(result, ScanInputError):
            show_unreadable(parent, result)
        elif isinstance(result, CatalogError):
            QMessageBox.critical(parent, _tr("The check failed"), str(result))

    scan.progressed.connect(advance)
    scan.finished.connect(done)
    progress.canceled.connect(scan.stop)
    _RUNNING.add(scan)
    scan.start()
    return scan


def show_unreadable(parent: QWidget, error: ScanInputError) -> None:
    QMessageBox.warning(
        parent,
        _tr("This file cannot be checked"),
        _tr("“{name}” could not be read: {reason}.").format(
            name=error.path.name, reason=error.message.rstrip(".")
        )
        + "\n\n"
        + _tr(
            "Use a HAR file (in your browser's developer tools, open the Network tab, load "
            "your pages, then “Save all as HAR”), or a cookie export: a cookies.txt file or "
            "a JSON list of cookies."
        ),
    )


def review(parent: QWidget, session: Session, report: ScanReport, catalog: Catalog) -> bool:
    """Show the review; True when findings were added."""
    dialog = ScanReviewDialog(session, report, catalog, parent)
    dialog.exec()
    if dialog.applied is not None:
        window = parent.window()
        if isinstance(window, QMainWindow):
            names = dialog.applied.names()
            window.statusBar().showMessage(
                _tr("Added {count} findings. Undo takes them all back.").format(count=len(names)),
                8000,
            )
    return dialog.applied is not None


def _requests(count: int) -> str:
    return _tr("1 request") if count == 1 else _tr("{count} requests").format(count=count)


def _adds(addition: ServiceAddition | None, project: Project) -> str:
    """What ticking a found service adds, in words."""
    if addition is None or addition.is_empty:
        return _tr("nothing: already in your project")
    parts = []
    if addition.recipient is not None:
        parts.append(_tr("a third party"))
    elif addition.link_existing:
        existing = project.recipient(addition.existing_recipient_id or "")
        name = existing.name if existing else ""
        parts.append(_tr("a link to your “{name}”").format(name=name))
    if addition.cookies:
        count = len(addition.cookies)
        parts.append(_tr("1 cookie") if count == 1 else _tr("{n} cookies").format(n=count))
    return _tr(" and ").join(parts)


def _evidence_text(items: list[Evidence]) -> str:
    parts = []
    for e in items[:4]:
        if e.kind == "host":
            parts.append(f"{e.value} ({_requests(e.count)})")
        elif e.kind == "cookie":
            parts.append(_tr("cookie {name}").format(name=e.value))
        else:
            parts.append(_tr("stored item {name}").format(name=e.value))
    if len(items) > 4:
        parts.append(_tr("and {count} more").format(count=len(items) - 4))
    return ", ".join(parts)


def _cookie_place(seen: SeenCookie) -> str:
    where = _tr("set on {domain}").format(domain=seen.domain) if seen.domain else _tr("set")
    if seen.party is Party.FIRST_PARTY:
        return where + " " + _tr("(your site)")
    if seen.party is Party.THIRD_PARTY:
        return where + " " + _tr("(another site)")
    return where


class ScanReviewDialog(QDialog):
    """Every finding of a site check, with a tick box for those that can be added."""

    def __init__(self, session: Session, report: ScanReport, catalog: Catalog,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.report = report
        self.catalog = catalog
        self.applied: ScanAdditions | None = None
        self.setWindowTitle(_tr("What your site uses"))

        summary = QLabel(self._summary(), self)
        summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_tr("Found"), _tr("What is added"), _tr("How we know")])
        self.tree.setAccessibleName(_tr("Findings"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self._fill()
        for column, (least, most) in enumerate(((200, 320), (220, 340))):
            self.tree.resizeColumnToContents(column)
            width = self.tree.columnWidth(column)
            self.tree.setColumnWidth(column, min(max(width, least), most))

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            _tr("&Add ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda _item, _col: self._update_button())

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        note = QLabel(
            _tr(
                "A recording only shows the pages you opened while it was made. Everything "
                "added can be changed afterwards on the Third parties and Cookies pages."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        self._update_button()

    def _summary(self) -> str:
        r = self.report
        text = _tr("{source}: {requests} requests").format(source=r.source, requests=r.requests)
        if r.input_kind != "har":
            text = _tr("{source}: a cookie export").format(source=r.source)
        if r.site_hosts:
            text += _tr("; your site: {hosts}").format(hosts=", ".join(r.site_hosts))
        return text + ".\n" + _tr("Tick what to add to your project.")

    def _group(self, title: str, count: int, *, info: bool = False) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(not info or count <= 8)
        return group

    def _fill(self) -> None:
        r = self.report
        project = self.session.project
        if r.found:
            group = self._group(_tr("Services found on your site"), len(r.found))
            for found in r.found:
                entry = self.catalog.get(found.service_id)
                addition = found_service_addition(project, entry, found) if entry else None
                item = self._row(group, found.name, _adds(addition, project),
                                 _evidence_text(found.evidence))  # fmt: skip
                item.setData(0, SERVICE_ROLE, found.service_id)
                if addition is not None and not addition.is_empty:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked)
                else:
                    item.setForeground(0, self.palette().placeholderText())
        known = {(c.name, c.storage_type) for c in project.cookies.cookies}
        cookies = [c for c in r.unidentified_cookies if (c.name, c.storage_type) not in known]
        if cookies:
            group = self._group(_tr("Cookies nobody could identify"), len(cookies))
            for seen in cookies:
                what = _tr("a cookie, “not yet classified”: describe it afterwards")
                item = self._row(group, seen.name, what, _cookie_place(seen))
                item.setData(0, COOKIE_ROLE, seen)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
        self._info_groups()

    def _row(self, group: QTreeWidgetItem, *texts: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, list(texts))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for column, text in enumerate(texts):
            if text:
                item.setToolTip(column, text)
        return item

    def _info_groups(self) -> None:
        r = self.report
        nothing = _tr("nothing: for your information")
        groups: list[tuple[str, list[tuple[str, str, str]]]] = [
            (
                _tr("Other sites your pages load from (not identified)"),
                [(h.host, _tr("nothing: add it by hand if it gets personal data"),
                  _requests(h.count)) for h in r.unidentified_hosts],
            ),
            (
                _tr("Seen, but could belong to several services"),
                [(a.value, nothing, ", ".join(self._name(i) for i in a.service_ids))
                 for a in r.ambiguous],
            ),
            (
                _tr("In your project, but not seen in this recording"),
                [(i.name or _tr("(unnamed)"), _tr("nothing: still in use?"), _tr("third party"))
                 for i in r.unseen_recipients]
                + [(i.name or _tr("(unnamed)"), _tr("nothing: still in use?"), _tr("cookie"))
                   for i in r.unseen_cookies],
            ),
            (
                _tr("Work on servers, so a recording cannot show them"),
                [(i.name or _tr("(unnamed)"), nothing, "") for i in r.not_checkable],
            ),
        ]  # fmt: skip
        for title, rows in groups:
            if rows:
                group = self._group(title, len(rows), info=True)
                for texts in rows:
                    self._row(group, *texts)

    def _name(self, service_id: str) -> str:
        entry = self.catalog.get(service_id)
        return entry.name if entry else service_id

    def _ticked(self) -> tuple[list[str], list[SeenCookie]]:
        services: list[str] = []
        cookies: list[SeenCookie] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.checkState(0) != Qt.CheckState.Checked:
                    continue
                service = item.data(0, SERVICE_ROLE)
                cookie = item.data(0, COOKIE_ROLE)
                if service:
                    services.append(str(service))
                elif isinstance(cookie, SeenCookie):
                    cookies.append(cookie)
        return services, cookies

    def set_ticked(self, name: str, ticked: bool) -> None:
        """Tick or untick the finding called ``name`` (for keyboard users and tests)."""
        for item in self.tree.findItems(
            name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        ):
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def additions(self) -> ScanAdditions:
        services, cookies = self._ticked()
        return scan_additions(
            self.session.project, self.report, self.catalog, service_ids=services, cookies=cookies
        )

    def _update_button(self) -> None:
        services, cookies = self._ticked()
        count = len(services) + len(cookies)
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(
            _tr("&Add {count} ticked").format(count=count) if count else _tr("&Add ticked")
        )

    def apply(self) -> None:
        additions = self.additions()
        if not additions.is_empty:
            add_scan_findings(self.session, additions)
            self.applied = additions
        self.accept()
