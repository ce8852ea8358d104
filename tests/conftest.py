"""Shared test setup: Qt runs offscreen, every test gets its own workspace folder."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest


@pytest.fixture(autouse=True)
def _private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups and the demo go to a folder of the test's own, never the user's data folder."""
    monkeypatch.setenv("GRANT_EVALUATOR_DATA", str(tmp_path_factory.mktemp("data")))
