"""Offline exchange: what a package holds, and how returns merge (order, revisions, chair)."""

from __future__ import annotations

import hashlib
import itertools
from decimal import Decimal
from pathlib import Path

from evaluator.actions.workspace import create_demo
from evaluator.files.exchange import exchange_status, open_package, setting
from evaluator.services.demo import EVALUATORS as DEMO_EVALUATORS
from evaluator.services.evaluators import (
    ConflictView,
    find_evaluator,
    list_conflicts,
    list_evaluators,
)
from evaluator.services.scoring import (
    ReviewSheet,
    declare,
    my_reviews,
    record_score,
    reopen,
    review_of,
    review_sheet,
    submit,
)
from tests.factories import (
    EVALUATORS,
    Round,
    assignments_of,
    canonical_dump,
    envelope_body,
    exchange_workspace,
    merge_returns,
    reading,
    references_of,
    score_everything,
    score_review,
    sha256_of,
    stored_scores,
    transaction,
    typed_scores,
    write_package,
    write_returns,
)

NAMES = [name for name, _country in EVALUATORS[:3]]
ANA, BESNIK, DRAGANA = NAMES
JELENA = DEMO_EVALUATORS[0][0]


def typed(name: str, reference: str) -> dict[str, tuple[Decimal, str]]:
    """The scores ``name`` typed for ``reference``, as stored."""
    return {
        code: (Decimal(value), comment)
        for code, (value, comment) in typed_scores(name, reference).items()
    }


def sheet_of(workspace: Path, name: str, reference: str) -> ReviewSheet:
    with reading(workspace) as session:
        return review_sheet(session, find_evaluator(session, name), reference)


def returns_revision(workspace: Path, name: str) -> int | None:
    with reading(workspace) as session:
        return exchange_status(session)[name].returns_revision


# --- merging ----------------------------------------------------------------------------------


def test_every_import_order_gives_the_same_scores(game: Round, tmp_path: Path) -> None:
    expected = sorted(
        (reference, name, code, value, comment, True)
        for name in NAMES
        for reference in references_of(game.chair, name)
        for code, (value, comment) in typed_scores(name, reference).items()
    )
    digests = set()

    for number, order in enumerate(itertools.permutations(NAMES)):
        chair = tmp_path / f"chair-{number}.gew"
        chair.write_bytes(game.chair.read_bytes())
        for name in order:
            assert merge_returns(chair, game.returns[name]).status == "imported"
        dump = canonical_dump(chair)
        assert dump == expected
        digests.add(hashlib.sha256(repr(dump).encode("utf-8")).hexdigest())

    assert number == 5
    assert len(digests) == 1
    assert {a.status for a in assignments_of(game.chair)} == {"assigned"}
    assert {a.status for a in assignments_of(tmp_path / "chair-3.gew")} == {"submitted"}


def test_importing_a_file_twice_changes_nothing(game: Round) -> None:
    first = merge_returns(game.chair, game.returns[BESNIK])
    before = sha256_of(game.chair)

    second = merge_returns(game.chair, game.returns[BESNIK])

    assert first.summary() == (
        f"returns-2.ger: imported revision 1 from {BESNIK}: 3 reviews, 36 scores, 3 submitted."
    )
    assert second.status == "unchanged"
    assert second.summary() == (
        f"returns-2.ger: already imported ({BESNIK}, revision 1); nothing changed."
    )
    assert sha256_of(game.chair) == before
    assert returns_revision(game.chair, BESNIK) == 1


def test_an_older_revision_after_a_newer_one_changes_nothing(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path)
    package, evaluator = tmp_path / "ana.gep", tmp_path / "ana.gew"
    write_package(chair, ANA, package)
    open_package(package=package, workspace=evaluator)
    score_review(evaluator, ANA, "RG-001", {"1.1": ("3", ""), "1.2": ("4", "")})
    older = write_returns(evaluator, tmp_path / "older.ger")
    score_everything(evaluator, ANA)  # 1.1 and 1.2 of RG-001 are typed again
    newer = write_returns(evaluator, tmp_path / "newer.ger")
    in_order = tmp_path / "in-order.gew"
    in_order.write_bytes(chair.read_bytes())

    merge_returns(chair, newer.path)
    before = sha256_of(chair)
    late = merge_returns(chair, older.path)
    merge_returns(in_order, older.path)
    draft = stored_scores(in_order, ANA, "RG-001")
    merge_returns(in_order, newer.path)

    assert (older.revision, newer.revision) == (1, 2)
    assert late.summary() == f"older.ger: already imported ({ANA}, revision 1); nothing changed."
    assert sha256_of(chair) == before
    assert draft == {"1.1": (Decimal(3), ""), "1.2": (Decimal(4), "")}
    assert stored_scores(chair, ANA, "RG-001") == typed(ANA, "RG-001")
    assert canonical_dump(chair) == canonical_dump(in_order)


