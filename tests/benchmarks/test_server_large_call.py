"""Benchmark: reconcile + rank of the large call on both engines (issue 15, item 7), each beside
a raw SQL aggregation of the same scores on the same engine, in the same run.

Run on demand (``GE_BENCH_SCALE=10`` for the call ten times larger: 20,000 proposals, 600
evaluators, 900,000 scores):
``python -m pytest -m benchmark -s tests/benchmarks/test_server_large_call.py -p no:cacheprovider``.

The call is built through the application (call, proposals, evaluators, assignment); the
scores, which are not what is measured here, are written with one bulk insert per engine.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from evaluator.actions.workspace import Place, new_workspace, open_place
from evaluator.files.proposals_file import import_proposals
from evaluator.services import reconcile
from evaluator.services.assignment import assign
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import add_evaluator
from tests.benchmarks.test_large_call import AMOUNT, PER_PROPOSAL, large_call_text, value_of
from tests.factories import eligible_members, member_rows, write_csv

pytestmark = pytest.mark.benchmark

SCALE = int(os.environ.get("GE_BENCH_SCALE", "1"))
PROPOSALS = 2_000 * SCALE
EVALUATORS = 60 * SCALE
NETWORK = ("Mreža za sigurne zajednice Zapadnog Balkana", "Montenegro", "Regional network", "lead")
RAW = (
    "SELECT p.reference, s.criterion, avg(CAST(s.value AS REAL)), count(*) "
    "FROM score s JOIN review r ON r.id = s.review_id JOIN proposal p ON p.id = r.proposal_id "
    "WHERE r.submitted_at IS NOT NULL AND NOT r.excluded "
    "GROUP BY p.reference, s.criterion ORDER BY p.reference"
)


def build(place: Place, folder: Path) -> None:
    """The large call in ``place``: every review submitted with 15 scores."""
    call = folder / "large.toml"
    call.write_text(large_call_text(), encoding="utf-8")
    new_workspace(path=place, call_file=call)
    # At ×10 a regional network leads alone (eligible by itself): a proposals file holds at
    # most 50,000 rows, and three members each would make 60,000.
    members = eligible_members() if SCALE == 1 else [NETWORK]
    rows = [
        row
        for number in range(1, PROPOSALS + 1)
        for row in member_rows(
            f"RG-{number:05d}", members, title=f"Project {number}", amount=str(AMOUNT)
        )
    ]
    csv_path = write_csv(folder / "proposals.csv", rows)
    with open_place(place) as workspace:
        with workspace.transaction() as session:
            import_proposals(session=session, path=csv_path)
        with workspace.transaction() as session:
            for n in range(EVALUATORS):
                add_evaluator(session=session, name=f"Evaluator {n:03d} Đurić", country="Serbia")
        with workspace.transaction() as session:
            assign(session=session, per_proposal=PER_PROPOSAL)
        with workspace.transaction() as session:
            _score_everything(session)


def _score_everything(session: Session) -> None:
    connection = session.connection()
    reviews = connection.exec_driver_sql(
        "SELECT r.id, p.reference FROM review r JOIN proposal p ON p.id = r.proposal_id"
    ).all()
    codes = [c.code for c in stored_call(session).criteria]
    marker = "?" if connection.dialect.positional else "%s"
    connection.exec_driver_sql(
        "INSERT INTO score (review_id, criterion, value, comment, updated_at) VALUES "
        f"({marker}, {marker}, {marker}, '', CURRENT_TIMESTAMP)",
        [
            (rid, code, str(value_of(ref, j)))
            for rid, ref in reviews
            for j, code in enumerate(codes)
        ],
    )
    connection.exec_driver_sql(
        "UPDATE review SET declared_at = CURRENT_TIMESTAMP, submitted_at = CURRENT_TIMESTAMP"
    )


def best_of(runs: int, function: Callable[[], Any]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(place: Place) -> tuple[float, float]:
    """(reconcile + rank, raw aggregation) on ``place``, best of three."""
    with open_place(place) as workspace:

        def ranked() -> None:
            with workspace.session() as session:
                result = reconcile.ranking(session)
            assert len(result.outcomes) == PROPOSALS

        def raw() -> None:
            with workspace.engine.connect() as connection:
                found = connection.exec_driver_sql(RAW).all()
            assert len(found) == PROPOSALS * 15

        return best_of(3, ranked), best_of(3, raw)


def test_reconcile_and_rank_on_both_engines(pg_url: str, tmp_path: Path) -> None:
    figures = {}
    for label, place in (("SQLite file", tmp_path / "large.gew"), ("PostgreSQL", pg_url)):
        started = time.perf_counter()
        build(place, tmp_path)
        built = time.perf_counter() - started
        figures[label] = (*measure(place), built)
    print()
    print(f"reconcile + rank: {PROPOSALS:,} proposals, {EVALUATORS} evaluators, "
          f"{PROPOSALS * PER_PROPOSAL * 15:,} scores")  # fmt: skip
    print(f"{'engine':12} {'app s':>8} {'raw s':>8} {'ratio':>7} {'built in s':>11}")
    for label, (app, raw, built) in figures.items():
        print(f"{label:12} {app:8.3f} {raw:8.3f} {app / raw:6.1f}× {built:11.1f}")
    print("targets: ≤ 3× the raw aggregation; ≤ 2 s at ×10")
