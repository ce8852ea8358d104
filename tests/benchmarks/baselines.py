"""Raw baselines the benchmarks set their figures beside, measured in the same run; and the
returns files both import benchmarks forge."""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from time import perf_counter
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaluator.files.exchange import seal
from evaluator.storage.models import utc_now
from tests.factories import envelope_body


def forge_returns(
    package: Path, codes: list[str], score: Callable[[int, str, int], tuple[str, str]], out: Path
) -> Path:
    """The returns an evaluator's workspace would send after scoring and submitting every
    review of ``package``, signed with the key the package issued to them (no evaluator
    workspace is built). ``score(k, reference, j)`` gives the value and comment of the
    ``j``-th criterion of the ``k``-th review."""
    body = envelope_body(package)
    now = utc_now().isoformat()
    returns: dict[str, Any] = {
        "format": 1,
        "kind": "returns",
        "package_id": body["package_id"],
        "created_at": now,
        "revision": body["revision"] + 1,
        "call_id": body["call"]["id"],
        "chair_workspace_id": body["chair"]["workspace_id"],
        "evaluator": body["evaluator"]["name"],
        "reviews": [
            {
                "reference": review["reference"],
                "declared_at": now,
                "submitted_at": now,
                "chair_version": review["chair_version"],
                "reopen_reason": "",
                "scores": [
                    {"criterion": code, "value": value, "comment": comment}
                    for j, code in enumerate(codes)
                    for value, comment in [score(k, review["reference"], j)]
                ],
            }
            for k, review in enumerate(body["reviews"])
        ],
        "conflicts": [],
    }
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(body["evaluator"]["private_key"]))
    out.write_bytes(seal("returns", returns, key))
    return out


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
