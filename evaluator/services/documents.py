"""A proposal's documents: attached (all or nothing), listed, read back, detached."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import insert
from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _, plural
from evaluator.rules.text import fold
from evaluator.services.evaluators import find_proposal
from evaluator.storage.audit import current_actor
from evaluator.storage.models import Blob, Document, Proposal, utc_now


class Offered(Protocol):
    """A file checked to become a document (see ``files.documents.Incoming``)."""

    @property
    def reference(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def media_type(self) -> str: ...


F = TypeVar("F", bound=Offered)


@dataclass(frozen=True)
class DocumentView:
    """One document as the lists show it."""

    reference: str
    name: str
    bytes: int
    sha256: str
    media_type: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class Attached:
    """What an attachment did."""

    added: int
    replaced: int
    proposals: int

    def summary(self) -> str:
        replaced = (
            _(", {replaced} replaced").format(replaced=self.replaced) if self.replaced else ""
        )
        return _("Attached {count} to {proposals}{replaced}.").format(
            count=plural(self.added + self.replaced, "{count} document", "{count} documents"),
            proposals=plural(self.proposals, "{count} proposal", "{count} proposals"),
            replaced=replaced,
        )


def attach(
    *, session: Session, offered: list[F], read: Callable[[F], bytes], replace: bool = False
) -> Attached:
    """Attach every offered file to its proposal, or none of them.

    ``read`` gives a file's bytes as they are now (and refuses ones changed since they were
    checked). A name already attached is refused unless ``replace``; every problem is listed.
    """
    proposals, existing, problems = _plan(session, offered, replace)
    if problems:
        raise EvaluatorError(
            _("Nothing was attached: {count} found.").format(
                count=plural(len(problems), "{count} problem", "{count} problems")
            ),
            problems,
        )
    added = replaced = 0
    for item in offered:
        proposal = proposals[fold(item.reference)]
        data = read(item)
        store_blob(session, item.sha256, data)
        document = existing.get((proposal.id or 0, fold(item.name)))
        if document is None:
            session.add(_new(session, proposal, item))
            added += 1
        else:
            document.name, document.size = item.name, item.size
            document.sha256, document.media_type = item.sha256, item.media_type
            document.added_by, document.added_at = current_actor(session), utc_now()
            replaced += 1
    session.flush()
    _forget_unused_blobs(session)
    return Attached(added, replaced, len({fold(i.reference) for i in offered}))


def _plan(
    session: Session, offered: list[F], replace: bool
) -> tuple[dict[str, Proposal], dict[tuple[int, str], Document], list[str]]:
    problems: list[str] = []
    proposals: dict[str, Proposal] = {}
    for reference in sorted({fold(i.reference): i.reference for i in offered}.values()):
        found = session.exec(select(Proposal).where(Proposal.reference == reference)).first()
        if found is None:
            problems.append(
                _("{reference}: no proposal has this reference").format(reference=reference)
            )
        else:
            proposals[fold(reference)] = found
    existing = {
        (d.proposal_id or 0, d.key): d
        for d in session.exec(
            select(Document).where(
                col(Document.proposal_id).in_([p.id for p in proposals.values()])
            )
        ).all()
    }
    seen: set[tuple[str, str]] = set()
    for item in offered:
        proposal = proposals.get(fold(item.reference))
        if proposal is None:
            continue
        key = (fold(item.reference), fold(item.name))
        if key in seen:
            problems.append(
                _("{reference}/{name}: offered twice under names that read alike").format(
                    reference=item.reference, name=item.name
                )
            )
        seen.add(key)
        if (proposal.id or 0, fold(item.name)) in existing and not replace:
            problems.append(
                _("{reference}/{name}: is already attached; --replace replaces it").format(
                    reference=item.reference, name=item.name
                )
            )
    return proposals, existing, problems


def _new(session: Session, proposal: Proposal, item: Offered) -> Document:
    return Document(
        proposal_id=proposal.id,
        name=item.name,
        key=fold(item.name),
        media_type=item.media_type,
        size=item.size,
        sha256=item.sha256,
        added_by=current_actor(session),
    )


def store_blob(
    session: Session, sha256: str, data: bytes | bytearray, *, new: bool = False
) -> None:
    """Keep ``data`` (whose SHA-256 the caller checked) unless the same bytes are kept already
    (``new``: the caller knows they are not, and no query is made).

    Written without an ORM object, so that the session does not hold on to the bytes.
    """
    if new or session.exec(select(Blob.sha256).where(Blob.sha256 == sha256)).first() is None:
        session.execute(insert(Blob).values(sha256=sha256, size=len(data), data=data))


def add_received(
    session: Session,
    proposal: Proposal,
    *,
    name: str,
    media_type: str,
    size: int,
    sha256: str,
    added_by: str,
    added_at: datetime,
) -> None:
    """Add a document whose bytes were stored (``store_blob``) as it came from elsewhere,
    with who added it there and when: a package's documents in the evaluator's workspace."""
    session.add(
        Document(
            proposal_id=proposal.id,
            name=name,
            key=fold(name),
            media_type=media_type,
            size=size,
            sha256=sha256,
            added_by=added_by,
            added_at=added_at,
        )
    )


def stored_bytes(session: Session, document: DocumentView) -> bytes:
    """The bytes of a listed document, checked against its SHA-256 (one at a time: the
    session keeps no copy of them)."""
    data = session.exec(select(Blob.data).where(Blob.sha256 == document.sha256)).first()
    # A hand-edited workspace may hold text or a number where the bytes were.
    if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != document.sha256:
        raise EvaluatorError(
            _(
                "The stored bytes of {reference}'s “{name}” do not match their "
                "SHA-256: the workspace is damaged; `verify` says more."
            ).format(reference=document.reference, name=document.name)
        )
    if len(data) != document.bytes:
        raise EvaluatorError(
            _(
                "The stored bytes of {reference}'s “{name}” are not the size the "
                "workspace lists ({count:,} bytes, not {bytes:,}): the workspace is "
                "damaged; `verify` says more."
            ).format(
                reference=document.reference,
                name=document.name,
                count=len(data),
                bytes=document.bytes,
            )
        )
    return data


def _forget_unused_blobs(session: Session) -> None:
    used = select(Document.sha256)
    for blob_key in session.exec(select(Blob.sha256).where(col(Blob.sha256).not_in(used))).all():
        blob = session.get(Blob, blob_key)
        if blob is not None:
            session.delete(blob)
    session.flush()


def _document(session: Session, reference: str, name: str) -> tuple[Proposal, Document]:
    proposal = find_proposal(session, reference)
    document = session.exec(
        select(Document).where(Document.proposal_id == proposal.id, Document.key == fold(name))
    ).first()
    if document is None:
        raise EvaluatorError(
            _("{reference} has no document named “{name}”.").format(
                reference=proposal.reference, name=name
            )
        )
    return proposal, document


def detach(*, session: Session, reference: str, name: str) -> str:
    """Remove one document from its proposal; returns its name as it was stored."""
    _proposal, document = _document(session, reference, name)
    stored = document.name
    session.delete(document)
    session.flush()
    _forget_unused_blobs(session)
    return stored


def list_documents(session: Session, reference: str | None = None) -> list[DocumentView]:
    """Every document (of ``reference`` only, if given), by reference then name."""
    if reference is None:
        return documents_of(session, None)
    return documents_of(session, [find_proposal(session, reference).id or 0])


def documents_of(session: Session, proposal_ids: list[int] | None) -> list[DocumentView]:
    """The documents of the proposals ``proposal_ids`` (of all, if None), by reference then
    name."""
    query = select(Document, Proposal.reference).join(
        Proposal, col(Proposal.id) == Document.proposal_id
    )
    if proposal_ids is not None:
        query = query.where(col(Proposal.id).in_(proposal_ids))
    rows = session.exec(query.order_by(col(Proposal.reference), col(Document.key))).all()
    return [
        DocumentView(ref, d.name, d.size, d.sha256, d.media_type, d.added_by, d.added_at)
        for d, ref in rows
    ]


def document_bytes(session: Session, reference: str, name: str) -> tuple[str, bytes]:
    """A document's stored name and bytes, checked against their SHA-256."""
    proposal, d = _document(session, reference, name)
    view = DocumentView(
        proposal.reference, d.name, d.size, d.sha256, d.media_type, d.added_by, d.added_at
    )
    return d.name, stored_bytes(session, view)
