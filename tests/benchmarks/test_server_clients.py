"""Benchmark: 60 evaluator clients saving scores at once on a PostgreSQL workspace over
loopback (issue 15, item 7), beside a raw baseline on the same server in the same run: 60
clients each running the same number of one-row UPDATE transactions with psycopg alone.

Run on demand:
``python -m pytest -m benchmark -s tests/benchmarks/test_server_clients.py -p no:cacheprovider``.

Each client is a process of its own (as a laptop would be), with its own connection; they
start together at a barrier. Every save is one ``actions.scoring.score`` call, which is one
transaction holding the workspace's writer lock. Afterwards every score is checked: none lost.
"""

from __future__ import annotations

import multiprocessing
import statistics
import time
from decimal import Decimal
from typing import Any

import pytest

from tests.postgres import Server

pytestmark = pytest.mark.benchmark

CLIENTS = 60
SAVES = 20  # per client
CRITERIA = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]


def _app_client(url: str, name: str, reference: str, barrier: Any, out: Any) -> None:
    from evaluator.actions import scoring
    from evaluator.actions.workspace import open_place

    with open_place(url) as workspace:
        scoring.declare(workspace=workspace, as_name=name, reference=reference, conflict=None)
        barrier.wait()
        took = []
        for n in range(SAVES):
            code = CRITERIA[n % len(CRITERIA)]
            start = time.perf_counter()
            scoring.score(workspace=workspace, as_name=name, reference=reference,
                          criterion=code, value=Decimal(3 + n % 2), comment="")  # fmt: skip
            took.append(time.perf_counter() - start)
    out.put(took)


def _raw_client(url: str, review: int, barrier: Any, out: Any) -> None:
    import psycopg

    with psycopg.connect(url) as connection:
        barrier.wait()
        took = []
        for n in range(SAVES):
            start = time.perf_counter()
            with connection.transaction():
                connection.execute(
                    "UPDATE score SET value = %s, updated_at = now() WHERE review_id = %s "
                    "AND criterion = %s",
                    (str(3 + n % 2), review, CRITERIA[n % len(CRITERIA)]),
                )
            took.append(time.perf_counter() - start)
    out.put(took)


def _run(target: Any, jobs: list[tuple[Any, ...]]) -> list[float]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(jobs))
    out = context.Queue()
    processes = [context.Process(target=target, args=(*job, barrier, out)) for job in jobs]
    for process in processes:
        process.start()
    times = [t for _ in processes for t in out.get(timeout=600)]
    for process in processes:
        process.join(timeout=60)
    return times


def _p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100)[int(q) - 1] * 1000


def test_sixty_clients_saving_scores_at_once(pg_server: Server, pg_url: str) -> None:
    from evaluator.actions import people
    from evaluator.actions.workspace import create_demo, open_place
    from evaluator.storage import server

    create_demo(path=pg_url)
    with open_place(pg_url) as workspace:
        with workspace.transaction() as session:
            # Sixty evaluators, each with one review of their own to score.
            for n in range(CLIENTS):
                session.connection().exec_driver_sql(
                    "INSERT INTO evaluator (key, name, country, email, created_at) VALUES "
                    f"('bench {n}', 'Bench {n}', '', '', now())"
                )
        for n in range(CLIENTS):
            people.assign_one(workspace=workspace, evaluator_name=f"Bench {n}",
                              reference=f"RG-{1 + n % 21:03d}")  # fmt: skip
    app = _run(
        _app_client, [(pg_url, f"Bench {n}", f"RG-{1 + n % 21:03d}") for n in range(CLIENTS)]
    )

    import psycopg

    with psycopg.connect(pg_url) as connection:
        reviews = [r for (r,) in connection.execute(
            "SELECT r.id FROM review r JOIN evaluator e ON e.id = r.evaluator_id "
            "WHERE e.name LIKE 'Bench %' ORDER BY r.id"
        )]  # fmt: skip
        saved = connection.execute(
            "SELECT count(*) FROM score WHERE review_id = ANY(%s)", (reviews,)
        ).fetchone()
    assert saved is not None and saved[0] == CLIENTS * min(SAVES, len(CRITERIA))  # none lost
    raw = _run(_raw_client, [(server.parse(pg_url).set(drivername="postgresql").render_as_string(
        hide_password=False), review) for review in reviews])  # fmt: skip

    print()
    print(f"{CLIENTS} clients × {SAVES} saves on PostgreSQL over loopback")
    print(f"{'':24} {'median ms':>10} {'p99 ms':>10}")
    for label, times in (("app: one score saved", app), ("raw: one-row UPDATE", raw)):
        print(f"{label:24} {statistics.median(times) * 1000:10.1f} {_p(times, 99):10.1f}")
    print(f"ratio p99 app/raw: {_p(app, 99) / _p(raw, 99):.1f}×   target: p99 ≤ 50 ms")
