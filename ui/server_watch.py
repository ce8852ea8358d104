"""Keeping a server workspace's pages current: others change it while it is open.

Every few seconds the window asks the server whether anything was committed since (the audit
trail's newest entry, see ``ServerWorkspace.file_stamp``). If someone else changed it, the page
on screen reloads, unless the user is typing into it, and the status bar says so briefly.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from evaluator.actions.workspace import ServerWorkspace, Workspace
from ui.i18n import translate

INTERVAL_MS = 5000


class ServerWatch(QObject):
    """Watches the window's workspace while it is on a server."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.seen: tuple[object, ...] | None = None

    def watch(self, workspace: Workspace | None) -> None:
        """Start watching ``workspace`` if it is on a server; stop otherwise."""
        if isinstance(workspace, ServerWorkspace):
            self.seen = (workspace.generation, workspace.file_stamp())
            self.timer.start()
        else:
            self.timer.stop()
            self.seen = None

    @Slot()
    def check(self) -> bool:
        """Reload the page on screen if someone else changed the workspace; whether it did."""
        workspace = self.window.workspace
        if not isinstance(workspace, ServerWorkspace):
            self.timer.stop()
            return False
        if _typing():
            return False  # never under the user's hands: the next check comes soon
        now = (workspace.generation, workspace.file_stamp())
        before, self.seen = self.seen, now
        if before is None or now[1] == before[1]:
            return False
        self.window.refresh_shown()
        if now[0] == before[0]:  # not this window's own change
            self.window.statusBar().showMessage(
                translate(
                    "server_watch",
                    "Updated at {strftime}: the workspace was changed on the server.",
                ).format(strftime=time.strftime("%H:%M")),
                8000,
            )
        return True


def _typing() -> bool:
    """Whether the keyboard focus is in a field the user can type into."""
    focus = QApplication.focusWidget()
    if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return not focus.isReadOnly()
    return isinstance(focus, QAbstractSpinBox)