def test_a_newer_revision_after_a_reopening_replaces_the_older(game: Round, tmp_path: Path) -> None:
    merge_returns(game.chair, game.returns[ANA])
    with transaction(game.chair) as session:
        reopen(session=session, evaluator_name=ANA, reference="RG-002", reason="Recheck 1.1")
    write_package(game.chair, ANA, tmp_path / "ana-2.gep")
    evaluator = tmp_path / "ana-2.gew"
    open_package(package=tmp_path / "ana-2.gep", workspace=evaluator)
    reopened = sheet_of(evaluator, ANA, "RG-002")
    with transaction(evaluator) as session:
        ana = find_evaluator(session, ANA)
        statuses = [r.status for r in my_reviews(session, ana)]
        review = review_of(session, ana, "RG-002")
        record_score(
            session=session,
            review=review,
            criterion="1.1",
            value=Decimal(2),
            comment="Revised: the link to the call’s priorities is thin.",
        )
        submit(session=session, review=review)
    revision_2 = write_returns(evaluator, tmp_path / "ana-2.ger")

    merged = merge_returns(game.chair, revision_2.path)
    stale = merge_returns(game.chair, game.returns[ANA])

    assert (reopened.submitted, reopened.reopen_reason) == (False, "Recheck 1.1")
    assert statuses == ["submitted", "complete", "submitted"]
    assert merged.summary() == (
        f"ana-2.ger: imported revision 2 from {ANA}: 3 reviews, 36 scores, 3 submitted."
    )
    assert (
        stale.summary() == f"returns-1.ger: already imported ({ANA}, revision 1); nothing changed."
    )
    assert stored_scores(game.chair, ANA, "RG-002") == {
        **typed(ANA, "RG-002"),
        "1.1": (Decimal(2), "Revised: the link to the call’s priorities is thin."),
    }
    assert {a.status for a in assignments_of(game.chair) if a.evaluator == ANA} == {"submitted"}
    assert returns_revision(game.chair, ANA) == 2


def test_a_review_the_chair_reopened_is_kept_until_a_new_package(tmp_path: Path) -> None:
    chair = tmp_path / "demo.gew"
    create_demo(path=chair)
    target = references_of(chair, JELENA)[0]
    before = stored_scores(chair, JELENA, target)
    write_package(chair, JELENA, tmp_path / "jelena-1.gep")
    with transaction(chair) as session:
        reopen(session=session, evaluator_name=JELENA, reference=target, reason="Check 3.2")
    open_package(package=tmp_path / "jelena-1.gep", workspace=tmp_path / "jelena-1.gew")
    old = write_returns(tmp_path / "jelena-1.gew", tmp_path / "jelena-1.ger")

    kept = merge_returns(chair, old.path)
    after_kept = sheet_of(chair, JELENA, target)
    write_package(chair, JELENA, tmp_path / "jelena-2.gep")
    open_package(package=tmp_path / "jelena-2.gep", workspace=tmp_path / "jelena-2.gew")
    reopened = sheet_of(tmp_path / "jelena-2.gew", JELENA, target)
    new_value = Decimal(4) if before["3.2"][0] != 4 else Decimal(3)
    with transaction(tmp_path / "jelena-2.gew") as session:
        review = review_of(session, find_evaluator(session, JELENA), target)
        record_score(session=session, review=review, criterion="3.2", value=new_value, comment="")
        submit(session=session, review=review)
    new = write_returns(tmp_path / "jelena-2.gew", tmp_path / "jelena-2.ger")
    merged = merge_returns(chair, new.path)

    others = len(references_of(chair, JELENA)) - 1
    assert kept.conflicts == [
        f"{target}: the chair changed this review after {JELENA}'s package was made; "
        "it is kept as the chair left it"
    ]
    assert kept.summary().endswith(f"{others} submitted; 1 review not merged (listed below).")
    assert (after_kept.submitted, after_kept.reopen_reason) == (False, "Check 3.2")
    assert (reopened.submitted, reopened.reopen_reason) == (False, "Check 3.2")
    assert (new.revision, merged.conflicts, merged.submitted) == (2, [], others + 1)
    assert sheet_of(chair, JELENA, target).submitted
    assert stored_scores(chair, JELENA, target) == {**before, "3.2": (new_value, "")}


