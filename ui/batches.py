"""What the pages that write batches of files (contract drafts, outcome letters) share: the
folder the user picks, and what a summary says of the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from evaluator.errors import EvaluatorError
from ui import settings


class Recorded(Protocol):
    """A batch written, and whether the audit trail holds it."""

    @property
    def read_only(self) -> bool: ...
    @property
    def audit_error(self) -> EvaluatorError | None: ...


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """The folder the user picks (starting where they last worked), or None."""
    folder = QFileDialog.getExistingDirectory(parent, title, settings.last_folder())
    if not folder:
        return None
    target = Path(folder)
    settings.set_last_folder(target / "x")
    return target


def trail_note(recorded: Recorded) -> str:
    """What a summary adds when the batch is not in the audit trail; empty when it is."""
    if recorded.read_only:
        return "They are not entered in the audit trail: the workspace is damaged."
    if recorded.audit_error is not None:
        return f"They could not be entered in the audit trail: {recorded.audit_error}"
    return ""
