"""The reversal actions: each says what it changed (nothing on a dry run), previews the status
and rank before → after, enters its reason in the audit trail, and leaves the workspace as it
was when it is a dry run or refused; organisation details say when nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evaluator.actions import decisions, proposals, reversals
from evaluator.actions.changes import NOTHING, Changes
from evaluator.actions.workspace import history, open_workspace, verify
from evaluator.errors import EvaluatorError
from evaluator.rules.preview import Standing
from evaluator.rules.statuses import Status
from tests.factories import canonical_dump


@pytest.fixture
def demo(pristine_demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.gew"
    shutil.copy(pristine_demo, path)
    return path


def divergent_resolved(demo: Path) -> str:
    """The demo's divergent proposal, resolved by the chair."""
    with open_workspace(demo) as workspace:
        item = next(
            r
            for r in decisions.reconciliation(workspace=workspace)
            if any(f.divergent for f in r.flags)
        )
        if not item.resolved:
            decisions.resolve(workspace=workspace, reference=item.reference, note="Agreed")
    return item.reference


def test_a_dry_run_changes_nothing_and_says_what_would(demo: Path) -> None:
    reference = divergent_resolved(demo)
    before = demo.read_bytes()
    with open_workspace(demo) as workspace:
        done = reversals.unresolve(
            workspace=workspace, reference=reference, reason="Panel again", dry_run=True
        )

    assert done.changes == NOTHING
    assert not done.result.preview.applied
    subject = done.result.preview.subject
    assert subject.after == Standing(Status.NEEDS_RECONCILIATION, None, subject.before.final_score)
    assert subject.before.rank is not None
    # every proposal ranked below it moves up one
    assert all(
        s.after.rank == (s.before.rank or 0) - 1
        for s in done.result.preview.others
        if s.before.rank and s.before.rank > subject.before.rank
    )
    assert demo.read_bytes() == before


def test_the_reason_is_on_the_entries_the_reversal_writes_only(demo: Path) -> None:
    reference = divergent_resolved(demo)
    with open_workspace(demo) as workspace:
        done = reversals.unresolve(workspace=workspace, reference=reference, reason=" Panel  again")
        entries = history(workspace=workspace, reference=reference)

    assert done.changes == Changes(decisions=True) and done.result.preview.applied
    assert (entries[-1].action, entries[-1].reason) == ("changed", "Panel again")
    assert entries[-1].changes["resolve_note"][1] is None
    assert [e.reason for e in entries[:-1] if e.reason] == []
    assert verify(path=demo).ok


def test_include_without_a_reason_still_counts_the_review_again(demo: Path) -> None:
    with open_workspace(demo) as workspace:
        line = next(r for r in decisions.reconciliation(workspace=workspace) if r.reviews)
        name = line.reviews[0].evaluator
        decisions.exclude(workspace=workspace, reference=line.reference, evaluator_name=name,
                          reason="Outlier")  # fmt: skip
        done = decisions.include(workspace=workspace, reference=line.reference,
                                 evaluator_name=name.upper())  # fmt: skip

    assert (done.result, done.changes) == (name, Changes(decisions=True))


def test_a_refused_reversal_leaves_the_workspace_as_it_was(demo: Path) -> None:
    before = canonical_dump(demo)
    with open_workspace(demo) as workspace, pytest.raises(EvaluatorError) as refused:
        reversals.clear_consensus(
            workspace=workspace, reference="RG-001", criterion="1.1", reason="x", dry_run=True
        )

    assert refused.value.message == (
        "RG-001 has no consensus score for 1.1; there is nothing to clear."
    )
    assert canonical_dump(demo) == before


def test_organisation_details_unchanged_change_nothing(demo: Path) -> None:
    with open_workspace(demo) as workspace:
        lead = next(p for p in proposals.list_proposals(workspace=workspace) if p.lead).lead
        assert lead is not None
        first = proposals.set_organisation(
            workspace=workspace, name=lead.organisation, country=lead.country,
            details={"representative": "Ana Anić"},
        )  # fmt: skip
        second = proposals.set_organisation(
            workspace=workspace, name=lead.organisation, country=lead.country,
            details={"representative": "Ana  Anić"},
        )  # fmt: skip

    assert (first.result.changed, first.changes) == (["representative"], Changes(proposals=True))
    assert (second.result.changed, second.changes) == ([], NOTHING)
