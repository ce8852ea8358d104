"""Assignment: deterministic, conflict-free, balanced, eligible proposals only, all or nothing."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.errors import EvaluatorError
from evaluator.rules.statuses import Slot
from evaluator.services.assignment import AssignmentView, assign_one, unassign
from evaluator.storage.audit import history
from tests.factories import (
    EVALUATORS,
    add_conflicts,
    add_evaluators,
    assignments_of,
    consortium,
    demo_call_text,
    demo_workspace,
    edit_call,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    proposals_of,
    reading,
    run_assign,
    score_review,
    scoring_workspace,
    transaction,
    workspace_with,
    write_csv,
)

BENEFICIARIES = [
    "Albania",
    "Bosnia and Herzegovina",
    "Kosovo",
    "Montenegro",
    "North Macedonia",
    "Serbia",
]
AVOID_OWN_COUNTRY = ("avoid_own_country = false", "avoid_own_country = true")
INELIGIBLE = "RG-900"


@dataclass(frozen=True)
class Committee:
    """A random call: eligible consortia by their countries, evaluators, conflicts."""

    proposals: list[list[str]]  # member countries of RG-001, RG-002, …; the first is the lead
    evaluator_countries: list[str]
    conflicts: frozenset[tuple[int, int]]  # (evaluator index, proposal index)
    per_proposal: int
    avoid_own_country: bool
    with_ineligible: bool

    @property
    def references(self) -> list[str]:
        return [f"RG-{index + 1:03d}" for index in range(len(self.proposals))]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in EVALUATORS[: len(self.evaluator_countries)]]

    def blocked(self) -> set[tuple[str, str]]:
        """(evaluator, reference) pairs that must never be assigned, worked out by hand."""
        pairs = {(self.names[e], self.references[p]) for e, p in self.conflicts}
        if self.avoid_own_country:
            for e, country in enumerate(self.evaluator_countries):
                for p, countries in enumerate(self.proposals):
                    if country in countries:
                        pairs.add((self.names[e], self.references[p]))
        return pairs


@st.composite
def committees(draw: st.DrawFn) -> Committee:
    proposals = draw(
        st.lists(
            st.lists(st.sampled_from(BENEFICIARIES), min_size=3, max_size=4, unique=True),
            min_size=1,
            max_size=5,
        )
    )
    countries = draw(
        st.lists(st.sampled_from([*BENEFICIARIES, "Croatia", ""]), min_size=1, max_size=8)
    )
    pairs = [(e, p) for e in range(len(countries)) for p in range(len(proposals))]
    conflicts = draw(st.frozensets(st.sampled_from(pairs), max_size=len(pairs) // 2))
    return Committee(
        proposals=proposals,
        evaluator_countries=countries,
        conflicts=conflicts,
        per_proposal=draw(st.integers(min_value=1, max_value=3)),
        avoid_own_country=draw(st.booleans()),
        with_ineligible=draw(st.booleans()),
    )


def build(folder: Path, committee: Committee) -> Path:
    """The committee's workspace, built as a chair would: call file, CSV import, evaluators."""
    call = demo_call_text()
    if committee.avoid_own_country:
        call = edit_call(call, *AVOID_OWN_COUNTRY)
    workspace = new_workspace(folder, call_text=call)
    rows = [
        row
        for reference, countries in zip(committee.references, committee.proposals, strict=True)
        for row in member_rows(reference, consortium(reference, countries))
    ]
    if committee.with_ineligible:
        # Two members only: MIN_MEMBERS and MIN_COUNTRIES.
        rows += member_rows(INELIGIBLE, consortium(INELIGIBLE, ["Serbia", "Kosovo"]))
    import_file(workspace, write_csv(folder / "proposals.csv", rows))
    add_evaluators(workspace, zip(committee.names, committee.evaluator_countries, strict=True))
    add_conflicts(
        workspace,
        [(committee.names[e], committee.references[p]) for e, p in sorted(committee.conflicts)],
    )
    return workspace


