"""Pages that show what is derived from the workspace load it when they are on screen.

A large call's ranking, matrix or reconciliation takes a noticeable moment to build; a page
that is hidden need not build it, and a page shown again need not rebuild it while nothing
was written since: neither through this window (``Workspace.generation`` counts the
transactions it committed) nor by another program (the CLI, a second window, an sqlite3
edit), which ``Workspace.file_stamp`` sees on disk.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QWidget

from evaluator.actions.workspace import Workspace


def freshness(workspace: Workspace | None) -> tuple[Any, ...]:
    """What a page loaded from: equal keys mean nothing was written to the workspace since."""
    if workspace is None:
        return (None,)
    return (workspace, workspace.generation, workspace.file_stamp())


class LazyPage(QWidget):
    """A page with a ``workspace`` whose ``refresh()`` reloads what it shows.

    ``refresh()`` reloads now; ``refresh_if_stale()`` reloads only if the page is not hidden
    (it is the current page of the window's stack) and the workspace, or what was written
    to it by anyone, changed since the page last loaded it.
    """

    workspace: Workspace | None = None
    _loaded: tuple[Any, ...] | None = None

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_if_stale(self) -> None:
        """Reload if shown and out of date; a closed workspace empties the page at once."""
        if self.workspace is not None and self.isHidden():
            return
        seen = freshness(self.workspace)
        if seen == self._loaded:
            return
        self._loaded = seen
        try:
            self.refresh()
        except BaseException:
            self._loaded = None  # not loaded after all: the next chance tries again
            raise

    def reload_now(self) -> None:
        """After the page's own action: reload unless already current, shown or not."""
        seen = freshness(self.workspace)
        if seen != self._loaded:
            self._loaded = seen
            self.refresh()

    @contextlib.contextmanager
    def showing_own_change(self) -> Iterator[None]:
        """Around a change the page shows by itself (a score typed in place): afterwards
        the page is still up to date, unless it already was not, so that regaining focus
        does not rebuild it under the user's hands."""
        fresh = self._loaded == freshness(self.workspace)
        yield
        if fresh:
            self._loaded = freshness(self.workspace)
