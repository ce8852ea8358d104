"""Actions of the offline exchange: packages out, an evaluator's workspace from a package,
returns out, returns in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from evaluator.actions.changes import Changes, Done
from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files import exchange
from evaluator.files.exchange import (
    MergeResult,
    Opened,
    PackageBody,
    PackageReport,
    ReturnsReport,
)
from evaluator.i18n import _, plural
from evaluator.rules.documents import documents_text
from evaluator.rules.text import safe_file_name
from evaluator.services import identity
from evaluator.services.calls import stored_call
from evaluator.services.proposals import Progress
from evaluator.storage.workspace import Workspace

__all__ = [
    "MergeResult",
    "Opened",
    "PackageBody",
    "PackageReport",
    "ReturnsOutcome",
    "ReturnsReport",
    "export_package",
    "export_packages",
    "export_returns",
    "import_returns",
    "next_returns_revision",
    "open_package",
    "read_package",
]

ISSUED = Changes(exchange=True)
MERGED = Changes(reviews=True, assignments=True, evaluators=True, exchange=True)


def export_package(*, workspace: Workspace, evaluator_name: str, out: Path) -> Done[PackageReport]:
    """Write one evaluator's package and record what it issued."""
    with workspace.transaction() as session:
        report = exchange.export_package(session=session, evaluator_name=evaluator_name, out=out)
    return Done(report, ISSUED)


def export_packages(
    *, workspace: Workspace, names: list[str], folder: Path, progress: Progress | None = None
) -> Done[list[str]]:
    """The packages of ``names`` into ``folder``, one transaction each; one line per name.

    An evaluator without proposals is skipped (and says so) without stopping the others.
    """
    lines = []
    for done, name in enumerate(names):
        if progress:
            progress(done, len(names))
        try:
            with workspace.transaction() as session:
                call = stored_call(session).call.id
                out = folder / safe_file_name(f"{call} - {name}.gep")
                report = exchange.export_package(session=session, evaluator_name=name, out=out)
        except Cancelled:
            raise
        except EvaluatorError as error:
            lines.append(_("{name}: skipped: {message}").format(name=name, message=error.message))
            continue
        documents = (
            f", {documents_text(report.documents, report.document_bytes)}"
            if report.documents
            else ""
        )
        lines.append(
            f"{report.path.name}: {report.evaluator}, "
            f"{plural(report.proposals, '{count} proposal', '{count} proposals')}{documents}"
        )
    if progress:
        progress(len(names), len(names))
    return Done(lines, ISSUED)


def read_package(path: Path) -> PackageBody:
    """The verified content of a package, without making a workspace of it."""
    return exchange.read_package(path)


def open_package(*, package: Path, path: Path, progress: Progress | None = None) -> Done[Opened]:
    """Create the evaluator's workspace ``path`` from ``package``, with its documents (no
    workspace that is open changes)."""
    return Done(exchange.open_package(package=package, workspace=path, progress=progress))


def next_returns_revision(*, workspace: Workspace) -> int:
    """The revision the next returns file of this evaluator's workspace will carry."""
    with workspace.session() as session:
        return identity.next_returns_revision(session)


def export_returns(*, workspace: Workspace, out: Path) -> Done[ReturnsReport]:
    """Write the evaluator's signed returns file."""
    with workspace.transaction() as session:
        report = exchange.export_returns(session=session, out=out)
    return Done(report, ISSUED)


@dataclass
class ReturnsOutcome:
    """Returns files imported, in the order given: each one's merge result or refusal."""

    files: list[tuple[Path, MergeResult | EvaluatorError]] = field(default_factory=list)

    @property
    def merged(self) -> list[MergeResult]:
        return [r for _ignored, r in self.files if isinstance(r, MergeResult)]

    @property
    def refused(self) -> list[tuple[Path, EvaluatorError]]:
        return [(p, r) for p, r in self.files if isinstance(r, EvaluatorError)]


def import_returns(
    *, workspace: Workspace, paths: list[Path], progress: Progress | None = None
) -> Done[ReturnsOutcome]:
    """Verify and merge returns files after one backup, each all or nothing."""
    workspace.backup("before import of returns")
    outcome = ReturnsOutcome()
    for done, path in enumerate(paths):
        if progress:
            progress(done, len(paths))
        try:
            with workspace.transaction() as session:
                result = exchange.import_returns(session=session, path=path)
        except Cancelled:
            raise
        except EvaluatorError as error:
            outcome.files.append((path, error))
            continue
        outcome.files.append((path, result))
    if progress:
        progress(len(paths), len(paths))
    return Done(outcome, MERGED if outcome.merged else Changes())
