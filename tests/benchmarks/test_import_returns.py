"""Benchmark: the chair imports 60 returns files of 1,500 scores each, against a raw baseline.

Run on demand: ``pytest -m benchmark -s tests/benchmarks``.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from time import perf_counter

import pytest

from evaluator.cli import WORKSPACE_ENV, main
from evaluator.services.assignment import assign_one
from evaluator.storage.audit import verify_chain
from tests.benchmarks.baselines import forge_returns, raw_returns_import
from tests.factories import (
    FULL_SCORES,
    add_evaluators,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    reading,
    stored_scores,
    transaction,
    write_csv,
    write_package,
)

pytestmark = pytest.mark.benchmark

FILES = 60
PER_FILE = 125  # proposals per evaluator: 125 × 12 criteria = 1,500 scores
PROPOSALS = 375  # each reviewed by 20 of the 60 evaluators
CODES = list(FULL_SCORES)


def evaluator_name(number: int) -> str:
    return f"Evaluator {number:02d} Đurić"


def chair_workspace(folder: Path) -> Path:
    """375 eligible proposals; 60 evaluators with 125 proposals each, assigned by hand."""
    rows = [
        row
        for number in range(1, PROPOSALS + 1)
        for row in member_rows(f"RG-{number:04d}", eligible_members(), title=f"Project {number}")
    ]
    chair = new_workspace(folder, "chair.gew")
    import_file(chair, write_csv(folder / "proposals.csv", rows))
    add_evaluators(chair, [(evaluator_name(n), "Serbia") for n in range(FILES)])
    with transaction(chair) as session:
        for n in range(FILES):
            for k in range(PER_FILE):
                reference = f"RG-{(n * PER_FILE + k) % PROPOSALS + 1:04d}"
                assign_one(session=session, evaluator_name=evaluator_name(n), reference=reference)
    return chair


def typed(n: int, k: int, j: int) -> tuple[str, str]:
    """Score and comment of evaluator ``n``, review ``k``, criterion ``j``."""
    value = 3 + (n + k + j) % 3
    return str(value), f"Ocjena {value}: obrazloženje za {CODES[j]} — evaluator {n}, review {k}."


def returns_from(package: Path, n: int, out: Path) -> Path:
    """Evaluator ``n``'s returns after scoring and submitting every review of ``package``."""
    return forge_returns(package, CODES, lambda k, _reference, j: typed(n, k, j), out)


def raw_baseline(files: list[Path], scratch: Path) -> float:
    """The raw baseline for these files; every score must land."""
    elapsed, rows = raw_returns_import(files, scratch)
    assert rows == FILES * PER_FILE * len(CODES)
    return elapsed


def test_import_60_returns_files_of_1500_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)
    started = perf_counter()
    chair = chair_workspace(tmp_path)
    files = []
    for n in range(FILES):
        package = tmp_path / f"package-{n:02d}.gep"
        write_package(chair, evaluator_name(n), package)
        files.append(returns_from(package, n, tmp_path / f"returns-{n:02d}.ger"))
    setup = perf_counter() - started

    start = perf_counter()
    code = main(["-w", str(chair), "import-returns", *map(str, files)])
    elapsed = perf_counter() - start
    out, err = capsys.readouterr()
    baseline = raw_baseline(files, tmp_path / "scratch.sqlite")

    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "returns-00.ger: imported revision 1 from Evaluator 00 Đurić: 125 reviews, "
        "1500 scores, 125 submitted."
    )
    assert len(out.splitlines()) == FILES
    with sqlite3.connect(chair) as check:
        scores = check.execute("SELECT count(*) FROM score").fetchone()[0]
        open_reviews = check.execute(
            "SELECT count(*) FROM review WHERE submitted_at IS NULL"
        ).fetchone()[0]
        trail = dict(
            check.execute(
                "SELECT action, count(*) FROM audit WHERE subject LIKE '% by Evaluator %' "
                "AND action IN ('returns merged', 'changed') GROUP BY action"
            ).fetchall()
        )
    assert (scores, open_reviews) == (FILES * PER_FILE * len(CODES), 0)
    # Every merged review is in the audit trail (its scores, its dates), and the chain holds.
    assert trail == {"returns merged": FILES * PER_FILE, "changed": FILES * PER_FILE}
    with reading(chair) as session:
        assert verify_chain(session) == []
    # Evaluator 7 reviews RG-0126…RG-0250; RG-0126 is the first review of the package.
    assert stored_scores(chair, evaluator_name(7), "RG-0126") == {
        code: (Decimal(typed(7, 0, j)[0]), typed(7, 0, j)[1]) for j, code in enumerate(CODES)
    }
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    with capsys.disabled():
        print(
            f"\nimport-returns: {FILES} files × {PER_FILE * len(CODES)} scores "
            f"({megabytes:.1f} MB) in {elapsed:.2f} s; raw json + sqlite3 baseline "
            f"{baseline:.2f} s; ratio {elapsed / baseline:.1f}×; setup {setup:.1f} s"
        )
