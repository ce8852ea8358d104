"""The same round on a workspace file and on a PostgreSQL server gives the same outcomes, as
every script and person reads them (issue 15, item 1): the chair's decisions, an evaluator
working through a package and returns, then the ranking, the reconciliation, the proposals,
the assignments, the feedback, the contract drafts and the outcome letters."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.cli_helpers import ok
from tests.factories import FIRST_TASK_NOTE, FULL_SCORES

ANA = "Ana Stojanovska"
TIMES = re.compile(r"_at$|^(at|made|written|updated)$")


def round_on(capsys: pytest.CaptureFixture[str], chair: Path | str, folder: Path) -> None:
    """A round of the demo on ``chair``: the README's first task and other chair decisions,
    then Ana scores the review she had not started, in her own workspace, and sends returns."""
    ok(capsys, chair, "demo")
    ok(capsys, chair, "chair-set", "Ivana Kovačević")
    ok(capsys, chair, "resolve", "RG-005", "--note", FIRST_TASK_NOTE)
    ok(capsys, chair, "award", "RG-007", "--amount", "39000", "--reason", "Travel costs cut.")
    ok(capsys, chair, "feedback", "RG-002", "--text", "Sos Helpline Nikšić and “MIOS”.")
    ok(capsys, chair, "feedback", "RG-002", "--criterion", "4.1", "--text", "Јасније, молим.")
    ok(capsys, chair, "export-package", ANA, "--out", folder / "ana.gep")
    ana = folder / "ana.gew"
    ok(capsys, ana, "open-package", folder / "ana.gep")
    ok(capsys, ana, "declare", "RG-021", "--no-conflict")
    for code, (value, comment) in FULL_SCORES.items():
        ok(capsys, ana, "score", "RG-021", code, value, "--comment", comment)
    ok(capsys, ana, "submit", "RG-021")
    ok(capsys, ana, "export-returns", "--out", folder / "ana.ger")
    ok(capsys, chair, "import-returns", folder / "ana.ger")
    ok(capsys, chair, "exclude", "RG-021", "Arben Krasniqi", "--reason", "Another call's grid.")


def timeless(value: Any) -> Any:
    """``value`` without the moments things were done at (they differ between the runs)."""
    if isinstance(value, dict):
        return {k: timeless(v) for k, v in value.items() if not TIMES.search(k)}
    if isinstance(value, list):
        return [timeless(v) for v in value]
    return value


def outputs(capsys: pytest.CaptureFixture[str], chair: Path | str, folder: Path) -> dict:
    """What the round gives, read as a user gets it."""
    seen: dict[str, Any] = {}
    for command in (["rank"], ["reconcile"], ["proposals"], ["evaluators"], ["assignments"],
                    ["feedback", "--list"], ["documents"]):  # fmt: skip
        seen[command[0]] = timeless(json.loads(ok(capsys, chair, *command, "--format", "json")))
    ok(capsys, chair, "contracts", "--out", folder / "contracts")
    seen["contracts"] = {
        pdf.name: _without_audit_head(pdf) for pdf in sorted((folder / "contracts").iterdir())
    }
    ok(capsys, chair, "letters", "--out", folder / "letters", "--date", "2026-12-15")
    with (folder / "letters" / "letters.csv").open(encoding="utf-8-sig", newline="") as handle:
        seen["letters.csv"] = list(csv.reader(handle))
    seen["letters"] = {
        pdf.name: _without_audit_head(pdf) for pdf in sorted((folder / "letters").glob("*.pdf"))
    }
    return seen


def _without_audit_head(pdf: Path) -> str:
    # The head differs: a file's trail also holds the seals' entries, a server's has none.
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    return re.sub(r"Audit head: [0-9a-f]{64} \(\d+ entries\)", "Audit head", text)


def test_a_round_gives_the_same_outcomes_on_a_server_as_in_a_file(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    (tmp_path / "file").mkdir()
    (tmp_path / "server").mkdir()
    on_file = tmp_path / "file" / "demo.gew"
    round_on(capsys, on_file, tmp_path / "file")
    round_on(capsys, pg_url, tmp_path / "server")

    from_file = outputs(capsys, on_file, tmp_path / "file")
    from_server = outputs(capsys, pg_url, tmp_path / "server")

    assert from_server.keys() == from_file.keys()
    for what in from_file:
        assert from_server[what] == from_file[what], what
    # The round did what it says: Ana's review counts, Arben's not, and the nine are funded.
    rank = {p["reference"]: p for p in from_server["rank"]["proposals"]}
    sheet = {r["reference"]: r for r in from_server["reconcile"]["proposals"]}
    counted = {r["evaluator"]: r["included"] for r in sheet["RG-021"]["reviews"]}
    assert counted == {ANA: True, "Arben Krasniqi": False, "Elira Hoxha": True}
    assert rank["RG-007"]["awarded"] == "39000.00"
    assert sorted(r for r, p in rank.items() if p["status"] == "funded") == [
        f"RG-{n:03d}" for n in range(1, 10)
    ]
    assert len(from_server["contracts"]) == 9
