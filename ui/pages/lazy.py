"""Pages that show what is derived from the workspace load it when they are on screen.

A large call's ranking, matrix or reconciliation takes a noticeable moment to build; a page
that is hidden need not build it, and a page shown again need not rebuild it while nothing
was written since (``Workspace.generation`` counts the transactions committed).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evaluator.db import Workspace


class LazyPage(QWidget):
    """A page with a ``workspace`` whose ``refresh()`` reloads what it shows.

    ``refresh()`` reloads now; ``refresh_if_stale()`` reloads only if the page is not hidden
    (it is the current page of the window's stack) and the workspace, or its generation,
    changed since the page last loaded it.
    """

    workspace: Workspace | None = None
    _loaded: tuple[Workspace | None, int] | None = None

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_if_stale(self) -> None:
        """Reload if shown and out of date; a closed workspace empties the page at once."""
        if self.workspace is not None and self.isHidden():
            return
        seen = (self.workspace, self.workspace.generation if self.workspace else 0)
        if self._loaded is not None and self._loaded[0] is seen[0] and self._loaded[1] == seen[1]:
            return
        self._loaded = seen
        self.refresh()
