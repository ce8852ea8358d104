"""Eligibility of a proposal under the call's rules, with the reason codes of INTERFACE.md."""

from __future__ import annotations

from evaluator.rules.call import CallSpec
from evaluator.rules.text import fold
from evaluator.storage.models import Member, Proposal

# Reported in this order (INTERFACE.md).
REASON_CODES = (
    "NO_LEAD",
    "MULTIPLE_LEADS",
    "MIN_MEMBERS",
    "MIN_COUNTRIES",
    "COUNTRY_NOT_ELIGIBLE",
    "PRIORITY_AREA",
    "AMOUNT_RANGE",
    "DURATION_RANGE",
)


# The reasons in a few words, for lists and table cells; ``explain`` gives the full sentence.
REASON_LABELS = {
    "NO_LEAD": "no lead applicant",
    "MULTIPLE_LEADS": "several lead applicants",
    "MIN_MEMBERS": "too few members",
    "MIN_COUNTRIES": "too few countries",
    "COUNTRY_NOT_ELIGIBLE": "lead outside the beneficiary countries",
    "PRIORITY_AREA": "not a priority area of the call",
    "AMOUNT_RANGE": "amount out of range",
    "DURATION_RANGE": "duration out of range",
}


def check(spec: CallSpec, proposal: Proposal) -> list[str]:
    """The reason codes that make ``proposal`` ineligible, in reporting order; empty if eligible."""
    rules = spec.eligibility
    call = spec.call
    leads = [m for m in proposal.members if m.role == "lead"]
    reasons: list[str] = []
    if not leads:
        reasons.append("NO_LEAD")
    elif len(leads) > 1:
        reasons.append("MULTIPLE_LEADS")
    network_lead = len(leads) == 1 and _is_one_of(leads[0], rules.network_types)
    if not network_lead:
        counting = [
            m
            for m in proposal.members
            if _is_one_of(m, rules.member_types)
            and spec.canonical_country(m.organisation.country) is not None
        ]
        if len(counting) < rules.min_members:
            reasons.append("MIN_MEMBERS")
        countries = {fold(m.organisation.country) for m in counting}
        if len(countries) < rules.min_countries:
            reasons.append("MIN_COUNTRIES")
    if any(spec.canonical_country(m.organisation.country) is None for m in leads):
        reasons.append("COUNTRY_NOT_ELIGIBLE")
    if spec.canonical_area(proposal.priority_area) is None:
        reasons.append("PRIORITY_AREA")
    if not call.min_grant <= proposal.requested_amount <= call.max_grant:
        reasons.append("AMOUNT_RANGE")
    if not call.min_duration_months <= proposal.duration_months <= call.max_duration_months:
        reasons.append("DURATION_RANGE")
    return reasons


def _is_one_of(member: Member, org_types: list[str]) -> bool:
    return fold(member.organisation.org_type) in {fold(t) for t in org_types}


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
        "NO_LEAD": "No member of the consortium is the lead applicant.",
        "MULTIPLE_LEADS": "More than one member is named as lead applicant.",
        "MIN_MEMBERS": (
            f"Fewer than {rules.min_members} {members} members from beneficiary countries{waiver}."
        ),
        "MIN_COUNTRIES": (
            f"{members} members come from fewer than {rules.min_countries} beneficiary "
            f"countries{waiver}."
        ),
        "COUNTRY_NOT_ELIGIBLE": "The lead applicant is not established in a beneficiary country.",
        "PRIORITY_AREA": "The priority area is not one of the call's priority areas.",
        "AMOUNT_RANGE": (
            f"The requested amount is outside {call.min_grant:,.2f}–{call.max_grant:,.2f} "
            f"{call.currency}."
        ),
        "DURATION_RANGE": (
            f"The duration is outside {call.min_duration_months}–{call.max_duration_months} months."
        ),
    }
    return texts[code]
