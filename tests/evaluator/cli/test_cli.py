"""The command line: exit codes, messages on stderr, and the text, JSON and CSV on stdout."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.cli import WORKSPACE_ENV, main
from evaluator.files.call_file import demo_call_path
from tests.cli_helpers import run
from tests.factories import (
    HEADER,
    demo_call_text,
    edit_call,
    eligible_members,
    member_rows,
    new_workspace,
    write_call,
    write_csv,
)

ROOT = Path(__file__).resolve().parents[3]

ROWS = [
    *member_rows(
        "RG-001",
        eligible_members(),
        title="“Safe Everywhere” – Regional Helpline Network",
        amount="58,000.00",
        months="18",
    ),
    *member_rows(
        "RG-002",
        [
            ("Здружение Граѓанска иницијатива", "North Macedonia", "CSO", "lead"),
            ("Lëvizja Rinore Prizren", "Kosovo", "CSO", "partner"),
        ],
        amount="45000",
    ),
]
ELIGIBILITY = {
    "proposals": [
        {"reference": "RG-001", "eligible": True, "reasons": []},
        {"reference": "RG-002", "eligible": False, "reasons": ["MIN_MEMBERS", "MIN_COUNTRIES"]},
    ]
}


def imported_workspace(tmp_path: Path) -> Path:
    workspace = new_workspace(tmp_path)
    csv_path = write_csv(tmp_path / "proposals.csv", ROWS, bom=True)
    assert main(["-w", str(workspace), "import-proposals", str(csv_path)]) == 0
    return workspace


def test_end_to_end_as_a_script_runs_it(tmp_path: Path) -> None:
    workspace = tmp_path / "Regional grants.gew"
    csv_path = write_csv(tmp_path / "proposals.csv", ROWS, bom=True)
    env = {k: v for k, v in os.environ.items() if k != WORKSPACE_ENV}

    def evaluator(*argv: str | Path) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "evaluator", "-w", str(workspace), *map(str, argv)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )

    created = evaluator("new", "--call", demo_call_path())
    imported = evaluator("import-proposals", csv_path)
    checked = evaluator("eligibility", "--format", "json")

    assert (created.returncode, created.stderr) == (0, b"")
    assert created.stdout.decode("utf-8") == (
        f"Created {workspace} for SB-RG-2023 “SMART Balkans Regional Grants”.\n"
    )
    assert (imported.returncode, imported.stderr) == (0, b"")
    assert imported.stdout.decode("utf-8") == (
        "Imported 2 proposals (5 consortium members, 5 new organisations) from proposals.csv; "
        "1 of them are eligible.\n"
    )
    assert (checked.returncode, checked.stderr) == (0, b"")
    assert json.loads(checked.stdout.decode("utf-8")) == ELIGIBILITY


def test_new_creates_the_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = tmp_path / "call.gew"

    code, out, err = run(capsys, "-w", workspace, "new", "--call", demo_call_path())

    assert (code, err) == (0, "")
    assert out == f"Created {workspace} for SB-RG-2023 “SMART Balkans Regional Grants”.\n"
    assert workspace.is_file()


def test_new_refuses_a_bad_call_file_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call = write_call(
        tmp_path, edit_call(demo_call_text(), 'min_grant = "30000"', 'min_grant = "70000"')
    )

    code, out, err = run(capsys, "-w", tmp_path / "call.gew", "new", "--call", call)

    assert (code, out) == (1, "")
    assert err == (
        "grant-evaluator: call.toml is not a valid call file (1 problem): "
        "call.min_grant (70000) is greater than call.max_grant (60000)\n"
        "  call.toml: call.min_grant (70000) is greater than call.max_grant (60000)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.toml"]


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = new_workspace(tmp_path)
    before = workspace.read_bytes()

    code, _, err = run(capsys, "-w", workspace, "new", "--call", demo_call_path())

    assert code == 1
    assert err == (
        f"grant-evaluator: {workspace} already exists; choose another file name or delete it.\n"
    )
    assert workspace.read_bytes() == before


def test_bad_proposals_file_exits_1_naming_rows_and_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()
    before = workspace.read_bytes()
    rows = member_rows("RG-003", eligible_members(), amount="58.000,00")
    rows[2][9] = "boss"
    bad = write_csv(tmp_path / "bad.csv", rows)

    code, out, err = run(capsys, "-w", workspace, "import-proposals", bad)

    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "grant-evaluator: bad.csv was not imported: 4 errors found, nothing was changed.",
        *(
            f"  bad.csv, row {n}, column requested_amount: “58.000,00” is not an amount; "
            "write it like 58000, 58000.00 or 58,000.00"
            for n in (2, 3)
        ),
        "  bad.csv, row 4, column requested_amount: “58.000,00” is not an amount; "
        "write it like 58000, 58000.00 or 58,000.00",
        "  bad.csv, row 4, column role: “boss” must be lead or partner",
    ]
    assert workspace.read_bytes() == before


def test_import_of_an_existing_reference_needs_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    again = write_csv(tmp_path / "again.csv", member_rows("RG-002", eligible_members()))
    capsys.readouterr()

    refused = run(capsys, "-w", workspace, "import-proposals", again)
    replaced = run(capsys, "-w", workspace, "import-proposals", again, "--replace")
    _, listing, _ = run(capsys, "-w", workspace, "eligibility", "--format", "json")

    assert refused[0] == 1
    assert "again.csv, row 2, column reference: RG-002 is already in the workspace" in refused[2]
    assert replaced[0] == 0
    assert replaced[1] == (
        "Imported 1 proposal (3 consortium members, 0 new organisations), replacing 1 "
        "from again.csv; it is eligible.\n"
    )
    assert json.loads(listing)["proposals"][1] == {
        "reference": "RG-002",
        "eligible": True,
        "reasons": [],
    }


def test_missing_workspace_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.gew"

    code, out, err = run(capsys, "-w", path, "proposals")

    assert (code, out) == (1, "")
    assert err == f"grant-evaluator: Workspace {path} does not exist.\n"
    assert not path.exists()


def test_no_workspace_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "proposals")

    assert (code, out) == (2, "")
    assert f"no workspace: give -w FILE or set {WORKSPACE_ENV}" in err


def test_unknown_command_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "-w", tmp_path / "x.gew", "frobnicate")

    assert (code, out) == (2, "")
    assert "invalid choice: 'frobnicate'" in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "-w", tmp_path / "x.gew", "proposals", "--format", "xml")

    assert code == 2
    assert "invalid choice: 'xml'" in err


def test_workspace_comes_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv(WORKSPACE_ENV, str(workspace))

    code, out, err = run(capsys, "eligibility", "--format", "json")

    assert (code, err) == (0, "")
    assert json.loads(out) == ELIGIBILITY


def test_w_overrides_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv(WORKSPACE_ENV, str(tmp_path / "other.gew"))

    code, out, _ = run(capsys, "-w", workspace, "eligibility", "--format", "json")

    assert code == 0
    assert json.loads(out) == ELIGIBILITY


def test_eligibility_text_explains_each_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()

    code, out, _ = run(capsys, "-w", workspace, "eligibility")

    assert code == 0
    assert out.splitlines() == [
        "RG-001  eligible",
        "RG-002  NOT ELIGIBLE",
        "    MIN_MEMBERS: Fewer than 3 CSO members from beneficiary countries "
        "(not required when the lead is a Regional network).",
        "    MIN_COUNTRIES: CSO members come from fewer than 3 beneficiary countries "
        "(not required when the lead is a Regional network).",
        "1 of 2 proposals are eligible.",
    ]


def test_eligibility_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()

    _, out, _ = run(capsys, "-w", workspace, "eligibility", "--format", "csv")

    assert list(csv.DictReader(io.StringIO(out))) == [
        {"reference": "RG-001", "eligible": "true", "reasons": ""},
        {"reference": "RG-002", "eligible": "false", "reasons": "MIN_MEMBERS MIN_COUNTRIES"},
    ]


def test_proposals_csv_has_amounts_with_two_decimals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()

    code, out, _ = run(capsys, "-w", workspace, "proposals", "--format", "csv")

    assert code == 0
    assert list(csv.DictReader(io.StringIO(out))) == [
        {
            "reference": "RG-001",
            "title": "“Safe Everywhere” – Regional Helpline Network",
            "lead": "Sos Helpline Nikšić",
            "lead_country": "Montenegro",
            "members": "3",
            "priority_area": "Governance",
            "requested_amount": "58000.00",
            "duration_months": "18",
            "eligible": "true",
            "reasons": "",
        },
        {
            "reference": "RG-002",
            "title": "Regional cooperation",
            "lead": "Здружение Граѓанска иницијатива",
            "lead_country": "North Macedonia",
            "members": "2",
            "priority_area": "Governance",
            "requested_amount": "45000.00",
            "duration_months": "12",
            "eligible": "false",
            "reasons": "MIN_MEMBERS MIN_COUNTRIES",
        },
    ]


def test_proposals_json_keeps_non_ascii_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()

    code, out, _ = run(capsys, "-w", workspace, "proposals", "--format", "json")

    assert code == 0
    assert "\\u" not in out
    assert "Sos Helpline Nikšić" in out
    assert "“Safe Everywhere” – Regional Helpline Network" in out
    assert "Здружение Граѓанска иницијатива" in out
    first = json.loads(out)["proposals"][0]
    assert first == {
        "reference": "RG-001",
        "title": "“Safe Everywhere” – Regional Helpline Network",
        "summary": "",
        "priority_area": "Governance",
        "topics": ["Corruption, including high level corruption"],
        "requested_amount": "58000.00",
        "duration_months": 18,
        "eligible": True,
        "reasons": [],
        "members": [
            {"organisation": name, "country": country, "org_type": org_type, "role": role}
            for name, country, org_type, role in eligible_members()
        ],
    }


def test_proposals_text_lists_every_proposal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = imported_workspace(tmp_path)
    capsys.readouterr()

    code, out, _ = run(capsys, "-w", workspace, "proposals")

    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["reference", "eligible", "requested", "months", "lead", "title"]
    assert lines[1].startswith("RG-001")
    assert "58000.00" in lines[1]
    assert "Sos Helpline Nikšić" in lines[1]
    assert lines[2].startswith("RG-002")
    assert "Здружение Граѓанска иницијатива" in lines[2]
    assert lines[-1] == "2 proposals."


def test_listing_an_empty_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = new_workspace(tmp_path)

    code, out, _ = run(capsys, "-w", workspace, "proposals", "--format", "json")

    assert code == 0
    assert json.loads(out) == {"proposals": []}


def test_header_only_csv_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = new_workspace(tmp_path)
    empty = write_csv(tmp_path / "empty.csv", [], HEADER)

    code, _, err = run(capsys, "-w", workspace, "import-proposals", empty)

    assert code == 1
    assert "  empty.csv: the file has a header but no proposal rows" in err.splitlines()
