"""Actions on proposals' documents: import a folder of them, attach, detach, list, read,
export."""

from __future__ import annotations

from pathlib import Path

from evaluator.actions.changes import Changes, Done
from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_bytes_atomic
from evaluator.files.documents import Incoming, Scan, read_checked, scan_files, scan_folder
from evaluator.i18n import _, plural
from evaluator.services import documents
from evaluator.services.documents import Attached, DocumentView
from evaluator.storage.workspace import Workspace

__all__ = [
    "Attached",
    "DocumentView",
    "attach",
    "detach",
    "document_bytes",
    "export_document",
    "import_documents",
    "list_documents",
]

DOCUMENTS = Changes(proposals=True)


def _refuse(scan: Scan, where: str) -> None:
    if scan.problems:
        raise EvaluatorError(
            _("Nothing was imported from {where}: {count} found.").format(
                where=where, count=plural(len(scan.problems), "{count} problem", "{count} problems")
            ),
            scan.problems,
        )
    if not scan.files:
        raise EvaluatorError(_("{where} holds no document to import.").format(where=where))


def _attach(workspace: Workspace, files: list[Incoming], replace: bool) -> Attached:
    with workspace.transaction() as session:
        return documents.attach(session=session, offered=files, read=read_checked, replace=replace)


def import_documents(
    *, workspace: Workspace, folder: Path, replace: bool = False
) -> Done[tuple[Attached, int]]:
    """Every file of ``folder``'s reference-named subfolders, after a backup; all or nothing.

    Returns what was attached and how many hidden or system files were left out.
    """
    scan = scan_folder(folder)
    _refuse(scan, folder.name or str(folder))
    workspace.backup("before import of documents")
    return Done((_attach(workspace, scan.files, replace), scan.skipped), DOCUMENTS)


def attach(
    *, workspace: Workspace, reference: str, paths: list[Path], replace: bool = False
) -> Done[Attached]:
    """Attach files to one proposal, all or none."""
    scan = scan_files(reference, paths)
    _refuse(scan, _("the files given"))
    return Done(_attach(workspace, scan.files, replace), DOCUMENTS)


def detach(*, workspace: Workspace, reference: str, name: str) -> Done[str]:
    """Remove one of a proposal's documents; returns its name as stored."""
    with workspace.transaction() as session:
        return Done(documents.detach(session=session, reference=reference, name=name), DOCUMENTS)


def list_documents(*, workspace: Workspace, reference: str | None = None) -> list[DocumentView]:
    """Every document, or those of one proposal."""
    with workspace.session() as session:
        return documents.list_documents(session, reference)


def document_bytes(*, workspace: Workspace, reference: str, name: str) -> bytes:
    """A document's stored bytes, checked against their SHA-256 (to show it, not to save)."""
    with workspace.session() as session:
        _stored, data = documents.document_bytes(session, reference, name)
    return data


def export_document(*, workspace: Workspace, reference: str, name: str, out: Path) -> int:
    """Write a document's stored bytes, unchanged, to ``out``; returns their number."""
    with workspace.session() as session:
        _stored, data = documents.document_bytes(session, reference, name)
    if out.is_dir():
        raise EvaluatorError(_("{out} is a folder; give the file to write.").format(out=out))
    write_bytes_atomic(out, data)
    return len(data)
