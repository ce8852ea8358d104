"""Backups before imports and upgrades, restoring one, and verifying a workspace."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from evaluator.services.proposals import list_proposals
from evaluator.storage import revisions
from evaluator.storage.backups import KEEP, list_backups, make_backup
from evaluator.storage.sqlite import APPLICATION_ID, file_engine
from evaluator.storage.workspace import open_path
from tests.cli_helpers import ok, run
from tests.factories import (
    add_evaluators,
    eligible_members,
    member_rows,
    new_workspace,
    write_csv,
)


def references(workspace: Path) -> list[str]:
    with open_path(workspace) as ws, ws.session() as session:
        return [p.reference for p in list_proposals(session)]


def test_every_import_is_preceded_by_a_verified_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    csv = write_csv(tmp_path / "p.csv", member_rows("RG-001", eligible_members()))
    ok(capsys, workspace, "import-proposals", csv)
    [backup] = list_backups(workspace)
    assert backup.reason == "before-import-of-proposals"
    # The backup is the workspace as it was: a call and no proposals yet.
    assert references(backup.path) == []
    assert references(workspace) == ["RG-001"]


def test_the_newest_backups_are_kept(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    for number in range(KEEP + 3):
        # Each backup holds one more evaluator: all of them differ.
        add_evaluators(workspace, [(f"Evaluator {number}", "Serbia")])
        make_backup(workspace, f"test {number}")
    kept = list_backups(workspace)
    assert len(kept) == KEEP
    assert kept[0].reason == "test" and kept[0].made > kept[-1].made


def test_restore_brings_a_backup_back_and_keeps_the_current_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    ok(
        capsys,
        workspace,
        "import-proposals",
        write_csv(tmp_path / "a.csv", member_rows("RG-001", eligible_members())),
    )
    ok(
        capsys,
        workspace,
        "import-proposals",
        write_csv(tmp_path / "b.csv", member_rows("RG-002", eligible_members(" B"))),
    )
    assert references(workspace) == ["RG-001", "RG-002"]
    before_second = list_backups(workspace)[0]
    out = ok(capsys, workspace, "restore", before_second.path.name)
    assert out.startswith(f"Restored {workspace.name} from the backup made ")
    assert references(workspace) == ["RG-001"]
    assert list_backups(workspace)[0].reason == "before-restore"
    assert references(list_backups(workspace)[0].path) == ["RG-001", "RG-002"]


def test_a_link_planted_beside_the_workspace_is_not_followed_by_a_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    ok(capsys, workspace, "import-proposals",
       write_csv(tmp_path / "a.csv", member_rows("RG-001", eligible_members())))  # fmt: skip
    victim = tmp_path / "someone-else.txt"
    victim.write_text("not yours to overwrite")
    (tmp_path / f".{workspace.name}.partial").symlink_to(victim)

    ok(capsys, workspace, "restore", list_backups(workspace)[0].path.name)

    assert victim.read_text() == "not yours to overwrite"
    assert not workspace.is_symlink() and references(workspace) == []
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_an_unknown_backup_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = new_workspace(tmp_path)
    before = workspace.read_bytes()
    code, _, err = run(capsys, "-w", workspace, "restore", "nonsense.gew")
    assert code == 1
    assert "has no backup named nonsense.gew" in err
    assert workspace.read_bytes() == before


def test_an_upgrade_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.gew"
    engine = file_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(revisions.config(connection), "0001")
    engine.dispose()
    with open_path(path):
        pass
    [backup] = list_backups(path)
    assert backup.reason == "before-upgrade-from-schema"
    version = sqlite3.connect(backup.path).execute("SELECT version_num FROM alembic_version")
    assert version.fetchone() == ("0001",)


def test_verify_reports_a_healthy_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    first, head = ok(capsys, workspace, "verify").splitlines()
    assert first == (
        "call.gew is healthy: integrity ok, every reference resolves, the schema is exactly "
        "this version's, every row matches the audit trail."
    )
    assert re.fullmatch(r"audit head: [0-9a-f]{64} \(1 entry\)", head)


def test_verify_names_rows_that_refer_to_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    connection = sqlite3.connect(workspace)  # foreign keys are off in a plain connection
    connection.execute(
        "INSERT INTO member (proposal_id, organisation_id, role, position) VALUES (77, 88, 'lead', 0)"
    )
    connection.commit()
    connection.close()
    code, _, err = run(capsys, "-w", workspace, "verify")
    assert code == 1
    assert err.splitlines() == [
        "grant-evaluator: call.gew failed verification: 3 problems found.",
        "  member row 1 refers to a missing proposal row",
        "  member row 1 refers to a missing organisation row",
        "  member row 1 was added outside the application",
    ]


def test_verify_refuses_a_file_that_is_not_a_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.gew"
    notes.write_text("minutes", encoding="utf-8")
    code, _, err = run(capsys, "-w", notes, "verify")
    assert (code, err.strip()) == (
        1,
        "grant-evaluator: notes.gew is not a Grant Evaluator workspace.",
    )
