"""Every command on workspaces with nothing in them yet: a listing, a refusal, never a crash.

The commands are read from the parser itself, so a command added later is swept too. Each
runs against a new chair workspace (the README's first steps), a chair workspace with
proposals but no evaluators, and an evaluator's workspace in which nothing is scored.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from evaluator.cli import WORKSPACE_ENV
from evaluator.cli.parser import build_parser
from evaluator.files.exchange import open_package
from evaluator.services.proposals import REQUIRED_COLUMNS
from tests.cli_helpers import run
from tests.factories import (
    EVALUATORS,
    demo_call_text,
    demo_workspace,
    exchange_workspace,
    new_workspace,
    write_package,
)

KINDS = ("new", "proposals only", "evaluator")
EVALUATOR_NAME = EVALUATORS[0][0]


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


COMMANDS = _commands()


def _formats(command: argparse.ArgumentParser) -> tuple[str, ...]:
    """The --format choices of a listing; empty for a command that lists nothing."""
    for action in command._actions:
        if "--format" in action.option_strings:
            return tuple(action.choices or ())
    return ()


LISTINGS = [(name, fmt) for name, parser in COMMANDS.items() for fmt in _formats(parser)]
OTHERS = [name for name, parser in COMMANDS.items() if not _formats(parser)]


@pytest.fixture(autouse=True)
def _no_workspace_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)


@pytest.fixture(scope="module")
def masters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One workspace of each kind, made once: every test works on its own copy."""
    folder = tmp_path_factory.mktemp("empty-masters")
    (folder / "new").mkdir()
    (folder / "proposals").mkdir()
    chair = exchange_workspace(folder / "chair", proposals=1)
    write_package(chair, EVALUATOR_NAME, folder / "package.gep")
    evaluator = folder / "evaluator.gew"
    open_package(package=folder / "package.gep", workspace=evaluator)
    return {
        "new": new_workspace(folder / "new"),
        "proposals only": demo_workspace(folder / "proposals"),
        "evaluator": evaluator,
    }


