"""The actions: each does one user's action in its own transaction and says what it changed,
so that a view knows whether to reload; refusals change nothing and say so."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from evaluator.actions import decisions, exchange, outputs, people, proposals, scoring
from evaluator.actions.changes import EVERYTHING, NOTHING, Changes
from evaluator.actions.scoring import ActingEvaluatorNeeded, SubmitRefused
from evaluator.actions.workspace import describe, history, open_workspace
from evaluator.errors import EvaluatorError
from evaluator.rules.statuses import Status
from tests.factories import (
    Round,
    canonical_dump,
    eligible_members,
    member_rows,
    scoring_workspace,
    write_csv,
)


def test_changes_combine_and_say_what_they_touch() -> None:
    both = Changes(reviews=True) | Changes(decisions=True)

    assert both == Changes(reviews=True, decisions=True)
    assert both.touches("decisions", "proposals") and not both.touches("proposals")
    assert not NOTHING and bool(both) and all(EVERYTHING.touches(k) for k in ("audit", "exchange"))


def test_an_award_changes_the_decisions_and_the_ranking_shows_it(
    pristine_demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.gew"
    shutil.copy(pristine_demo, path)
    with open_workspace(path) as workspace:
        funded = next(
            o
            for o in decisions.rank(workspace=workspace).ranking.outcomes
            if o.status == Status.FUNDED and o.requested > Decimal("31000")
        )
        done = decisions.award(
            workspace=workspace,
            reference=funded.reference,
            amount=Decimal("31000"),
            reason="Travel costs cut.",
        )
        after = {o.reference: o for o in decisions.rank(workspace=workspace).ranking.outcomes}

    assert (done.result, done.changes) == ("EUR", Changes(decisions=True))
    assert after[funded.reference].awarded == Decimal("31000.00")


def test_a_refused_action_raises_and_leaves_the_workspace_as_it_was(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    before = canonical_dump(path)
    with open_workspace(path) as workspace, pytest.raises(EvaluatorError) as refused:
        decisions.exclude(
            workspace=workspace, reference="RG-001", evaluator_name="Nobody", reason="x"
        )

    assert "Nobody" in refused.value.message
    assert canonical_dump(path) == before


def test_declaring_a_conflict_changes_the_assignments_too(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    with open_workspace(path) as workspace:
        none = scoring.declare(
            workspace=workspace, as_name="Ana Petrović", reference="RG-001", conflict=None
        )
        conflict = scoring.declare(
            workspace=workspace, as_name="Ana Petrović", reference="RG-002", conflict="my cousin"
        )
        left = [(a.reference, a.evaluator) for a in people.list_assignments(workspace=workspace)]

    assert none.changes == Changes(reviews=True)
    assert conflict.changes.touches("assignments", "evaluators")
    assert ("RG-002", "Ana Petrović") not in left and ("RG-001", "Ana Petrović") in left


def test_a_chair_workspace_must_be_told_whom_an_evaluator_action_is_for(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    with open_workspace(path) as workspace, pytest.raises(ActingEvaluatorNeeded):
        scoring.score(
            workspace=workspace,
            as_name=None,
            reference="RG-001",
            criterion="1.1",
            value=Decimal(4),
        )


def test_a_score_says_how_far_the_review_has_come(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    with open_workspace(path) as workspace:
        scoring.declare(
            workspace=workspace, as_name="Ana Petrović", reference="RG-001", conflict=None
        )
        done = scoring.score(
            workspace=workspace,
            as_name="Ana Petrović",
            reference="RG-001",
            criterion="1.2",
            value=Decimal(4),
        )

    assert (done.result.evaluator, done.result.scored, done.result.criteria) == (
        "Ana Petrović",
        1,
        12,
    )
    assert done.changes == Changes(reviews=True)


def test_submitting_incomplete_reviews_gives_each_one_its_reason(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    with open_workspace(path) as workspace:
        for reference in ("RG-001", "RG-002"):
            scoring.declare(
                workspace=workspace, as_name="Ana Petrović", reference=reference, conflict=None
            )
        with pytest.raises(SubmitRefused) as refused:
            scoring.submit(workspace=workspace, as_name="Ana Petrović")

    assert refused.value.message == "Nothing was submitted: 2 reviews cannot be."
    assert [c.message.split(" cannot")[0] for c in refused.value.causes] == ["RG-001", "RG-002"]


def test_an_import_of_proposals_changes_the_proposals(tmp_path: Path) -> None:
    path = scoring_workspace(tmp_path)
    csv = write_csv(tmp_path / "more.csv", member_rows("RG-009", eligible_members()))
    with open_workspace(path) as workspace:
        done = proposals.import_proposals(workspace=workspace, path=csv)
        listed = [p.reference for p in proposals.list_proposals(workspace=workspace)]

    assert done.changes.touches("proposals")
    assert listed == ["RG-001", "RG-002", "RG-003", "RG-009"]


def test_returns_that_are_all_refused_change_nothing(game: Round, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ger"
    bogus.write_text("not a returns file", encoding="utf-8")
    with open_workspace(game.chair) as workspace:
        done = exchange.import_returns(workspace=workspace, paths=[bogus])

    assert done.changes == NOTHING
    assert [path.name for path, _ in done.result.refused] == ["bogus.ger"]
    assert done.result.merged == []


def test_returns_merged_change_the_reviews_in_the_order_given(game: Round) -> None:
    files = list(game.returns.values())
    with open_workspace(game.chair) as workspace:
        done = exchange.import_returns(workspace=workspace, paths=files)

    assert done.changes.touches("reviews", "exchange")
    assert [path for path, _ in done.result.files] == files
    assert len(done.result.merged) == 3 and done.result.refused == []


def test_an_evaluator_workspace_describes_itself_and_counts_its_revisions(game: Round) -> None:
    name, path = next(iter(game.workspaces.items()))
    with open_workspace(path) as workspace:
        opened = describe(workspace=workspace)
        revision = exchange.next_returns_revision(workspace=workspace)
    with open_workspace(game.chair) as workspace:
        chair = describe(workspace=workspace)

    assert (opened.own, revision) == (name, 2)  # the round exported revision 1
    assert chair.own is None and chair.spec.call.id == opened.spec.call.id


def test_contract_drafts_are_written_and_entered_in_the_audit_trail(
    pristine_demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.gew"
    shutil.copy(pristine_demo, path)
    with open_workspace(path) as workspace:
        done = outputs.draw_contracts(
            workspace=workspace, folder=tmp_path / "drafts", references=None
        )
        funded = [
            o.reference
            for o in decisions.rank(workspace=workspace).ranking.outcomes
            if o.status == Status.FUNDED
        ]
        trail = [
            e.action
            for reference in funded
            for e in history(workspace=workspace, reference=reference)
        ]

    assert done.changes == Changes(audit=True)
    assert not done.result.read_only and done.result.audit_error is None
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == sorted(
        p.name for p in done.result.batch.files
    )
    assert trail.count("contract drafted") == len(done.result.batch.files)
