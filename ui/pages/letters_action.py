"""The Ranking page's *Outcome letters…*: one PDF letter per decided proposal and
``letters.csv`` for mail merge, written in the background with progress and Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from evaluator.actions import decisions, outcomes
from evaluator.actions.outcomes import Written
from evaluator.actions.workspace import Workspace
from evaluator.rules.statuses import Status
from evaluator.rules.text import plural
from evaluator.rules.words import STATUS_WORDS
from ui import msgbox, operations
from ui.batches import choose_folder, trail_note

DECIDED = frozenset({Status.FUNDED, Status.RESERVE, Status.BELOW_THRESHOLD, Status.INELIGIBLE})


def undecided_words(pending: Sequence[tuple[str, str]]) -> str:
    """``RG-005 (needs reconciliation), RG-018 (incomplete)``."""
    return ", ".join(f"{reference} ({STATUS_WORDS[status]})" for reference, status in pending)


def write_letters(parent: QWidget, workspace: Workspace) -> None:
    """Ask for a folder, then write the letters of every decided proposal into it; the
    proposals not decided yet get none, and the summary names them."""
    ranking = decisions.rank(workspace=workspace).ranking
    decided = [o.reference for o in ranking.outcomes if o.status in DECIDED]
    pending = [(o.reference, o.status) for o in ranking.outcomes if o.status not in DECIDED]
    if not decided:
        msgbox.information(
            parent,
            "No outcome letters",
            "No proposal is decided yet, so there is no letter to write"
            + (f": {undecided_words(pending)}." if pending else "."),
        )
        return
    target = choose_folder(parent, "Folder for the outcome letters")
    if target is None:
        return

    def done(written: Written) -> None:
        batch = written.batch
        problem = trail_note(written)
        waiting = (
            f"Not decided yet, so without a letter: {undecided_words(pending)}." if pending else ""
        )
        msgbox.information(
            parent,
            "Outcome letters written",
            f"Wrote {plural(len(batch.files), 'outcome letter')} and "
            f"{batch.mail_merge.name} into {batch.folder}."
            + "".join(f"\n\n{extra}" for extra in (waiting, problem) if extra),
        )

    operations.in_background(
        parent,
        "Writing outcome letters…",
        outcomes.write_letters,
        on_done=done,
        refused="Outcome letters not written",
        workspace=workspace,
        folder=target,
        references=decided,
    )
