"""The feedback and letters commands: the chair's feedback, outcome letters, letters.csv."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator.services.reconcile import reconciliation
from evaluator.storage.audit import history
from evaluator.storage.workspace import open_path, verify
from tests.cli_helpers import ok, refused, run
from tests.factories import FIRST_TASK_NOTE, Round, reading

# Funded, reserve, below threshold, ineligible: once the chair has resolved RG-005.
DECIDED_SAMPLE = ["RG-001", "RG-010", "RG-019", "RG-022"]


@pytest.fixture
def demo(pristine_demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.gew"
    shutil.copy(pristine_demo, path)
    return path


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def feedback_json(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str) -> list:
    return json.loads(ok(capsys, workspace, "feedback", "--list", *argv, "--format", "json"))[
        "feedback"
    ]


def test_feedback_is_set_replaced_listed_and_cleared(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ok(capsys, demo, "feedback", "RG-011", "--text", "Sos Helpline Nikšić – “MIOS”.")
    ok(capsys, demo, "feedback", "RG-011", "--criterion", " 4.1 ", "--text", "Јасније.")
    ok(capsys, demo, "feedback", "RG-011", "--text", "  Build on the partnership.  ")

    assert said == "Saved the feedback on RG-011 as a whole.\n"
    listed = feedback_json(capsys, demo, "RG-011")
    assert [(f["reference"], f["criterion"], f["text"]) for f in listed] == [
        ("RG-011", None, "Build on the partnership."),
        ("RG-011", "4.1", "Јасније."),
    ]
    table = list(
        csv.DictReader(io.StringIO(ok(capsys, demo, "feedback", "--list", "--format", "csv")))
    )
    assert [(r["reference"], r["criterion"], r["text"]) for r in table] == [
        ("RG-011", "", "Build on the partnership."),
        ("RG-011", "4.1", "Јасније."),
    ]
    assert "(whole proposal)" in ok(capsys, demo, "feedback", "--list")

    cleared = ok(capsys, demo, "feedback", "RG-011", "--criterion", "4.1", "--clear")
    assert cleared == "Cleared the feedback on RG-011, criterion 4.1.\n"
    assert [f["criterion"] for f in feedback_json(capsys, demo)] == [None]
    with reading(demo) as session:
        entries = [e for e in history(session, "RG-011") if "feedback" in e.subject]
    assert [(e.action, e.subject) for e in entries] == [
        ("created", "RG-011 feedback on the whole proposal"),
        ("created", "RG-011 feedback on criterion 4.1"),
        ("changed", "RG-011 feedback on the whole proposal"),
        ("deleted", "RG-011 feedback on criterion 4.1"),
    ]
    assert entries[2].changes["text"] == [
        "Sos Helpline Nikšić – “MIOS”.",
        "Build on the partnership.",
    ]
    assert verify(demo).problems == []


def test_an_empty_listing_prints_its_header(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ok(capsys, demo, "feedback", "--list") == (
        "reference  criterion  written_by  written_at  text\n"
        "No feedback yet; `feedback REFERENCE --text T` writes it.\n"
    )
    assert feedback_json(capsys, demo) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["RG-999", "--text", "Good."],
            "No proposal has the reference “RG-999”.",
        ),
        (
            ["RG-011", "--criterion", "9.9", "--text", "Good."],
            "The call has no criterion “9.9”; its criteria are 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, "
            "3.1, 3.2, 4.1, 4.2, 5.1, 5.2.",
        ),
        (
            ["RG-011", "--text", "  "],
            "The feedback on RG-011 as a whole is empty; write it, or use --clear to remove it. "
            "Nothing was changed.",
        ),
        (
            ["RG-011", "--clear"],
            "There is no feedback on RG-011 as a whole to clear; nothing was changed.",
        ),
        (
            ["RG-011", "--criterion", "1.1", "--from-evaluator", "Nobody"],
            "No evaluator is named “Nobody”.",
        ),
    ],
)
def test_feedback_that_cannot_be_written_is_refused(
    demo: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert refused(capsys, demo, "feedback", *argv) == f"grant-evaluator: {message}\n"


def test_an_evaluators_comment_reaches_the_feedback_only_when_the_chair_copies_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with reading(demo) as session:
        item = next(i for i in reconciliation(session) if i.reference == "RG-005")
    review = next(r for r in item.reviews if r.comments.get("1.1"))
    assert feedback_json(capsys, demo) == []  # nothing flowed there by itself

    said = ok(
        capsys,
        demo,
        "feedback",
        "RG-005",
        "--criterion",
        "1.1",
        "--from-evaluator",
        review.evaluator,
    )

    assert said.splitlines()[-1] == review.comments["1.1"]
    assert [(f["criterion"], f["text"]) for f in feedback_json(capsys, demo)] == [
        ("1.1", review.comments["1.1"])
    ]


def test_feedback_needs_a_reference_and_a_criterion_to_copy(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "-w", demo, "feedback", "--text", "x")[0] == 2
    assert run(capsys, "-w", demo, "feedback", "RG-011", "--from-evaluator", "Ana")[0] == 2
    assert run(capsys, "-w", demo, "feedback", "RG-011")[0] == 2


def test_an_evaluator_workspace_refuses_feedback_and_letters(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = next(iter(game.workspaces.values()))

    err = refused(capsys, workspace, "feedback", "RG-001", "--text", "Good.")
    assert "writing feedback for applicants is done in the chair's workspace" in err
    err = refused(capsys, workspace, "letters", "--out", tmp_path / "out")
    assert "writing outcome letters is done in the chair's workspace" in err
    assert not (tmp_path / "out").exists()


def test_letters_are_refused_naming_every_undecided_proposal(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    err = refused(capsys, demo, "letters", "--out", out)

    # RG-005 awaits the chair; until it is reconciled, who is funded can still change.
    assert err == (
        "grant-evaluator: Not decided yet, so no letter was written: RG-005 (needs "
        "reconciliation). While it is open the ranking can change, so the funded and reserve "
        "proposals wait too: RG-001, RG-002, RG-003, RG-004, RG-006, RG-007, RG-008, RG-009, "
        "RG-010, RG-011, RG-012, RG-014, RG-015. Complete the reviews and reconcile them "
        "first, or name the decided proposals with --reference.\n"
    )
    assert not out.exists()
    err = refused(capsys, demo, "letters", "--out", out, "--reference", "RG-019", "RG-005")
    assert "RG-005 (needs reconciliation)." in err and "RG-019" not in err
    err = refused(capsys, demo, "letters", "--out", out, "--reference", "RG-010", "RG-022")
    assert err.startswith(
        "grant-evaluator: Not decided yet, so no letter was written: RG-005 (needs "
        "reconciliation). While it is open the ranking can change, so the funded and reserve "
        "proposals wait too: RG-010. "
    )
    err = refused(capsys, demo, "letters", "--out", out, "--reference", "RG-011", "RG-999")
    assert err == "grant-evaluator: No proposal has the reference RG-999; no letter was written.\n"
    assert not out.exists()


def test_letters_and_the_mail_merge_list_are_written_and_audited(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "resolve", "RG-005", "--note", FIRST_TASK_NOTE)
    folder = tmp_path / "new" / "letters"  # made with its parents
    said = ok(capsys, demo, "letters", "--out", folder, "--reference", *reversed(DECIDED_SAMPLE))

    files = [folder / f"{r}.pdf" for r in DECIDED_SAMPLE]
    assert said.splitlines() == [
        *(str(f) for f in files),
        str(folder / "letters.csv"),
        f"Wrote 4 outcome letters and letters.csv into {folder}.",
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f.name for f in files] + ["letters.csv"]
    )
    merge = list(csv.reader(io.StringIO((folder / "letters.csv").read_text(encoding="utf-8-sig"))))
    assert merge == [
        ["reference", "organisation", "email", "status", "file"],
        ["RG-001", "Cooperation and development institute", "office@cdi-albania.example",
         "funded", "RG-001.pdf"],
        ["RG-010", "Udruženje građana “Most”", merge[2][2], "reserve", "RG-010.pdf"],
        ["RG-019", merge[3][1], merge[3][2], "below_threshold", "RG-019.pdf"],
        ["RG-022", merge[4][1], merge[4][2], "ineligible", "RG-022.pdf"],
    ]  # fmt: skip
    with open_path(demo) as workspace, workspace.session() as session:
        entries = {
            r: [e for e in history(session, r) if e.action == "letter written"]
            for r in DECIDED_SAMPLE
        }
    for reference, file in zip(DECIDED_SAMPLE, files, strict=True):
        (entry,) = entries[reference]
        assert entry.subject == f"outcome letter for {reference}"
        assert entry.changes["file"] == [None, file.name]
        assert entry.changes["sha256"] == [None, hashlib.sha256(file.read_bytes()).hexdigest()]
    assert entries["RG-010"][0].changes["status"] == [None, "reserve"]
    assert verify(demo).problems == []


def test_the_folder_must_be_a_folder(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "letters"
    blocker.write_text("not a folder", encoding="utf-8")
    err = refused(capsys, demo, "letters", "--out", blocker, "--reference", "RG-022")
    assert err == f"grant-evaluator: {blocker} is a file, not a folder for the letters.\n"


def test_letters_carry_the_date_asked_for_or_today(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "letters", "--out", tmp_path / "a", "--reference", "RG-022", "--date",
       "2027-01-04")  # fmt: skip
    assert "4 January 2027" in pdf_text(tmp_path / "a" / "RG-022.pdf")
    ok(capsys, demo, "letters", "--out", tmp_path / "b", "--reference", "RG-022")
    today = date.today()
    assert f"{today.day} {today.strftime('%B')} {today.year}" in pdf_text(
        tmp_path / "b" / "RG-022.pdf"
    )


@pytest.mark.parametrize("typed", ["15.12.2026", "2026-13-01", "20261215", "tomorrow"])
def test_a_date_that_is_not_yyyy_mm_dd_is_a_usage_error(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    code, out, err = run(capsys, "-w", demo, "letters", "--out", tmp_path / "c", "--date", typed)
    assert (code, out) == (2, "")
    assert f"“{typed}” is not a date; write it as YYYY-MM-DD, for example 2026-12-15" in err
    assert not (tmp_path / "c").exists()
