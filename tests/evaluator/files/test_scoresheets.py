"""Scoresheets: exported pre-filled with data validation, filled in offline, imported back."""

from __future__ import annotations

import csv
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from evaluator.errors import EvaluatorError
from evaluator.files.scoresheets import ScoreImport, export_scoresheet, import_scores
from evaluator.files.tabular import read_table
from evaluator.services.evaluators import find_evaluator
from evaluator.services.scoring import my_reviews
from tests.factories import (
    EVALUATORS,
    FULL_SCORES,
    add_evaluators,
    declare_no_conflict,
    demo_call_text,
    edit_criterion,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    reading,
    run_assign,
    score_review,
    scoring_workspace,
    stored_scores,
    transaction,
    write_csv,
    write_ods,
)

ANA = "Ana Petrović"
CODES = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]
HEADER = [
    "reference",
    "criterion",
    "score",
    "comment",
    "title",
    "criterion_text",
    "scale",
    "weight",
]
WEIGHTS = [2, 2, 2, 2, 2, 1, 2, 1, 2, 1, 2, 1]
# What Ana writes for RG-002 in Excel: criterion -> (score, comment).
RG_002 = {
    "1.1": (4, ""),
    "1.2": (3.0, ""),  # Excel stores every number as a float
    "1.3": (4, "Partners in Tirana and Podgorica share every activity."),
    "2.1": (3, ""),
    "2.2": (2, "Не постоји механизам за учешће грађана."),
    "2.3": (3, ""),
    "3.1": (4, ""),
    "3.2": (3, ""),
    "4.1": (4, ""),
    "4.2": (3, ""),
    "5.1": (5, "Unit costs match the market in Kosovo and Serbia."),
    "5.2": (4, ""),
}


def export(workspace: Path, out: Path, name: str = ANA) -> int:
    with reading(workspace) as session:
        return export_scoresheet(session=session, evaluator=find_evaluator(session, name), out=out)


def import_sheet(workspace: Path, path: Path, name: str = ANA) -> ScoreImport:
    with transaction(workspace) as session:
        return import_scores(session=session, evaluator=find_evaluator(session, name), path=path)


def refused(workspace: Path, path: Path) -> EvaluatorError:
    """The refusal of importing ``path``; the workspace must be byte-identical afterwards."""
    before = workspace.read_bytes()
    with pytest.raises(EvaluatorError) as error:
        import_sheet(workspace, path)
    assert workspace.read_bytes() == before
    return error.value


def fill(path: Path, scores: dict[tuple[str, str], tuple[object, str]]) -> None:
    """Type ``scores`` into the score and comment cells of the scoresheet, as a user in Excel."""
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        key = (str(row[0].value), str(row[1].value))
        if key in scores:
            row[2].value, comment = scores[key]
            row[3].value = comment or None
    workbook.save(path)


