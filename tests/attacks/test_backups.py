"""Refused imports must not push good backups out of the rotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.storage.backups import KEEP, list_backups
from tests.cli_helpers import ok, run
from tests.factories import add_evaluators, eligible_members, member_rows, new_workspace, write_csv


def test_refused_imports_keep_every_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    for number in range(KEEP):
        add_evaluators(workspace, [(f"Evaluator {number}", "Serbia")])
        good = write_csv(
            tmp_path / f"p{number}.csv", member_rows(f"RG-{number:03d}", eligible_members())
        )
        ok(capsys, workspace, "import-proposals", good)
    bad = tmp_path / "bad.csv"
    bad.write_text("reference,title\nRG-999,Missing columns\n", encoding="utf-8")
    junk = tmp_path / "junk.ger"
    junk.write_bytes(b"not a returns file")

    # The first refusal backs up the state the last import made: a state no backup holds yet.
    run(capsys, "-w", workspace, "import-proposals", bad)
    kept = [b.path.name for b in list_backups(workspace)]
    assert len(kept) == KEEP

    for _ in range(KEEP + 5):
        code, _, err = run(capsys, "-w", workspace, "import-proposals", bad)
        assert code == 1 and "nothing was changed" in err
        code, _, err = run(capsys, "-w", workspace, "import-returns", junk)
        assert code == 1

    assert [b.path.name for b in list_backups(workspace)] == kept


def test_backups_of_a_workspace_that_does_not_exist_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "-w", tmp_path / "gone.gew", "backups")
    assert (code, out) == (1, "")
    assert err == f"grant-evaluator: Workspace {tmp_path / 'gone.gew'} does not exist.\n"
