"""Actions that write documents for staff: contract drafts, the report, the ranking sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Generic, TypeVar

from sqlmodel import Session

from evaluator.actions.changes import NOTHING, Changes, Done
from evaluator.errors import EvaluatorError
from evaluator.files.pdf import contracts, report
from evaluator.files.pdf.contracts import BatchReport, ContractData
from evaluator.services.proposals import Progress
from evaluator.storage.workspace import Workspace

__all__ = [
    "BatchReport",
    "ContractData",
    "Drafted",
    "contract_data",
    "draw_contracts",
    "export_ranking",
    "record_printed",
    "render_preview",
    "write_report",
]

RECORDED = Changes(audit=True)
B = TypeVar("B")
R = TypeVar("R")


def contract_data(*, workspace: Workspace, language: str | None = None) -> list[ContractData]:
    """What each funded proposal's contract draft holds, by rank, in the documents' language
    (``language``, else the call's, else the application's)."""
    with workspace.session() as session:
        return contracts.contract_data(session, language=language)


@dataclass(frozen=True)
class Recorded(Generic[B]):
    """A batch of files written, and whether it is in the audit trail: not when the
    workspace is open read-only (damaged), nor when entering it failed (``audit_error``)."""

    batch: B
    read_only: bool = False
    audit_error: EvaluatorError | None = None


Drafted = Recorded[BatchReport]  # contract drafts written


def draw_contracts(
    *,
    workspace: Workspace,
    folder: Path,
    references: list[str] | None = None,
    progress: Progress | None = None,
    language: str | None = None,
) -> Done[Drafted]:
    """Write the funded proposals' contract drafts into ``folder`` (all or none), then
    enter them in the audit trail.

    The drafts stand once written: a damaged (read-only) workspace or a failing audit
    entry is reported in the result rather than taking them back.
    """
    return write_then_record(
        workspace,
        lambda session: contracts.write_contracts(
            session=session,
            folder=folder,
            references=references,
            progress=progress,
            language=language,
        ),
        contracts.record_batch,
        Drafted,
    )


def write_then_record(
    workspace: Workspace,
    write: Callable[[Session], B],
    record: Callable[[Session, B], object],
    result: Callable[..., R],
) -> Done[R]:
    """Write a batch of files (reading the workspace), then enter it in the audit trail in
    a transaction of its own; ``result(batch, read_only=…, audit_error=…)`` says which."""
    with workspace.session() as session:
        batch = write(session)
    if workspace.read_only:
        return Done(result(batch, read_only=True))
    try:
        with workspace.transaction() as session:
            record(session, batch)
    except EvaluatorError as error:
        return Done(result(batch, audit_error=error))
    return Done(result(batch), RECORDED)


def record_printed(*, workspace: Workspace, draft: ContractData) -> Done[None]:
    """Enter a printed contract draft in the audit trail."""
    if workspace.read_only:
        return Done(None, NOTHING)
    with workspace.transaction() as session:
        contracts.record_draft(session, draft, "contract printed")
    return Done(None, RECORDED)


def render_preview(draft: ContractData, out: BinaryIO) -> None:
    """One contract draft as a PDF into ``out``, for showing on screen."""
    contracts.render_contract(draft, contracts.load_template(language=draft.language), out)


def write_report(*, workspace: Workspace, out: Path) -> int:
    """The ranking and consensus report as a PDF; returns the number of evaluation summaries."""
    with workspace.session() as session:
        return report.write_report(session=session, out=out)


def export_ranking(*, workspace: Workspace, out: Path) -> int:
    """The ranking as CSV or XLSX (by the suffix of ``out``); returns its rows."""
    with workspace.session() as session:
        return report.export_ranking(session=session, out=out)
