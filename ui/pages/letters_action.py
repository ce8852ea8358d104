"""The Ranking page's *Outcome letters…*: one PDF letter per decided proposal and
``letters.csv`` for mail merge, written in the background with progress and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evaluator.actions import decisions, outcomes
from evaluator.actions.outcomes import Written
from evaluator.actions.workspace import Workspace
from evaluator.i18n import plural
from evaluator.rules.letters import readiness
from ui import msgbox, operations
from ui.batches import choose_folder, trail_note
from ui.i18n import translate


def write_letters(parent: QWidget, workspace: Workspace) -> None:
    """Ask for a folder, then write the letters of every proposal whose outcome is final into
    it; the others get none, and the summary names them."""
    state = readiness(decisions.rank(workspace=workspace).ranking.outcomes)
    waiting = state.waiting_words()
    if not state.ready:
        msgbox.information(
            parent,
            translate("letters_action", "No outcome letters"),
            translate(
                "letters_action",
                "No proposal's outcome is final yet, so there is no letter to write",
            )
            + (f": {waiting}" if waiting else "."),
        )
        return
    target = choose_folder(parent, translate("letters_action", "Folder for the outcome letters"))
    if target is None:
        return

    held_back = (
        translate("letters_action", "Not decided yet, so without a letter: {waiting}").format(
            waiting=waiting
        )
        if waiting
        else ""
    )

    def done(written: Written) -> None:
        batch = written.batch
        problem = trail_note(written)
        msgbox.information(
            parent,
            translate("letters_action", "Outcome letters written"),
            translate("letters_action", "Wrote {count} and {name} into {folder}.").format(
                count=plural(len(batch.files), "{count} outcome letter", "{count} outcome letters"),
                name=batch.mail_merge.name,
                folder=batch.folder,
            )
            + "".join(f"\n\n{extra}" for extra in (held_back, problem) if extra),
        )

    operations.in_background(
        parent,
        translate("letters_action", "Writing outcome letters…"),
        outcomes.write_letters,
        on_done=done,
        refused=translate("letters_action", "Outcome letters not written"),
        workspace=workspace,
        folder=target,
        references=state.ready,
    )
