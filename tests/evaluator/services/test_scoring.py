"""Scoring rules: the declaration, the scale and its step, justifications, submission, reopening."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from evaluator.errors import EvaluatorError
from evaluator.rules.statuses import Slot
from evaluator.services.assignment import AssignmentView
from evaluator.services.evaluators import ConflictView, find_evaluator, list_conflicts
from evaluator.services.scoring import (
    ReviewView,
    declare,
    my_reviews,
    record_score,
    reopen,
    review_of,
    submit,
)
from evaluator.storage.models import Score
from tests.factories import (
    FULL_SCORES,
    add_evaluators,
    assignments_of,
    declare_no_conflict,
    demo_call_text,
    edit_criterion,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    reading,
    run_assign,
    score_review,
    scoring_workspace,
    stored_scores,
    transaction,
    write_csv,
)

ANA = "Ana Petrović"
ALL_CODES = "1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2"


def record(
    workspace: Path,
    value: str | None,
    *,
    criterion: str = "1.1",
    comment: str | None = None,
    reference: str = "RG-001",
    name: str = ANA,
    require_justification: bool = True,
) -> None:
    """One score typed by ``name``, saved at once as the GUI and the CLI do."""
    with transaction(workspace) as session:
        review = review_of(session, find_evaluator(session, name), reference)
        record_score(
            session=session,
            review=review,
            criterion=criterion,
            value=None if value is None else Decimal(value),
            comment=comment,
            require_justification=require_justification,
        )


def submit_review(workspace: Path, reference: str = "RG-001", name: str = ANA) -> None:
    with transaction(workspace) as session:
        submit(session=session, review=review_of(session, find_evaluator(session, name), reference))


def reviews_of(workspace: Path, name: str = ANA) -> dict[str, ReviewView]:
    with reading(workspace) as session:
        return {r.reference: r for r in my_reviews(session, find_evaluator(session, name))}


def refused(
    workspace: Path,
    value: str | None,
    *,
    criterion: str = "1.1",
    comment: str | None = None,
    reference: str = "RG-001",
) -> str:
    """The message of a refused score; the workspace must be byte-identical afterwards."""
    before = workspace.read_bytes()
    with pytest.raises(EvaluatorError) as error:
        record(workspace, value, criterion=criterion, comment=comment, reference=reference)
    assert workspace.read_bytes() == before
    return error.value.message


@pytest.fixture
def declared(tmp_path: Path) -> Path:
    """The scoring workspace; Ana has declared no conflict with RG-001 and scored 1.1 = 3."""
    workspace = scoring_workspace(tmp_path)
    declare_no_conflict(workspace, ANA, "RG-001")
    record(workspace, "3", comment="Relevant to two topics of the call.")
    return workspace


@pytest.mark.parametrize(
    ("value", "criterion", "comment", "message"),
    [
        ("6", "1.1", "x", "RG-001: 6 is above the scale of 1.1 (1–5)."),
        ("0", "2.3", "x", "RG-001: 0 is below the scale of 2.3 (1–5)."),
        ("-1", "1.1", "x", "RG-001: -1 is below the scale of 1.1 (1–5)."),
        ("3.5", "1.1", "x", "RG-001: 3.5 is not on the scale of 1.1: 1–5 in steps of 1."),
        ("4.01", "5.2", "x", "RG-001: 4.01 is not on the scale of 5.2: 1–5 in steps of 1."),
        ("1", "1.2", None, "RG-001: a score of 1 on 1.2 needs a written justification."),
        ("2", "1.2", "   ", "RG-001: a score of 2 on 1.2 needs a written justification."),
        ("5", "3.2", "", "RG-001: a score of 5 on 3.2 needs a written justification."),
        (
            "3",
            "6.1",
            None,
            f"The call has no criterion “6.1”; its criteria are {ALL_CODES}.",
        ),
    ],
    ids=[
        "above",
        "zero",
        "negative",
        "half-step",
        "off-step",
        "unjustified-1",
        "blank-justification-2",
        "unjustified-5",
        "unknown-criterion",
    ],
)
def test_an_invalid_score_is_refused_and_changes_nothing(
    declared: Path, value: str, criterion: str, comment: str | None, message: str
) -> None:
    assert refused(declared, value, criterion=criterion, comment=comment) == message
    assert stored_scores(declared, ANA, "RG-001") == {
        "1.1": (Decimal("3"), "Relevant to two topics of the call.")
    }


def test_a_refused_change_keeps_the_previous_score(declared: Path) -> None:
    record(declared, "4", criterion="1.2")

    unjustified = refused(declared, "1", criterion="1.2")
    cleared = refused(declared, "5", comment="")
    # The comment already stored on 1.1 justifies a new score, as in the GUI's grid.
    record(declared, "2")

    assert unjustified == "RG-001: a score of 1 on 1.2 needs a written justification."
    assert cleared == "RG-001: a score of 5 on 1.1 needs a written justification."
    assert stored_scores(declared, ANA, "RG-001") == {
        "1.1": (Decimal("2"), "Relevant to two topics of the call."),
        "1.2": (Decimal("4"), ""),
    }


def test_scoring_needs_the_declaration_first(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    message = refused(workspace, "3", reference="RG-002")

    assert message == (
        "Declare that you have no conflict of interest with RG-002 before scoring it."
    )
    assert stored_scores(workspace, ANA, "RG-002") == {}


def test_a_proposal_not_assigned_cannot_be_scored(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    assert refused(workspace, "3", reference="RG-003") == "RG-003 is not assigned to Ana Petrović."


def test_a_submitted_review_is_locked(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-001", submitted=True)
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as scored:
        record(workspace, "4")
    with pytest.raises(EvaluatorError) as cleared:
        record(workspace, None)
    with pytest.raises(EvaluatorError) as commented:
        record(workspace, FULL_SCORES["1.2"][0], criterion="1.2", comment="Changed my mind.")
    with pytest.raises(EvaluatorError) as again:
        submit_review(workspace)

    locked = "The review of RG-001 is submitted and locked; the chair can reopen it."
    assert [scored.value.message, cleared.value.message, commented.value.message] == [locked] * 3
    assert again.value.message == "The review of RG-001 is already submitted."
    assert workspace.read_bytes() == before


def test_half_points_are_accepted_on_a_half_point_scale(tmp_path: Path) -> None:
    call = edit_criterion(demo_call_text(), "1.1", "step", '"0.5"')
    workspace = new_workspace(tmp_path, call_text=call)
    import_file(
        workspace, write_csv(tmp_path / "proposals.csv", member_rows("RG-001", eligible_members()))
    )
    add_evaluators(workspace, [(ANA, "Serbia"), ("Besnik Hoxha", "Kosovo")])
    run_assign(workspace)
    declare_no_conflict(workspace, ANA, "RG-001")

    record(workspace, "3.5")
    message = refused(workspace, "3.25")

    assert message == "RG-001: 3.25 is not on the scale of 1.1: 1–5 in steps of 0.5."
    assert stored_scores(workspace, ANA, "RG-001") == {"1.1": (Decimal("3.5"), "")}
    assert reviews_of(workspace)["RG-001"].total == Decimal("7")


def test_submit_says_what_is_missing(declared: Path) -> None:
    # The GUI saves a 5 as typed; its justification is to follow.
    record(declared, "5", criterion="1.2", require_justification=False)
    record(declared, "2", criterion="3.2", comment="  ", require_justification=False)
    record(declared, "4", criterion="2.1")
    before = declared.read_bytes()

    with pytest.raises(EvaluatorError) as error:
        submit_review(declared)

    assert error.value.message == (
        "RG-001 cannot be submitted: not scored: 1.3, 2.2, 2.3, 3.1, 4.1, 4.2, 5.1, 5.2; "
        "justification missing for 1.2 (score 5), 3.2 (score 2)."
    )
    assert declared.read_bytes() == before
    assert reviews_of(declared)["RG-001"].status == "in progress"


def test_submit_without_declaration_says_so(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    with pytest.raises(EvaluatorError) as error:
        submit_review(workspace, "RG-002")

    assert error.value.message == (
        "RG-002 cannot be submitted: no declaration of absence of conflict of interest; "
        f"not scored: {ALL_CODES}."
    )


def test_a_justification_added_later_completes_the_review(declared: Path) -> None:
    scores = {code: score for code, score in FULL_SCORES.items() if code != "1.1"}
    score_review(declared, ANA, "RG-001", scores)
    record(declared, "1", criterion="3.2", comment="", require_justification=False)
    with pytest.raises(EvaluatorError):
        submit_review(declared)

    # The justification is saved with the score it justifies, as the GUI saves a comment.
    record(declared, "1", criterion="3.2", comment="No audited accounts.")
    submit_review(declared)

    assert reviews_of(declared)["RG-001"].submitted


def test_a_complete_review_is_submitted_and_its_total_is_the_weighted_sum(
    tmp_path: Path,
) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-001")
    weights = {c["code"]: Decimal(c["weight"]) for c in tomllib.loads(demo_call_text())["criteria"]}

    assert reviews_of(workspace)["RG-001"].status == "complete"
    submit_review(workspace)

    # 5×2 + 4×2 + 3×2 + 4×2 + 2×2 + 3×1 + 4×2 + 1×1 + 3×2 + 4×1 + 3×2 + 5×1, from the call file.
    assert sum(Decimal(v) * weights[c] for c, (v, _) in FULL_SCORES.items()) == 69
    assert reviews_of(workspace) == {
        "RG-001": ReviewView(
            "RG-001", "Regional helpline RG-001", 12, 12, Decimal(69), True, True, ""
        ),
        "RG-002": ReviewView(
            "RG-002", "Regional helpline RG-002", 0, 12, Decimal(0), False, False, ""
        ),
    }
    assert reviews_of(workspace)["RG-001"].status == "submitted"
    assert reviews_of(workspace)["RG-002"].status == "not started"
    assert stored_scores(workspace, ANA, "RG-001") == {
        code: (Decimal(value), comment) for code, (value, comment) in FULL_SCORES.items()
    }


def test_the_chair_reopens_a_submitted_review_with_a_reason(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-001", submitted=True)

    with transaction(workspace) as session:
        reopen(
            session=session,
            evaluator_name="ana petrović",
            reference="RG-001",
            reason="  Score 3.2 contradicts the comment.  ",
        )
    record(workspace, "2", criterion="3.2", comment="Audited accounts for the lead only.")

    review = reviews_of(workspace)["RG-001"]
    assert (review.submitted, review.reopen_reason) == (False, "Score 3.2 contradicts the comment.")
    assert review.total == Decimal(70)
    submit_review(workspace)
    assert reviews_of(workspace)["RG-001"].reopen_reason == ""


@pytest.mark.parametrize(
    ("reference", "reason", "message"),
    [
        ("RG-001", "  ", "Give the reason for reopening the review."),
        ("RG-002", "Typo", "The review of RG-002 by Ana Petrović is not submitted."),
    ],
)
def test_reopening_needs_a_reason_and_a_submitted_review(
    tmp_path: Path, reference: str, reason: str, message: str
) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, ANA, "RG-001", submitted=True)
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        reopen(session=session, evaluator_name=ANA, reference=reference, reason=reason)

    assert error.value.message == message
    assert workspace.read_bytes() == before


def test_a_declared_conflict_releases_the_assignment_and_shows_to_the_chair(
    declared: Path,
) -> None:
    with transaction(declared) as session:
        declare(
            session=session,
            evaluator=find_evaluator(session, ANA),
            reference="RG-001",
            conflict="My sister chairs the lead applicant’s board.",
        )

    with reading(declared) as session:
        conflicts = list_conflicts(session)
        orphans = session.exec(select(Score)).all()
    assert ConflictView(ANA, "RG-001", "My sister chairs the lead applicant’s board.", True) in (
        conflicts
    )
    assert AssignmentView("RG-001", ANA, Slot.IN_PROGRESS) not in assignments_of(declared)
    assert [a for a in assignments_of(declared) if a.evaluator == ANA] == [
        AssignmentView("RG-002", ANA, Slot.ASSIGNED)
    ]
    assert orphans == []


def test_a_conflict_must_be_explained(declared: Path) -> None:
    before = declared.read_bytes()

    with pytest.raises(EvaluatorError) as error, transaction(declared) as session:
        declare(
            session=session,
            evaluator=find_evaluator(session, ANA),
            reference="RG-001",
            conflict=" ",
        )

    assert error.value.message == "Say what the conflict of interest is."
    assert declared.read_bytes() == before


def test_declaring_no_conflict_moves_the_assignment_in_progress(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    declare_no_conflict(workspace, ANA, "RG-002")
    declare_no_conflict(workspace, ANA, "RG-002")

    assert [a for a in assignments_of(workspace) if a.evaluator == ANA] == [
        AssignmentView("RG-001", ANA, Slot.ASSIGNED),
        AssignmentView("RG-002", ANA, Slot.IN_PROGRESS),
    ]
    assert reviews_of(workspace)["RG-002"].status == "in progress"
