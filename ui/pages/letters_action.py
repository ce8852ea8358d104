"""The Ranking page's *Outcome letters…*: one PDF letter per decided proposal and
``letters.csv`` for mail merge, written in the background with progress and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evaluator.actions import decisions, outcomes
from evaluator.actions.outcomes import Written
from evaluator.actions.workspace import Workspace
from evaluator.rules.letters import readiness
from evaluator.rules.text import plural
from ui import msgbox, operations
from ui.batches import choose_folder, trail_note


def write_letters(parent: QWidget, workspace: Workspace) -> None:
    """Ask for a folder, then write the letters of every proposal whose outcome is final into
    it; the others get none, and the summary names them."""
    state = readiness(decisions.rank(workspace=workspace).ranking.outcomes)
    waiting = state.waiting_words()
    if not state.ready:
        msgbox.information(
            parent,
            "No outcome letters",
            "No proposal's outcome is final yet, so there is no letter to write"
            + (f": {waiting}" if waiting else "."),
        )
        return
    target = choose_folder(parent, "Folder for the outcome letters")
    if target is None:
        return

    held_back = f"Not decided yet, so without a letter: {waiting}" if waiting else ""

    def done(written: Written) -> None:
        batch = written.batch
        problem = trail_note(written)
        msgbox.information(
            parent,
            "Outcome letters written",
            f"Wrote {plural(len(batch.files), 'outcome letter')} and "
            f"{batch.mail_merge.name} into {batch.folder}."
            + "".join(f"\n\n{extra}" for extra in (held_back, problem) if extra),
        )

    operations.in_background(
        parent,
        "Writing outcome letters…",
        outcomes.write_letters,
        on_done=done,
        refused="Outcome letters not written",
        workspace=workspace,
        folder=target,
        references=state.ready,
    )
