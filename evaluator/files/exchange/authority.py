"""What returns may change in the chair's workspace: only what the chair issued and has not
touched since, with moments and revisions an evaluator's workspace could have given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from evaluator.files.exchange.bodies import ReviewData
from evaluator.files.exchange.merge import HeldReview, score_changes
from evaluator.files.exchange.values import moment_of
from evaluator.i18n import _, plural
from evaluator.storage.models import Package, utc_now

# How far a returns revision may run ahead of the last one imported from the evaluator: their
# workspace adds one per export, so a leap means the file was made by hand, and numbering it
# ever higher would soon leave no revision their workspace could send.
MAX_REVISION_STEP = 10_000
# How far an evaluator's clock may be off: a moment of a review from before their package was
# made, or from after the import, beyond this, cannot be when they declared or submitted.
CLOCK_SLACK = timedelta(days=1)


def date_problems(package: Package, review: HeldReview, data: ReviewData) -> list[str]:
    """Why the moments of ``data`` cannot be when the evaluator declared and submitted."""
    declared, submitted = moment_of(data.declared_at), moment_of(data.submitted_at)
    problems = []
    if declared is not None and submitted is not None and submitted < declared:
        problems.append(
            _(
                "{reference} is marked submitted ({submitted_at}) before its "
                "declaration ({declared_at})"
            ).format(
                reference=review.reference,
                submitted_at=data.submitted_at,
                declared_at=data.declared_at,
            )
        )
    earliest = _aware(package.exported_at) - CLOCK_SLACK
    latest = utc_now() + CLOCK_SLACK
    for sentence, moment, held in (
        (
            _(
                "{reference}: declared at {moment}, outside the time since the package was "
                "made ({made}); the evaluator's clock may be wrong"
            ),
            declared,
            review.declared_at,
        ),
        (
            _(
                "{reference}: submitted at {moment}, outside the time since the package was "
                "made ({made}); the evaluator's clock may be wrong"
            ),
            submitted,
            review.submitted_at,
        ),
    ):
        if moment is None or (held is not None and moment == held):
            continue  # unchanged: made with an earlier package, or already held
        if not earliest <= moment <= latest:
            problems.append(
                sentence.format(
                    reference=review.reference,
                    moment=moment.isoformat(),
                    made=f"{earliest + CLOCK_SLACK:%Y-%m-%d}",
                )
            )
    return problems


def issued_version(package: Package, review: HeldReview) -> int | None:
    """The chair_version at which ``package`` issued ``review``; None if it did not issue it.

    A package exported before the chair's side kept what it issued counts as issuing, at
    version 0, the reviews assigned by the time it was exported: returns made from it change
    only those, and only while the chair has not touched them. Review ids are never reused
    (AUTOINCREMENT), so an id names one assignment for good.
    """
    if package.issued is None:
        return 0 if review.assigned_at <= _aware(package.exported_at) else None
    return package.issued.get(str(review.id))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def chair_keeps(
    package: Package, review: HeldReview, data: ReviewData, evaluator: str
) -> str | None:
    """Why the chair's copy of ``review`` stays as it is whatever ``data`` says; None when the
    returns may change it. Only the chair's own records decide: what the package issued, the
    review's chair_version now, and whether the chair holds it as submitted."""
    reference = review.reference
    issued = issued_version(package, review)
    if issued is None:
        return _(
            "{reference}: this review was assigned to {evaluator} after the "
            "package these returns come from was made; it is kept as the chair "
            "holds it"
        ).format(reference=reference, evaluator=evaluator)
    if review.chair_version > issued:
        return _(
            "{reference}: the chair changed this review after {evaluator}'s "
            "package was made; it is kept as the chair left it"
        ).format(reference=reference, evaluator=evaluator)
    wanted = {s.criterion: (Decimal(s.value), s.comment) for s in data.scores}
    undone = []
    if review.submitted_at is not None:
        if data.submitted_at is None:
            undone.append(_("un-submit it"))
        elif moment_of(data.submitted_at) != review.submitted_at:
            undone.append(_("change when it was submitted"))
        if wanted != review.scores:
            changed = score_changes(review.scores, wanted)
            undone.append(
                _("change its scores or comments ({count})").format(
                    count=plural(len(changed), "{count} change", "{count} changes")
                )
            )
    if review.declared_at is not None:
        if data.declared_at is None:
            undone.append(_("withdraw the declaration of no conflict of interest"))
        elif moment_of(data.declared_at) != review.declared_at and review.submitted_at is not None:
            undone.append(_("change when the declaration was made"))
    if not undone:
        return None
    held = _("holds this review as submitted") if review.submitted_at else _("holds this review")
    return _(
        "{reference}: the chair {held}, but these returns {undone}; it is kept as "
        "the chair holds it until the chair reopens it"
    ).format(reference=reference, held=held, undone=_and(undone))


def chair_keeps_conflict(package: Package, review: HeldReview, evaluator: str) -> str | None:
    """Why a conflict of interest declared in returns is not recorded for ``review``; None
    when it is, releasing the review."""
    reference = review.reference
    issued = issued_version(package, review)
    if issued is None or review.chair_version > issued:
        return _(
            "{reference}: the chair changed this review after {evaluator}'s "
            "package was made; the conflict of interest these returns declare is "
            "not recorded, ask the chair"
        ).format(reference=reference, evaluator=evaluator)
    if review.submitted_at is not None:
        return _(
            "{reference}: the chair holds this review as submitted, but these "
            "returns declare a conflict of interest for it; it is kept as "
            "submitted until the chair reopens it"
        ).format(reference=reference)
    return None


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _(" and ") + items[-1]


def revision_problem(revision: int, last: int, evaluator: str) -> str | None:
    """Why returns of ``revision`` cannot come after ``last``, the newest revision imported
    from ``evaluator``; None when they can."""
    if revision > last + MAX_REVISION_STEP:
        return _(
            "revision {revision} lies far beyond the last one imported from "
            "{evaluator} ({last}); an evaluator's workspace counts its returns one "
            "by one"
        ).format(revision=revision, evaluator=evaluator, last=last)
    return None
