"""Statuses, flags, reason codes and roles: the words of INTERFACE.md, each with one home.

Every one is a ``StrEnum`` whose members equal (and print as) the interface strings, so that
JSON, CSV and stored values read exactly as before. Their words for users are in ``words``.
"""

from __future__ import annotations

from enum import StrEnum

from evaluator.i18n import _


class Status(StrEnum):
    """Where a proposal stands, in reporting order."""

    INELIGIBLE = "ineligible"
    INCOMPLETE = "incomplete"
    NEEDS_RECONCILIATION = "needs_reconciliation"
    BELOW_THRESHOLD = "below_threshold"
    FUNDED = "funded"
    RESERVE = "reserve"


class Flag(StrEnum):
    """What the rules flag on a proposal for the chair."""

    DIVERGENT_TOTAL = "DIVERGENT_TOTAL"
    DIVERGENT_CRITERION = "DIVERGENT_CRITERION"  # raised with the criterion's code
    MISSING_REVIEWS = "MISSING_REVIEWS"

    @property
    def divergent(self) -> bool:
        """Whether the flag says the reviews disagree."""
        return self is not Flag.MISSING_REVIEWS


class FlagOf(str):
    """One flag raised on a proposal: its kind and, for a criterion flag, the criterion.

    Equal to, and written as, its interface string (``DIVERGENT_TOTAL``,
    ``DIVERGENT_CRITERION:2.1``), so that JSON and CSV output are unchanged; callers read
    ``flag`` and ``criterion`` instead of taking the string apart.
    """

    __slots__ = ("criterion", "flag")
    flag: Flag
    criterion: str | None

    def __new__(cls, flag: Flag, criterion: str | None = None) -> FlagOf:
        if (flag is Flag.DIVERGENT_CRITERION) != (criterion is not None):
            raise ValueError(
                _("{flag} takes a criterion code exactly when it is per criterion").format(
                    flag=flag
                )
            )
        raised = super().__new__(cls, flag if criterion is None else f"{flag}:{criterion}")
        raised.flag = flag
        raised.criterion = criterion
        return raised

    def __getnewargs__(self) -> tuple[Flag, str | None]:  # type: ignore[override]
        return self.flag, self.criterion

    @property
    def divergent(self) -> bool:
        """Whether the flag says the reviews disagree."""
        return self.flag.divergent


class Reason(StrEnum):
    """Why a proposal is ineligible, in reporting order."""

    NO_LEAD = "NO_LEAD"
    MULTIPLE_LEADS = "MULTIPLE_LEADS"
    MIN_MEMBERS = "MIN_MEMBERS"
    MIN_COUNTRIES = "MIN_COUNTRIES"
    COUNTRY_NOT_ELIGIBLE = "COUNTRY_NOT_ELIGIBLE"
    PRIORITY_AREA = "PRIORITY_AREA"
    AMOUNT_RANGE = "AMOUNT_RANGE"
    DURATION_RANGE = "DURATION_RANGE"


class Role(StrEnum):
    """A consortium member's role in a proposal."""

    LEAD = "lead"
    PARTNER = "partner"


class Slot(StrEnum):
    """A cell of the assignment matrix: a review's progress, or a pair that may not meet."""

    ASSIGNED = "assigned"  # until the evaluator declares no conflict of interest
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    CONFLICT = "conflict"  # a conflict of interest, or the call's own-country rule


class ReviewProgress(StrEnum):
    """How far an evaluator is with one of their reviews, as their own list says it."""

    SUBMITTED = "submitted"
    COMPLETE = "complete"  # every criterion scored and justified: ready to submit
    NEEDS_JUSTIFICATION = "needs justification"  # every criterion scored, a comment missing
    IN_PROGRESS = "in progress"
    NOT_STARTED = "not started"
