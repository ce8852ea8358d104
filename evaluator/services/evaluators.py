"""Evaluators and their conflicts of interest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.text import clean, clean_name, fold, hidden_reordering, is_email
from evaluator.storage import server
from evaluator.storage.models import Conflict, Evaluator, Proposal, Review


@dataclass(frozen=True)
class EvaluatorView:
    """An evaluator as the lists show them, with their load."""

    name: str
    country: str
    email: str
    reviews: int
    submitted: int
    conflicts: int


@dataclass(frozen=True)
class ConflictView:
    """A conflict of interest as the lists show it."""

    evaluator: str
    reference: str
    reason: str
    declared: bool


def add_evaluator(
    *, session: Session, name: str, country: str = "", email: str = "", login: str | None = None
) -> Evaluator:
    """Register an evaluator; names are unique (ignoring case, spacing and invisible
    characters). On a server, ``login`` is the database role they sign in with (created when
    it does not exist and the chair's role may create roles)."""
    name = _name(name, country)
    _check_email(email)
    twin = session.exec(select(Evaluator).where(Evaluator.key == fold(name))).first()
    if twin is not None:
        raise EvaluatorError(
            _("An evaluator named “{name}” is already registered.").format(name=twin.name)
        )
    if login is not None:
        login = _login(session, login)
    evaluator = Evaluator(
        key=fold(name), name=name, country=clean_name(country), email=email.strip(), login=login
    )
    session.add(evaluator)
    session.flush()
    return evaluator


def _login(session: Session, login: str) -> str:
    """``login`` checked as an evaluator's database role on this server, and created when the
    server has no such role and the chair's role may create it."""
    if session.connection().dialect.name != "postgresql":
        raise EvaluatorError(
            _(
                "A login is for a workspace on a server; the evaluators of a workspace file work "
                "through packages and returns."
            )
        )
    role = login.strip()
    if not server.ROLE_NAME.fullmatch(role):
        raise EvaluatorError(
            _(
                "“{login}” cannot be a login: use lowercase letters, digits and _ (at "
                "most 63, not starting with a digit), for example ana_stojanovska."
            ).format(login=login[:70])
        )
    if role == server.login_role(session):
        raise EvaluatorError(
            _("{role} is the chair's own role; give the evaluator a role of their own.").format(
                role=role
            )
        )
    taken = session.exec(select(Evaluator.name).where(Evaluator.login == role)).first()
    if taken is not None:
        raise EvaluatorError(
            _("The login {role} is already {taken}'s.").format(role=role, taken=taken)
        )
    if not server.role_exists(session, role):
        if not server.may_create_roles(session):
            raise EvaluatorError(
                f"The server has no role {role}, and your role may not create one. Ask the "
                f"server's administrator to run CREATE ROLE {role} LOGIN PASSWORD '…'; then "
                "add the evaluator again."
            )
        server.create_login(session, role)
        session.info.setdefault("created_logins", []).append(role)
    return role


def update_evaluator(
    *, session: Session, name: str, new_name: str, country: str, email: str
) -> Evaluator:
    """Change an evaluator's name, country or e-mail."""
    evaluator = find_evaluator(session, name)
    new_name = _name(new_name, country)
    _check_email(email)
    other = session.exec(select(Evaluator).where(Evaluator.key == fold(new_name))).first()
    if other is not None and other.id != evaluator.id:
        raise EvaluatorError(
            _("An evaluator named “{new_name}” is already registered.").format(new_name=new_name)
        )
    evaluator.key = fold(new_name)
    evaluator.name = new_name
    evaluator.country = clean_name(country)
    evaluator.email = email.strip()
    session.flush()
    return evaluator


def _name(name: str, country: str) -> str:
    """The evaluator's name cleaned as every name is (``clean_name``); refused if it is empty
    or holds a control that reorders it, as is such a country."""
    for text in (name, country):
        why = hidden_reordering(text)
        if why is not None:
            raise EvaluatorError(f"{why[0].upper()}{why[1:]}.")
    name = clean_name(name)
    if not name:
        raise EvaluatorError(_("An evaluator needs a name."))
    return name


def _check_email(email: str) -> None:
    if email.strip() and not is_email(email.strip()):
        raise EvaluatorError(_("“{email}” is not an e-mail address.").format(email=email.strip()))


def find_evaluator(session: Session, name: str) -> Evaluator:
    """The evaluator called ``name`` (ignoring case and spacing)."""
    evaluator = session.exec(select(Evaluator).where(Evaluator.key == fold(name))).first()
    if evaluator is None:
        raise EvaluatorError(
            _("No evaluator is named “{clean_name}”.").format(clean_name=clean_name(name))
        )
    return evaluator


def find_proposal(session: Session, reference: str) -> Proposal:
    """The proposal with ``reference``."""
    reference = clean_name(reference)
    proposal = session.exec(select(Proposal).where(Proposal.reference == reference)).first()
    if proposal is None:
        raise EvaluatorError(
            _("No proposal has the reference “{reference}”.").format(reference=reference)
        )
    return proposal


def add_conflict(
    *,
    session: Session,
    evaluator: Evaluator,
    proposal: Proposal,
    reason: str = "",
    declared: bool = False,
) -> Conflict:
    """Record a conflict of interest; an unsubmitted review of that pair is released."""
    existing = session.exec(
        select(Conflict).where(
            Conflict.evaluator_id == evaluator.id, Conflict.proposal_id == proposal.id
        )
    ).first()
    if existing is not None:
        raise EvaluatorError(
            _("{name} already has a conflict of interest with {reference}.").format(
                name=evaluator.name, reference=proposal.reference
            )
        )
    review = session.exec(
        select(Review).where(Review.evaluator_id == evaluator.id, Review.proposal_id == proposal.id)
    ).first()
    if review is not None:
        if review.submitted_at is not None:
            raise EvaluatorError(
                _(
                    "{name} has already submitted a review of {reference}; reopen it "
                    "before recording a conflict of interest."
                ).format(name=evaluator.name, reference=proposal.reference)
            )
        session.delete(review)
    conflict = Conflict(
        evaluator_id=evaluator.id, proposal_id=proposal.id, reason=clean(reason), declared=declared
    )
    session.add(conflict)
    session.flush()
    return conflict


def remove_conflict(*, session: Session, evaluator: Evaluator, proposal: Proposal) -> None:
    """Withdraw a conflict of interest (e.g. recorded by mistake)."""
    conflict = session.exec(
        select(Conflict).where(
            Conflict.evaluator_id == evaluator.id, Conflict.proposal_id == proposal.id
        )
    ).first()
    if conflict is None:
        raise EvaluatorError(
            _("{name} has no conflict of interest with {reference}.").format(
                name=evaluator.name, reference=proposal.reference
            )
        )
    session.delete(conflict)
    session.flush()


def list_evaluators(session: Session) -> list[EvaluatorView]:
    """Every evaluator by name, with the number of reviews, submitted reviews and conflicts."""
    evaluators = session.exec(select(Evaluator).order_by(col(Evaluator.key))).all()

    def per_evaluator(column: Any, *where: Any) -> dict[int, int]:
        query = select(column, func.count()).where(*where).group_by(column)
        return {evaluator: count for evaluator, count in session.exec(query).all()}

    reviews = per_evaluator(Review.evaluator_id)
    submitted = per_evaluator(Review.evaluator_id, col(Review.submitted_at).is_not(None))
    conflicts = per_evaluator(Conflict.evaluator_id)
    return [
        EvaluatorView(
            name=e.name,
            country=e.country,
            email=e.email,
            reviews=reviews.get(e.id or 0, 0),
            submitted=submitted.get(e.id or 0, 0),
            conflicts=conflicts.get(e.id or 0, 0),
        )
        for e in evaluators
    ]


def list_conflicts(session: Session) -> list[ConflictView]:
    """Every conflict of interest, by evaluator then reference."""
    rows = session.exec(
        select(Conflict, Evaluator, Proposal)
        .join(Evaluator, col(Evaluator.id) == Conflict.evaluator_id)
        .join(Proposal, col(Proposal.id) == Conflict.proposal_id)
        .order_by(col(Evaluator.key), col(Proposal.reference))
    ).all()
    return [ConflictView(e.name, p.reference, c.reason, c.declared) for c, e, p in rows]
