"""The audit trail: every change recorded, and any tampering with it found by `verify`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from evaluator.storage.audit import history
from tests.cli_helpers import ok, run
from tests.factories import (
    FULL_SCORES,
    reading,
    score_review,
    scoring_workspace,
)


def entries(workspace: Path, reference: str) -> list[tuple[str, str, dict]]:
    with reading(workspace) as session:
        return [(e.action, e.subject, e.changes) for e in history(session, reference)]


def test_scores_submissions_and_chair_decisions_are_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-001", FULL_SCORES, submitted=True)
    ok(capsys, workspace, "exclude", "RG-001", "Ana Petrović", "--reason", "Late conflict")
    trail = entries(workspace, "RG-001")
    subjects = [subject for _, subject, _ in trail]
    assert "proposal RG-001" in subjects
    assert "RG-001 score 1.1 by Ana Petrović" in subjects
    created = next(c for a, s, c in trail if s == "RG-001 score 1.1 by Ana Petrović")
    assert created["value"] == [None, "5"]
    assert created["comment"][1].startswith("Squarely on disinformation")
    review = [c for a, s, c in trail if s == "RG-001 review by Ana Petrović" and "excluded" in c]
    assert review[0]["excluded"] == [None, False]  # as assigned
    exclusion = review[1:]
    assert exclusion == [
        {
            "excluded": [False, True],
            "exclusion_reason": [None, "Late conflict"],
            "chair_version": [0, 1],
        }
    ]


def test_verify_finds_an_edited_entry_and_a_deleted_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-001", FULL_SCORES, submitted=True)
    assert "every row matches the audit trail.\naudit head: " in ok(capsys, workspace, "verify")
    connection = sqlite3.connect(workspace)
    count = connection.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert count > 20
    connection.execute("UPDATE audit SET changes = '{}' WHERE id = 5")
    connection.execute("DELETE FROM audit WHERE id = 9")
    connection.commit()
    connection.close()
    code, _, err = run(capsys, "-w", workspace, "verify")
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "grant-evaluator: call.gew failed verification: 2 problems found."
    assert lines[1].startswith("  audit entry 5 (") and lines[1].endswith(
        ") was changed after it was written"
    )
    assert lines[2] == "  audit entries are missing between 8 and 10"


def test_signing_keys_never_reach_the_trail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = scoring_workspace(tmp_path)
    ok(capsys, workspace, "export-package", "Ana Petrović", "--out", tmp_path / "ana.gep")
    connection = sqlite3.connect(workspace)
    key = connection.execute("SELECT value FROM setting WHERE key = 'signing_key'").fetchone()[0]
    trail = " ".join(str(row) for row in connection.execute("SELECT * FROM audit"))
    connection.close()
    assert key not in trail
    assert "package" in trail
