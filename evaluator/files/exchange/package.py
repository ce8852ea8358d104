"""Evaluation packages: written by the chair's workspace for one evaluator, opened by theirs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.files.exchange.bodies import PackageBody, parse_body, review_data
from evaluator.files.exchange.carried import (
    carried,
    check_listed,
    check_signable,
    listed,
    pieces,
    store_carried,
)
from evaluator.files.exchange.envelope import (
    WRITTEN,
    Envelope,
    ExchangeError,
    open_envelope,
    seal,
    verify,
    write_on_commit,
)
from evaluator.files.exchange.history import last_revision
from evaluator.files.exchange.values import moment_of
from evaluator.i18n import _
from evaluator.rules.call import parse_call
from evaluator.rules.text import fold
from evaluator.services.calls import call_row
from evaluator.services.evaluators import find_evaluator
from evaluator.services.identity import chair_identity, key_text, record_package, require_chair
from evaluator.services.proposals import Progress
from evaluator.storage.models import (
    Call,
    Evaluator,
    Member,
    Organisation,
    Package,
    Proposal,
    Review,
    Score,
    utc_now,
)
from evaluator.storage.workspace import create_workspace


@dataclass(frozen=True)
class PackageReport:
    """What an exported package holds."""

    evaluator: str
    path: Path
    proposals: int
    scores: int
    documents: int = 0
    document_bytes: int = 0


def export_package(*, session: Session, evaluator_name: str, out: Path) -> PackageReport:
    """Write the evaluation package of one evaluator: the call, their proposals, their reviews.

    Nothing about other evaluators is included. A new signing key is issued to the
    evaluator; the workspace keeps its public half to verify their returns.
    """
    require_chair(session, _("exporting packages"))
    evaluator = find_evaluator(session, evaluator_name)
    rows = session.exec(
        select(Review, Proposal)
        .join(Proposal, col(Proposal.id) == Review.proposal_id)
        .where(Review.evaluator_id == evaluator.id)
        .options(
            selectinload(Review.scores),  # type: ignore[arg-type]
            selectinload(Review.proposal)  # type: ignore[arg-type]
            .selectinload(Proposal.members)  # type: ignore[arg-type]
            .selectinload(Member.organisation),  # type: ignore[arg-type]
        )
        .order_by(col(Proposal.reference))
    ).all()
    if not rows:
        raise ExchangeError(
            _("{name} has no proposals assigned; there is no package.").format(name=evaluator.name)
        )
    workspace_id, chair_key = chair_identity(session)
    call = session.exec(select(Call)).one()
    evaluator_key = Ed25519PrivateKey.generate()
    package_id = str(uuid.uuid4())
    documents = carried(session, [p.id or 0 for _ignored, p in rows], evaluator.name)
    body = {
        "format": WRITTEN["package"],
        "kind": "package",
        "package_id": package_id,
        "created_at": utc_now().isoformat(),
        "revision": last_revision(session, evaluator),
        "call": {"id": call.code, "definition": call.definition},
        "chair": {
            "workspace_id": workspace_id,
            "public_key": key_text(chair_key.public_key().public_bytes_raw()),
        },
        "evaluator": {
            "name": evaluator.name,
            "country": evaluator.country,
            "email": evaluator.email,
            "private_key": key_text(evaluator_key.private_bytes_raw()),
        },
        "proposals": [_proposal_data(p) for _ignored, p in rows],
        "reviews": [review_data(r, p.reference) for r, p in rows],
        "documents": listed(documents),
    }
    check_signable(body)
    session.add(
        Package(
            package_id=package_id,
            evaluator_id=evaluator.id,
            public_key=key_text(evaluator_key.public_key().public_bytes_raw()),
            issued={str(r.id): r.chair_version for r, _ignored in rows},
        )
    )
    session.flush()
    write_on_commit(session, out, pieces(session, seal("package", body, chair_key), documents))
    return PackageReport(
        evaluator.name,
        out,
        len(rows),
        sum(len(r.scores) for r, _ignored in rows),
        len(documents),
        sum(d.bytes for d in documents),
    )


def _proposal_data(proposal: Proposal) -> dict[str, Any]:
    """A proposal as a package gives it (a ``ProposalData``)."""
    return {
        "reference": proposal.reference,
        "title": proposal.title,
        "summary": proposal.summary,
        "priority_area": proposal.priority_area,
        "topics": list(proposal.topics),
        "requested_amount": f"{proposal.requested_amount:.2f}",
        "duration_months": proposal.duration_months,
        "members": [
            {
                "organisation": m.organisation.name,
                "country": m.organisation.country,
                "org_type": m.organisation.org_type,
                "role": m.role,
            }
            for m in proposal.members
        ],
    }


def read_package(path: Path) -> PackageBody:
    """A verified evaluation package (its documents' bytes are checked when they are stored)."""
    return _verified(path)[0]


def _verified(path: Path) -> tuple[PackageBody, Envelope]:
    envelope = open_envelope(path, "package")
    chair = envelope.body.get("chair")
    claimed = chair.get("public_key") if isinstance(chair, dict) else None
    if isinstance(claimed, str):
        verify(path, envelope, claimed, _("the chair's workspace"))
    body = parse_body(
        path, envelope, PackageBody, _("evaluation package"), signed=isinstance(claimed, str)
    )
    verify(path, envelope, body.chair.public_key, _("the chair's workspace"))
    if body.format != envelope.version:
        raise ExchangeError(
            _(
                "{name} is not consistent: its content is of format {format}, its "
                "heading of format {version}; it cannot be used."
            ).format(name=path.name, format=body.format, version=envelope.version)
        )
    check_listed(path, body, envelope.payload)
    return body, envelope


@dataclass(frozen=True)
class Opened:
    """What opening a package made: whose workspace, with how many documents."""

    evaluator: str
    documents: int
    document_bytes: int


def open_package(*, package: Path, workspace: Path, progress: Progress | None = None) -> Opened:
    """Create the evaluator's workspace from their package, with the documents it carries
    (``progress`` is told of each). Nothing is created if any part of it is refused."""
    body, envelope = _verified(package)
    spec = parse_call(
        body.call.definition, source=_("the call in {name}").format(name=package.name)
    )

    def populate(session: Session) -> None:
        session.add(call_row(spec, body.call.definition))
        evaluator = Evaluator(
            key=fold(body.evaluator.name),
            name=body.evaluator.name,
            country=body.evaluator.country,
            email=body.evaluator.email,
        )
        session.add(evaluator)
        proposals = _add_proposals(session, body, package.name)
        session.flush()
        _add_reviews(session, body, evaluator, proposals)
        store_carried(session, package, body, (envelope, proposals), progress)
        record_package(
            session,
            evaluator=body.evaluator.name,
            package_id=body.package_id,
            chair_workspace_id=body.chair.workspace_id,
            chair_public_key=body.chair.public_key,
            signing_key=body.evaluator.private_key,
            revision=body.revision,
        )

    try:
        create_workspace(workspace, populate)
    except (KeyError, ArithmeticError, ValueError) as exc:
        raise ExchangeError(
            _("{name} is not consistent ({exc}); it cannot be used.").format(
                name=package.name, exc=exc
            )
        ) from None
    except IntegrityError:
        raise ExchangeError(
            _(
                "{name} is not consistent: it lists the same proposal or review twice; "
                "it cannot be used."
            ).format(name=package.name)
        ) from None
    return Opened(body.evaluator.name, len(body.documents), sum(d.size for d in body.documents))


def _add_proposals(session: Session, body: PackageBody, source: str) -> dict[str, Proposal]:
    """Add the package's proposals with their consortia; returns them by reference."""
    organisations: dict[tuple[str, str], Organisation] = {}
    proposals: dict[str, Proposal] = {}
    for item in body.proposals:
        proposal = Proposal(
            reference=item.reference,
            title=item.title,
            summary=item.summary,
            priority_area=item.priority_area,
            topics=list(item.topics),
            requested_amount=Decimal(item.requested_amount),
            duration_months=item.duration_months,
            eligible=True,
            reasons=[],
            source_file=source,
        )
        for position, m in enumerate(item.members):
            pair = (m.organisation, m.country)
            if pair not in organisations:
                organisations[pair] = Organisation(
                    key=f"{fold(m.organisation)}|{fold(m.country)}",
                    name=m.organisation,
                    country=m.country,
                    org_type=m.org_type,
                )
            proposal.members.append(
                Member(organisation=organisations[pair], role=m.role, position=position)
            )
        session.add(proposal)
        proposals[item.reference] = proposal
    return proposals


def _add_reviews(
    session: Session, body: PackageBody, evaluator: Evaluator, proposals: dict[str, Proposal]
) -> None:
    """Add the package's reviews, with their scores, to the evaluator's new workspace."""
    for given in body.reviews:
        review = Review(
            evaluator_id=evaluator.id,
            proposal_id=proposals[given.reference].id,
            declared_at=moment_of(given.declared_at),
            submitted_at=moment_of(given.submitted_at),
            chair_version=given.chair_version,
            reopen_reason=given.reopen_reason,
        )
        review.scores = [
            Score(criterion=s.criterion, value=Decimal(s.value), comment=s.comment)
            for s in given.scores
        ]
        session.add(review)
