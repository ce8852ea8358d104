"""Raw baselines the benchmarks set their figures beside, measured in the same run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from time import perf_counter


def raw_returns_import(files: list[Path], scratch: Path) -> tuple[float, int]:
    """Seconds to parse returns files with json and insert their scores with plain sqlite3,
    one transaction per file; and the number of rows inserted."""
    connection = sqlite3.connect(scratch)
    connection.execute(
        "CREATE TABLE score (id INTEGER PRIMARY KEY, review TEXT, evaluator TEXT, "
        "criterion TEXT, value TEXT, comment TEXT, UNIQUE (review, evaluator, criterion))"
    )
    connection.commit()
    start = perf_counter()
    for path in files:
        lines = path.read_bytes().split(b"\n")
        body = json.loads(b"\n".join(lines[1:-2]))
        connection.executemany(
            "INSERT INTO score (review, evaluator, criterion, value, comment) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (r["reference"], body["evaluator"], s["criterion"], s["value"], s["comment"])
                for r in body["reviews"]
                for s in r["scores"]
            ],
        )
        connection.commit()
    elapsed = perf_counter() - start
    rows = connection.execute("SELECT count(*) FROM score").fetchone()[0]
    connection.close()
    return elapsed, rows
