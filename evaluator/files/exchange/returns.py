"""Returns: the evaluator's scores out, signed; in the chair's workspace, verified and merged."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.files.exchange.authority import (
    chair_keeps,
    chair_keeps_conflict,
    date_problems,
    revision_problem,
)
from evaluator.files.exchange.bodies import ReturnsBody, ReviewData, parse_body, review_data
from evaluator.files.exchange.envelope import (
    FORMAT,
    Envelope,
    ExchangeError,
    open_envelope,
    seal,
    verify,
    write_on_commit,
)
from evaluator.files.exchange.history import already_imported, last_revision
from evaluator.files.exchange.merge import HeldReview, Merge, held_reviews
from evaluator.i18n import _, plural
from evaluator.rules.call import CallSpec
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import add_conflict
from evaluator.services.identity import (
    own_evaluator,
    own_package,
    own_signing_key,
    require_chair,
    take_returns_revision,
    workspace_id,
)
from evaluator.services.scoring import criterion_of, missing_for, reviews_of, score_problem
from evaluator.storage.models import (
    Conflict,
    Evaluator,
    Package,
    Proposal,
    ReturnsImport,
    utc_now,
)


@dataclass(frozen=True)
class ReturnsReport:
    """What an exported returns file holds."""

    path: Path
    revision: int
    reviews: int
    submitted: int
    scores: int


def export_returns(*, session: Session, out: Path) -> ReturnsReport:
    """Write the evaluator's declarations, scores and submissions, signed, with a new revision."""
    evaluator = own_evaluator(session)
    if evaluator is None:
        raise ExchangeError(
            _(
                "Returns are sent from an evaluator's workspace (made with open-package); "
                "this is the chair's workspace."
            )
        )
    revision = take_returns_revision(session)
    rows = reviews_of(session, evaluator)
    conflicts = session.exec(
        select(Conflict, Proposal)
        .join(Proposal, col(Proposal.id) == Conflict.proposal_id)
        .where(Conflict.evaluator_id == evaluator.id)
        .order_by(col(Proposal.reference))
    ).all()
    package_id, chair_workspace_id = own_package(session)
    body = {
        "format": FORMAT,
        "kind": "returns",
        "package_id": package_id,
        "created_at": utc_now().isoformat(),
        "revision": revision,
        "call_id": stored_call(session).call.id,
        "chair_workspace_id": chair_workspace_id,
        "evaluator": evaluator.name,
        "reviews": [review_data(r, p.reference) for r, p in rows],
        "conflicts": [{"reference": p.reference, "reason": c.reason} for c, p in conflicts],
    }
    write_on_commit(session, out, seal("returns", body, own_signing_key(session)))
    return ReturnsReport(
        out,
        revision,
        len(rows),
        sum(1 for r, _ignored in rows if r.submitted_at is not None),
        sum(len(r.scores) for r, _ignored in rows),
    )