def test_a_declared_conflict_comes_back_and_releases_the_assignment(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path)
    write_package(chair, ANA, tmp_path / "ana.gep")
    evaluator = tmp_path / "ana.gew"
    open_package(package=tmp_path / "ana.gep", workspace=evaluator)
    with transaction(evaluator) as session:
        declare(
            session=session,
            evaluator=find_evaluator(session, ANA),
            reference="RG-002",
            conflict="Former employee of the lead applicant",
        )
    score_everything(evaluator, ANA)
    first = write_returns(evaluator, tmp_path / "ana-1.ger")
    second = write_returns(evaluator, tmp_path / "ana-2.ger")

    merged = merge_returns(chair, first.path)
    again = merge_returns(chair, second.path)

    assert merged.summary() == (
        f"ana-1.ger: imported revision 1 from {ANA}: 2 reviews, 24 scores, 2 submitted."
    )
    assert again.status == "imported"
    with reading(chair) as session:
        assert list_conflicts(session) == [
            ConflictView(ANA, "RG-002", "Former employee of the lead applicant", True)
        ]
    assert references_of(chair, ANA) == ["RG-001", "RG-004"]


# --- what a package holds ----------------------------------------------------------------------


def test_a_package_names_no_other_evaluator_of_the_demo(tmp_path: Path) -> None:
    chair = tmp_path / "demo.gew"
    create_demo(path=chair)
    package = tmp_path / "jelena.gep"
    mine = references_of(chair, JELENA)
    co_reviewers = {
        a.evaluator for a in assignments_of(chair) if a.reference in mine and a.evaluator != JELENA
    }
    with reading(chair) as session:
        titles = {
            r.reference: r.title for r in my_reviews(session, find_evaluator(session, JELENA))
        }

    write_package(chair, JELENA, package)
    text = package.read_text(encoding="utf-8")  # as an editor shows it

    with reading(chair) as session:
        chair_key = setting(session, "signing_key")
    assert JELENA in text
    assert "jelena.durovic@example.org" in text
    assert all(reference in text and titles[reference] in text for reference in mine)
    assert len(co_reviewers) >= 2
    for name, _country, email in DEMO_EVALUATORS[1:]:
        assert name not in text
        assert email not in text
    assert "Former board member" not in text  # Arben Krasniqi's conflict of interest
    assert chair_key is not None and chair_key not in text
    body = envelope_body(package)
    assert [r["reference"] for r in body["reviews"]] == mine
    for review in body["reviews"]:
        assert {s["criterion"]: (Decimal(s["value"]), s["comment"]) for s in review["scores"]} == (
            stored_scores(chair, JELENA, review["reference"])
        )


def test_a_package_holds_no_score_or_comment_of_another_evaluator(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path)
    for name in NAMES:  # the committee scores on the chair's laptop
        score_everything(chair, name)
    package = tmp_path / "ana.gep"

    report = write_package(chair, ANA, package)
    text = package.read_text(encoding="utf-8")

    mine = references_of(chair, ANA)
    shared = [r for r in mine for name in (BESNIK, DRAGANA) if r in references_of(chair, name)]
    assert (report.proposals, report.scores) == (3, 36)
    assert len(shared) == 3
    for reference in mine:
        assert all(c in text for _v, c in typed_scores(ANA, reference).values())
    for name in (BESNIK, DRAGANA):
        assert name not in text
        for reference in references_of(chair, name):
            comments = [c for _v, c in typed_scores(name, reference).values() if c]
            assert comments and not any(c in text for c in comments)
    body = envelope_body(package)
    assert body["evaluator"]["name"] == ANA
    assert {
        r["reference"]: {s["criterion"]: s["value"] for s in r["scores"]} for r in body["reviews"]
    } == {r: {code: value for code, (value, _c) in typed_scores(ANA, r).items()} for r in mine}


def test_an_evaluator_workspace_holds_only_what_the_package_holds(game: Round) -> None:
    evaluator = game.workspaces[DRAGANA]

    with reading(evaluator) as session:
        assert [(e.name, e.reviews, e.submitted) for e in list_evaluators(session)] == [
            (DRAGANA, 2, 2)
        ]
    assert [(a.reference, a.evaluator) for a in assignments_of(evaluator)] == [
        ("RG-002", DRAGANA),
        ("RG-003", DRAGANA),
    ]
