"""What the pages that write batches of files (contract drafts, outcome letters) share: the
folder the user picks, and what a summary says of the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from evaluator.actions.outputs import Recorded
from ui import settings
from ui.i18n import translate


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """The folder the user picks (starting where they last worked), or None."""
    folder = QFileDialog.getExistingDirectory(parent, title, settings.last_folder())
    if not folder:
        return None
    target = Path(folder)
    settings.set_last_folder(target / "x")
    return target


def trail_note(recorded: Recorded[Any]) -> str:
    """What a summary adds when the batch is not in the audit trail; empty when it is."""
    if recorded.read_only:
        return translate(
            "batches", "They are not entered in the audit trail: the workspace is damaged."
        )
    if recorded.audit_error is not None:
        return translate(
            "batches", "They could not be entered in the audit trail: {audit_error}"
        ).format(audit_error=recorded.audit_error)
    return ""
