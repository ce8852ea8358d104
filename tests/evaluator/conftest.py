"""Core test setup: commands never pick up a workspace from the developer's environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.actions.workspace import create_demo
from evaluator.cli import WORKSPACE_ENV
from tests.factories import Round, copy_round, exchange_round


@pytest.fixture(autouse=True)
def _no_workspace_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)


@pytest.fixture(scope="session")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, made once per test run: copy it before changing it."""
    path = tmp_path_factory.mktemp("pristine-demo") / "demo.gew"
    create_demo(path=path)
    return path


@pytest.fixture(scope="session")
def pristine_round(tmp_path_factory: pytest.TempPathFactory) -> Round:
    """One exchange round (a chair, three evaluators' packages, workspaces and returns),
    scored and exported but not imported, built once per test run: copy it before use."""
    return exchange_round(tmp_path_factory.mktemp("round"))


@pytest.fixture
def game(pristine_round: Round, tmp_path: Path) -> Round:
    """A fresh copy of the round for one test."""
    return copy_round(pristine_round, tmp_path / "round")
