"""File ▸ Open Recent: the workspace files and the server workspaces opened lately."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu

from ui import settings
from ui.i18n import translate


def fill(
    menu: QMenu, open_place: Callable[[Path | str], object], cleared: Callable[[], None]
) -> None:
    """List the recent files, then the recent servers, with *Clear menu*."""
    menu.clear()
    files = settings.recent_files()
    servers = settings.recent_servers()
    for number, path in enumerate(files, start=1):
        action = menu.addAction(f"&{number} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_place(p))
    if servers:
        menu.addSeparator()
    for url in servers:
        action = menu.addAction(
            translate("recent_menu", "{split} (server)").format(split=url.split("@")[-1])
        )
        action.setToolTip(url)
        action.setStatusTip(url)
        action.triggered.connect(lambda _checked=False, u=url: open_place(u))
    if not files and not servers:
        menu.addAction(translate("recent_menu", "No recent workspaces")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(translate("recent_menu", "Clear menu"))
    clear.setEnabled(bool(files or servers))

    def forget() -> None:
        settings.clear_recent_files()
        fill(menu, open_place, cleared)
        cleared()

    clear.triggered.connect(forget)