@pytest.fixture
def workspace(request: pytest.FixtureRequest, masters: dict[str, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(masters[request.param], tmp_path / "workspace.gew"))


def _value(action: argparse.Action, folder: Path) -> list[str]:
    """A plausible value for one argument, as a user trying the command would type it."""
    assert not isinstance(action.metavar, tuple)  # every argument of the CLI is one word
    key = (action.metavar or action.dest or "").lower()
    if action.dest == "call":
        path = folder / "call.toml"
        path.write_text(demo_call_text(), encoding="utf-8")
        return [str(path)]
    if key.endswith(".pdf") or key.endswith(".xlsx"):
        return [str(folder / f"out{Path(key).suffix}")]
    if key == "dir":
        return [str(folder / "out")]
    if action.dest == "out":
        return [str(folder / "out.file")]
    if key in ("file", "files"):
        # A proposals or scores file with a header and no rows: the emptiest real input.
        path = folder / "empty.csv"
        path.write_text(",".join(REQUIRED_COLUMNS) + "\n", encoding="utf-8")
        return [str(path)]
    values = {
        "reference": "RG-001",
        "references": "RG-001",
        "r": "RG-001",
        "name": EVALUATOR_NAME,
        "criterion": "1.1",
        "value": "3",
        "amount": "45000",
        "backup": "nothing.gew",
    }
    return [values.get(key, values.get(action.dest, "because"))]


def _argv(name: str, kind: str, folder: Path) -> list[str]:
    """The command ``name`` with every argument it requires (and ``--as`` in a chair's)."""
    parser = COMMANDS[name]
    argv = [name]
    chosen_groups = set()
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:
            if action.nargs not in ("?",):
                argv += _value(action, folder)
            continue
        group = next(
            (g for g in parser._mutually_exclusive_groups if action in g._group_actions), None
        )
        if group is not None and group.required:
            if id(group) in chosen_groups:
                continue
            chosen_groups.add(id(group))
        elif not action.required and not (action.dest == "as_name" and kind != "evaluator"):
            continue
        argv.append(action.option_strings[-1])
        if action.nargs != 0:
            argv += _value(action, folder)
    return argv


@pytest.mark.parametrize("workspace", KINDS, indirect=True)
@pytest.mark.parametrize(("command", "fmt"), LISTINGS)
def test_every_listing_shows_a_header_or_an_empty_list(
    capsys: pytest.CaptureFixture[str],
    workspace: Path,
    command: str,
    fmt: str,
    request: pytest.FixtureRequest,
) -> None:
    kind = request.node.callspec.params["workspace"]
    code, out, err = run(
        capsys, "-w", workspace, *_argv(command, kind, workspace.parent), "--format", fmt
    )
    if code == 1 and kind == "evaluator" and "chair" in err:
        # Chair-only listings (rank, reconcile…) refuse an evaluator's workspace by design.
        assert err.count("\n") == 1, err
        return
    assert (code, err) == (0, ""), err
    if fmt == "json":
        data = json.loads(out)
        lists = [v for v in data.values() if isinstance(v, list)]
        assert lists, out
        if kind == "new":
            assert lists == [[]] * len(lists), out
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and rows[0] and all(rows[0]), out  # the header row, always
        if kind == "new":
            assert len(rows) == 1, out
    else:
        assert out.strip(), "a text listing says something even when empty"


@pytest.mark.parametrize("workspace", KINDS, indirect=True)
@pytest.mark.parametrize("command", OTHERS)
def test_every_other_command_works_or_refuses_in_one_sentence(
    capsys: pytest.CaptureFixture[str],
    workspace: Path,
    command: str,
    request: pytest.FixtureRequest,
) -> None:
    kind = request.node.callspec.params["workspace"]
    code, _out, err = run(capsys, "-w", workspace, *_argv(command, kind, workspace.parent))
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 1:
        # One sentence, then perhaps the details it announces, indented.
        sentence = err.splitlines()[0]
        assert sentence.startswith("grant-evaluator: ") and sentence.endswith("."), err


def test_the_readme_first_steps_list_an_empty_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`new --call` then `proposals`: the attack that found a TypeError traceback."""
    call = tmp_path / "call.toml"
    call.write_text(demo_call_text(), encoding="utf-8")
    workspace = tmp_path / "call.gew"
    assert run(capsys, "-w", workspace, "new", "--call", call)[0] == 0
    assert run(capsys, "-w", workspace, "proposals") == (
        0,
        "reference  eligible  requested  months  lead  title\n0 proposals.\n",
        "",
    )
    code, out, err = run(capsys, "-w", workspace, "proposals", "--format", "csv")
    assert (code, err) == (0, "")
    assert out == (
        "reference,title,lead,lead_country,members,priority_area,requested_amount,"
        "duration_months,eligible,reasons\n"
    )
    assert run(capsys, "-w", workspace, "assignments") == (
        0,
        "reference  evaluator  status\nNo assignments yet.\n",
        "",
    )


def test_every_page_of_a_new_workspace_says_what_to_do_first(qtbot, tmp_path: Path) -> None:
    """The GUI on a new workspace: every page shows, none raises or warns (Qt warnings fail
    the run), and the empty ones say what comes next."""
    from PySide6.QtCore import QSettings

    from ui.main_window import PAGES, MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(new_workspace(tmp_path))
    for row in range(len(PAGES)):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        assert page is not None and not page.grab().isNull()
    assert window.proposals_page.count.text() == "No proposals yet: import a CSV or XLSX file."
    assert window.scoring_page.detail.toPlainText() == (
        "No evaluators yet: register them on the Evaluators page and assign proposals."
    )
    assert window.reconciliation_page.heading.text() == (
        "<i>No proposal to reconcile yet: eligible proposals appear here with their reviews.</i>"
    )
    assert window.ranking_page.summary.text() == (
        "No proposals to rank yet: import them on the Proposals page."
    )
    assert window.contracts_page.message.text() == (
        "No proposal is funded yet; there is no contract to draw up."
    )
    window.close_workspace()