@settings(max_examples=40, deadline=None)
@given(committees())
def test_assignment_is_deterministic_conflict_free_balanced_or_refused(
    committee: Committee,
) -> None:
    blocked = committee.blocked()
    names = committee.names
    wanted = committee.per_proposal
    free = {r: sum(1 for n in names if (n, r) not in blocked) for r in committee.references}
    short = [r for r in committee.references if free[r] < wanted]
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        first = build(Path(one), committee)
        second = build(Path(two), committee)

        if short:
            before = first.read_bytes()
            with pytest.raises(EvaluatorError) as error:
                run_assign(first, wanted)
            assert error.value.message == (
                f"Not every eligible proposal can get {wanted} evaluators without a conflict "
                "of interest; nothing was assigned."
            )
            assert error.value.details == [
                f"{r}: {free[r]} of the {len(names)} evaluators can review it, {wanted} are needed"
                for r in short
            ]
            assert first.read_bytes() == before
            assert assignments_of(first) == []
            return

        added = run_assign(first, wanted)
        again = run_assign(second, wanted)
        stored = assignments_of(first)

    # (a) deterministic, and what was added is what the lists show.
    assert added == again
    assert stored == added
    pairs = {(a.evaluator, a.reference) for a in added}
    assert len(pairs) == len(added)
    assert {a.status for a in added} <= {"assigned"}
    # Eligible proposals only, each with exactly the evaluators wanted.
    assert Counter(a.reference for a in added) == dict.fromkeys(committee.references, wanted)
    # (b) conflict-free, and no evaluator reviews a consortium from their own country.
    assert not pairs & blocked
    # (c) balanced: a load two above another's only when no proposal could move across.
    load = {n: sum(1 for e, _ in pairs if e == n) for n in names}
    for heavy in names:
        for light in names:
            if load[heavy] >= load[light] + 2:
                movable = [
                    r
                    for e, r in pairs
                    if e == heavy and (light, r) not in blocked and (light, r) not in pairs
                ]
                assert movable == [], f"{heavy} {load[heavy]}, {light} {load[light]}: {movable}"
    if not blocked:
        assert max(load.values()) - min(load.values()) <= 1


def test_only_eligible_proposals_are_assigned_evenly(tmp_path: Path) -> None:
    workspace = demo_workspace(tmp_path, evaluators=4)
    eligible = sorted(r for r, p in proposals_of(workspace).items() if p.eligible)

    added = run_assign(workspace)

    assert len(eligible) == 21
    assert Counter(a.reference for a in added) == dict.fromkeys(eligible, 2)
    assert sorted(Counter(a.evaluator for a in added).values()) == [10, 10, 11, 11]
    assert assignments_of(workspace) == added


def test_assigning_again_adds_nothing(tmp_path: Path) -> None:
    workspace = demo_workspace(tmp_path, evaluators=3)
    first = run_assign(workspace)

    second = run_assign(workspace)

    assert len(first) == 42
    assert second == []
    assert assignments_of(workspace) == first


def test_existing_reviews_count_toward_the_load(tmp_path: Path) -> None:
    rows = [
        row
        for reference in ("RG-001", "RG-002", "RG-003", "RG-004")
        for row in member_rows(reference, eligible_members())
    ]
    workspace = workspace_with(tmp_path, rows)
    add_evaluators(workspace, EVALUATORS[:2])
    with transaction(workspace) as session:
        assign_one(session=session, evaluator_name="Ana Petrović", reference="RG-001")
        assign_one(session=session, evaluator_name="Ana Petrović", reference="RG-002")

    added = run_assign(workspace, per_proposal=1)

    assert added == [
        AssignmentView("RG-003", "Besnik Hoxha", Slot.ASSIGNED),
        AssignmentView("RG-004", "Besnik Hoxha", Slot.ASSIGNED),
    ]


def test_each_assignment_enters_the_trail_under_its_proposal(tmp_path: Path) -> None:
    workspace = demo_workspace(tmp_path, evaluators=3)
    with transaction(workspace) as session:
        assign_one(session=session, evaluator_name="Ana Petrović", reference="RG-001")
    added = run_assign(workspace)

    with reading(workspace) as session:
        trail = [(e.action, e.subject) for e in history(session, "RG-001")]
        assigned = [e for e in history(session, "RG-002") if " review by " in e.subject]

    # By hand, then by the one action: each review under its proposal, with its evaluator.
    others = sorted(a.evaluator for a in added if a.reference == "RG-001")
    assert ("created", "RG-001 review by Ana Petrović") in trail
    assert [s for a, s in trail if "review by" in s] == [
        f"RG-001 review by {name}" for name in ["Ana Petrović", *others]
    ]
    assert sorted(e.subject for e in assigned) == [
        f"RG-002 review by {a.evaluator}" for a in added if a.reference == "RG-002"
    ]
    assert all(e.changes["excluded"] == [None, False] for e in assigned)


