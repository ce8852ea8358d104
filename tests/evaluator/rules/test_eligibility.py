"""Eligibility: each reason code, their order, the network waiver and the inclusive limits."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.files.call_file import demo_call_path, load_call
from evaluator.rules import eligibility
from evaluator.rules.call import CallSpec
from evaluator.rules.statuses import Reason
from evaluator.services.proposals import check_eligibility
from evaluator.storage.models import Member, Organisation, Proposal
from evaluator.storage.workspace import open_path
from tests.factories import (
    demo_call_text,
    edit_call,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    proposals_of,
    workspace_with,
    write_csv,
)

Members = list[tuple[str, str, str, str]]

NIKSIC = ("Sos Helpline Nikšić", "Montenegro", "CSO", "lead")
BELGRADE = ("Центар за медијско описмењавање", "Serbia", "CSO", "partner")
TIRANA = ("Qendra për Zhvillim Rajonal", "Albania", "CSO", "partner")
SPLIT = ("Udruga “Jadran” Split", "Croatia", "CSO", "partner")
SPLIT_LEAD = ("Udruga “Jadran” Split", "Croatia", "CSO", "lead")
NIKSIC_PARTNER = ("Sos Helpline Nikšić", "Montenegro", "CSO", "partner")
VIENNA = ("Wirtschaftsuniversität Südost Wien", "Austria", "University", "partner")


def reasons(tmp_path: Path, members: Members, **proposal: str) -> list[Reason]:
    """The reason codes stored for one proposal imported from a CSV file."""
    workspace = workspace_with(tmp_path, member_rows("RG-001", members, **proposal))
    return proposals_of(workspace)["RG-001"].reasons


def test_complete_consortium_is_eligible(tmp_path: Path) -> None:
    workspace = workspace_with(tmp_path, member_rows("RG-001", eligible_members()))

    proposal = proposals_of(workspace)["RG-001"]

    assert proposal.eligible is True
    assert proposal.reasons == []


@pytest.mark.parametrize(
    ("members", "proposal", "expected"),
    [
        (
            [NIKSIC_PARTNER, BELGRADE, TIRANA],
            {},
            ["NO_LEAD"],
        ),
        (
            [NIKSIC, ("Центар за медијско описмењавање", "Serbia", "CSO", "lead"), TIRANA],
            {},
            ["MULTIPLE_LEADS"],
        ),
        (
            [NIKSIC, BELGRADE, ("Qendra për Zhvillim Rajonal", "Serbia", "CSO", "partner")],
            {},
            ["MIN_COUNTRIES"],
        ),
        (
            [SPLIT_LEAD, NIKSIC_PARTNER, BELGRADE, TIRANA],
            {},
            ["COUNTRY_NOT_ELIGIBLE"],
        ),
        (eligible_members(), {"priority_area": "Environment"}, ["PRIORITY_AREA"]),
        (eligible_members(), {"amount": "75,000.00"}, ["AMOUNT_RANGE"]),
        (eligible_members(), {"months": "24"}, ["DURATION_RANGE"]),
    ],
    ids=[
        "NO_LEAD",
        "MULTIPLE_LEADS",
        "MIN_COUNTRIES",
        "COUNTRY_NOT_ELIGIBLE",
        "PRIORITY_AREA",
        "AMOUNT_RANGE",
        "DURATION_RANGE",
    ],
)
def test_each_reason_code_alone(
    tmp_path: Path, members: Members, proposal: dict[str, str], expected: list[str]
) -> None:
    assert reasons(tmp_path, members, **proposal) == expected


def test_too_few_members_is_also_too_few_countries(tmp_path: Path) -> None:
    assert reasons(tmp_path, [NIKSIC, BELGRADE]) == ["MIN_MEMBERS", "MIN_COUNTRIES"]


def test_too_few_members_from_enough_countries(tmp_path: Path) -> None:
    # Three CSOs from three countries would do; one of the three is a university.
    members = [NIKSIC, BELGRADE, ("Univerziteti i Tiranës", "Albania", "University", "partner")]

    assert reasons(tmp_path, members) == ["MIN_MEMBERS", "MIN_COUNTRIES"]


def test_min_members_alone_when_countries_suffice(tmp_path: Path) -> None:
    call_text = edit_call(demo_call_text(), "min_members = 3 ", "min_members = 4 ")
    workspace = new_workspace(tmp_path, call_text=call_text)
    import_file(workspace, write_csv(tmp_path / "p.csv", member_rows("RG-001", eligible_members())))

    assert proposals_of(workspace)["RG-001"].reasons == ["MIN_MEMBERS"]


def test_several_reasons_are_reported_in_the_interface_order(tmp_path: Path) -> None:
    members = [SPLIT_LEAD, NIKSIC]

    got = reasons(tmp_path, members, priority_area="Environment", amount="25000", months="36")

    assert got == [
        "MULTIPLE_LEADS",
        "MIN_MEMBERS",
        "MIN_COUNTRIES",
        "COUNTRY_NOT_ELIGIBLE",
        "PRIORITY_AREA",
        "AMOUNT_RANGE",
        "DURATION_RANGE",
    ]


def test_no_lead_comes_first(tmp_path: Path) -> None:
    members = [SPLIT]

    got = reasons(tmp_path, members, priority_area="Environment", amount="1", months="1")

    assert got == [
        "NO_LEAD",
        "MIN_MEMBERS",
        "MIN_COUNTRIES",
        "PRIORITY_AREA",
        "AMOUNT_RANGE",
        "DURATION_RANGE",
    ]


def test_regional_network_lead_alone_is_eligible(tmp_path: Path) -> None:
    network = ("Balkanska mreža za otvorene podatke", "Serbia", "Regional network", "lead")

    assert reasons(tmp_path, [network]) == []


def test_regional_network_as_partner_does_not_waive(tmp_path: Path) -> None:
    network = ("Balkanska mreža za otvorene podatke", "Serbia", "Regional network", "partner")

    assert reasons(tmp_path, [NIKSIC, network]) == ["MIN_MEMBERS", "MIN_COUNTRIES"]


def test_regional_network_lead_outside_the_region_is_not_eligible(tmp_path: Path) -> None:
    network = ("Western Balkans Network Graz", "Austria", "Regional network", "lead")

    assert reasons(tmp_path, [network]) == ["COUNTRY_NOT_ELIGIBLE"]


def test_eu_partners_do_not_count(tmp_path: Path) -> None:
    members = [NIKSIC, BELGRADE, SPLIT, VIENNA]

    assert reasons(tmp_path, members) == ["MIN_MEMBERS", "MIN_COUNTRIES"]


def test_eu_partners_are_welcome_beside_a_full_consortium(tmp_path: Path) -> None:
    assert reasons(tmp_path, [*eligible_members(), SPLIT, VIENNA]) == []


def test_country_and_type_spelling_is_forgiven(tmp_path: Path) -> None:
    members = [
        ("Sos Helpline Nikšić", " montenegro ", "cso", "LEAD"),
        ("Центар за медијско описмењавање", "SERBIA", "Cso", "Partner"),
        ("Здружение Граѓанска иницијатива", "north   macedonia", "CSO", "partner"),
    ]

    assert reasons(tmp_path, members, priority_area="governance") == []


def test_limits_are_inclusive(tmp_path: Path) -> None:
    cases = {
        "AMT-30000.00": ("30000", "15"),
        "AMT-60000.00": ("60,000.00", "15"),
        "AMT-29999.99": ("29,999.99", "15"),
        "AMT-60000.01": ("60000.01", "15"),
        "DUR-12": ("45000", "12"),
        "DUR-18": ("45000", "18"),
        "DUR-11": ("45000", "11"),
        "DUR-19": ("45000", "19"),
    }
    rows = [
        row
        for n, (reference, (amount, months)) in enumerate(cases.items())
        for row in member_rows(reference, eligible_members(f" {n}"), amount=amount, months=months)
    ]
    workspace = workspace_with(tmp_path, rows)

    got = {r: p.reasons for r, p in proposals_of(workspace).items()}

    assert got == {
        "AMT-30000.00": [],
        "AMT-60000.00": [],
        "AMT-29999.99": ["AMOUNT_RANGE"],
        "AMT-60000.01": ["AMOUNT_RANGE"],
        "DUR-11": ["DURATION_RANGE"],
        "DUR-12": [],
        "DUR-18": [],
        "DUR-19": ["DURATION_RANGE"],
    }


def test_check_eligibility_reports_and_stores_every_proposal(tmp_path: Path) -> None:
    rows = [
        *member_rows("RG-002", eligible_members(" 2"), months="24"),
        *member_rows("RG-001", eligible_members(" 1")),
    ]
    workspace = workspace_with(tmp_path, rows)

    with open_path(workspace) as ws, ws.session() as session, session.begin():
        checked = [(p.reference, p.eligible, p.reasons) for p in check_eligibility(session)]

    assert checked == [("RG-001", True, []), ("RG-002", False, ["DURATION_RANGE"])]
    stored = proposals_of(workspace)
    assert (stored["RG-002"].eligible, stored["RG-002"].reasons) == (False, ["DURATION_RANGE"])


def test_every_code_is_explained_with_the_calls_limits() -> None:
    spec, _ = load_call(demo_call_path())

    assert eligibility.explain(spec, "AMOUNT_RANGE") == (
        "The requested amount is outside 30,000.00–60,000.00 EUR."
    )
    assert eligibility.explain(spec, "DURATION_RANGE") == "The duration is outside 12–18 months."
    assert eligibility.explain(spec, "MIN_MEMBERS") == (
        "Fewer than 3 CSO members from beneficiary countries "
        "(not required when the lead is a Regional network)."
    )
    assert all(eligibility.explain(spec, code) for code in Reason)


# A property over in-memory proposals: the rule itself, without a workspace.

SPEC: CallSpec = load_call(demo_call_path())[0]

_members = st.lists(
    st.tuples(
        st.sampled_from(["CSO", "Regional network", "University"]),
        st.sampled_from([*SPEC.call.countries, "Croatia", "Austria"]),
        st.sampled_from(["lead", "partner"]),
    ),
    max_size=6,
)


def _proposal(members: list[tuple[str, str, str]], amount: Decimal, months: int) -> Proposal:
    proposal = Proposal(
        reference="RG-P",
        title="t",
        priority_area="Governance",
        requested_amount=amount,
        duration_months=months,
    )
    for position, (org_type, country, role) in enumerate(members):
        organisation = Organisation(
            key=f"{position}", name=f"Org {position}", country=country, org_type=org_type
        )
        # The ids are set by the database; this proposal never goes there.
        member = Member(organisation=organisation, role=role, position=position)
        proposal.members.append(member)
    return proposal


@settings(max_examples=150, database=None, deadline=None)
@given(
    members=_members,
    eu_type=st.sampled_from(["CSO", "Regional network", "University"]),
    eu_country=st.sampled_from(["Croatia", "Slovenia", "Austria", "Italy"]),
    amount=st.decimals(min_value=0, max_value=100000, places=2),
    months=st.integers(min_value=1, max_value=36),
)
def test_adding_an_eu_partner_never_changes_the_result(
    members: list[tuple[str, str, str]],
    eu_type: str,
    eu_country: str,
    amount: Decimal,
    months: int,
) -> None:
    before = eligibility.check(SPEC, _proposal(members, amount, months))
    after = eligibility.check(
        SPEC, _proposal([*members, (eu_type, eu_country, "partner")], amount, months)
    )

    assert after == before
    assert before == [c for c in Reason if c in before]
