"""The record of processing activities (GDPR Art. 30) says what the answers say, and no more."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from editor.cli import main
from editor.model import LawfulBasis, Project, Purpose
from editor.model.fieldpath import get_value, parse_path
from editor.records.ropa import COLUMNS, ProcessingRecord, processing_record
from editor.records.ropa_csv import ropa_csv
from editor.records.ropa_xlsx import ropa_xlsx
from editor.samples import sample_paths
from editor.storage import load_project
from tests.strategies import projects


def _mobile_app() -> Project:
    return load_project(sample_paths()["mobile-app"])


def _table(workbook_bytes: bytes) -> list[list[str]]:
    """The activities table of the workbook: the rows after the header row."""
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes)).worksheets[0]
    rows = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if str(row[0]).startswith(COLUMNS[0].heading))
    return rows[header + 1 :]


def _csv_rows(data: bytes) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return [[cell.removeprefix("'") for cell in row[1:]] for row in rows[1:]]


def test_the_mobile_app_sample_has_a_row_per_purpose_with_its_data_and_recipients() -> None:
    project = _mobile_app()
    record = processing_record(project)
    assert [a.purpose_id for a in record.activities] == [p.id for p in project.purposes]
    crashes = next(a for a in record.activities if a.purpose_id == "crashes")
    assert crashes.category_ids == ("crash",)
    assert crashes.cells["data"] == "Crash reports"
    assert (
        crashes.cells["lawful_basis"]
        == "Legitimate interests (keeping the app stable for everyone)"
    )
    assert "Firebase Crashlytics" in crashes.cells["recipients"]
    assert "United States" in crashes.cells["transfers"]
    assert crashes.cells["retention"] == "Crash reports: 90 days"
    assert ("Data protection officer", "None") in record.controller
    assert record.unanswered == ()


def test_unanswered_questions_leave_cells_blank_and_are_reported() -> None:
    project = Project(purposes=[Purpose(id="p", name="Send the newsletter")])
    record = processing_record(project)
    (activity,) = record.activities
    assert activity.cells["lawful_basis"] == "" and activity.cells["data"] == ""
    paths = {gap.path for gap in record.unanswered}
    assert {"purposes[0].lawful_basis", "organisation.has_dpo", "security.measures"} <= paths
    project.purposes[0].lawful_basis = LawfulBasis.CONSENT
    assert processing_record(project).activities[0].cells["lawful_basis"] == "Consent"


def test_a_name_that_looks_like_a_formula_stays_text() -> None:
    project = Project(purposes=[Purpose(id="p", name='=HYPERLINK("https://evil.example")')])
    record = processing_record(project)
    sheet = openpyxl.load_workbook(io.BytesIO(ropa_xlsx(record))).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=HYPER")]
    assert cells and all(c.data_type == "s" for c in cells)
    assert "'=HYPERLINK" in ropa_csv(record).decode("utf-8-sig")


def _agrees_with_the_answers(project: Project, record: ProcessingRecord) -> None:
    assert [a.purpose_id for a in record.activities] == [p.id for p in project.purposes]
    for purpose, activity in zip(project.purposes, record.activities, strict=True):
        linked = [c for c in project.data_categories if purpose.id in c.purpose_ids]
        # Every category the policy says is used for the purpose, and no other.
        assert activity.category_ids == tuple(c.id for c in linked)
        assert bool(activity.cells["data"]) == bool(linked)
        assert bool(activity.cells["lawful_basis"]) == (purpose.lawful_basis is not None)
        assert bool(activity.cells["retention"]) == any(c.retention.is_answered() for c in linked)
        for rid in activity.recipient_ids:
            recipient = project.recipient(rid)
            assert recipient is not None
            categories = {c.id for c in linked}
            assert purpose.id in recipient.purpose_ids or (
                not recipient.purpose_ids and categories & set(recipient.data_category_ids)
            )
    for gap in record.unanswered:
        get_value(project, parse_path(gap.path))  # names a real answer


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_generated_projects_give_a_record_that_agrees_with_the_answers(project: Project) -> None:
    record = processing_record(project)
    _agrees_with_the_answers(project, record)
    rows = [a.row() for a in record.activities]
    workbook = ropa_xlsx(record)
    assert _table(workbook) == rows
    assert _csv_rows(ropa_csv(record)) == rows
    assert ropa_xlsx(record) == workbook  # the same answers give the same file


def test_export_command_writes_both_files_and_reports_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "shop.policy"
    shutil.copy(sample_paths()["mobile-app"], source)
    assert main(["export", str(source), "-f", "ropa-xlsx,ropa-csv"]) == 0
    workbook = (tmp_path / "shop-record-of-processing.xlsx").read_bytes()
    assert len(_table(workbook)) == len(_mobile_app().purposes)
    assert (tmp_path / "shop-record-of-processing.csv").exists()
    blank = tmp_path / "blank.policy"
    assert main(["new", str(blank)]) == 0
    capsys.readouterr()
    assert main(["export", str(blank), "-f", "ropa-csv", "-o", str(tmp_path / "b.csv")]) == 0
    assert "ropa-csv: left out, not answered: purposes:" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook_with_a_row_per_purpose(tmp_path: Path) -> None:
    project = _mobile_app()
    source = tmp_path / "record.xlsx"
    source.write_bytes(ropa_xlsx(processing_record(project)))
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "record.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr + result.stdout
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Record of processing activities" in text
        for purpose in project.purposes:
            assert purpose.name in text
