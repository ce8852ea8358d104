"""Hostile spreadsheets through the real importers and the command line: every row a sheet
holds is read, whatever it declares, and a sheet built to exhaust time or memory is refused in
one sentence naming the file, with the workspace unchanged."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from evaluator.files.scoresheets import SCORE_COLUMNS
from tests.attacks import sheets
from tests.cli_helpers import ok, run
from tests.factories import (
    FULL_SCORES,
    declare_no_conflict,
    new_workspace,
    scoring_workspace,
    sha256_of,
    stored_scores,
)

ANA = "Ana Petrović"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return new_workspace(tmp_path)


def imported(capsys: pytest.CaptureFixture[str], workspace: Path) -> list[str]:
    """The references the workspace holds, as `proposals --format json` lists them."""
    out = ok(capsys, workspace, "proposals", "--format", "json")
    return [p["reference"] for p in json.loads(out)["proposals"]]


def refused(capsys: pytest.CaptureFixture[str], workspace: Path, path: Path, *command: str) -> str:
    """The one sentence a refused import prints; the workspace must be unchanged."""
    before = sha256_of(workspace)
    started = time.monotonic()
    code, out, err = run(capsys, "-w", workspace, *(command or ("import-proposals",)), path)
    assert time.monotonic() - started < 5
    assert (code, out) == (1, ""), err
    assert sha256_of(workspace) == before
    sentence = err.removeprefix("grant-evaluator: ").strip()
    assert path.name in sentence
    return sentence


def test_rows_beyond_the_declared_dimension_are_imported(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    data = sheets.declared(sheets.workbook_bytes(sheets.proposal_rows(3)), "A1:N2")
    path = sheets.write(tmp_path, "proposals.xlsx", data)
    out = ok(capsys, workspace, "import-proposals", path)
    assert out.startswith("Imported 3 proposals (9 consortium members, 9 new organisations)")
    assert imported(capsys, workspace) == ["RG-001", "RG-002", "RG-003"]


def test_a_scoresheet_declaring_fewer_rows_loses_no_score(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workspace = scoring_workspace(tmp_path)
    declare_no_conflict(workspace, ANA, "RG-001")
    rows = [["RG-001", code, int(value), comment] for code, (value, comment) in FULL_SCORES.items()]
    data = sheets.declared(sheets.workbook_bytes(rows, SCORE_COLUMNS), "A1:D4")
    path = sheets.write(tmp_path, "scores.xlsx", data)
    out = ok(capsys, workspace, "import-scores", path, "--as", ANA)
    assert out.startswith("Imported 12 scores for 1 proposal from scores.xlsx")
    assert len(stored_scores(workspace, ANA, "RG-001")) == 12


def test_a_row_far_below_the_sheet_is_refused_not_dropped(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    path = sheets.write(tmp_path, "gap.xlsx", sheets.row_gap(2_000_000_000))
    assert refused(capsys, workspace, path) == (
        "gap.xlsx, row 2,000,000,000: the sheet goes on past row 50,001; "
        "the limit is 50,000 rows below the header."
    )


def test_a_sheet_declaring_every_cell_excel_has_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    # The 5 KB file that took the old reader 6.5 GB: every row padded to 16,384 columns.
    data = sheets.declared(sheets.row_gap(1_048_576), "A1:XFD1048576")
    path = sheets.write(tmp_path, "dimension.xlsx", data)
    assert refused(capsys, workspace, path).startswith(
        "dimension.xlsx, row 1,048,576: the sheet goes on past row 50,001;"
    )


def test_a_value_in_a_far_column_is_refused_naming_the_cell(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    far = b'<c r="XFD2" t="inlineStr"><is><t>RG-009</t></is></c></row><row r="3">'
    data = sheets.edited(
        sheets.workbook_bytes(sheets.proposal_rows(1)),
        sheets.SHEET,
        lambda xml: xml.replace(b'</row><row r="3">', far, 1),
    )
    path = sheets.write(tmp_path, "far.xlsx", data)
    assert refused(capsys, workspace, path) == (
        "far.xlsx, row 2, column XFD: a value stands beyond column BL; the limit is 64 columns."
    )


def test_rows_numbered_twice_are_refused_not_dropped(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    def renumber(xml: bytes) -> bytes:
        return re.sub(
            rb'<row r="3"(.*?)</row>',
            lambda m: m[0].replace(b'"A3"', b'"A2"').replace(b'r="3"', b'r="2"'),
            xml,
            count=1,
        )

    data = sheets.edited(sheets.workbook_bytes(sheets.proposal_rows(2)), sheets.SHEET, renumber)
    path = sheets.write(tmp_path, "twice.xlsx", data)
    assert refused(capsys, workspace, path).startswith(
        "twice.xlsx, row 2: the row comes again after row 2;"
    )


def test_a_cell_written_twice_is_refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    again = b'<c r="A2" t="inlineStr"><is><t>RG-999</t></is></c></row><row r="3">'
    data = sheets.edited(
        sheets.workbook_bytes(sheets.proposal_rows(1)),
        sheets.SHEET,
        lambda xml: xml.replace(b'</row><row r="3">', again, 1),
    )
    path = sheets.write(tmp_path, "again.xlsx", data)
    assert refused(capsys, workspace, path).startswith(
        "again.xlsx, row 2, column A: the cell is written twice;"
    )


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    path = sheets.write(tmp_path, "bomb.xlsx", sheets.whitespace_bomb(16))
    sentence = refused(capsys, workspace, path)
    assert re.fullmatch(
        r"bomb\.xlsx is a zip bomb: its part xl/worksheets/sheet1\.xml is compressed [\d,]+ to 1; "
        r"workbooks are compressed less than 100 to 1\.",
        sentence,
    ), sentence


def test_a_huge_shared_strings_table_is_refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    path = sheets.write(tmp_path, "strings.xlsx", sheets.many_shared_strings(1_000_000))
    assert refused(capsys, workspace, path).startswith(
        "strings.xlsx is a zip bomb: its part xl/sharedStrings.xml is compressed"
    )


def test_a_cell_longer_than_excel_allows_is_refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    data = sheets.shared(b"<si><t>" + b"a" * 40_000 + b"</t></si>")
    path = sheets.write(tmp_path, "cell.xlsx", data)
    assert refused(capsys, workspace, path) == (
        "cell.xlsx, row 2, column title: the cell holds 40,000 characters; the limit is 32,767."
    )


@pytest.mark.parametrize("build", [sheets.billion_laughs, sheets.external_entity])
def test_xml_entities_are_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path, build: object
) -> None:
    assert callable(build)
    path = sheets.write(tmp_path, "entities.xlsx", build())
    assert refused(capsys, workspace, path) == (
        "entities.xlsx declares XML entities, which no workbook needs and which can make a "
        "reader expand a small file without end or read other files; it was not read."
    )


def test_a_csv_cell_longer_than_excel_allows_is_refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    text = sheets.csv_text(sheets.proposal_rows(1))
    path = sheets.write(tmp_path, "cell.csv", text.replace("Regional cooperation", "a" * 40_000, 1))
    assert refused(capsys, workspace, path) == (
        "cell.csv, row 2, column title: the cell holds 40,000 characters; the limit is 32,767."
    )


def test_a_csv_going_on_past_the_row_limit_in_blank_lines_is_refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path
) -> None:
    text = sheets.csv_text(sheets.proposal_rows(1)) + "\n" * 60_000
    path = sheets.write(tmp_path, "blank.csv", text)
    assert refused(capsys, workspace, path) == (
        "blank.csv, row 50,002: the sheet goes on past row 50,001; "
        "the limit is 50,000 rows below the header."
    )
