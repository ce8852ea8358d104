"""Named user operations: each runs core work, off the GUI thread when long, and reports back.

Widgets call these instead of touching sessions; errors the user can fix end in one dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlmodel import Session

from evaluator.errors import Cancelled, EvaluatorError, ProposalFileError
from evaluator.files import exchange
from evaluator.rules.text import plural
from evaluator.services import proposals
from evaluator.services.calls import stored_call
from evaluator.services.proposals import ImportReport, Progress
from evaluator.storage.workspace import Workspace
from ui import msgbox

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
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
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


def import_proposals(
    *,
    parent: QWidget,
    workspace: Workspace,
    path: Path,
    on_imported: Callable[[ImportReport], None],
    replace: bool = False,
) -> Job:
    """Import a proposals file in one transaction; offers to replace existing references."""

    def work(progress: Progress) -> ImportReport:
        workspace.backup("before import of proposals")
        with workspace.transaction() as session:
            return proposals.import_proposals(
                session=session, path=path, replace=replace, progress=progress
            )

    def failed(error: EvaluatorError) -> None:
        existing = error.existing if isinstance(error, ProposalFileError) else []
        if (
            existing
            and len(existing) == error.count
            and msgbox.question(
                parent,
                "Proposals already imported",
                _already_there(existing, path.name),
                yes="Replace",
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
        msgbox.refusal(parent, "Proposals not imported", error)

    return run_job(parent, f"Importing proposals from {path.name}…", work, on_imported, failed)


def _already_there(references: list[str], source: str) -> str:
    listed = ", ".join(references[:5]) + ("…" if len(references) > 5 else "")
    if len(references) == 1:
        return (
            f"1 proposal of {source} is already in the workspace ({listed}).\n\n"
            "Replace it with the file's version?"
        )
    return (
        f"{len(references)} proposals of {source} are already in the workspace ({listed}).\n\n"
        "Replace them with the file's version?"
    )


def apply(
    parent: QWidget, workspace: Workspace, title: str, change: Callable[[Session], object]
) -> bool:
    """Run one quick change in its own transaction; a refusal is shown under ``title``.

    Returns whether the change was made.
    """
    try:
        with workspace.transaction() as session:
            change(session)
    except EvaluatorError as error:
        msgbox.refusal(parent, title, error)
        return False
    return True


def read(workspace: Workspace, query: Callable[[Session], T]) -> T:
    """Run a query in a short read session."""
    with workspace.session() as session:
        return query(session)


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on every system (letters of any script are kept)."""
    return "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")


def export_packages(
    *,
    parent: QWidget,
    workspace: Workspace,
    names: list[str],
    folder: Path,
    on_done: Callable[[list[str]], None],
) -> Job:
    """Export the packages of ``names`` into ``folder``, one transaction each."""

    def work(progress: Progress) -> list[str]:
        lines = []
        for done, name in enumerate(names):
            progress(done, len(names))
            try:
                with workspace.transaction() as session:
                    call = stored_call(session).call.id
                    out = folder / safe_file_name(f"{call} - {name}.gep")
                    report = exchange.export_package(session=session, evaluator_name=name, out=out)
            except EvaluatorError as error:
                if isinstance(error, Cancelled):
                    raise
                # One evaluator without proposals must not stop the others' packages.
                lines.append(f"{name}: skipped: {error.message}")
                continue
            lines.append(
                f"{report.path.name}: {report.evaluator}, {plural(report.proposals, 'proposal')}"
            )
        progress(len(names), len(names))
        return lines

    return run_job(
        parent,
        "Exporting packages…",
        work,
        on_done,
        lambda error: (
            None
            if isinstance(error, Cancelled)
            else msgbox.refusal(parent, "Packages not exported", error)
        ),
    )


def import_returns(
    *,
    parent: QWidget,
    workspace: Workspace,
    paths: list[Path],
    on_done: Callable[[list[str], int], None],
) -> Job:
    """Import returns files, each all or nothing; ``on_done(lines, refused)`` gets a summary."""

    def work(progress: Progress) -> tuple[list[str], int]:
        workspace.backup("before import of returns")
        lines: list[str] = []
        refused = 0
        for done, path in enumerate(paths):
            progress(done, len(paths))
            try:
                with workspace.transaction() as session:
                    result = exchange.import_returns(session=session, path=path)
            except EvaluatorError as error:
                if isinstance(error, Cancelled):
                    raise
                refused += 1
                lines.append(f"{path.name}: refused: {error.message}")
                lines += [f"    {detail}" for detail in error.details]
                continue
            lines.append(result.summary())
            lines += [f"    not merged: {conflict}" for conflict in result.conflicts]
        progress(len(paths), len(paths))
        return lines, refused

    return run_job(
        parent,
        "Importing returns…",
        work,
        lambda outcome: on_done(*outcome),
        lambda error: (
            None
            if isinstance(error, Cancelled)
            else msgbox.refusal(parent, "Returns not imported", error)
        ),
    )
