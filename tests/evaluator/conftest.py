"""Core test setup: commands never pick up a workspace from the developer's environment."""

from __future__ import annotations

import pytest

from evaluator.cli import WORKSPACE_ENV


@pytest.fixture(autouse=True)
def _no_workspace_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)
