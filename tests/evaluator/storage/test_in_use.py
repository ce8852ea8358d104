"""Another program writing the same workspace: a clear "in use" sentence, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from evaluator.errors import WorkspaceInUse
from evaluator.services.proposals import list_proposals
from evaluator.storage import sqlite
from evaluator.storage.backups import list_backups
from evaluator.storage.models import Evaluator
from evaluator.storage.workspace import check_workspace, open_workspace
from tests.cli_helpers import ok, run
from tests.evaluator.storage.workspace_faults import held_lock, release
from tests.factories import eligible_members, member_rows, write_csv

IN_USE = "demo.gew is in use by another program; nothing was changed, try again."


@pytest.fixture
def demo(pristine_demo: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(pristine_demo, tmp_path / "demo.gew"))


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests need not wait the users' two seconds for a lock that never goes."""
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 100)


def assert_in_use(code: int, out: str, err: str) -> None:
    assert (code, out) == (1, "")
    assert err == f"grant-evaluator: {IN_USE}\n"
    assert "Traceback" not in err and "database is locked" not in err


@pytest.mark.usefixtures("short_wait")
def test_an_import_while_another_program_writes_is_refused_as_in_use(
    demo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv = write_csv(tmp_path / "new.csv", member_rows("RG-100", eligible_members()))
    before = demo.read_bytes()
    with held_lock(demo):
        assert_in_use(*run(capsys, "-w", demo, "import-proposals", csv))
    assert demo.read_bytes() == before
    assert list_backups(demo) == []
    # Once the other program is done, the same import goes through.
    assert "1 proposal" in ok(capsys, demo, "import-proposals", csv)


@pytest.mark.usefixtures("short_wait")
@pytest.mark.parametrize("command", [["proposals"], ["rank", "--format", "json"], ["verify"]])
def test_reading_while_another_program_writes_is_refused_as_in_use(
    demo: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    with held_lock(demo):
        assert_in_use(*run(capsys, "-w", demo, *command))


def test_a_read_waits_up_to_two_seconds_for_the_other_program(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sqlite.BUSY_TIMEOUT_MS == 2000
    expected = ok(capsys, demo, "proposals")
    with held_lock(demo) as holder:
        threading.Timer(0.5, release, [holder]).start()
        started = time.monotonic()
        assert ok(capsys, demo, "proposals") == expected
        assert time.monotonic() - started >= 0.4
    with held_lock(demo):
        started = time.monotonic()
        assert_in_use(*run(capsys, "-w", demo, "proposals"))
        waited = time.monotonic() - started
    assert 1.9 <= waited < 10


@pytest.mark.usefixtures("short_wait")
def test_a_locked_workspace_is_in_use_never_damaged(demo: Path) -> None:
    with held_lock(demo):
        with pytest.raises(WorkspaceInUse) as opening:
            open_workspace(demo, read_only_if_damaged=True)
        with pytest.raises(WorkspaceInUse):
            check_workspace(demo)
    assert opening.value.message == IN_USE


@pytest.mark.usefixtures("short_wait")
def test_an_open_workspace_reports_in_use_for_reads_writes_and_backups(demo: Path) -> None:
    before = demo.read_bytes()
    with open_workspace(demo) as workspace, held_lock(demo):
        with pytest.raises(WorkspaceInUse) as reading, workspace.session() as session:
            list_proposals(session)
        with pytest.raises(WorkspaceInUse) as writing, workspace.transaction() as session:
            session.add(Evaluator(name="Zed", key="zed"))
        with pytest.raises(WorkspaceInUse) as backing_up:
            workspace.backup("before import of proposals")
    assert [reading.value.message, writing.value.message, backing_up.value.message] == [IN_USE] * 3
    assert demo.read_bytes() == before
    assert list_backups(demo) == []


def test_every_connection_waits_the_busy_timeout(demo: Path) -> None:
    with open_workspace(demo) as workspace, workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2000


# --- a journal left behind by a killed program ---------------------------------------------------


def test_a_leftover_journal_that_sqlite_ignores_is_removed_on_opening(demo: Path) -> None:
    journal = demo.with_name("demo.gew-journal")
    journal.write_bytes(bytes(512))  # header zeroed: not hot, SQLite ignores it
    before = demo.read_bytes()
    with open_workspace(demo) as workspace, workspace.session() as session:
        assert len(list_proposals(session)) == 30
    assert not journal.exists()
    assert demo.read_bytes() == before


@pytest.mark.usefixtures("short_wait")
def test_a_journal_is_left_alone_while_another_program_holds_the_workspace(demo: Path) -> None:
    journal = demo.with_name("demo.gew-journal")
    with held_lock(demo):
        journal.write_bytes(bytes(512))
        with pytest.raises(WorkspaceInUse):
            open_workspace(demo)
        assert journal.read_bytes() == bytes(512)
    journal.unlink()


def test_a_hot_journal_is_still_rolled_back_not_deleted(demo: Path) -> None:
    """Removing leftovers must not skip the recovery of a real interrupted commit."""
    before = demo.read_bytes()
    connection = sqlite3.connect(demo, isolation_level=None)
    connection.execute("PRAGMA cache_size = 1")
    connection.execute("BEGIN")
    connection.execute("DELETE FROM score")
    journal = demo.with_name("demo.gew-journal")
    hot = journal.read_bytes()
    changed = demo.read_bytes()
    connection.execute("ROLLBACK")
    connection.close()
    assert changed != before and hot[:8] == bytes.fromhex("d9d505f920a163d7")  # journal magic
    # Put the interrupted state back: the half-written file beside its hot journal.
    demo.write_bytes(changed)
    journal.write_bytes(hot)
    with open_workspace(demo) as workspace, workspace.session() as session:
        assert len(list_proposals(session)) == 30
    assert not journal.exists()
    assert demo.read_bytes() == before
