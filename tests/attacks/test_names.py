"""Invisible characters in names: one organisation, evaluator, reference or criterion never
counts as two, and real letters (Nikšić, “MIOS”, Cyrillic) are kept exactly."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from evaluator.files.scoresheets import SCORE_COLUMNS
from tests.attacks import sheets
from tests.cli_helpers import ok, run
from tests.factories import (
    FULL_SCORES,
    declare_no_conflict,
    demo_call_text,
    edit_call,
    member_rows,
    new_workspace,
    scoring_workspace,
    sha256_of,
    stored_scores,
    write_csv,
)

ANA = "Ana Petrović"
SOS = "Sos Helpline Nikšić"
MIOS = "International association “Interactive open schools” – MIOS"
CENTAR = "Центар за медијско описмењавање"
# Every kind of character that shows as nothing: zero-width space, joiners, word joiner, a
# direction mark, a stray BOM, a soft hyphen, a C0 and a C1 control, a variation selector.
HIDDEN = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u200e",
    "\u200f",
    "\ufeff",
    "\u00ad",
    "\x07",
    "\x9b",
    "\ufe0f",
]


def hide(text: str, char: str) -> str:
    """``text`` with ``char`` after its first word."""
    first, rest = text.split(" ", 1)
    return f"{first}{char} {rest}"


def eligibility(capsys: pytest.CaptureFixture[str], workspace: Path) -> dict[str, list[str]]:
    out = ok(capsys, workspace, "eligibility", "--format", "json")
    return {p["reference"]: p["reasons"] for p in json.loads(out)["proposals"]}


@pytest.mark.parametrize("char", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
def test_an_invisible_character_does_not_make_one_member_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, char: str
) -> None:
    # Two countries suffice here: the twin would be the third counting member.
    call = edit_call(demo_call_text(), "min_countries = 3", "min_countries = 2")
    workspace = new_workspace(tmp_path, call_text=call)
    members = [
        (SOS, "Montenegro", "CSO", "lead"),
        (hide(SOS, char), "Montenegro", "CSO", "partner"),
        (CENTAR, "Serbia", "CSO", "partner"),
    ]
    path = write_csv(tmp_path / "twins.csv", member_rows("RG-001", members))
    before = sha256_of(workspace)
    code, out, err = run(capsys, "-w", workspace, "import-proposals", path)
    assert (code, out) == (1, "")
    assert err.splitlines()[1].strip() == (
        f"twins.csv, row 3, column organisation: “{SOS}” (Montenegro) is already a member of "
        "RG-001 on row 2"
    )
    assert sha256_of(workspace) == before


def test_names_are_stored_without_their_invisible_characters_and_letters_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workspace = new_workspace(tmp_path)
    first = [
        (SOS, "Montenegro", "CSO", "lead"),
        (CENTAR, "Serbia", "CSO", "partner"),
        (MIOS, "North Macedonia", "CSO", "partner"),
    ]
    # The same three organisations, spelt with hidden characters, a decomposed š, a BOM in a
    # country and a reference with a zero-width space.
    second = [
        (unicodedata.normalize("NFD", hide(SOS, "\u200b")), "\ufeffMontenegro", "CSO", "lead"),
        (hide(CENTAR, "\u2060"), "Serbia\u200d", "CSO\u200b", "partner\u200e"),
        (
            hide(MIOS, "\u00ad"),
            "North\u200b Macedonia",
            "CSO",
            "partner\u200b",
        ),
    ]
    rows = member_rows("RG-001", first) + member_rows("RG-002\u200b", second)
    out = ok(capsys, workspace, "import-proposals", write_csv(tmp_path / "p.csv", rows))
    assert out.startswith("Imported 2 proposals (6 consortium members, 3 new organisations)")
    assert eligibility(capsys, workspace) == {"RG-001": [], "RG-002": []}
    listed = json.loads(ok(capsys, workspace, "proposals", "--format", "json"))["proposals"]
    names = {json.dumps(p, ensure_ascii=False) for p in listed}
    for text in (SOS, MIOS, CENTAR):
        assert all(text in n for n in names)
    assert not any(c in n for n in names for c in HIDDEN)


def test_a_name_holding_a_reordering_control_is_refused_naming_the_cell(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # "RG-\u202e100" shows as RG-001 but is stored RG-100: removing the control would keep a
    # reference other than the one the chair read.
    workspace = new_workspace(tmp_path)
    rows = member_rows("RG-\u202e100", [(SOS, "Montenegro", "CSO", "lead")])
    code, _out, err = run(
        capsys, "-w", workspace, "import-proposals", write_csv(tmp_path / "r.csv", rows)
    )
    assert code == 1
    assert err.splitlines()[1].strip() == (
        "r.csv, row 2, column reference: “RG-⟨U+202E⟩100” holds an invisible control (U+202E "
        "right-to-left override) that shows its letters in another order than they are written; "
        "delete it and try again"
    )


def test_an_evaluator_with_a_hidden_character_is_the_same_evaluator(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workspace = new_workspace(tmp_path)
    ok(capsys, workspace, "evaluator-add", ANA, "--country", "Serbia")
    code, _out, err = run(capsys, "-w", workspace, "evaluator-add", "Ana\u200b Petrović\ufeff")
    assert (code, err.strip()) == (
        1,
        "grant-evaluator: An evaluator named “Ana Petrović” is already registered.",
    )
    code, _out, err = run(capsys, "-w", workspace, "evaluator-add", "Ana \u202ePetrović")
    assert code == 1 and "U+202E right-to-left override" in err


def test_scores_under_a_hidden_reference_or_criterion_go_to_the_right_review(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workspace = scoring_workspace(tmp_path)
    declare_no_conflict(workspace, ANA, "RG-001")
    rows = [
        ["RG-001\u200b", f"\ufeff{code}\u2060", int(value), comment]
        for code, (value, comment) in FULL_SCORES.items()
    ]
    path = sheets.write(tmp_path, "scores.xlsx", sheets.workbook_bytes(rows, SCORE_COLUMNS))
    out = ok(capsys, workspace, "import-scores", path, "--as", ANA)
    assert out.startswith("Imported 12 scores for 1 proposal from scores.xlsx")
    assert sorted(stored_scores(workspace, ANA, "RG-001")) == sorted(FULL_SCORES)
