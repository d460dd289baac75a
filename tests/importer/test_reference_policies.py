"""Importing the four reference policies keeps every fact and finds the services they name.

Each policy is imported as text, and as a web page and a Word document made from that text;
the new project's export is scored with the shared ``score.py`` against the policy's fact
file, before any proposal is accepted (the imported sections carry the facts) and after all
are (the answers add to the policy and take nothing away).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from editor.catalog import Catalog
from editor.compose import compose
from editor.export.html import export_html
from editor.export.markdown import export_markdown
from editor.importer import accept_all, import_policy
from editor.model import ImportReview, Project, ProposalKind, ProposalStatus
from tests.importer.conftest import REFERENCES, as_docx, as_html, need_shared

# The services each reference policy names that the catalog knows, as catalog ids. Gmail,
# Office365 and Microsoft Exchange, which Ingen names as email connectors, are not in it.
NAMED_SERVICES = {
    "actipro": {"google-analytics-4", "azure-application-insights", "exceptionless"},
    "ingen-software": {"constant-contact", "paypal"},
    "resultra": {"google-analytics-4"},
    "saas-analytics": {"google-analytics-4", "hotjar", "posthog", "oracle-cloud"},
}
# Every other answer a reader of each policy would take from it: (kind, value).
OTHER_ANSWERS = {
    "actipro": {
        ("organisation_name", "Actipro Software"),
        ("last_updated", "2018-05-23"),
        ("lawful_basis", "legitimate_interests"),
        ("lawful_basis", "contract"),
        ("lawful_basis", "legal_obligation"),
        ("lawful_basis", "consent"),
        ("does_not_sell", ""),
    },
    "ingen-software": {("organisation_name", "Ingen Software, Inc.")},
    "resultra": {("organisation_name", "Resultra, LLC"), ("last_updated", "2018-04-18")},
    "saas-analytics": {("does_not_sell", "")},
}


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", need_shared() / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(name: str, fmt: str, folder: Path) -> Path:
    if fmt == "txt":
        return need_shared() / "reference-policies" / f"{name}.txt"
    if fmt == "html":
        path = folder / f"{name}.html"
        path.write_bytes(as_html(name))
        return path
    return as_docx(name, folder / f"{name}.docx")


def _missed(project: Project, name: str) -> list[str]:
    """The facts the Markdown or the HTML export of ``project`` does not state."""
    score = _score_module()
    document = compose(project)
    missed = []
    for exported in (export_markdown(document), export_html(document)):
        _, rows = score.score(str(need_shared() / "eval" / f"{name}.yaml"), exported.decode())
        assert len(rows) >= 19
        missed += [f"{fid} {missing}" for fid, _section, ok, missing in rows if not ok]
    return missed


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
@pytest.mark.parametrize("name", REFERENCES)
def test_export_keeps_every_fact_and_proposals_find_the_services(
    name: str, fmt: str, tmp_path: Path, catalog: Catalog
) -> None:
    project = import_policy(_source(name, fmt, tmp_path), catalog)

    assert project.custom_sections
    assert all(s.review is ImportReview.TO_REVIEW for s in project.custom_sections)
    assert _missed(project, name) == []

    proposals = project.imported.proposals
    assert all(p.sentence and p.sentence in project.imported.text for p in proposals)
    assert all(p.status is ProposalStatus.OPEN for p in proposals)
    services = {p.value for p in proposals if p.kind is ProposalKind.SERVICE}
    assert services == NAMED_SERVICES[name]
    others = {(p.kind.value, p.value) for p in proposals if p.kind is not ProposalKind.SERVICE}
    assert others == OTHER_ANSWERS[name]
    assert not project.recipients and not project.organisation.legal_name  # nothing applied

    accepted = accept_all(project, catalog)
    assert {r.service_id for r in accepted.recipients} == NAMED_SERVICES[name]
    assert _missed(accepted, name) == []