@dataclass
class MergeResult:
    """What importing one returns file did."""

    source: str
    evaluator: str
    revision: int
    status: str  # imported | unchanged
    reviews: int = 0
    scores: int = 0
    submitted: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence for the user."""
        if self.status == "unchanged":
            return _(
                "{source}: already imported ({evaluator}, revision {revision}); nothing changed."
            ).format(source=self.source, evaluator=self.evaluator, revision=self.revision)
        kept = (
            _("; {count} not merged (listed below)").format(
                count=plural(len(self.conflicts), "{count} review", "{count} reviews")
            )
            if self.conflicts
            else ""
        )
        return _(
            "{source}: imported revision {revision} from {evaluator}: {reviews}, "
            "{scores}, {submitted} submitted{kept}."
        ).format(
            source=self.source,
            revision=self.revision,
            evaluator=self.evaluator,
            reviews=plural(self.reviews, "{count} review", "{count} reviews"),
            scores=plural(self.scores, "{count} score", "{count} scores"),
            submitted=self.submitted,
            kept=kept,
        )


def import_returns(*, session: Session, path: Path) -> MergeResult:
    """Verify one returns file and merge it, all or nothing.

    The newest revision of an evaluator's returns wins; the same or an older revision
    changes nothing. A review the chair changed after the evaluator's package was made
    (reopened, excluded, overridden) is kept as it is and reported.
    """
    require_chair(session, _("importing returns"))
    envelope, body, package, spec = _verified_returns(session, path)
    # The package (whose key signed the file) says who the evaluator is, whatever name the
    # file carries: the chair may have corrected the spelling since.
    evaluator = session.get(Evaluator, package.evaluator_id)
    assert evaluator is not None
    if already_imported(path, session, evaluator, package, body.revision, envelope.sha256):
        return MergeResult(path.name, evaluator.name, body.revision, "unchanged")
    reviews, conflicted = held_reviews(session, evaluator), _conflicted(session, evaluator)
    incoming = _Incoming(path, body, package, spec, evaluator, reviews, conflicted)
    problems = _problems(session, incoming)
    if problems:
        raise ExchangeError(
            _("{name} was not imported: {count}, nothing was changed.").format(
                name=path.name, count=plural(len(problems), "{count} problem", "{count} problems")
            ),
            [f"{path.name}: {p}" for p in problems],
        )
    result, merge = _plan(incoming)
    merge.write(session)
    _record_conflicts(session, incoming)
    session.add(
        ReturnsImport(
            evaluator_id=evaluator.id,
            package_id=body.package_id,
            revision=body.revision,
            sha256=envelope.sha256,
        )
    )
    session.flush()
    return result


def _verified_returns(
    session: Session, path: Path
) -> tuple[Envelope, ReturnsBody, Package, CallSpec]:
    """The returns file at ``path``, its content, the package it answers and the call, once its
    signature and its addressee are checked."""
    envelope = open_envelope(path, "returns")
    # The signature first: a changed byte is damage, whatever it now seems to say.
    claimed = envelope.body.get("package_id")
    package = (
        session.exec(select(Package).where(Package.package_id == claimed)).first()
        if isinstance(claimed, str)
        else None
    )
    if package is not None:
        verify(path, envelope, package.public_key, _("the evaluator"))
    body = parse_body(path, envelope, ReturnsBody, _("returns file"), signed=package is not None)
    if package is None:
        raise ExchangeError(
            _(
                "{name} was not made from a package of this workspace; it cannot be imported."
            ).format(name=path.name)
        )
    spec = stored_call(session)
    if body.call_id != spec.call.id:
        raise ExchangeError(
            _("{name} is for the call {call_id}, not {id}.").format(
                name=path.name, call_id=body.call_id, id=spec.call.id
            )
        )
    if body.chair_workspace_id != workspace_id(session):
        raise ExchangeError(
            _("{name} belongs to another chair's workspace.").format(name=path.name)
        )
    return envelope, body, package, spec


@dataclass
class _Incoming:
    """Verified returns, with what the chair's workspace holds of their evaluator."""

    path: Path
    body: ReturnsBody
    package: Package
    spec: CallSpec
    evaluator: Evaluator
    reviews: dict[str, HeldReview]  # the chair's copies, by reference
    conflicted: set[str]  # the references with a conflict of interest recorded

    @property
    def given(self) -> set[str]:
        """The references the returns give a review for."""
        return {data.reference for data in self.body.reviews}

    def released(self, reference: str) -> bool:
        """Whether the chair recorded a conflict of interest after the package was sent: that
        review is no longer the evaluator's to give, but their other reviews still count."""
        return reference in self.conflicted and reference not in self.reviews


def _conflicted(session: Session, evaluator: Evaluator) -> set[str]:
    """The references of the proposals with a conflict of interest recorded for ``evaluator``."""
    return set(
        session.exec(
            select(Proposal.reference)
            .join(Conflict, col(Conflict.proposal_id) == Proposal.id)
            .where(Conflict.evaluator_id == evaluator.id)
        ).all()
    )


def _problems(session: Session, incoming: _Incoming) -> list[str]:
    """Why the returns cannot be merged, every reason in the file's order; empty if they can."""
    body, reviews, name = incoming.body, incoming.reviews, incoming.evaluator.name
    problems = []
    seen: set[str] = set()
    checked: dict[tuple[str, str], _Checked] = {}
    for data in body.reviews:
        if data.reference in seen:
            problems.append(
                _("{reference} is listed more than once").format(reference=data.reference)
            )
        elif data.reference in reviews:
            problems += review_problems(incoming.spec, data, checked)
        elif not incoming.released(data.reference):
            problems.append(
                _("{reference} is not assigned to {name}").format(
                    reference=data.reference, name=name
                )
            )
        seen.add(data.reference)
    problems += [
        _("{reference} is not assigned to {name}").format(reference=c.reference, name=name)
        for c in body.conflicts
        if c.reference not in reviews and c.reference not in incoming.conflicted
    ]
    declared = Counter(c.reference for c in body.conflicts)
    problems += [
        _("{ref}: a conflict of interest is declared more than once").format(ref=ref)
        for ref, times in sorted(declared.items())
        if times > 1
    ]
    leap = revision_problem(body.revision, last_revision(session, incoming.evaluator), name)
    if leap is not None:
        problems.append(leap)
    problems += [
        problem
        for data in body.reviews
        if data.reference in reviews
        for problem in date_problems(incoming.package, reviews[data.reference], data)
    ]
    return problems


