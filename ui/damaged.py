"""A damaged workspace: the offer to restore its latest good backup, and the banner shown above
the pages while it is open read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from evaluator.actions import workspace as workspaces
from evaluator.actions.workspace import Workspace, latest_good_backup
from evaluator.errors import DamagedWorkspace, EvaluatorError
from ui import msgbox
from ui.i18n import translate


class Opener(Protocol):
    """Opens the workspace at ``path``; returns whether it is open."""

    def __call__(self, path: Path, *, read_only_if_damaged: bool = False) -> bool: ...


def offer_backup(parent: QWidget, path: Path, error: DamagedWorkspace, open_path: Opener) -> bool:
    """Offer to restore the latest good backup of the damaged workspace at ``path``, then open
    it with ``open_path``; returns whether it opened.

    One whose data can still be read opens read-only when the user keeps it, or when there is
    no backup.
    """
    latest = latest_good_backup(path)
    if latest is None:
        if not error.readable:
            msgbox.refusal(parent, translate("damaged", "Workspace not opened"), error)
            return False
        opened = open_path(path, read_only_if_damaged=True)
        if opened:
            msgbox.information(
                parent,
                translate("damaged", "Workspace damaged"),
                translate(
                    "damaged",
                    "{message}\n\n{name} is open read-only: you can look at everything and "
                    "export reports, but not change anything. It has no backup to restore.",
                ).format(message=error.message, name=path.name),
            )
        return opened
    made = latest.made.astimezone().strftime("%Y-%m-%d %H:%M")
    text = translate(
        "damaged",
        "{message}\n\nThe latest backup of {name} was made {made} ({replace}). "
        "Restore it? The damaged file is kept as a backup too.",
    ).format(
        message=error.message, name=path.name, made=made, replace=latest.reason.replace("-", " ")
    )
    other: dict[str, str] = {}
    if error.readable:
        text += translate(
            "damaged", "\n\nOr open {name} read-only, as it is, to look at it."
        ).format(name=path.name)
        other["no"] = translate("damaged", "Open read-only")
    if not msgbox.question(
        parent,
        translate("damaged", "Workspace damaged"),
        text,
        yes=translate("damaged", "Restore"),
        **other,
    ):
        return error.readable and open_path(path, read_only_if_damaged=True)
    try:
        workspaces.restore(path=path, name=latest.path.name)
    except EvaluatorError as failure:
        msgbox.refusal(parent, translate("damaged", "Backup not restored"), failure)
        return False
    return open_path(path)


class ReadOnlyBanner(QFrame):
    """Why the open workspace is read-only, with a button to restore its latest backup.

    Signals: ``restore_requested()`` when the user asks to restore the latest backup.
    """

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setStyleSheet(
            "#read_only_banner { background: #fbe3e1; border-bottom: 1px solid #e0a39c; }"
            "#read_only_banner QLabel { color: #7a1c14; font-size: 10.5pt; }"
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(translate("damaged", "Restore the latest backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        self.hide()

    def show_workspace(self, workspace: Workspace | None) -> None:
        """Say why ``workspace`` is read-only; hidden while it is not, or none is open."""
        read_only = workspace is not None and workspace.read_only
        self.setVisible(read_only)
        if workspace is None or not read_only:
            return
        why = (
            translate(
                "damaged",
                "was changed by another program (it holds database objects Grant "
                "Evaluator does "
                "not create)",
            )
            if workspace.foreign
            else translate("damaged", "is damaged")
        )
        self.message.setText(
            translate(
                "damaged",
                "Read-only: {name} {why}. You can look at everything and export reports, but "
                "nothing can be changed; restore a backup to repair it.",
            ).format(name=workspace.path.name, why=why)
        )
        self.message.setToolTip(workspace.damage or "")
        self.restore_button.setVisible(latest_good_backup(workspace.path) is not None)
