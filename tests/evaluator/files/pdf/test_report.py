"""The PDF report and the ranking exports, read back as a user (or their script) would."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from evaluator.actions.workspace import create_demo
from evaluator.files.pdf.report import export_ranking, write_report
from evaluator.services.reconcile import ranking
from evaluator.storage.workspace import open_path
from tests.cli_helpers import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.gew"
    create_demo(path=path)
    return path


def report_text(demo: Path, out: Path) -> str:
    with open_path(demo) as workspace, workspace.session() as session:
        write_report(session=session, out=out, today=date(2026, 11, 27), invariant=True)
    # Words as a reader sees them: line breaks inside a paragraph are just spaces.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())


def test_the_report_holds_every_reference_and_final_score(demo: Path, tmp_path: Path) -> None:
    text = report_text(demo, tmp_path / "report.pdf")
    with open_path(demo) as workspace, workspace.session() as session:
        outcomes = ranking(session).outcomes
    assert len(outcomes) == 30
    for outcome in outcomes:
        assert outcome.reference in text
        if outcome.final_score is not None:
            assert f"final score {outcome.final_score:.2f}" in text, outcome.reference
    assert "SMART Balkans Regional Grants (SB-RG-2023)" in text
    assert "budget 480,000.00 EUR" in text


def test_names_print_exactly(demo: Path, tmp_path: Path) -> None:
    text = report_text(demo, tmp_path / "report.pdf")
    for name in (
        "Sos Helpline Nikšić",
        "International association “Interactive open schools” – MIOS",
        "Марко Петровић",
        "Jelena Đurović",
    ):
        assert name in text


def test_the_report_records_consensus_and_resolution(demo: Path, tmp_path: Path) -> None:
    text = report_text(demo, tmp_path / "report.pdf")
    assert "Consensus on" in text
    assert "Agreed in the committee meeting" in text
    assert "Resolved: Consensus on the divergent criteria" in text


def test_the_same_workspace_gives_the_same_pdf(demo: Path, tmp_path: Path) -> None:
    report_text(demo, tmp_path / "one.pdf")
    report_text(demo, tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


def test_the_csv_export_matches_the_ranking(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranking.csv"
    with open_path(demo) as workspace, workspace.session() as session:
        assert export_ranking(session=session, out=out) == 30
        outcomes = ranking(session).outcomes
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["reference"] for r in rows] == [o.reference for o in outcomes]
    funded = [r for r in rows if r["status"] == "funded"]
    assert [r["rank"] for r in funded] == [str(n) for n in range(1, len(funded) + 1)]
    assert all(
        r["requested"].count(".") == 1 and len(r["requested"].split(".")[1]) == 2 for r in rows
    )


def test_the_xlsx_export_has_numbers_as_numbers(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranking.xlsx"
    with open_path(demo) as workspace, workspace.session() as session:
        export_ranking(session=session, out=out)
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    first = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert first["rank"] == 1
    assert isinstance(first["final_score"], float | int)
    assert isinstance(first["title"], str)


def test_report_command(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "-w", demo, "report", "--out", tmp_path / "r.pdf")
    assert (code, err) == (0, "")
    assert out == f"Wrote {tmp_path / 'r.pdf'}: the ranking and 30 evaluation summaries.\n"
    code, _, err = run(capsys, "-w", demo, "report", "--out", tmp_path / "r.txt")
    assert code == 1
    assert "r.txt: the report is a .pdf file." in err
