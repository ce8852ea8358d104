"""Evaluators and conflicts of interest: unique names, e-mails, recording and releasing."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.errors import EvaluatorError
from evaluator.services.evaluators import (
    ConflictView,
    EvaluatorView,
    add_conflict,
    add_evaluator,
    find_evaluator,
    find_proposal,
    list_conflicts,
    list_evaluators,
    remove_conflict,
    update_evaluator,
)
from tests.factories import (
    add_conflicts,
    add_evaluators,
    assignments_of,
    new_workspace,
    reading,
    score_review,
    scoring_workspace,
    transaction,
)


def evaluators_of(workspace: Path) -> list[EvaluatorView]:
    with reading(workspace) as session:
        return list_evaluators(session)


def conflicts_of(workspace: Path) -> list[ConflictView]:
    with reading(workspace) as session:
        return list_conflicts(session)


def test_registered_evaluators_are_listed_by_name(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    with transaction(workspace) as session:
        add_evaluator(
            session=session, name="  Nora   Berisha ", country="Kosovo", email="nora@example.org"
        )
        add_evaluator(session=session, name="Đorđe Živković", country="Serbia")
        add_evaluator(session=session, name="Ана Јовановић")

    assert evaluators_of(workspace) == [
        EvaluatorView("Nora Berisha", "Kosovo", "nora@example.org", 0, 0, 0),
        EvaluatorView("Đorđe Živković", "Serbia", "", 0, 0, 0),
        EvaluatorView("Ана Јовановић", "", "", 0, 0, 0),
    ]


@pytest.mark.parametrize(
    "twin",
    ["Ana Petrović", "ana petrović", "ANA  PETROVIĆ", " Ana Petrovic\u0301 "],
    ids=["same", "lower", "upper-spaced", "decomposed"],
)
def test_a_second_evaluator_with_the_same_name_is_refused(tmp_path: Path, twin: str) -> None:
    workspace = new_workspace(tmp_path)
    add_evaluators(workspace, [("Ana Petrović", "Serbia")])
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        add_evaluator(session=session, name=twin, country="Montenegro")

    assert error.value.message == "An evaluator named “Ana Petrović” is already registered."
    assert workspace.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "email", "message"),
    [
        ("   ", "", "An evaluator needs a name."),
        ("Ana Petrović", "ana.petrovic", "“ana.petrovic” is not an e-mail address."),
        ("Ana Petrović", " ana@ ", "“ana@” is not an e-mail address."),
    ],
)
def test_an_evaluator_without_a_name_or_with_a_bad_email_is_refused(
    tmp_path: Path, name: str, email: str, message: str
) -> None:
    workspace = new_workspace(tmp_path)

    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        add_evaluator(session=session, name=name, email=email)

    assert error.value.message == message
    assert evaluators_of(workspace) == []


def test_an_evaluator_is_renamed_but_not_onto_another_name(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    add_evaluators(workspace, [("Ana Petrović", "Serbia"), ("Besnik Hoxha", "Kosovo")])

    with transaction(workspace) as session:
        update_evaluator(
            session=session,
            name="ana petrović",
            new_name="Ana Petrović-Marković",
            country="Serbia",
            email="ana@example.org",
        )
    with pytest.raises(EvaluatorError) as error, transaction(workspace) as session:
        update_evaluator(
            session=session,
            name="Besnik Hoxha",
            new_name="ANA PETROVIĆ-MARKOVIĆ",
            country="",
            email="",
        )

    assert (
        error.value.message == "An evaluator named “ANA PETROVIĆ-MARKOVIĆ” is already registered."
    )
    assert evaluators_of(workspace) == [
        EvaluatorView("Ana Petrović-Marković", "Serbia", "ana@example.org", 0, 0, 0),
        EvaluatorView("Besnik Hoxha", "Kosovo", "", 0, 0, 0),
    ]


def test_unknown_evaluator_and_reference_are_named(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    with pytest.raises(EvaluatorError) as no_one, reading(workspace) as session:
        find_evaluator(session, "  Nobody ")
    with pytest.raises(EvaluatorError) as no_proposal, reading(workspace) as session:
        find_proposal(session, "RG-404 ")

    assert no_one.value.message == "No evaluator is named “Nobody”."
    assert no_proposal.value.message == "No proposal has the reference “RG-404”."


def test_a_recorded_conflict_releases_the_unsubmitted_assignment(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    assert ("RG-001", "Besnik Hoxha") in {
        (a.reference, a.evaluator) for a in assignments_of(workspace)
    }

    add_conflicts(workspace, [("besnik hoxha", "RG-001")])

    assert ("RG-001", "Besnik Hoxha") not in {
        (a.reference, a.evaluator) for a in assignments_of(workspace)
    }
    assert conflicts_of(workspace) == [
        ConflictView("Ana Petrović", "RG-003", "Board member of the lead applicant", False),
        ConflictView("Besnik Hoxha", "RG-001", "Board member of the lead applicant", False),
    ]
    besnik = next(e for e in evaluators_of(workspace) if e.name == "Besnik Hoxha")
    assert (besnik.reviews, besnik.conflicts) == (1, 1)


def test_a_conflict_is_refused_twice_and_after_submission(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-001", submitted=True)
    before = workspace.read_bytes()

    with pytest.raises(EvaluatorError) as twice, transaction(workspace) as session:
        add_conflict(
            session=session,
            evaluator=find_evaluator(session, "Ana Petrović"),
            proposal=find_proposal(session, "RG-003"),
        )
    with pytest.raises(EvaluatorError) as submitted, transaction(workspace) as session:
        add_conflict(
            session=session,
            evaluator=find_evaluator(session, "Ana Petrović"),
            proposal=find_proposal(session, "RG-001"),
            reason="Former employee of the lead",
        )

    assert twice.value.message == "Ana Petrović already has a conflict of interest with RG-003."
    assert submitted.value.message == (
        "Ana Petrović has already submitted a review of RG-001; reopen it before recording a "
        "conflict of interest."
    )
    assert workspace.read_bytes() == before


def test_a_conflict_is_withdrawn_once(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)

    with transaction(workspace) as session:
        remove_conflict(
            session=session,
            evaluator=find_evaluator(session, "Ana Petrović"),
            proposal=find_proposal(session, "RG-003"),
        )
    with pytest.raises(EvaluatorError) as again, transaction(workspace) as session:
        remove_conflict(
            session=session,
            evaluator=find_evaluator(session, "Ana Petrović"),
            proposal=find_proposal(session, "RG-003"),
        )

    assert again.value.message == "Ana Petrović has no conflict of interest with RG-003."
    assert conflicts_of(workspace) == []


def test_the_list_counts_reviews_submissions_and_conflicts(tmp_path: Path) -> None:
    workspace = scoring_workspace(tmp_path)
    score_review(workspace, "Ana Petrović", "RG-002", submitted=True)

    assert evaluators_of(workspace) == [
        EvaluatorView("Ana Petrović", "Serbia", "", 2, 1, 1),
        EvaluatorView("Besnik Hoxha", "Kosovo", "", 2, 0, 0),
        EvaluatorView("Dragana Đurić", "Montenegro", "", 2, 0, 0),
    ]
