"""Running the core's actions for the GUI: off the GUI thread when long, refusals in one
dialog, and what each action changed announced to every view.

Widgets call actions only through ``perform`` and ``in_background`` (reads call the action
directly); they never open sessions. Views reload from the ``Changes`` announced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from evaluator.actions import proposals
from evaluator.actions.changes import Changes, Done
from evaluator.actions.proposals import ImportReport, Progress
from evaluator.actions.workspace import Workspace
from evaluator.errors import Cancelled, EvaluatorError, ProposalFileError
from ui import msgbox
from ui.i18n import translate

T = TypeVar("T")


class Job(QThread):
    """One piece of core work on a worker thread, cancellable between steps.

    Signals: ``progressed(done, total)`` as it goes; then either ``succeeded(result)`` or
    ``failed(exception)`` — the exception is an EvaluatorError for refusals, anything else
    is a bug that the receiver re-raises on the GUI thread.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step; it then fails with Cancelled."""
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise Cancelled
            self.progressed.emit(done, total)

        try:
            result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[EvaluatorError], object],
) -> Job:
    """Start ``work`` behind a progress dialog with a Cancel button.

    A cancelled job changed nothing and says nothing more; other refusals go to
    ``on_failure``.
    """
    job = Job(work, parent)
    dialog = QProgressDialog(label, translate("operations", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle("Grant Evaluator")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(job.cancel)

    @Slot(int, int)
    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    @Slot(object)
    def on_succeeded(result: object) -> None:
        dialog.reset()
        on_success(result)

    @Slot(object)
    def on_failed(exc: BaseException) -> None:
        dialog.reset()
        if not isinstance(exc, EvaluatorError):
            raise exc
        if not isinstance(exc, Cancelled):
            on_failure(exc)

    job.progressed.connect(on_progress)
    job.succeeded.connect(on_succeeded)
    job.failed.connect(on_failed)
    job.finished.connect(job.deleteLater)
    job.finished.connect(dialog.deleteLater)
    job.start()
    return job


class Announcer(QObject):
    """Tells every view what an action changed.

    Signals: ``changes_made(changes)`` after an action changed the workspace.
    """

    changes_made = Signal(object)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The application's one announcer."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(changes: Changes) -> None:
    """Tell every view that ``changes`` were made (nothing, if nothing changed)."""
    if changes:
        announcer().changes_made.emit(changes)


def perform(
    parent: QWidget, title: str, action: Callable[..., Done[T]], /, **arguments: Any
) -> Done[T] | None:
    """Run a quick action on the GUI thread; a refusal is shown under ``title``.

    Returns what the action did, or None if it was refused (and changed nothing).
    """
    try:
        done = action(**arguments)
    except EvaluatorError as error:
        msgbox.refusal(parent, title, error)
        return None
    announce(done.changes)
    return done


def in_background(
    parent: QWidget,
    label: str,
    action: Callable[..., Done[T]],
    /,
    *,
    on_done: Callable[[T], None],
    refused: str | Callable[[EvaluatorError], object],
    **arguments: Any,
) -> Job:
    """Run a long action (it takes ``progress``) behind a progress dialog.

    ``refused`` is the title of the dialog for a refusal, or a function that handles it.
    """

    def succeeded(done: Done[T]) -> None:
        announce(done.changes)
        on_done(done.result)

    def failed(error: EvaluatorError) -> object:
        if callable(refused):
            return refused(error)
        return msgbox.refusal(parent, refused, error)

    return run_job(
        parent, label, lambda progress: action(progress=progress, **arguments), succeeded, failed
    )


def import_proposals(
    *,
    parent: QWidget,
    workspace: Workspace,
    path: Path,
    on_imported: Callable[[ImportReport], None],
    replace: bool = False,
) -> Job:
    """Import a proposals file in one transaction; offers to replace existing references."""

    def failed(error: EvaluatorError) -> None:
        existing = error.existing if isinstance(error, ProposalFileError) else []
        if (
            existing
            and len(existing) == error.count
            and msgbox.question(
                parent,
                translate("operations", "Proposals already imported"),
                _already_there(existing, path.name),
                yes=translate("operations", "Replace"),
            )
        ):
            import_proposals(
                parent=parent,
                workspace=workspace,
                path=path,
                on_imported=on_imported,
                replace=True,
            )
            return
        msgbox.refusal(parent, translate("operations", "Proposals not imported"), error)

    return in_background(
        parent,
        translate("operations", "Importing proposals from {name}…").format(name=path.name),
        proposals.import_proposals,
        on_done=on_imported,
        refused=failed,
        workspace=workspace,
        path=path,
        replace=replace,
    )


def _already_there(references: list[str], source: str) -> str:
    listed = ", ".join(references[:5]) + ("…" if len(references) > 5 else "")
    if len(references) == 1:
        return translate(
            "operations",
            "1 proposal of {source} is already in the workspace "
            "({listed}).\n\nReplace it with the file's version?",
        ).format(source=source, listed=listed)
    return translate(
        "operations",
        "{count} proposals of {source} are already in the workspace "
        "({listed}).\n\nReplace them with the file's version?",
    ).format(count=len(references), source=source, listed=listed)
