"""The statuses, flags and reason codes in words for users: one place for every screen and file.

``ReviewProgress`` needs no entry: its values are already the words an evaluator reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from evaluator.rules.call import CallSpec
from evaluator.rules.statuses import Flag, FlagOf, Reason, Slot, Status

# Keyed by the members, which equal their interface strings, so either looks a word up.
# In reporting order (``Status``), which is also the order lists sort statuses in.
STATUS_WORDS: dict[str, str] = {
    Status.INELIGIBLE: "ineligible",
    Status.INCOMPLETE: "incomplete",
    Status.NEEDS_RECONCILIATION: "needs reconciliation",
    Status.BELOW_THRESHOLD: "below threshold",
    Status.FUNDED: "funded",
    Status.RESERVE: "reserve list",
}

# The reasons in a few words, for lists and table cells; ``explain`` gives the full sentence.
REASON_LABELS: dict[str, str] = {
    Reason.NO_LEAD: "no lead applicant",
    Reason.MULTIPLE_LEADS: "several lead applicants",
    Reason.MIN_MEMBERS: "too few members",
    Reason.MIN_COUNTRIES: "too few countries",
    Reason.COUNTRY_NOT_ELIGIBLE: "lead outside the beneficiary countries",
    Reason.PRIORITY_AREA: "not a priority area of the call",
    Reason.AMOUNT_RANGE: "amount out of range",
    Reason.DURATION_RANGE: "duration out of range",
}

SLOT_WORDS: dict[str, str] = {
    Slot.ASSIGNED: "assigned, not started",
    Slot.IN_PROGRESS: "in progress",
    Slot.SUBMITTED: "submitted",
    Slot.CONFLICT: "conflict of interest",
}


def explain(spec: CallSpec, code: str) -> str:
    """A reason code in words, with the call's own limits."""
    rules = spec.eligibility
    call = spec.call
    members = " or ".join(rules.member_types)
    waiver = (
        f" (not required when the lead is a {' or '.join(rules.network_types)})"
        if rules.network_types
        else ""
    )
    texts = {
        Reason.NO_LEAD: "No member of the consortium is the lead applicant.",
        Reason.MULTIPLE_LEADS: "More than one member is named as lead applicant.",
        Reason.MIN_MEMBERS: (
            f"Fewer than {rules.min_members} {members} members from beneficiary countries{waiver}."
        ),
        Reason.MIN_COUNTRIES: (
            f"{members} members come from fewer than {rules.min_countries} beneficiary "
            f"countries{waiver}."
        ),
        Reason.COUNTRY_NOT_ELIGIBLE: (
            "The lead applicant is not established in a beneficiary country."
        ),
        Reason.PRIORITY_AREA: "The priority area is not one of the call's priority areas.",
        Reason.AMOUNT_RANGE: (
            f"The requested amount is outside {call.min_grant:,.2f}–{call.max_grant:,.2f} "
            f"{call.currency}."
        ),
        Reason.DURATION_RANGE: (
            f"The duration is outside {call.min_duration_months}–{call.max_duration_months} months."
        ),
    }
    return texts[Reason(code)]


def flag_words(flags: Iterable[FlagOf], *, resolved: bool = False) -> str:
    """The flags in a table cell: ``divergent total, resolved``, ``divergent on 2 criteria``,
    ``missing reviews``; empty when none is raised and nothing was resolved."""
    raised = list(flags)
    criteria = [f.criterion for f in raised if f.criterion is not None]
    words = []
    if any(f.flag is Flag.DIVERGENT_TOTAL for f in raised):
        words.append("divergent total")
    elif len(criteria) == 1:
        words.append(f"divergent on criterion {criteria[0]}")
    elif criteria:
        words.append(f"divergent on {len(criteria)} criteria")
    if any(f.flag is Flag.MISSING_REVIEWS for f in raised):
        words.append("missing reviews")
    if resolved:
        words.append("resolved")
    return ", ".join(words)


def flag_lines(flags: Iterable[FlagOf]) -> list[str]:
    """Each flag in words, one a line, for a tooltip: ``divergent on criterion 2.1``."""
    return [
        f"divergent on criterion {f.criterion}"
        if f.criterion is not None
        else "divergent total"
        if f.flag is Flag.DIVERGENT_TOTAL
        else "missing reviews"
        for f in flags
    ]


def flag_summary(flags: Iterable[FlagOf]) -> str:
    """The flags in a few words: ``2 divergent, missing reviews``; empty when none is raised."""
    raised = list(flags)
    divergent = sum(1 for f in raised if f.divergent)
    words = [f"{divergent} divergent"] if divergent else []
    if any(f.flag is Flag.MISSING_REVIEWS for f in raised):
        words.append("missing reviews")
    return ", ".join(words)


# Double quotation marks a title may hold of its own: then single marks go around it, so the
# title keeps its own exactly and the reader still sees where it ends.
DOUBLE_QUOTES = frozenset('“”„‟"«»')


def quoted(title: str) -> str:
    """``title`` in quotation marks, as a letter or a contract names it: “…”, or ‘…’ around a
    title that holds double marks of its own (‘“Safe Everywhere” – a helpline network’)."""
    if DOUBLE_QUOTES.intersection(title):
        return f"‘{title}’"
    return f"“{title}”"


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: date) -> str:
    """``day`` as a letter dates itself: ``1 December 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
