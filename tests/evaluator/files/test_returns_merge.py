"""Which returns the chair's workspace takes: a third evaluator's after a consensus, in order of
package then revision, a renamed evaluator's, and all but the review a later conflict took out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from evaluator.errors import EvaluatorError
from evaluator.files.exchange import open_package
from evaluator.services.evaluators import (
    ConflictView,
    add_conflict,
    find_evaluator,
    find_proposal,
    list_conflicts,
    update_evaluator,
)
from evaluator.services.reconcile import reconciliation
from evaluator.services.scoring import review_sheet
from tests.cli_helpers import ok, run
from tests.factories import (
    EVALUATORS,
    SMALL_CALL,
    Round,
    exchange_workspace,
    merge_returns,
    reading,
    references_of,
    reviewed_workspace,
    score_everything,
    score_review,
    sha256_of,
    stored_scores,
    stored_typed_scores,
    transaction,
    write_package,
    write_returns,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])


def test_returns_of_a_divergent_proposals_third_evaluator_merge_after_a_consensus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # RG-002 is divergent (30 against 13); Dragana, who reviews only RG-001, is the only
    # evaluator free to take it.
    chair = reviewed_workspace(
        tmp_path / "chair",
        {
            "RG-001": {ANA: "4 3 4", DRAGANA: "4 3 4"},
            "RG-002": {ANA: "5 5 5", BESNIK: "2 3 2"},
        },
        call_text=SMALL_CALL,
    )
    assert ok(capsys, chair, "assign", "--divergent") == "Assigned 1 review to 1 evaluator.\n"
    write_package(chair, DRAGANA, tmp_path / "dragana.gep")
    evaluator = tmp_path / "dragana.gew"
    open_package(package=tmp_path / "dragana.gep", workspace=evaluator)
    # The panel settles 1.1 while Dragana's review is under way.
    ok(capsys, chair, "consensus", "RG-002", "1.1", "4", "--reason", "Agreed in the panel")
    score_review(
        evaluator,
        DRAGANA,
        "RG-002",
        {"1.1": ("4", ""), "1.2": ("4", ""), "2.1": ("3", "")},
        submitted=True,
    )
    returns = write_returns(evaluator, tmp_path / "dragana.ger")

    said = ok(capsys, chair, "import-returns", returns.path)

    assert said == (
        f"dragana.ger: imported revision 1 from {DRAGANA}: 2 reviews, 6 scores, 2 submitted.\n"
    )
    assert stored_scores(chair, DRAGANA, "RG-002") == {
        "1.1": (Decimal(4), ""),
        "1.2": (Decimal(4), ""),
        "2.1": (Decimal(3), ""),
    }
    with reading(chair) as session:
        assert review_sheet(session, find_evaluator(session, DRAGANA), "RG-002").submitted
        item = next(i for i in reconciliation(session) if i.reference == "RG-002")
    assert item.consensus == {"1.1": (Decimal(4), "Agreed in the panel")}


def test_returns_are_ordered_by_package_then_revision(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path)
    first = references_of(chair, ANA)[0]
    write_package(chair, ANA, tmp_path / "a.gep")
    open_package(package=tmp_path / "a.gep", workspace=tmp_path / "a.gew")
    # A new package before any returns came back (e.g. the first one was lost).
    write_package(chair, ANA, tmp_path / "b.gep")
    open_package(package=tmp_path / "b.gep", workspace=tmp_path / "b.gew")
    score_review(tmp_path / "a.gew", ANA, first, {"1.1": ("3", ""), "1.2": ("4", "")})
    r1 = write_returns(tmp_path / "a.gew", tmp_path / "r1.ger")
    score_everything(tmp_path / "b.gew", ANA)
    r2 = write_returns(tmp_path / "b.gew", tmp_path / "r2.ger")

    older = merge_returns(chair, r1.path)
    newer = merge_returns(chair, r2.path)
    after_newer = sha256_of(chair)
    r3 = write_returns(tmp_path / "a.gew", tmp_path / "r3.ger")  # revision 2, older package
    stale = merge_returns(chair, r3.path)

    assert (r1.revision, r2.revision, r3.revision) == (1, 1, 2)
    assert (
        older.summary()
        == f"r1.ger: imported revision 1 from {ANA}: 3 reviews, 2 scores, 0 submitted."
    )
    assert newer.summary() == (
        f"r2.ger: imported revision 1 from {ANA}: 3 reviews, 36 scores, 3 submitted."
    )
    assert stale.summary() == f"r3.ger: already imported ({ANA}, revision 2); nothing changed."
    assert sha256_of(chair) == after_newer
    for reference in references_of(chair, ANA):
        assert stored_scores(chair, ANA, reference) == stored_typed_scores(ANA, reference)


def test_the_same_revision_of_the_same_package_with_other_content_is_refused(
    tmp_path: Path,
) -> None:
    chair = exchange_workspace(tmp_path)
    first = references_of(chair, ANA)[0]
    write_package(chair, ANA, tmp_path / "ana.gep")
    open_package(package=tmp_path / "ana.gep", workspace=tmp_path / "ana.gew")
    twin = tmp_path / "twin.gew"  # the same package opened on a second laptop
    twin.write_bytes((tmp_path / "ana.gew").read_bytes())
    score_everything(tmp_path / "ana.gew", ANA)
    score_review(twin, ANA, first, {"1.1": ("1", "Weak link to the call"), "1.2": ("2", "Thin")})
    merge_returns(chair, write_returns(tmp_path / "ana.gew", tmp_path / "ana.ger").path)
    other = write_returns(twin, tmp_path / "twin.ger")
    before = chair.read_bytes()

    with pytest.raises(EvaluatorError) as caught:
        merge_returns(chair, other.path)

    assert other.revision == 1
    assert caught.value.message == (
        "twin.ger has the revision of returns already imported from the same package, but "
        "different content; ask the evaluator to send back their scores again."
    )
    assert chair.read_bytes() == before
    assert stored_scores(chair, ANA, first) == stored_typed_scores(ANA, first)


def test_returns_import_after_the_chair_corrects_the_evaluators_name(game: Round) -> None:
    renamed = "Ana Petrović-Marković"
    with transaction(game.chair) as session:
        update_evaluator(
            session=session, name=ANA, new_name=renamed, country="Serbia", email="ana@example.org"
        )

    result = merge_returns(game.chair, game.returns[ANA])

    assert result.summary() == (
        f"returns-1.ger: imported revision 1 from {renamed}: 3 reviews, 36 scores, 3 submitted."
    )
    for reference in references_of(game.chair, renamed):
        assert stored_scores(game.chair, renamed, reference) == stored_typed_scores(ANA, reference)


def test_returns_still_import_when_the_chair_recorded_a_conflict_after_the_package(
    game: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = references_of(game.chair, ANA)
    released = mine[1]
    with transaction(game.chair) as session:
        add_conflict(
            session=session,
            evaluator=find_evaluator(session, ANA),
            proposal=find_proposal(session, released),
            reason="Her brother chairs the lead applicant",
        )

    code, out, err = run(capsys, "-w", game.chair, "import-returns", game.returns[ANA])
    result_lines = out.splitlines()

    assert (code, err) == (0, "")
    assert result_lines[0].startswith(
        f"returns-1.ger: imported revision 1 from {ANA}: 2 reviews, 24 scores, 2 submitted"
    )
    assert len(result_lines) == 2
    assert result_lines[1].endswith(
        f"{released}: {ANA} has a conflict of interest recorded for it; this review is left out"
    )
    assert references_of(game.chair, ANA) == [r for r in mine if r != released]
    for reference in references_of(game.chair, ANA):
        assert stored_scores(game.chair, ANA, reference) == stored_typed_scores(ANA, reference)
    with reading(game.chair) as session:
        assert [c for c in list_conflicts(session) if c.evaluator == ANA] == [
            ConflictView(ANA, released, "Her brother chairs the lead applicant", False)
        ]
