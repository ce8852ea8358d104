"""The ranking XLSX holds applicants' text as text: a title that looks like a formula is a
string cell, never evaluated by the spreadsheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from evaluator.files.pdf.report import export_ranking
from tests.factories import (
    SMALL_CALL,
    consortium,
    import_file,
    member_rows,
    new_workspace,
    reading,
    reconciled_demo,
    write_csv,
)


def test_a_title_that_looks_like_a_formula_is_text_in_the_ranking_xlsx(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path, call_text=SMALL_CALL)
    rows = member_rows(
        "RG-001", consortium("RG-001", ["Albania", "Kosovo", "Serbia"]), title="=1+1"
    )
    import_file(workspace, write_csv(tmp_path / "proposals.csv", rows))
    out = tmp_path / "ranking.xlsx"

    with reading(workspace) as session:
        assert export_ranking(session=session, out=out) == 1

    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    title = sheet.cell(row=2, column=header.index("title") + 1)
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert sheet.cell(row=2, column=header.index("reference") + 1).value == "RG-001"


def test_the_ranking_xlsx_shows_money_with_cents_and_scores_with_two_decimals(
    tmp_path: Path,
) -> None:
    workspace = reconciled_demo(tmp_path / "demo.gew")
    out = tmp_path / "ranking.xlsx"
    with reading(workspace) as session:
        export_ranking(session=session, out=out)

    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    first = {name: sheet.cell(row=2, column=i + 1) for i, name in enumerate(header)}
    assert (first["reference"].value, first["rank"].value) == ("RG-001", 1)
    assert first["requested"].number_format == first["awarded"].number_format == "#,##0.00"
    assert first["final_score"].number_format == "0.00"
    assert first["rank"].number_format == first["reviews"].number_format == "0"
    assert isinstance(first["requested"].value, int | float)  # a number the sheet can sum
