"""The shipped demo: the SMART Balkans call file and the sample proposals, as files on disk."""

from __future__ import annotations

from pathlib import Path

from evaluator.files.tabular import read_table
from evaluator.resources_path import resources_dir
from evaluator.rules.table import Table


def demo_proposals_path() -> Path:
    """The shipped demo proposals file (one row per member of each proposal)."""
    return Path(str(resources_dir() / "demo" / "proposals.csv"))


def demo_table() -> Table:
    """The demo proposals as the sheet a chair would import (header on row 1)."""
    return read_table(demo_proposals_path())
