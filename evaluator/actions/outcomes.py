"""Actions on what applicants are told: the chair's feedback and the outcome letters."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from evaluator.actions.changes import Changes, Done
from evaluator.actions.outputs import Recorded, write_then_record
from evaluator.files.pdf import letters
from evaluator.files.pdf.letters import LetterBatch, LetterData
from evaluator.services import feedback
from evaluator.services.feedback import FeedbackView
from evaluator.services.proposals import Progress
from evaluator.storage.workspace import Workspace

__all__ = [
    "FeedbackView",
    "LetterBatch",
    "LetterData",
    "Written",
    "clear_feedback",
    "copy_comment",
    "letter_data",
    "list_feedback",
    "render_letter_preview",
    "set_feedback",
    "write_letters",
]

FEEDBACK = Changes(decisions=True)


def set_feedback(
    *, workspace: Workspace, reference: str, criterion: str | None, text: str
) -> Done[FeedbackView]:
    """Write the chair's feedback on a proposal (or on one of its criteria)."""
    with workspace.transaction() as session:
        view = feedback.set_feedback(
            session=session, reference=reference, criterion=criterion, text=text
        )
    return Done(view, FEEDBACK)


def clear_feedback(*, workspace: Workspace, reference: str, criterion: str | None) -> Done[None]:
    """Remove the chair's feedback on a proposal (or on one of its criteria)."""
    with workspace.transaction() as session:
        feedback.clear_feedback(session=session, reference=reference, criterion=criterion)
    return Done(None, FEEDBACK)


def copy_comment(
    *, workspace: Workspace, reference: str, criterion: str, evaluator_name: str
) -> Done[FeedbackView]:
    """Copy one evaluator's comment on a criterion into the chair's feedback on it, to edit."""
    with workspace.transaction() as session:
        view = feedback.copy_comment(
            session=session, reference=reference, criterion=criterion, evaluator_name=evaluator_name
        )
    return Done(view, FEEDBACK)


def list_feedback(*, workspace: Workspace, reference: str | None = None) -> list[FeedbackView]:
    """The chair's feedback, on every proposal or on one."""
    with workspace.session() as session:
        return feedback.list_feedback(session, reference)


def letter_data(*, workspace: Workspace, references: list[str] | None = None) -> list[LetterData]:
    """What each decided proposal's outcome letter holds, by reference."""
    with workspace.session() as session:
        return letters.letter_data(session, references)


def render_letter_preview(data: LetterData, out: BinaryIO) -> None:
    """One outcome letter as a PDF into ``out``, for showing on screen."""
    letters.render_letter(data, letters.load_template(language=data.language), out)


Written = Recorded[LetterBatch]  # outcome letters written


def write_letters(
    *,
    workspace: Workspace,
    folder: Path,
    references: list[str] | None = None,
    progress: Progress | None = None,
    dated: date | None = None,
    language: str | None = None,
) -> Done[Written]:
    """Write the decided proposals' outcome letters, dated ``dated`` (today if not given),
    and ``letters.csv`` into ``folder`` (all or none), then enter each letter in the audit
    trail with its SHA-256.

    ``progress(done, total)`` is called as letters are drawn; raising ``Cancelled`` from it
    stops the batch, and nothing is left behind. The letters stand once written: a damaged
    (read-only) workspace or a failing audit entry is reported in the result.
    """
    return write_then_record(
        workspace,
        lambda session: letters.write_letters(
            session=session,
            folder=folder,
            references=references,
            progress=progress,
            dated=dated,
            language=language,
        ),
        letters.record_batch,
        Written,
    )
