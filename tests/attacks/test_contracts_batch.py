"""A contracts batch killed mid-way leaves no worker process and no scratch or partial file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator.cli import WORKSPACE_ENV
from tests.factories import CONTRACT_TERMS, reviewed_workspace, small_call

ROOT = Path(__file__).resolve().parents[2]
PROPOSALS = 40
FILES = [f"SB-TEST-{n:03d}.pdf" for n in range(1, PROPOSALS + 1)]


@pytest.fixture(scope="module")
def pristine_many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace whose 40 proposals are all funded: a batch long enough to kill mid-way."""
    return reviewed_workspace(
        tmp_path_factory.mktemp("many"),
        {
            f"RG-{n:03d}": {"Ana Petrović": "5 5 5", "Besnik Hoxha": "5 5 5"}
            for n in range(1, PROPOSALS + 1)
        },
        call_text=small_call(budget="100000000") + CONTRACT_TERMS,
    )


@pytest.fixture
def many(pristine_many: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "many.gew"
    copy.write_bytes(pristine_many.read_bytes())
    return copy


def start(workspace: Path, out: Path, scratch_tmp: Path) -> subprocess.Popen[bytes]:
    """``python -m evaluator contracts`` as a user starts it, in its own process group, with
    a temp folder of its own so that anything it leaves there is seen."""
    scratch_tmp.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != WORKSPACE_ENV}
    env |= {"TMPDIR": str(scratch_tmp), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "evaluator", "-w", str(workspace), "contracts", "--out", str(out)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process from /proc, None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    # The command name may hold spaces and parentheses: the fields follow its last ")".
    fields = text.rsplit(")", 1)[1].split()
    return fields[0], int(fields[1])


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[0] != "Z":
                parents[int(entry.name)] = stat[1]
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie has stopped: it only waits to be reaped)."""
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def in_group(group: int) -> set[int]:
    """The living processes of process group ``group``."""
    members = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                text = (entry / "stat").read_text()
            except (FileNotFoundError, ProcessLookupError):
                continue
            fields = text.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[2]) == group:
                members.add(int(entry.name))
    return members


def mid_batch(process: subprocess.Popen[bytes], out: Path, drafts: int = 3) -> set[int]:
    """Wait until the batch has drawn ``drafts`` drafts into its scratch folder; returns the
    pids of its workers then."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the batch ended before it could be interrupted"
        drawn = list(out.glob(".contracts-*/*.pdf")) if out.is_dir() else []
        if len(drawn) >= drafts:
            return descendants(process.pid)
        time.sleep(0.02)
    raise AssertionError("the batch drew no draft within a minute")


def gone(pids: set[int], seconds: float = 15) -> bool:
    """Whether every process of ``pids`` ends within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def everything(folder: Path) -> list[str]:
    """Every file and folder under ``folder``, hidden ones included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def complete_set(out: Path) -> None:
    """``out`` holds exactly one readable draft per funded proposal, and nothing else."""
    assert everything(out) == FILES
    for name in (FILES[0], FILES[-1]):
        assert "Grant contract" in PdfReader(out / name).pages[0].extract_text()


def rerun(workspace: Path, out: Path, scratch_tmp: Path) -> None:
    process = start(workspace, out, scratch_tmp)
    assert process.wait(timeout=120) == 0
    complete_set(out)


@pytest.mark.parametrize(
    ("sent", "to_group"),
    [
        pytest.param(signal.SIGTERM, False, id="SIGTERM"),
        pytest.param(signal.SIGINT, False, id="SIGINT"),
        pytest.param(signal.SIGINT, True, id="Ctrl-C to the process group"),
    ],
)
def test_a_stopped_batch_leaves_nothing_behind(
    many: Path, tmp_path: Path, sent: signal.Signals, to_group: bool
) -> None:
    out = tmp_path / "contracts" / "2026"  # neither exists yet
    scratch_tmp = tmp_path / "tmp"
    process = start(many, out, scratch_tmp)
    workers = mid_batch(process, out)
    assert workers or len(os.sched_getaffinity(0)) == 1  # a pool of workers draws too
    if to_group:
        os.killpg(process.pid, sent)
    else:
        process.send_signal(sent)
    code = process.wait(timeout=60)
    assert code != 0  # stopped, not finished
    assert gone(workers), f"workers left running: {[p for p in workers if alive(p)]}"
    assert in_group(process.pid) == set()
    # All or nothing: no draft, no scratch folder, not even the folders it created.
    assert not (tmp_path / "contracts").exists()
    assert everything(scratch_tmp) == []
    if sent == signal.SIGTERM:
        rerun(many, out, scratch_tmp)  # once is enough for the suite's time; -m slow does more


def test_a_killed_batch_leaves_no_worker_and_the_next_run_completes(
    many: Path, tmp_path: Path
) -> None:
    out = tmp_path / "contracts"
    scratch_tmp = tmp_path / "tmp"
    process = start(many, out, scratch_tmp)
    workers = mid_batch(process, out)
    process.kill()  # SIGKILL: no chance to clean up
    assert process.wait(timeout=30) == -signal.SIGKILL
    # The workers notice that their parent died and end, rather than wait for ever.
    assert gone(workers), f"workers left running: {[p for p in workers if alive(p)]}"
    assert in_group(process.pid) == set()
    # No draft is in place: only the killed batch's hidden scratch folder is left ...
    left = everything(out)
    assert left and all(name.startswith(".contracts-") for name in left)
    assert everything(scratch_tmp) == []
    # ... and the next batch sweeps it and writes the complete set.
    rerun(many, out, scratch_tmp)


def test_a_batch_over_earlier_drafts_keeps_them_when_stopped(many: Path, tmp_path: Path) -> None:
    out = tmp_path / "contracts"
    scratch_tmp = tmp_path / "tmp"
    rerun(many, out, scratch_tmp)
    before = {name: (out / name).read_bytes() for name in FILES}
    process = start(many, out, scratch_tmp)
    workers = mid_batch(process, out)
    process.terminate()
    assert process.wait(timeout=60) != 0
    assert gone(workers)
    assert everything(out) == FILES
    assert {name: (out / name).read_bytes() for name in FILES} == before


@pytest.mark.slow
def test_kills_at_random_moments_never_leave_anything(many: Path, tmp_path: Path) -> None:
    rng = random.Random(20261201)
    scratch_tmp = tmp_path / "tmp"
    for round_ in range(12):
        out = tmp_path / f"round-{round_}"
        process = start(many, out, scratch_tmp)
        time.sleep(rng.uniform(0.3, 4.0))
        workers = descendants(process.pid)
        sent = rng.choice([signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
        process.send_signal(sent)
        code = process.wait(timeout=60)
        assert gone(workers)
        assert in_group(process.pid) == set()
        if code == 0:
            complete_set(out)  # it had finished before the signal came
        elif sent != signal.SIGKILL:
            assert not out.exists() or everything(out) == FILES
        assert everything(scratch_tmp) == []
        rerun(many, out, scratch_tmp)