def test_more_evaluators_are_added_up_to_the_new_number(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    add_evaluators(workspace, [EVALUATORS[3]])

    added = run_assign(workspace, per_proposal=3)

    # The three others already review two proposals each: the newcomer catches up with them.
    assert [a.reference for a in added] == ["RG-001", "RG-002", "RG-003"]
    assert AssignmentView("RG-003", "Elvira Čaušević", Slot.ASSIGNED) in added
    loads = Counter(a.evaluator for a in assignments_of(workspace))
    assert sorted(loads.values()) == [2, 2, 2, 3]
    assert loads["Elvira Čaušević"] >= 2
    assert loads["Ana Petrović"] == 2


def test_nobody_reviews_a_consortium_from_their_own_country(tmp_path: Path) -> None:
    call = edit_call(demo_call_text(), *AVOID_OWN_COUNTRY)
    workspace = new_workspace(tmp_path, call_text=call)
    rows = [
        *member_rows("RG-001", consortium("RG-001", ["Montenegro", "Serbia", "Albania"])),
        *member_rows(
            "RG-002", consortium("RG-002", ["Kosovo", "Bosnia and Herzegovina", "Serbia"])
        ),
    ]
    import_file(workspace, write_csv(tmp_path / "proposals.csv", rows))
    add_evaluators(
        workspace,
        [("Ana Petrović", "serbia"), ("Besnik Hoxha", "Kosovo"), ("Ivana Horvat", "Croatia")],
    )

    one = run_assign(workspace, per_proposal=1)
    with pytest.raises(EvaluatorError) as error:
        run_assign(workspace, per_proposal=2)

    assert one == [
        AssignmentView("RG-001", "Besnik Hoxha", Slot.ASSIGNED),
        AssignmentView("RG-002", "Ivana Horvat", Slot.ASSIGNED),
    ]
    assert error.value.details == ["RG-002: 1 of the 3 evaluators can review it, 2 are needed"]
    assert assignments_of(workspace) == one


def test_an_infeasible_assignment_assigns_nothing_and_names_the_proposals(
    tmp_path: Path,
) -> None:
    rows = [
        row
        for reference in ("RG-001", "RG-002", "RG-003")
        for row in member_rows(reference, eligible_members())
    ]
    workspace = workspace_with(tmp_path, rows)
    add_evaluators(workspace, EVALUATORS[:2])
    add_conflicts(workspace, [("Ana Petrović", "RG-001"), ("Besnik Hoxha", "RG-003")])
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as error:
        run_assign(workspace)

    assert error.value.message == (
        "Not every eligible proposal can get 2 evaluators without a conflict of interest; "
        "nothing was assigned."
    )
    assert error.value.details == [
        "RG-001: 1 of the 2 evaluators can review it, 2 are needed",
        "RG-003: 1 of the 2 evaluators can review it, 2 are needed",
    ]
    assert workspace.read_bytes() == before


@pytest.mark.parametrize(
    ("evaluators", "per_proposal", "message"),
    [
        (2, 0, "Each proposal needs at least one evaluator."),
        (2, -1, "Each proposal needs at least one evaluator."),
        (0, None, "No evaluators are registered; add them before assigning."),
    ],
)
def test_assign_refuses_a_request_it_cannot_honour(
    tmp_path: Path, evaluators: int, per_proposal: int | None, message: str
) -> None:
    workspace = demo_workspace(tmp_path, evaluators=evaluators)
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as error:
        run_assign(workspace, per_proposal)

    assert error.value.message == message
    assert workspace.read_bytes() == before


def test_a_declared_conflict_goes_to_another_evaluator_on_reassignment(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    add_conflicts(workspace, [("Besnik Hoxha", "RG-001")])

    added = run_assign(workspace)

    assert added == [AssignmentView("RG-001", "Dragana Đurić", Slot.ASSIGNED)]


@pytest.mark.parametrize(
    ("name", "reference", "message"),
    [
        (
            "Ana Petrović",
            "RG-003",
            "Ana Petrović cannot review RG-003: a conflict of interest (or the call's "
            "own-country rule) stands in the way.",
        ),
        ("Ana Petrović", "RG-001", "Ana Petrović already reviews RG-001."),
        ("Ana Petrović", "RG-009", "RG-009 is not eligible; only eligible proposals are assigned."),
    ],
)
def test_a_manual_assignment_respects_the_rules(
    tmp_path: Path, name: str, reference: str, message: str
) -> None:
    rows = [
        row
        for reference_ in ("RG-001", "RG-002", "RG-003")
        for row in member_rows(reference_, eligible_members())
    ]
    rows += member_rows("RG-009", eligible_members()[:2])
    workspace = workspace_with(tmp_path, rows)
    add_evaluators(workspace, EVALUATORS[:3])
    add_conflicts(workspace, [("Ana Petrović", "RG-003")])
    run_assign(workspace)
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        assign_one(session=session, evaluator_name=name, reference=reference)

    assert error.value.message == message
    assert workspace.read_bytes() == before


def test_a_submitted_review_cannot_be_unassigned(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-001", submitted=True)

    with transaction(workspace) as session:
        unassign(session=session, evaluator_name="Ana Petrović", reference="RG-002")
    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        unassign(session=session, evaluator_name="Ana Petrović", reference="RG-001")

    assert error.value.message == (
        "Ana Petrović has submitted the review of RG-001; it cannot be unassigned."
    )
    assert [a for a in assignments_of(workspace) if a.evaluator == "Ana Petrović"] == [
        AssignmentView("RG-001", "Ana Petrović", Slot.SUBMITTED)
    ]
