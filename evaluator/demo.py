"""The demo workspace: the SMART Balkans call and sample proposals, the same on every run."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from evaluator.calls import call_row, demo_call_path, load_call
from evaluator.db import create_workspace
from evaluator.demo_data import demo_rows
from evaluator.proposals import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, import_table
from evaluator.tabular import Table


def demo_table() -> Table:
    """The demo proposals as the sheet a chair would import (header on row 1)."""
    columns = [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]
    rows = [
        (number, [row[column] for column in columns])
        for number, row in enumerate(demo_rows(), start=2)
    ]
    return Table(columns, rows)


def create_demo(path: Path) -> None:
    """Create the demo workspace at ``path``; an existing file is never overwritten."""
    spec, text = load_call(demo_call_path())

    def populate(session: Session) -> None:
        session.add(call_row(spec, text))
        session.flush()
        import_table(session=session, table=demo_table(), source="demo proposals")

    create_workspace(path, populate)
