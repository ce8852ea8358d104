"""Every command of the chair says the same on a server as on a file (issue 15, item 1): the
same script of commands, run on the demo in both, prints the same lines and refuses the same
things, documents, reversals and dry runs included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_helpers import run

# When something was done: the two runs do it seconds apart.
MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(\+00:00)?")
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
# (command line, what it should exit with): run in order on each workspace.
SCRIPT: list[tuple[list[str], int]] = [
    (["demo"], 0),
    (["chair-set", "Ivana Kovačević"], 0),
    (["organisation-set", "Sos Helpline Nikšić", "--country", "Montenegro", "--address",
      "Njegoševa 22, 81400 Nikšić", "--registration-number", "02-123/45",
      "--representative", "Jelena Đurović", "--email", "info@sos-niksic.example"], 0),
    (["import-documents", "{folder}/documents"], 0),
    (["attach", "RG-002", "{folder}/Budget “MIOS”.pdf"], 0),
    (["documents", "--format", "csv"], 0),
    (["export-document", "RG-001", "Application form.pdf", "--out", "{folder}/out.pdf"], 0),
    (["detach", "RG-002", "Budget “MIOS”.pdf"], 0),
    (["detach", "RG-002", "Budget “MIOS”.pdf"], 1),
    (["evaluator-add", "Besnik Gashi", "--country", "Kosovo"], 0),
    (["evaluator-add", "besnik  GASHI"], 1),
    (["conflict-add", "Elira Hoxha", "RG-001", "--reason", "Worked for the lead in 2023"], 0),
    (["assign"], 0),
    (["unassign", "RG-021", "Ana Stojanovska", "--reason", "Ana is away", "--dry-run"], 0),
    (["unassign", "RG-021", "Ana Stojanovska", "--reason", "Ana is away"], 0),
    (["unassign", "RG-018", "Ana Stojanovska", "--reason", "She has scores"], 1),
    (["reopen", "RG-001", "Arben Krasniqi", "--reason", "Comment 3.2 missing", "--dry-run"], 0),
    (["reopen", "RG-001", "Arben Krasniqi", "--reason", "Comment 3.2 missing"], 0),
    (["consensus", "RG-014", "1.1", "4", "--reason", "Agreed at the meeting"], 0),
    (["consensus", "RG-014", "1.1", "--clear", "--reason", "Not needed after all"], 0),
    (["consensus", "RG-014", "1.1", "--clear", "--reason", "Again"], 1),
    (["unresolve", "RG-014", "--reason", "Panel meets again", "--dry-run"], 0),
    (["unresolve", "RG-014", "--reason", "Panel meets again"], 0),
    (["resolve", "RG-014", "--note", "Heard again; the mean stands."], 0),
    (["resolve", "RG-005", "--note", "Both reviews heard at the meeting."], 0),
    (["exclude", "RG-003", "Ana Stojanovska", "--reason", "Another call's grid"], 0),
    (["include", "RG-003", "Ana Stojanovska", "--reason", "Grid was right after all"], 0),
    (["award", "RG-007", "--amount", "39000", "--reason", "Travel costs cut."], 0),
    (["award", "RG-007", "--amount", "39.000,00"], 1),
    (["feedback", "RG-002", "--text", "A partnership to build on."], 0),
    (["feedback", "RG-002", "--criterion", "4.1", "--from-evaluator", "Jelena Đurović"], 1),
    (["feedback", "--list", "--format", "csv"], 0),
    (["rank"], 0),
    (["reconcile", "--format", "csv"], 0),
    (["proposals", "--format", "csv"], 0),
    (["evaluators", "--format", "csv"], 0),
    (["assignments", "--format", "csv"], 0),
    (["eligibility"], 0),
    (["export-scoresheet", "--as", "Elira Hoxha", "--out", "{folder}/elira.xlsx"], 0),
    (["report", "--out", "{folder}/report.pdf"], 0),
    (["contracts", "--out", "{folder}/contracts", "--reference", "RG-002", "RG-003"], 0),
    (["letters", "--out", "{folder}/letters", "--reference", "RG-022", "--date", "2026-12-15"],
     0),
]  # fmt: skip


def play(capsys: pytest.CaptureFixture[str], place: Path | str, folder: Path) -> list[str]:
    """Run the script on ``place``; every command's exit code, output and error, with the
    workspace's and the folder's names made alike."""
    (folder / "documents" / "RG-001").mkdir(parents=True)
    (folder / "documents" / "RG-001" / "Application form.pdf").write_bytes(PDF)
    (folder / "Budget “MIOS”.pdf").write_bytes(PDF + b"% budget\n")
    said = []
    for argv, expected in SCRIPT:
        line = [a.replace("{folder}", str(folder)) for a in argv]
        code, out, err = run(capsys, "-w", place, *line)
        assert code == expected, (argv, err)
        text = f"{code}\n{out}\n{err}".replace(str(place), "WS").replace(str(folder), "FOLDER")
        said.append(f"$ {' '.join(argv)}\n{MOMENT.sub('MOMENT', text)}")
    return said


def test_every_command_says_the_same_on_a_server_as_on_a_file(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    on_file = play(capsys, tmp_path / "file" / "demo.gew", tmp_path / "file")
    on_server = play(capsys, pg_url, tmp_path / "server")
    for file_said, server_said in zip(on_file, on_server, strict=True):
        assert server_said == file_said
