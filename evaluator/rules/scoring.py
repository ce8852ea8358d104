"""The scoring rules: what a score is, when it needs a justification, a review's total, and
what stops a review from being submitted."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.call import CallSpec, Criterion
from evaluator.rules.exact import ZERO
from evaluator.rules.points import points


def parse_score(text: str) -> Decimal:
    """A score typed by a user; "4", "4.5" and "4,5" are accepted."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise EvaluatorError(
            _("“{typed}” is not a score; type a number.").format(typed=text.strip())
        ) from None
    # Absurd magnitudes or precision (1e999999999, or thirty decimals) are typing accidents
    # that would overflow Decimal arithmetic; the scale check explains anything else.
    exponent = value.as_tuple().exponent
    if (
        not value.is_finite()
        or value.adjusted() >= 12
        or (isinstance(exponent, int) and exponent < -12)
    ):
        raise EvaluatorError(
            _("“{typed}” is not a score; type a number.").format(typed=text.strip())
        )
    return value


def score_problem(criterion: Criterion, value: Decimal) -> str | None:
    """Why ``value`` is not a valid score of ``criterion``, or None if it is."""
    low, high, step = criterion.scale_min, criterion.scale_max, criterion.step
    if value < low:
        return _("{points} is below the scale of {code} ({points2}–{points3})").format(
            points=points(value), code=criterion.code, points2=points(low), points3=points(high)
        )
    if value > high:
        return _("{points} is above the scale of {code} ({points2}–{points3})").format(
            points=points(value), code=criterion.code, points2=points(low), points3=points(high)
        )
    # Exact fractions: Decimal arithmetic would round a long fraction onto the step.
    if (Fraction(value) - Fraction(low)) % Fraction(step):
        return _(
            "{points} is not on the scale of {code}: {points2}–{points3} in steps of {points4}"
        ).format(
            points=points(value),
            code=criterion.code,
            points2=points(low),
            points3=points(high),
            points4=points(step),
        )
    return None


def needs_justification(spec: CallSpec, value: Decimal) -> bool:
    """Whether a score of ``value`` must carry a written justification."""
    return value in spec.scoring.comments_required_for


def criterion_of(spec: CallSpec, code: str) -> Criterion:
    """The criterion ``code`` of the call."""
    for criterion in spec.criteria:
        if criterion.code == code.strip():
            return criterion
    codes = ", ".join(c.code for c in spec.criteria)
    raise EvaluatorError(
        _("The call has no criterion “{code}”; its criteria are {codes}.").format(
            code=code.strip(), codes=codes
        )
    )


def review_total(weights: Mapping[str, Decimal], scores: Mapping[str, Decimal]) -> Decimal:
    """A review's total: Σ score × weight over the criteria scored (``weights`` by criterion
    code, see ``CallSpec.weights``); exact under ``exact.EXACT``, as the rules compute it."""
    return sum([value * weights[code] for code, value in scores.items()], ZERO)


def missing_for(
    spec: CallSpec, *, declared: bool, scores: Mapping[str, tuple[Decimal, str]]
) -> list[str]:
    """What stops a review with ``scores`` (criterion -> (value, comment)) from being
    submitted, in words; empty when it is complete."""
    problems = []
    if not declared:
        problems.append(_("no declaration of absence of conflict of interest"))
    unscored = [c.code for c in spec.criteria if c.code not in scores]
    if unscored:
        problems.append(_("not scored: {join}").format(join=", ".join(unscored)))
    unjustified = [
        _("{code} (score {points})").format(code=c.code, points=points(scores[c.code][0]))
        for c in spec.criteria
        if c.code in scores
        and needs_justification(spec, scores[c.code][0])
        and not scores[c.code][1]
    ]
    if unjustified:
        problems.append(_("justification missing for {join}").format(join=", ".join(unjustified)))
    return problems
