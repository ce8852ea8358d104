"""Outcome letters of the demo, read back from the PDF as an applicant would read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator.actions import outcomes
from evaluator.actions.decisions import award, rank, reconciliation
from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files.pdf.letters import write_letters
from evaluator.storage.workspace import open_path
from tests.factories import reading, reconciled_demo

FEEDBACK = "Sos Helpline Nikšić and “MIOS” – a partnership to build on.\n\nMore on risks, please."
CYRILLIC = "Показатељи одрживости треба да буду јаснији."
SENT = date(2026, 12, 15)


def pdf_text(path: Path) -> str:
    """The words of a PDF as a reader sees them: line breaks inside a paragraph are spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo once the chair has reconciled the divergent proposal (every proposal is then
    decided), with the chair's feedback on RG-002 (whole and criterion 4.1) and RG-022, and
    RG-007 awarded less than requested, with a reason."""
    path = reconciled_demo(tmp_path_factory.mktemp("letters") / "demo.gew")
    with open_path(path) as workspace:
        for reference, criterion, text in (
            ("RG-002", None, FEEDBACK),
            ("RG-002", "4.1", CYRILLIC),
            ("RG-022", None, "Check the consortium rules before applying again."),
        ):
            outcomes.set_feedback(
                workspace=workspace, reference=reference, criterion=criterion, text=text
            )
        award(
            workspace=workspace,
            reference="RG-007",
            amount=Decimal("39000"),
            reason="Travel costs above the call's ceiling.",
        )
    return path


@pytest.fixture(scope="module")
def decided(demo: Path) -> dict[str, str]:
    """The status of every decided proposal of the demo, by reference."""
    with open_path(demo) as workspace:
        ranking = rank(workspace=workspace).ranking
    return {
        o.reference: str(o.status)
        for o in ranking.outcomes
        if o.status in ("funded", "reserve", "below_threshold", "ineligible")
    }


@pytest.fixture(scope="module")
def texts(
    demo: Path, decided: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """The text of every decided proposal's letter, by reference."""
    folder = tmp_path_factory.mktemp("written")
    with open_path(demo) as workspace, workspace.session() as session:
        write_letters(
            session=session,
            folder=folder,
            references=list(decided),
            invariant=True,
            workers=1,
            dated=SENT,
        )
    return {reference: pdf_text(folder / f"{reference}.pdf") for reference in decided}


def test_every_decided_proposal_of_the_demo_gets_a_letter(
    texts: dict[str, str], decided: dict[str, str]
) -> None:
    assert sorted(set(decided.values())) == ["below_threshold", "funded", "ineligible", "reserve"]
    assert set(texts) == set(decided)


def test_no_letter_holds_an_evaluators_name_or_comment(demo: Path, texts: dict[str, str]) -> None:
    with open_path(demo) as workspace:
        items = reconciliation(workspace=workspace)
    names = {review.evaluator for item in items for review in item.reviews}
    comments = {
        comment
        for item in items
        for review in item.reviews
        for comment in review.comments.values()
        if comment.strip()
    }
    assert len(names) == 5 and comments
    for reference, text in texts.items():
        for name in names:
            assert name not in text, (reference, name)
            assert name.split()[-1] not in text, (reference, name)
        for comment in comments:
            assert " ".join(comment.split()) not in text, (reference, comment)


def test_a_funded_letter_gives_outcome_rank_amount_scores_pass_marks_and_feedback(
    texts: dict[str, str],
) -> None:
    text = texts["RG-002"]
    assert "Your proposal is selected for funding" in text
    assert "Your proposal RG-002 ‘“Safe Everywhere” – Regional Helpline Network" in text
    assert "““" not in text
    assert "final score of 86.50 out of 100 points (pass mark 65)" in text
    assert "ranks 4 of the 14 proposals that passed" in text
    assert "The grant awarded is 45,500.00 EUR (forty-five thousand, five hundred euro)." in text
    # Section, score, maximum, pass mark ("—" where the section has none), and the total.
    assert "Relevance 25.00 30 18" in text
    assert "Design 22.00 25 —" in text
    assert "Total 86.50 100 65" in text
    assert "Sos Helpline Nikšić Njegoševa 22, 81400 Nikšić Montenegro" in text
    # The chair's feedback, in every script, as written.
    assert "Sos Helpline Nikšić and “MIOS” – a partnership to build on. More on risks" in text
    assert "4.1 How likely are the results" in text
    assert CYRILLIC in text
    assert "Audit head: " in text
    # Dated under the address, before the subject.
    assert "Nikšić Montenegro 15 December 2026 Your proposal RG-002" in text


def test_an_award_below_the_request_gives_its_reason(texts: dict[str, str]) -> None:
    text = texts["RG-007"]
    assert "The grant awarded is 39,000.00 EUR (thirty-nine thousand euro)." in text
    assert (
        "The grant is less than the 41,200.00 EUR requested: Travel costs above the call's "
        "ceiling." in text
    )
    assert "less than the" not in texts["RG-002"]


def test_a_reserve_letter_gives_its_rank_and_no_amount(texts: dict[str, str]) -> None:
    text = texts["RG-010"]
    assert "Your proposal is on the reserve list" in text
    assert "ranks 10 of the 14 proposals that passed" in text
    assert "grant awarded" not in text
    assert "Relevance 22.00 30 18" in text


def test_a_letter_below_the_threshold_names_the_pass_mark_missed(texts: dict[str, str]) -> None:
    text = texts["RG-019"]
    assert "Your proposal did not reach the pass mark" in text
    assert "final score of 63.50 out of 100 points" in text
    assert "Total 63.50 100 65, not reached" in text
    assert "ranks" not in text
    text = texts["RG-017"]  # a total of 74.00, but 17.00 in Relevance, whose pass mark is 18
    assert "Total 74.00 100 65" in text
    assert "Relevance 17.00 30 18, not reached" in text


def test_an_ineligible_letter_gives_each_reason_in_words_and_no_scores(
    texts: dict[str, str],
) -> None:
    text = texts["RG-022"]
    assert "Your proposal is not eligible" in text
    assert "• No member of the consortium is the lead applicant." in text
    assert "Your scores" not in text
    assert "Check the consortium rules before applying again." in text
    reasons = [t for r, t in texts.items() if "Why the proposal is not eligible" in t]
    assert len(reasons) == 9
    assert all("•" in t for t in reasons)


def test_letters_are_refused_while_a_proposal_asked_for_is_undecided(
    pristine_demo: Path, tmp_path: Path
) -> None:
    with reading(pristine_demo) as session, pytest.raises(EvaluatorError) as refused:
        write_letters(session=session, folder=tmp_path, references=["RG-001", "RG-005"])
    assert refused.value.message.startswith(
        "Not decided yet, so no letter was written: RG-005 (needs reconciliation)."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_batch_leaves_nothing(
    demo: Path, decided: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 2:
            raise Cancelled

    with reading(demo) as session, pytest.raises(Cancelled):
        write_letters(
            session=session, folder=folder, references=list(decided), progress=progress, workers=1
        )
    assert calls[0] == (0, len(decided))
    assert not folder.exists()