def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    workbook = load_workbook(path)
    return [tuple(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Ana reviews RG-001 (declared, 1.1 scored 3 with a comment) and RG-002 (not declared)."""
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-001", {"1.1": ("3", "Relevant to two topics of the call.")})
    return workspace


def test_the_scoresheet_lists_each_assigned_proposal_and_criterion_prefilled(
    workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "Ana Petrović.xlsx"

    rows = export(workspace, out)

    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Scores", "Guidance"]
    table = sheet_rows(out)
    assert rows == 24
    assert table[0] == tuple(HEADER)
    assert [(r[0], r[1]) for r in table[1:]] == [
        (reference, code) for reference in ("RG-001", "RG-002") for code in CODES
    ]
    assert table[1][:4] == ("RG-001", "1.1", 3, "Relevant to two topics of the call.")
    assert table[1][4] == "Regional helpline RG-001"
    assert str(table[1][5]).startswith("How relevant is the proposal to the objectives")
    assert [r[6] for r in table[1:]] == ["1–5"] * 24
    assert [r[7] for r in table[1:13]] == WEIGHTS
    assert [r[2:4] for r in table[2:]] == [(None, None)] * 23
    # Scores and weights with two decimals (a spreadsheet's General format would show 0.5).
    scores = workbook["Scores"]
    assert {scores.cell(row=r, column=c).number_format for r in (2, 25) for c in (3, 8)} == {"0.00"}


def test_score_cells_allow_only_the_scale(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.xlsx"
    export(workspace, out)

    sheet = load_workbook(out).worksheets[0]
    validations = sheet.data_validations.dataValidation

    assert len(validations) == 1
    (validation,) = validations
    assert (validation.type, validation.formula1) == ("list", '"1,2,3,4,5"')
    assert validation.showErrorMessage and validation.allow_blank
    assert validation.error == "Allowed scores: 1–5."
    assert validation.prompt == "Score from 1–5. Scores 1, 2, 5 need a comment."
    assert all(f"C{row}" in validation.sqref for row in range(2, 26))
    assert not any(f"{column}{row}" in validation.sqref for column in "ABD" for row in (2, 25))
    assert "C26" not in validation.sqref


def test_a_half_point_criterion_gets_its_own_list(tmp_path: Path) -> None:
    workspace = new_workspace(
        tmp_path, call_text=edit_criterion(demo_call_text(), "2.3", "step", '"0.5"')
    )
    import_file(
        workspace, write_csv(tmp_path / "proposals.csv", member_rows("RG-001", eligible_members()))
    )
    add_evaluators(workspace, EVALUATORS[:2])
    run_assign(workspace)
    out = tmp_path / "scores.xlsx"
    export(workspace, out)

    validations = load_workbook(out).worksheets[0].data_validations.dataValidation
    lists = {v.formula1: v.sqref for v in validations}

    assert set(lists) == {'"1,2,3,4,5"', '"1,1.5,2,2.5,3,3.5,4,4.5,5"'}
    assert "C7" in lists['"1,1.5,2,2.5,3,3.5,4,4.5,5"']
    assert "C7" not in lists['"1,2,3,4,5"']
    assert [r[6] for r in sheet_rows(out)[1:]][5] == "1–5 by 0.5"


def test_an_untouched_scoresheet_imports_back_unchanged(workspace: Path, tmp_path: Path) -> None:
    score_review(
        workspace,
        ANA,
        "RG-001",
        {
            "1.2": ("5", "=> strong, with baselines from 2022 (see annex 3)"),
            "1.3": ("2", "Partners in name only.\nNo joint activity — nije regionalno."),
        },
    )
    out = tmp_path / "scores.xlsx"
    export(workspace, out)
    before = workspace.read_bytes()

    report = import_sheet(workspace, out)

    assert sheet_rows(out)[2][3] == "=> strong, with baselines from 2022 (see annex 3)"
    assert report == ScoreImport(changed=0, unchanged=3, proposals=0)
    assert report.summary(out.name) == (
        "Imported 0 scores for 0 proposals from scores.xlsx (3 unchanged)."
    )
    assert workspace.read_bytes() == before


def test_a_scoresheet_filled_in_excel_imports_the_same_scores(
    workspace: Path, tmp_path: Path
) -> None:
    declare_no_conflict(workspace, ANA, "RG-002")
    out = tmp_path / "scores.xlsx"
    export(workspace, out)
    typed: dict[tuple[str, str], tuple[object, str]] = {
        ("RG-001", code): (int(value), comment) for code, (value, comment) in FULL_SCORES.items()
    }
    typed |= {("RG-002", code): score for code, score in RG_002.items()}
    fill(out, typed)

    report = import_sheet(workspace, out)

    assert report.summary(out.name) == (
        "Imported 24 scores for 2 proposals from scores.xlsx (0 unchanged)."
    )
    assert stored_scores(workspace, ANA, "RG-001") == {
        code: (Decimal(value), comment) for code, (value, comment) in FULL_SCORES.items()
    }
    assert stored_scores(workspace, ANA, "RG-002") == {
        code: (Decimal(str(value)).normalize(), comment)
        for code, (value, comment) in RG_002.items()
    }
    with reading(workspace) as session:
        reviews = my_reviews(session, find_evaluator(session, ANA))
    assert [(r.reference, r.status, r.total) for r in reviews] == [
        ("RG-001", "complete", Decimal(69)),
        ("RG-002", "complete", Decimal(71)),
    ]
    # Exported again, the sheet shows exactly what was typed, and imports back unchanged.
    again = tmp_path / "again.xlsx"
    export(workspace, again)
    assert [(r[0], r[1], r[2], r[3] or "") for r in sheet_rows(again)[1:]] == [
        (reference, code, value, comment) for (reference, code), (value, comment) in typed.items()
    ]
    assert import_sheet(workspace, again) == ScoreImport(changed=0, unchanged=24, proposals=0)


def test_every_error_of_a_filled_sheet_is_listed_and_nothing_changes(
    workspace: Path, tmp_path: Path
) -> None:
    declare_no_conflict(workspace, ANA, "RG-002")
    out = tmp_path / "scores.xlsx"
    export(workspace, out)
    fill(
        out,
        {
            ("RG-001", "1.2"): (7, ""),
            ("RG-001", "1.3"): ("abc", ""),
            ("RG-001", "2.1"): (1, ""),
            ("RG-001", "2.2"): (3.5, ""),
            ("RG-001", "2.3"): (4, ""),  # valid, but not imported with the errors
            ("RG-001", "3.1"): (None, "Looks fine."),
        },
    )
    workbook = load_workbook(out)
    sheet = workbook.worksheets[0]
    sheet["B14"], sheet["C14"] = "6.1", 3  # RG-002 1.1 → an unknown criterion
    sheet["A15"], sheet["C15"] = "RG-003", 4  # Ana has a conflict with RG-003
    sheet.append(["RG-002", "1.3", 4])  # row 26: 1.3 of RG-002 is on row 16 too
    sheet["C16"] = 3
    workbook.save(out)

    error = refused(workspace, out)

    assert error.message == "scores.xlsx was not imported: 8 errors found, nothing was changed."
    assert error.details == [
        "scores.xlsx, row 3, column score: 7 is above the scale of 1.2 (1–5)",
        "scores.xlsx, row 4, column score: “abc” is not a number",
        "scores.xlsx, row 5, column comment: a score of 1 needs a written justification",
        "scores.xlsx, row 6, column score: 3.5 is not on the scale of 2.2: 1–5 in steps of 1",
        "scores.xlsx, row 8, column score: a comment without a score; score it or clear both",
        "scores.xlsx, row 14, column criterion: the call has no criterion “6.1”",
        "scores.xlsx, row 15, column reference: “RG-003” is not assigned to Ana Petrović",
        "scores.xlsx, row 26, column criterion: RG-002 1.3 is already scored on row 16",
    ]
    assert stored_scores(workspace, ANA, "RG-001") == {
        "1.1": (Decimal("3"), "Relevant to two topics of the call.")
    }
    assert stored_scores(workspace, ANA, "RG-002") == {}


def test_scores_for_an_undeclared_or_submitted_review_are_refused(
    workspace: Path, tmp_path: Path
) -> None:
    score_review(workspace, ANA, "RG-001", submitted=True)
    out = tmp_path / "scores.xlsx"
    export(workspace, out)
    fill(out, {("RG-001", "1.2"): (3, ""), ("RG-002", "1.1"): (3, "")})

    error = refused(workspace, out)

    assert error.details == [
        "scores.xlsx, row 3, column score: the review of RG-001 is submitted and locked",
        "scores.xlsx, row 14, column reference: declare that you have no conflict of interest "
        "with RG-002 first",
    ]


def test_a_csv_of_scores_imports(workspace: Path, tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Reference", "Criterion", "Score", "Comment"])
        writer.writerow(["RG-001", "1.1", "5", "Squarely on disinformation; “Safe Everywhere”."])
        writer.writerow(["RG-001", "1.2", "4,0", ""])
        writer.writerow(["RG-001", "1.3", "", ""])
        writer.writerow(["RG-001", "2.1", "2", "Индикатори нису мерљиви."])

    report = import_sheet(workspace, path)

    assert report.summary(path.name) == (
        "Imported 3 scores for 1 proposal from scores.csv (0 unchanged)."
    )
    assert stored_scores(workspace, ANA, "RG-001") == {
        "1.1": (Decimal(5), "Squarely on disinformation; “Safe Everywhere”."),
        "1.2": (Decimal(4), ""),
        "2.1": (Decimal(2), "Индикатори нису мерљиви."),
    }


def test_a_csv_with_a_wrong_header_is_refused(workspace: Path, tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("reference,criterion,points,notes\nRG-001,1.1,4,\n", encoding="utf-8")

    error = refused(workspace, path)

    assert error.details == [
        "scores.csv, row 1, column points: unknown column “points”",
        "scores.csv, row 1, column notes: unknown column “notes”",
        "scores.csv, row 1, column score: required columns are missing: score, comment",
    ]


def test_export_refuses_without_assignments_or_xlsx(workspace: Path, tmp_path: Path) -> None:
    add_evaluators(workspace, [EVALUATORS[5]])

    with pytest.raises(EvaluatorError) as nothing:
        export(workspace, tmp_path / "jonida.xlsx", name="Jonida Lika")
    with pytest.raises(EvaluatorError) as not_xlsx:
        export(workspace, tmp_path / "ana.csv")

    assert nothing.value.message == "Jonida Lika has no proposals assigned; nothing to export."
    assert not_xlsx.value.message == "ana.csv: a scoresheet is an .xlsx or an .ods file."
    assert not (tmp_path / "jonida.xlsx").exists()
    assert not (tmp_path / "ana.csv").exists()


TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def test_the_scoresheet_as_ods_holds_what_the_xlsx_holds(workspace: Path, tmp_path: Path) -> None:
    xlsx, ods = tmp_path / "ana.xlsx", tmp_path / "ana.ods"

    assert export(workspace, ods) == export(workspace, xlsx) == 24

    assert read_table(ods) == read_table(xlsx)
    with zipfile.ZipFile(ods) as archive:
        first = archive.infolist()[0]
        content = archive.read("content.xml").decode("utf-8")
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    # The score cells keep their list of allowed values, prompt and error, as in the .xlsx.
    root = ElementTree.fromstring(content)
    (check,) = root.iter(f"{TABLE}content-validation")
    assert check.get(f"{TABLE}condition") == 'of:cell-content-is-in-list("1";"2";"3";"4";"5")'
    assert [" ".join(m.itertext()) for m in check] == [
        "Score from 1–5. Scores 1, 2, 5 need a comment.",
        "Allowed scores: 1–5.",
    ]
    cells = [c for c in root.iter(f"{TABLE}table-cell") if c.get(f"{TABLE}content-validation-name")]
    assert len(cells) == 24
    # Ana's score of 3 is a number, shown with two decimals.
    assert (cells[0].get(f"{OFFICE}value"), "".join(cells[0].itertext())) == ("3", "3.00")
    assert cells[0].get(f"{TABLE}style-name") == "score"


def test_a_scoresheet_filled_in_libreoffice_imports(workspace: Path, tmp_path: Path) -> None:
    declare_no_conflict(workspace, ANA, "RG-002")
    rows = [
        ["RG-002", code, value, comment or None, "Regional helpline RG-002", "", "1–5", 1]
        for code, (value, comment) in RG_002.items()
    ]
    path = write_ods(tmp_path / "ana.ods", rows, header=[*HEADER])

    report = import_sheet(workspace, path)

    assert (
        report.summary(path.name) == "Imported 12 scores for 1 proposal from ana.ods (0 unchanged)."
    )
    assert stored_scores(workspace, ANA, "RG-002") == {
        code: (Decimal(str(value)).normalize(), comment)
        for code, (value, comment) in RG_002.items()
    }