def _plan(incoming: _Incoming) -> tuple[MergeResult, Merge]:
    """What merging the returns does, review by review: what is replaced, what is kept."""
    body, reviews, package = incoming.body, incoming.reviews, incoming.package
    name = incoming.evaluator.name
    result = MergeResult(incoming.path.name, name, body.revision, "imported")
    merge = Merge()
    listed = {c.reference for c in body.conflicts}
    for data in body.reviews:
        if incoming.released(data.reference):
            result.conflicts.append(
                _(
                    "{reference}: {name} has a conflict of interest recorded for it; this "
                    "review is left out"
                ).format(reference=data.reference, name=name)
            )
            continue
        review = reviews[data.reference]
        kept = chair_keeps(package, review, data, name)
        if kept is None and data.reference in listed:
            kept = _(
                "{reference}: these returns give both a review and a conflict of "
                "interest for it; it is kept as the chair holds it"
            ).format(reference=data.reference)
        if kept is not None:
            result.conflicts.append(kept)
            merge.kept(review, kept)
            continue
        merge.replace(review, data, name)
        result.reviews += 1
        result.scores += len(data.scores)
        result.submitted += data.submitted_at is not None
    given = incoming.given
    for conflict in body.conflicts:
        if conflict.reference in incoming.conflicted or conflict.reference in given:
            continue  # already recorded, or kept with the review the returns also give
        review = reviews[conflict.reference]
        kept = chair_keeps_conflict(package, review, name)
        if kept is not None:
            result.conflicts.append(kept)
            merge.kept(review, kept)
    return result, merge


def _record_conflicts(session: Session, incoming: _Incoming) -> None:
    """Record the conflicts of interest the returns declare, where the chair's copy allows."""
    given = incoming.given
    for conflict in incoming.body.conflicts:
        held = incoming.reviews.get(conflict.reference)
        if (
            held is None
            or conflict.reference in given
            or chair_keeps_conflict(incoming.package, held, incoming.evaluator.name) is not None
        ):
            continue
        proposal = session.exec(
            select(Proposal).where(Proposal.reference == conflict.reference)
        ).one()
        if conflict.reference not in incoming.conflicted:
            add_conflict(
                session=session,
                evaluator=incoming.evaluator,
                proposal=proposal,
                reason=conflict.reason,
                declared=True,
            )


# A score's text checked against its criterion: its value, or None when it is not a number;
# and what is wrong with it, if anything.
_Checked = tuple[Decimal | None, str | None]


def _check_score(spec: CallSpec, criterion: str, text: str) -> _Checked:
    try:
        value = Decimal(text)
        if not value.is_finite():
            raise ArithmeticError
    except ArithmeticError:
        return None, _("“{text}” is not a score").format(text=text)
    try:
        problem = score_problem(criterion_of(spec, criterion), value)
    except EvaluatorError as exc:
        problem = exc.message
    return value, problem


def review_problems(
    spec: CallSpec, data: ReviewData, checked: dict[tuple[str, str], _Checked]
) -> list[str]:
    """Why one review of a returns file cannot be merged; empty when it can.

    ``checked`` remembers each (criterion, text) already judged: a returns file repeats the
    same few scores thousands of times.
    """
    problems = []
    scores: dict[str, tuple[Decimal, str]] = {}
    for score in data.scores:
        key = (score.criterion, score.value)
        if key not in checked:
            checked[key] = _check_score(spec, score.criterion, score.value)
        value, problem = checked[key]
        if problem:
            problems.append(f"{data.reference} {score.criterion}: {problem}")
        elif score.criterion in scores:
            problems.append(
                _("{reference} {criterion}: scored more than once").format(
                    reference=data.reference, criterion=score.criterion
                )
            )
        else:
            assert value is not None
            scores[score.criterion] = (value, score.comment)
    if data.submitted_at is not None and not problems:
        # What ``submit`` would have refused: the evaluator's application cannot send it.
        unfinished = missing_for(spec, declared=data.declared_at is not None, scores=scores)
        if unfinished:
            problems.append(
                _("{reference} is marked submitted but {join}").format(
                    reference=data.reference, join="; ".join(unfinished)
                )
            )
    return problems
