"""A workspace's file name is taken as it is: characters that mean something in a URL (``%``,
``?``) name the file written, not another one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import ok


@pytest.mark.parametrize(
    ("name", "not_this"), [("p%41.gew", "pA.gew"), ("what?.gew", "what")], ids=["percent", "query"]
)
def test_a_workspace_name_with_url_characters_is_the_file_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, not_this: str
) -> None:
    path = tmp_path / name

    said = ok(capsys, path, "demo")
    listed = json.loads(ok(capsys, path, "proposals", "--format", "json"))

    assert said == f"Created the demo workspace {path}: 30 proposals, 21 eligible.\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [name]
    assert not (tmp_path / not_this).exists()
    assert len(listed["proposals"]) == 30
