"""A damaged workspace whose data can still be read opens read-only; it is never changed."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from evaluator.errors import DamagedWorkspace, WorkspaceError
from evaluator.services.proposals import list_proposals
from evaluator.services.reconcile import ranking
from evaluator.storage.backups import (
    DAMAGED,
    latest_good_backup,
    list_backups,
    make_backup,
    restore,
)
from evaluator.storage.models import Evaluator
from evaluator.storage.workspace import open_workspace
from tests.cli_helpers import run
from tests.evaluator.storage.workspace_faults import damage_index, damage_table, quick_check
from tests.factories import eligible_members, member_rows, write_csv

READ_ONLY = "demo.gew is open read-only because it is damaged; restore a backup to change it."


@pytest.fixture
def healthy(pristine_demo: Path) -> Path:
    return pristine_demo


@pytest.fixture
def damaged(healthy: Path, tmp_path: Path) -> Path:
    """The demo with the root page of its proposals' reference index garbled."""
    path = Path(shutil.copy(healthy, tmp_path / "demo.gew"))
    damage_index(path)
    return path


def test_the_damaged_fixture_fails_its_quick_check_but_its_tables_still_read(
    damaged: Path,
) -> None:
    assert quick_check(damaged) != ["ok"]
    connection = sqlite3.connect(f"{damaged.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT count(*) FROM proposal NOT INDEXED").fetchone() == (30,)
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            connection.execute("SELECT id FROM proposal WHERE reference = 'RG-003'").fetchall()
    finally:
        connection.close()


def test_a_damaged_workspace_is_refused_unless_read_only_is_asked_for(damaged: Path) -> None:
    with pytest.raises(DamagedWorkspace) as refused:
        open_workspace(damaged)
    assert refused.value.readable
    assert refused.value.message == (
        "demo.gew is damaged (Page 9: btreeInitPage() returns error code 11), "
        "but it can still be read."
    )


def test_read_only_it_reads_exactly_what_the_healthy_file_held(
    healthy: Path, damaged: Path
) -> None:
    before = damaged.read_bytes()
    with open_workspace(healthy) as good, good.session() as session:
        expected = (list_proposals(session), ranking(session))
    workspace = open_workspace(damaged, read_only_if_damaged=True)
    try:
        assert workspace.read_only
        assert workspace.damage is not None and workspace.damage.startswith("demo.gew is damaged")
        with workspace.session() as session:
            assert (list_proposals(session), ranking(session)) == expected
    finally:
        workspace.close()
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in damaged.parent.iterdir()) == ["demo.gew"]


def test_a_read_only_workspace_refuses_every_change_in_one_sentence(damaged: Path) -> None:
    before = damaged.read_bytes()
    with open_workspace(damaged, read_only_if_damaged=True) as workspace:
        with pytest.raises(WorkspaceError) as refused, workspace.transaction() as session:
            session.add(Evaluator(name="Zed", key="zed"))
        assert refused.value.message == READ_ONLY
        with pytest.raises(WorkspaceError) as no_backup:
            workspace.backup("before import of proposals")
        assert no_backup.value.message == READ_ONLY
        # Even code that wrongly writes through a read session cannot: SQLite refuses.
        with pytest.raises(WorkspaceError) as by_sqlite, workspace.session() as session:
            session.add(Evaluator(name="Zed", key="zed"))
            session.commit()
        assert by_sqlite.value.message == READ_ONLY
        # A transaction that only reads (an export) works.
        with workspace.transaction() as session:
            assert len(list_proposals(session)) == 30
    assert damaged.read_bytes() == before
    assert list_backups(damaged) == []


def test_a_damaged_audit_trail_still_lets_the_data_be_read(healthy: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(healthy, tmp_path / "demo.gew"))
    damage_table(path, "audit")
    with pytest.raises(DamagedWorkspace) as refused:
        open_workspace(path)
    assert refused.value.readable
    with open_workspace(path, read_only_if_damaged=True) as workspace, workspace.session() as s:
        assert len(list_proposals(s)) == 30


def test_a_damaged_core_table_cannot_be_opened_even_read_only(
    healthy: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copy(healthy, tmp_path / "demo.gew"))
    damage_table(path, "score")
    with pytest.raises(DamagedWorkspace) as refused:
        open_workspace(path, read_only_if_damaged=True)
    assert not refused.value.readable
    assert refused.value.message == (
        "demo.gew is damaged and cannot be read (database disk image is malformed)."
    )


def test_the_latest_good_backup_is_never_a_damaged_files_copy(
    healthy: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copy(healthy, tmp_path / "demo.gew"))
    good = make_backup(path, "before import of proposals")
    damage_index(path)
    restore(path, good.path.name)  # keeps the damaged file's bytes among the backups
    assert [b.reason for b in list_backups(path)] == [DAMAGED, "before-import-of-proposals"]
    assert latest_good_backup(path) == good
    assert quick_check(path) == ["ok"]


# --- the command line ----------------------------------------------------------------------------


def test_listing_commands_read_it_with_one_warning(
    healthy: Path, damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    for command in (["proposals"], ["rank", "--format", "json"], ["reconcile"]):
        expected = run(capsys, "-w", healthy, *command)
        code, out, err = run(capsys, "-w", damaged, *command)
        assert (code, out) == (0, expected[1])
        assert err == (
            "grant-evaluator: warning: demo.gew is damaged (Page 9: btreeInitPage() returns "
            "error code 11), but it can still be read; this was read from it read-only, and "
            "`backups` lists the backups that can replace it.\n"
        )
    assert json.loads(run(capsys, "-w", damaged, "rank", "--format", "json")[1])["proposals"]
    assert damaged.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [
        ["evaluator-add", "Zed Zedić"],
        ["import-proposals", "new.csv"],
        ["eligibility"],
        ["award", "RG-011", "--amount", "40000"],
    ],
)
def test_changing_commands_refuse_it_in_one_sentence(
    damaged: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.chdir(damaged.parent)
    write_csv(Path("new.csv"), member_rows("RG-100", eligible_members()))
    before = damaged.read_bytes()
    code, out, err = run(capsys, "-w", damaged, *command)
    assert (code, out) == (1, "")
    assert err == (
        "grant-evaluator: demo.gew is damaged and can only be read, so nothing was changed; "
        "restore a backup to change it (`backups` lists them, `restore BACKUP` brings one "
        "back).\n"
    )
    assert damaged.read_bytes() == before
    assert list_backups(damaged) == []


def test_verify_names_the_damaged_page(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "-w", damaged, "verify")
    assert code == 1
    assert re.fullmatch(r"audit head: [0-9a-f]{64} \(\d+ entries\)\n", out)
    assert err == (
        "grant-evaluator: demo.gew failed verification: 1 problem found.\n"
        "  integrity: Page 9: btreeInitPage() returns error code 11\n"
    )


def test_a_workspace_that_cannot_be_read_is_refused_by_every_command(
    healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(shutil.copy(healthy, tmp_path / "demo.gew"))
    damage_table(path, "proposal")
    for command in ("proposals", "evaluator-add"):
        code, out, err = run(
            capsys, "-w", path, command, *(["Zed"] if command != "proposals" else [])
        )
        assert (code, out) == (1, "")
        assert err == (
            "grant-evaluator: demo.gew is damaged and cannot be read "
            "(database disk image is malformed).\n"
        )
