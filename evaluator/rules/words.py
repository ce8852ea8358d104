"""The statuses, flags and reason codes in words for users: one place for every screen and file.

Each table maps a state to its words in the language in use; the states themselves (what JSON
and CSV print) never change.
"""

from __future__ import annotations

from collections.abc import Iterable

from evaluator.i18n import N_, Words, _, current, money
from evaluator.rules.call import CallSpec
from evaluator.rules.statuses import Flag, FlagOf, Reason, ReviewProgress, Slot, Status

# Keyed by the members, which equal their interface strings, so either looks a word up.
# In reporting order (``Status``), which is also the order lists sort statuses in.
STATUS_WORDS = Words(
    {
        Status.INELIGIBLE: N_("ineligible"),
        Status.INCOMPLETE: N_("incomplete"),
        Status.NEEDS_RECONCILIATION: N_("needs reconciliation"),
        Status.BELOW_THRESHOLD: N_("below threshold"),
        Status.FUNDED: N_("funded"),
        Status.RESERVE: N_("reserve list"),
    }
)

# The reasons in a few words, for lists and table cells; ``explain`` gives the full sentence.
REASON_LABELS = Words(
    {
        Reason.NO_LEAD: N_("no lead applicant"),
        Reason.MULTIPLE_LEADS: N_("several lead applicants"),
        Reason.MIN_MEMBERS: N_("too few members"),
        Reason.MIN_COUNTRIES: N_("too few countries"),
        Reason.COUNTRY_NOT_ELIGIBLE: N_("lead outside the beneficiary countries"),
        Reason.PRIORITY_AREA: N_("not a priority area of the call"),
        Reason.AMOUNT_RANGE: N_("amount out of range"),
        Reason.DURATION_RANGE: N_("duration out of range"),
    }
)

# How far an evaluator is with a review, in their own list.
REVIEW_WORDS = Words(
    {
        ReviewProgress.SUBMITTED: N_("submitted"),
        ReviewProgress.COMPLETE: N_("complete"),
        ReviewProgress.NEEDS_JUSTIFICATION: N_("needs justification"),
        ReviewProgress.IN_PROGRESS: N_("in progress"),
        ReviewProgress.NOT_STARTED: N_("not started"),
    }
)

SLOT_WORDS = Words(
    {
        Slot.ASSIGNED: N_("assigned, not started"),
        Slot.IN_PROGRESS: N_("in progress"),
        Slot.SUBMITTED: N_("submitted"),
        Slot.CONFLICT: N_("conflict of interest"),
    }
)


def explain(spec: CallSpec, code: str) -> str:
    """A reason code in words, with the call's own limits."""
    rules = spec.eligibility
    call = spec.call
    members = _(" or ").join(rules.member_types)
    waiver = (
        _(" (not required when the lead is a {join})").format(
            join=_(" or ").join(rules.network_types)
        )
        if rules.network_types
        else ""
    )
    texts = {
        Reason.NO_LEAD: _("No member of the consortium is the lead applicant."),
        Reason.MULTIPLE_LEADS: _("More than one member is named as lead applicant."),
        Reason.MIN_MEMBERS: (
            _(
                "Fewer than {min_members} {members} members from beneficiary countries{waiver}."
            ).format(min_members=rules.min_members, members=members, waiver=waiver)
        ),
        Reason.MIN_COUNTRIES: (
            _(
                "{members} members come from fewer than {min_countries} beneficiary "
                "countries{waiver}."
            ).format(members=members, min_countries=rules.min_countries, waiver=waiver)
        ),
        Reason.COUNTRY_NOT_ELIGIBLE: (
            _("The lead applicant is not established in a beneficiary country.")
        ),
        Reason.PRIORITY_AREA: _("The priority area is not one of the call's priority areas."),
        Reason.AMOUNT_RANGE: (
            _("The requested amount is outside {min_grant}–{max_grant} {currency}.").format(
                min_grant=money(call.min_grant),
                max_grant=money(call.max_grant),
                currency=call.currency,
            )
        ),
        Reason.DURATION_RANGE: (
            _("The duration is outside {min_duration_months}–{max_duration_months} months.").format(
                min_duration_months=call.min_duration_months,
                max_duration_months=call.max_duration_months,
            )
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
        words.append(_("divergent total"))
    elif len(criteria) == 1:
        words.append(_("divergent on criterion {criteria}").format(criteria=criteria[0]))
    elif criteria:
        words.append(_("divergent on {count} criteria").format(count=len(criteria)))
    if any(f.flag is Flag.MISSING_REVIEWS for f in raised):
        words.append(_("missing reviews"))
    if resolved:
        words.append(_("resolved"))
    return ", ".join(words)


def flag_lines(flags: Iterable[FlagOf]) -> list[str]:
    """Each flag in words, one a line, for a tooltip: ``divergent on criterion 2.1``."""
    return [
        _("divergent on criterion {criterion}").format(criterion=f.criterion)
        if f.criterion is not None
        else _("divergent total")
        if f.flag is Flag.DIVERGENT_TOTAL
        else _("missing reviews")
        for f in flags
    ]


def flag_summary(flags: Iterable[FlagOf]) -> str:
    """The flags in a few words: ``2 divergent, missing reviews``; empty when none is raised."""
    raised = list(flags)
    divergent = sum(1 for f in raised if f.divergent)
    words = [_("{divergent} divergent").format(divergent=divergent)] if divergent else []
    if any(f.flag is Flag.MISSING_REVIEWS for f in raised):
        words.append(_("missing reviews"))
    return ", ".join(words)


# Double quotation marks a title may hold of its own: then single marks go around it, so the
# title keeps its own exactly and the reader still sees where it ends.
DOUBLE_QUOTES = frozenset('“”„‟"«»')
# The quotation marks each language puts around a title (English: “…”).
QUOTES = {"sr-Latn": ("„", "“"), "sr-Cyrl": ("„", "“"), "bs": ("„", "“"), "mk": ("„", "“")}


def quoted(title: str) -> str:
    """``title`` in quotation marks, as a letter or a contract names it: “…”, or ‘…’ around a
    title that holds double marks of its own (‘“Safe Everywhere” – a helpline network’)."""
    if DOUBLE_QUOTES.intersection(title):
        return f"‘{title}’"
    opening, closing = QUOTES.get(current(), ("“", "”"))
    return f"{opening}{title}{closing}"
