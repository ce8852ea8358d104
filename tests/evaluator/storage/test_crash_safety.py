"""Crash safety: the command line killed (SIGKILL) at random moments during an import leaves a
workspace that opens, passes its integrity checks and holds the whole import or none of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from evaluator.cli import WORKSPACE_ENV
from evaluator.storage.workspace import open_workspace, verify
from tests.factories import (
    Round,
    big_exchange_round,
    big_proposals_csv,
    canonical_dump,
    import_file,
    merge_returns,
    new_workspace,
    proposals_of,
)

ROOT = Path(__file__).resolve().parents[3]
SEED = 20240607
PROPOSALS = 600  # 1,800 rows: the import's transaction takes a good part of a run
EXCHANGE_PROPOSALS = 150  # 300 reviews per returns file, 3,600 scores
# The first eight bytes of a journal that SQLite must roll back ("hot"); a journal whose header
# is still zero was never synced and is ignored (the crash came before the commit began).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

KILLS = [
    pytest.param(4, id="default"),
    pytest.param(50, marks=pytest.mark.slow, id="slow"),
]

State = tuple[dict[str, int], object]


def environment(data: Path) -> dict[str, str]:
    """The environment of a user's shell: this checkout importable, backups in ``data``."""
    env = dict(os.environ)
    env.pop(WORKSPACE_ENV, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["GRANT_EVALUATOR_DATA"] = str(data)
    return env


def command(workspace: Path, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "evaluator", "-w", str(workspace), *map(str, args)]


def normal_run(argv: list[str], env: dict[str, str]) -> float:
    """How long the command takes when nothing stops it (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    return elapsed


def killed_run(argv: list[str], env: dict[str, str], delay: float) -> bool:
    """Start the command and SIGKILL it after ``delay`` seconds; False if it finished first."""
    process = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True
    return False


def delays(rng: random.Random, kills: int, duration: float) -> list[float]:
    """One random moment in each of ``kills`` equal slices of a normal run: spread over all of
    it, from the interpreter starting to the commit."""
    return [(slot + rng.random()) * duration / kills for slot in range(kills)]


def journal_of(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.name}-journal")


def is_hot(journal: Path) -> bool:
    return journal.exists() and journal.read_bytes()[:8] == JOURNAL_MAGIC


def table_counts(workspace: Path) -> dict[str, int]:
    """Rows per table, read through ``open_workspace`` as the application reads."""
    with open_workspace(workspace) as ws, ws.session() as session:
        tables = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        return {
            table: session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in list(tables)
        }


def check_healthy(workspace: Path) -> None:
    """The workspace opens, passes ``PRAGMA integrity_check`` and ``verify``; closing it leaves
    no journal that still needs rolling back."""
    with open_workspace(workspace) as ws, ws.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    assert verify(workspace).problems == []
    assert not is_hot(journal_of(workspace))
    # Only the workspace itself, or beside it a journal SQLite ignores (zero header): it is
    # reused and deleted by the next change of the workspace.
    leftovers = {p.name for p in workspace.parent.iterdir()} - {workspace.name}
    assert leftovers <= {journal_of(workspace).name}, leftovers


def change_nothing(workspace: Path) -> None:
    """A change of the workspace that is undone in the same transaction: SQLite reuses a
    leftover journal for it, and deletes it at the commit."""
    with open_workspace(workspace) as ws, ws.transaction() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('crash test', '')"))
        session.execute(text("DELETE FROM setting WHERE key = 'crash test'"))


def crash(
    pristine: Path,
    folder: Path,
    argv_for: list[str | Path],
    states: list[State],
    state_of: Callable[[Path], object],
    kills: int,
    duration: float,
    rng: random.Random,
) -> Counter[str]:
    """Run the command on a fresh copy of ``pristine`` ``kills`` times, killing it each time;
    each copy must end in one of ``states`` (table counts and the data ``state_of`` reads).
    Returns how the kills landed."""
    landed: Counter[str] = Counter()
    for number, delay in enumerate(delays(rng, kills, duration)):
        here = folder / f"kill-{number:03d}"
        workspace = here / "workspace" / pristine.name
        workspace.parent.mkdir(parents=True)
        workspace.write_bytes(pristine.read_bytes())
        env = environment(here / "data")
        if not killed_run(command(workspace, *argv_for), env, delay):
            landed["finished before the kill"] += 1
        elif journal_of(workspace).exists():
            landed["mid-transaction"] += 1
            landed["of which a hot journal"] += is_hot(journal_of(workspace))
        check_healthy(workspace)
        state = (table_counts(workspace), state_of(workspace))
        assert state in states, f"kill {number} after {delay:.3f} s left a partial import"
        landed[f"state {states.index(state)} of {len(states) - 1}"] += 1
        if journal_of(workspace).exists():
            landed["cold journal left until the next change"] += 1
            change_nothing(workspace)
            assert not journal_of(workspace).exists()
        check_healthy(workspace)
        shutil.rmtree(here)
    return landed


def state_tag(landed: Counter[str]) -> str:
    return ", ".join(f"{key}: {count}" for key, count in sorted(landed.items()))


# --- a crash in the middle of a commit -----------------------------------------------------------

# A writer that spills its changes into the file before committing (a tiny page cache), then
# dies: the state a SIGKILL during a commit leaves, a "hot" journal beside a half-written file.
DIE_MID_COMMIT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 5")
connection.execute("BEGIN")
for number in range(2000):
    connection.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{number}", "x" * 500))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_hot_journal_is_rolled_back_when_the_workspace_is_opened(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace" / "call.gew"
    workspace.parent.mkdir()
    new_workspace(tmp_path).rename(workspace)
    before = table_counts(workspace)
    died = subprocess.run([sys.executable, "-c", DIE_MID_COMMIT, str(workspace)], check=False)
    assert died.returncode == -signal.SIGKILL
    assert is_hot(journal_of(workspace))

    check_healthy(workspace)

    assert table_counts(workspace) == before
    assert not journal_of(workspace).exists()


# --- import-proposals ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def proposals_bed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[State]]:
    """An empty workspace, a CSV of ``PROPOSALS`` proposals, and the two states allowed."""
    folder = tmp_path_factory.mktemp("proposals")
    pristine = new_workspace(folder, "call.gew")
    csv = big_proposals_csv(folder / "big.csv", PROPOSALS)
    full = folder / "full" / "call.gew"
    full.parent.mkdir()
    full.write_bytes(pristine.read_bytes())
    import_file(full, csv)
    assert len(proposals_of(full)) == PROPOSALS
    states: list[State] = [
        (table_counts(path), proposals_of(path))
        for path in (pristine, full)  # none of it, the whole import
    ]
    return pristine, csv, states


@pytest.mark.parametrize("kills", KILLS)
def test_a_killed_proposals_import_leaves_all_or_nothing(
    proposals_bed: tuple[Path, Path, list[State]], tmp_path: Path, kills: int
) -> None:
    pristine, csv, states = proposals_bed
    measured = tmp_path / "measured" / pristine.name
    measured.parent.mkdir()
    measured.write_bytes(pristine.read_bytes())
    duration = normal_run(
        command(measured, "import-proposals", csv), environment(tmp_path / "data")
    )

    landed = crash(
        pristine,
        tmp_path,
        ["import-proposals", csv],
        states,
        proposals_of,
        kills,
        duration,
        random.Random(SEED),
    )

    print(f"import-proposals, normal run {duration:.2f} s: {state_tag(landed)}")
    assert sum(v for k, v in landed.items() if k.startswith("state")) == kills


# --- import-returns ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def returns_bed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Round, list[State]]:
    """A round of ``EXCHANGE_PROPOSALS`` proposals, nothing imported yet, and the states the
    chair's workspace may be in: the first k returns files merged, for k = 0…3."""
    folder = tmp_path_factory.mktemp("returns")
    game = big_exchange_round(folder / "round", EXCHANGE_PROPOSALS)
    merged = folder / "merged" / game.chair.name
    merged.parent.mkdir()
    merged.write_bytes(game.chair.read_bytes())
    states: list[State] = [(table_counts(merged), canonical_dump(merged))]
    for path in game.returns.values():
        assert merge_returns(merged, path).status == "imported"
        states.append((table_counts(merged), canonical_dump(merged)))
    return game, states


@pytest.mark.parametrize("kills", KILLS)
def test_a_killed_returns_import_leaves_each_file_all_or_nothing(
    returns_bed: tuple[Round, list[State]], tmp_path: Path, kills: int
) -> None:
    game, states = returns_bed
    files = list(game.returns.values())
    measured = tmp_path / "measured" / game.chair.name
    measured.parent.mkdir()
    measured.write_bytes(game.chair.read_bytes())
    duration = normal_run(
        command(measured, "import-returns", *files), environment(tmp_path / "data")
    )
    assert canonical_dump(measured) == states[-1][1]

    landed = crash(
        game.chair,
        tmp_path,
        ["import-returns", *files],
        states,
        canonical_dump,
        kills,
        duration,
        random.Random(SEED + 1),
    )

    print(f"import-returns, normal run {duration:.2f} s: {state_tag(landed)}")
    assert sum(v for k, v in landed.items() if k.startswith("state")) == kills
