"""Benchmark: a package of 100 proposals carrying a 5 MB document each, exported by the chair
and opened by the evaluator, against reading + SHA-256 + writing the same bytes in the same
run; and the memory each step takes above the process's own baseline.

Targets (issue 13): export and open each ≤ 2× the raw work, peak ≤ 200 MB above baseline.
Run on demand: ``pytest -m benchmark -s tests/benchmarks/test_package_documents.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.services.assignment import assign_one
from tests.factories import (
    add_evaluators,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    transaction,
    write_csv,
)

pytestmark = pytest.mark.benchmark

PROPOSALS = 100
DOCUMENT_BYTES = 5 * 1024 * 1024
NAME = "Jelena Đurić"
MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]


def chair_with_documents(folder: Path) -> tuple[Path, Path]:
    """A chair workspace whose 100 proposals are all assigned to one evaluator, each with a
    5 MB application form of bytes that do not compress; and the folder they came from."""
    rows = [
        row
        for number in range(1, PROPOSALS + 1)
        for row in member_rows(f"RG-{number:03d}", eligible_members(), title=f"Project {number}")
    ]
    chair = new_workspace(folder, "chair.gew")
    import_file(chair, write_csv(folder / "proposals.csv", rows))
    add_evaluators(chair, [(NAME, "Montenegro")])
    with transaction(chair) as session:
        for number in range(1, PROPOSALS + 1):
            assign_one(session=session, evaluator_name=NAME, reference=f"RG-{number:03d}")
    documents = folder / "documents"
    for number in range(1, PROPOSALS + 1):
        path = documents / f"RG-{number:03d}" / "Obrazac prijave – Nikšić.pdf"
        path.parent.mkdir(parents=True)
        path.write_bytes(b"%PDF-1.7\n" + os.urandom(DOCUMENT_BYTES - 9))
    assert main(["-w", str(chair), "import-documents", str(documents)]) == 0
    return chair, documents


def probe(*argv: str | Path) -> dict[str, float]:
    """One step measured in a process of its own (see ``package_probe``)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.package_probe", *map(str, argv)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def test_a_package_of_100_documents_of_5_mb(tmp_path: Path) -> None:
    chair, documents = chair_with_documents(tmp_path)
    package, evaluator = tmp_path / "package.gep", tmp_path / "evaluator.gew"
    raw = [probe("raw", documents, tmp_path / f"raw-{n}.bin") for n in range(3)]
    exported = probe("export", chair, NAME, package)
    opened = probe("open", package, evaluator)
    raw_seconds = min(r["seconds"] for r in raw)

    payload = PROPOSALS * DOCUMENT_BYTES
    assert package.stat().st_size > payload
    rows = [("raw: read + SHA-256 + write", raw[0]["seconds"], raw[0])]
    rows += [("raw (best of 3)", raw_seconds, min(raw, key=lambda r: r["seconds"]))]
    rows += [("export-package", exported["seconds"], exported)]
    rows += [("open-package", opened["seconds"], opened)]
    print(f"\n{PROPOSALS} documents of {DOCUMENT_BYTES // MB} MB ({payload / MB:.0f} MB)")
    for label, seconds, figures in rows:
        above = (figures["peak"] - figures["before"]) / MB
        print(
            f"  {label:30} {seconds:6.2f} s  ×{seconds / raw_seconds:4.2f}  "
            f"baseline {figures['before'] / MB:5.0f} MB  peak +{above:4.0f} MB"
        )
    for figures in (exported, opened):
        assert figures["seconds"] <= 2 * raw_seconds
        assert figures["peak"] - figures["before"] <= 200 * MB
