"""What the File menu does beyond opening: a new workspace from a call file, and an
evaluator's signed returns file to send back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from evaluator.actions import exchange
from evaluator.actions import workspace as workspaces
from evaluator.actions.workspace import WORKSPACE_SUFFIX
from evaluator.errors import EvaluatorError
from evaluator.i18n import plural
from evaluator.rules.text import safe_file_name
from ui import menus, msgbox, operations, settings
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def new_workspace(window: MainWindow) -> None:
    """Create a workspace from a call file the user chooses, then open it."""
    call_file = window.choose_file(
        translate("main_window", "Choose the call file"),
        translate("main_window", "Call files (*.toml);;All files (*)"),
    )
    if call_file is None:
        return
    try:
        workspaces.read_call(call_file)
    except EvaluatorError as error:
        msgbox.refusal(window, translate("main_window", "Not a valid call file"), error)
        return
    target = window.choose_file(
        translate("main_window", "Save the new workspace as"),
        menus.workspace_filter(),
        save=True,
    )
    if target is None:
        return
    if not target.suffix:
        target = target.with_suffix(WORKSPACE_SUFFIX)
    if target.exists():
        msgbox.information(
            window,
            translate("main_window", "Workspace not created"),
            translate(
                "main_window",
                "{target} already exists; a new workspace never overwrites a file.",
            ).format(target=target),
        )
        return
    created = operations.perform(
        window,
        translate("main_window", "Workspace not created"),
        workspaces.new_workspace,
        path=target,
        call_file=call_file,
    )
    if created is not None:
        window.open_path(target)


def send_back(window: MainWindow) -> None:
    """Write the evaluator's signed returns file, to send to the chair."""
    if window.workspace is None or window.own is None:
        return
    revision = exchange.next_returns_revision(workspace=window.workspace)
    suggested = safe_file_name(
        f"{window.spec.call.id if window.spec else 'call'} - {window.own} - returns {revision}.ger"
    )
    folder = settings.remembered_folder() or str(window.workspace.path.parent)
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("main_window", "Send back scores"),
        str(Path(folder) / suggested),
        menus.returns_filter(),
    )
    if not name:
        return
    out = Path(name)
    settings.set_last_folder(out)
    window.scoring_page.flush()
    done = operations.perform(
        window,
        translate("main_window", "Scores not written"),
        exchange.export_returns,
        workspace=window.workspace,
        out=out,
    )
    if done is not None:
        report = done.result
        msgbox.information(
            window,
            translate("main_window", "Scores ready to send"),
            translate(
                "main_window",
                "{name} holds revision {revision}: {reviews}, {submitted} submitted, "
                "{scores}.\n\nSend this file to the chair (e-mail or USB stick). It is "
                "signed: any change to it will be detected.",
            ).format(
                name=out.name,
                revision=report.revision,
                reviews=plural(report.reviews, "{count} review", "{count} reviews"),
                submitted=report.submitted,
                scores=plural(report.scores, "{count} score", "{count} scores"),
            ),
        )
