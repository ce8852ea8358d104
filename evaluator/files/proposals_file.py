"""Importing a proposals file (CSV or XLSX): read in full, then imported all or nothing."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from evaluator.errors import EvaluatorError, ProposalFileError
from evaluator.files.tabular import read_table
from evaluator.services.proposals import ImportReport, Progress, import_table


def import_proposals(
    *,
    session: Session,
    path: Path,
    replace: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a proposals file into the workspace, all or nothing.

    Every problem in the file is reported (up to 50), each naming the row and column. A
    reference already in the workspace is refused unless ``replace`` is true. The caller owns
    the transaction; on any error nothing has been written.
    """
    try:
        table = read_table(path)
    except EvaluatorError as exc:
        raise ProposalFileError(exc.message, exc.details) from None
    return import_table(
        session=session,
        table=table,
        source=path.name,
        replace=replace,
        progress=progress,
    )
