"""What the chair's workspace exchanged with each evaluator: packages sent, returns imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from evaluator.files.exchange.envelope import ExchangeError
from evaluator.i18n import _
from evaluator.storage.models import Evaluator, Package, ReturnsImport


@dataclass(frozen=True)
class ExchangeStatus:
    """Per evaluator: the last package exported and the last returns imported."""

    evaluator: str
    package_exported_at: datetime | None
    returns_revision: int | None
    returns_imported_at: datetime | None


def exchange_status(session: Session) -> dict[str, ExchangeStatus]:
    """The exchange status of every evaluator, by name."""
    packages = session.exec(select(Package)).all()
    order = {p.package_id: p.id or 0 for p in packages}
    imports = session.exec(select(ReturnsImport)).all()
    status = {}
    for evaluator in session.exec(select(Evaluator)).all():
        exported = [p.exported_at for p in packages if p.evaluator_id == evaluator.id]
        returns = [r for r in imports if r.evaluator_id == evaluator.id]
        # Newest as the import rule orders returns: by package, then revision.
        newest = max(returns, key=lambda r: (order.get(r.package_id, 0), r.revision), default=None)
        status[evaluator.name] = ExchangeStatus(
            evaluator.name,
            max(exported, default=None),
            newest.revision if newest else None,
            newest.imported_at if newest else None,
        )
    return status


def last_revision(session: Session, evaluator: Evaluator) -> int:
    """The highest revision of returns imported from ``evaluator``; 0 if none was."""
    revisions = session.exec(
        select(ReturnsImport.revision).where(ReturnsImport.evaluator_id == evaluator.id)
    ).all()
    return max(revisions, default=0)


def already_imported(
    path: Path,
    session: Session,
    evaluator: Evaluator,
    package: Package,
    revision: int,
    sha256: str,
) -> bool:
    """Whether returns at least this new were imported for the evaluator.

    Returns are ordered by package (a newer package supersedes an older one), then by
    revision. The same position with other content is refused: it cannot come from one
    evaluator workspace.
    """
    order = {
        p.package_id: p.id
        for p in session.exec(select(Package).where(Package.evaluator_id == evaluator.id)).all()
    }
    imported = session.exec(
        select(ReturnsImport).where(ReturnsImport.evaluator_id == evaluator.id)
    ).all()
    if not imported:
        return False
    newest = max(imported, key=lambda r: (order.get(r.package_id, 0), r.revision))
    mine = (package.id, revision)
    theirs = (order.get(newest.package_id, 0), newest.revision)
    if mine == theirs and sha256 != newest.sha256:
        raise ExchangeError(
            _(
                "{name} has the revision of returns already imported from the same "
                "package, but different content; ask the evaluator to send back their "
                "scores again."
            ).format(name=path.name)
        )
    return mine <= theirs
