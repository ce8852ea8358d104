"""Core test setup: commands never pick up a workspace from the developer's environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.cli import WORKSPACE_ENV
from evaluator.demo import create_demo


@pytest.fixture(autouse=True)
def _no_workspace_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)


@pytest.fixture(scope="session")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, made once per test run: copy it before changing it."""
    path = tmp_path_factory.mktemp("pristine-demo") / "demo.gew"
    create_demo(path)
    return path
