"""Running the command line inside a test, as a user's shell would."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], workspace: Path | str, *argv: str | Path) -> str:
    """The stdout of a command that must succeed without a word on stderr."""
    code, out, err = run(capsys, "-w", workspace, *argv)
    assert (code, err) == (0, ""), err
    return out


def refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str | Path, code: int = 1
) -> str:
    """The stderr of a refused command; nothing on stdout and the workspace byte-identical."""
    before = workspace.read_bytes()
    exit_code, out, err = run(capsys, "-w", workspace, *argv)
    assert (exit_code, out) == (code, "")
    assert workspace.read_bytes() == before
    return err
