"""Documents opened in the system's application, from private read-only copies: one folder
per process, removed when the application ends."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from evaluator.actions import documents
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.rules.text import safe_file_name
from ui import msgbox
from ui.i18n import translate


@functools.cache
def copies() -> Path:
    """The private folder of the copies opened in other applications: one per session,
    removed when the application ends."""
    folder = Path(tempfile.mkdtemp(prefix="grant-evaluator-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


# Names Windows keeps for devices, whatever the extension: a copy named so cannot be written.
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)]
)
_MAX_NAME_BYTES = 200  # of a file name's UTF-8: every file system takes 255


def copy_name(text: str, fallback: str) -> str:
    """``text`` as the name of a file in the private folder: never a path, never a device's
    name, short enough for any file system, its extension kept."""
    name = safe_file_name(text) or fallback
    stem, dot, extension = name.rpartition(".") if "." in name[1:] else (name, "", "")
    if stem.split(".")[0].upper() in _DEVICES:
        stem = "_" + stem
    while len(f"{stem}{dot}{extension}".encode()) > _MAX_NAME_BYTES and len(stem) > 1:
        stem = stem[:-1]
    return f"{stem}{dot}{extension}"


def private_copy(workspace: Workspace, reference: str, name: str) -> Path:
    """Write a read-only copy of a document's stored bytes into the private folder."""
    out = copies() / copy_name(reference, "proposal") / copy_name(name, "document")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.chmod(0o600)  # the same document opened again: write its bytes afresh
    documents.export_document(workspace=workspace, reference=reference, name=name, out=out)
    out.chmod(0o400)  # a copy to read: changes to it are not the document's
    return out


def open_externally(parent: QWidget, workspace: Workspace, reference: str, name: str) -> None:
    """Open a document in the system's application, from a private read-only copy."""
    try:
        out = private_copy(workspace, reference, name)
    except EvaluatorError as error:
        msgbox.refusal(parent, translate("private_copy", "Document not opened"), error)
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
