"""Eligibility of a proposal under the call's rules, with the reason codes of INTERFACE.md."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from evaluator.rules.call import CallSpec
from evaluator.rules.statuses import Reason, Role
from evaluator.rules.text import fold

# The words of the reasons live with every other word for users; importable from here too.
from evaluator.rules.words import REASON_LABELS as REASON_LABELS
from evaluator.rules.words import explain as explain


class Organisation(Protocol):
    """An organisation as the eligibility rules read it."""

    @property
    def country(self) -> str: ...

    @property
    def org_type(self) -> str: ...


class Member(Protocol):
    """A consortium member as the eligibility rules read it."""

    @property
    def role(self) -> str: ...

    @property
    def organisation(self) -> Organisation: ...


class Proposal(Protocol):
    """A proposal as the eligibility rules read it (a stored proposal is one)."""

    @property
    def members(self) -> Sequence[Member]: ...

    @property
    def priority_area(self) -> str: ...

    @property
    def requested_amount(self) -> Decimal: ...

    @property
    def duration_months(self) -> int: ...


def check(spec: CallSpec, proposal: Proposal) -> list[Reason]:
    """The reason codes that make ``proposal`` ineligible, in reporting order; empty if eligible."""
    rules = spec.eligibility
    call = spec.call
    leads = [m for m in proposal.members if m.role == Role.LEAD]
    reasons: list[Reason] = []
    if not leads:
        reasons.append(Reason.NO_LEAD)
    elif len(leads) > 1:
        reasons.append(Reason.MULTIPLE_LEADS)
    network_lead = len(leads) == 1 and _is_one_of(leads[0], rules.network_types)
    if not network_lead:
        counting = [
            m
            for m in proposal.members
            if _is_one_of(m, rules.member_types)
            and spec.canonical_country(m.organisation.country) is not None
        ]
        if len(counting) < rules.min_members:
            reasons.append(Reason.MIN_MEMBERS)
        countries = {fold(m.organisation.country) for m in counting}
        if len(countries) < rules.min_countries:
            reasons.append(Reason.MIN_COUNTRIES)
    if any(spec.canonical_country(m.organisation.country) is None for m in leads):
        reasons.append(Reason.COUNTRY_NOT_ELIGIBLE)
    if spec.canonical_area(proposal.priority_area) is None:
        reasons.append(Reason.PRIORITY_AREA)
    if not call.min_grant <= proposal.requested_amount <= call.max_grant:
        reasons.append(Reason.AMOUNT_RANGE)
    if not call.min_duration_months <= proposal.duration_months <= call.max_duration_months:
        reasons.append(Reason.DURATION_RANGE)
    return reasons


def _is_one_of(member: Member, org_types: list[str]) -> bool:
    return fold(member.organisation.org_type) in {fold(t) for t in org_types}
