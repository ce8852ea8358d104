"""UI state kept between runs (window geometry, splitters, recent files, last folder, the last
page read of each document), in QSettings only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Grant Evaluator", "Grant Evaluator"
    )


def geometry() -> QByteArray | None:
    """The main window's saved geometry, if any."""
    value = _settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def set_geometry(value: QByteArray) -> None:
    """Remember the main window's geometry."""
    _settings().setValue("window/geometry", value)


def recent_files() -> list[Path]:
    """Recently opened workspaces, newest first, those that still exist."""
    value: Any = _settings().value("recent/files", [])
    # QSettings' INI format gives back a single-item list as a plain string.
    names = [value] if isinstance(value, str) else [str(v) for v in value or []]
    return [Path(n) for n in names if Path(n).is_file()]


def add_recent_file(path: Path) -> None:
    """Put ``path`` first in the recent files."""
    path = path.resolve()
    files = [path, *(p for p in recent_files() if p.resolve() != path)][:MAX_RECENT]
    _settings().setValue("recent/files", [str(p) for p in files])


def clear_recent_files() -> None:
    """Forget the recent files and servers."""
    _settings().setValue("recent/files", [])
    _settings().setValue("recent/servers", [])


def recent_servers() -> list[str]:
    """Workspaces on servers opened recently (their URLs, never with a password), newest
    first."""
    value: Any = _settings().value("recent/servers", [])
    return [value] if isinstance(value, str) else [str(v) for v in value or []]


def add_recent_server(url: str) -> None:
    """Put ``url`` (already without a password) first in the recent servers."""
    urls = [url, *(u for u in recent_servers() if u != url)][:MAX_RECENT]
    _settings().setValue("recent/servers", urls)


def remembered_folder() -> str:
    """The folder of the last file chosen in a file dialog, if it still exists ("" if not)."""
    folder = str(_settings().value("files/last_folder", ""))
    return folder if folder and Path(folder).is_dir() else ""


def last_folder() -> str:
    """Where a file dialog starts: the last folder chosen; before the first, the user's
    documents folder (never the folder the application was started in)."""
    return remembered_folder() or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )


def set_last_folder(path: Path) -> None:
    """Remember the folder of a file the user chose."""
    _settings().setValue("files/last_folder", str(path.parent))


def splitter_state(name: str) -> QByteArray | None:
    """The saved sizes of the splitter ``name``, if any."""
    value = _settings().value(f"splitters/{name}")
    return value if isinstance(value, QByteArray) else None


def set_splitter_state(name: str, value: QByteArray) -> None:
    """Remember the sizes of the splitter ``name``."""
    _settings().setValue(f"splitters/{name}", value)


def last_page(sha256: str) -> int:
    """The page (from 0) last read in the document of this SHA-256; 0 before the first time."""
    value: Any = _settings().value(f"reading/{sha256}", 0)
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def set_last_page(sha256: str, page: int) -> None:
    """Remember the page (from 0) read in the document of this SHA-256."""
    _settings().setValue(f"reading/{sha256}", page)


def language() -> str:
    """The language chosen in View ▸ Language ("" before the first choice)."""
    return str(_settings().value("view/language", ""))


def set_language(code: str) -> None:
    """Remember the language chosen in View ▸ Language."""
    _settings().setValue("view/language", code)
