"""The chair reverses decisions on the Reconciliation page: each button previews the reversal
in the reason dialog, needs a reason, and the page and the workspace show the result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from evaluator.actions import decisions
from evaluator.actions.workspace import history
from tests.ui.helpers import type_text
from ui.main_window import PAGES, MainWindow
from ui.pages import reversals_bar
from ui.pages.reconciliation_page import ReconciliationPage
from ui.pages.reversals_bar import EvaluatorChoiceDialog, ReversalDialog

REASON = "Panel meets again — Nikšić partner’s letter"


@pytest.fixture
def page(window: MainWindow) -> ReconciliationPage:
    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    return window.reconciliation_page


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The chair types REASON in every reason dialog; yields the previews each showed."""
    previews: list[list[str]] = []

    def answer(cls: object, _parent: object, _title: str, _what: str, preview: list[str]) -> str:
        previews.append(preview)
        return REASON

    monkeypatch.setattr(ReversalDialog, "ask_reason", classmethod(answer))
    return previews


def choose_review(page: ReconciliationPage, name: str) -> None:
    page.review.setCurrentIndex(page.review.findData(name))


def reasons(page: ReconciliationPage, reference: str) -> list[str | None]:
    assert page.workspace is not None
    return [e.reason for e in history(workspace=page.workspace, reference=reference) if e.reason]


def test_un_resolve_puts_the_proposal_back_to_reconcile(qtbot, page, asked) -> None:
    assert page.open("RG-014")
    assert page.reversals.unresolve_button.isEnabled()
    assert "resolved: " in page.heading.text()

    qtbot.mouseClick(page.reversals.unresolve_button, Qt.MouseButton.LeftButton)

    assert asked[0][0].startswith("RG-014: status reserve → needs_reconciliation, rank 11 → —")
    assert page.current is not None and page.current.reference == "RG-014"
    assert "needs reconciliation" in page.heading.text()
    assert not page.reversals.unresolve_button.isEnabled()
    assert page.workspace is not None
    stored = next(
        r for r in decisions.reconciliation(workspace=page.workspace) if r.reference == "RG-014"
    )
    assert not stored.resolved
    assert reasons(page, "RG-014") == [REASON]


def test_clear_consensus_brings_the_aggregate_back(qtbot, page, asked) -> None:
    assert page.workspace is not None and page.current is not None
    reference = page.current.reference
    decisions.set_consensus(workspace=page.workspace, reference=reference, criterion="1.3",
                            value=page.current.reviews[0].scores["1.3"], reason="Agreed")  # fmt: skip
    page.refresh()
    page.criterion.setCurrentIndex(page.criterion.findData("1.3"))
    assert page.reversals.clear_button.isEnabled()

    qtbot.mouseClick(page.reversals.clear_button, Qt.MouseButton.LeftButton)

    assert asked[0][0].startswith(f"{reference}: status needs_reconciliation → ")
    assert "1.3" not in page.current.consensus
    assert not page.reversals.clear_button.isEnabled()
    assert reasons(page, reference) == [REASON]


def test_include_again_counts_an_excluded_review(qtbot, page, asked) -> None:
    assert page.workspace is not None and page.current is not None
    reference, name = page.current.reference, page.current.reviews[1].evaluator
    decisions.exclude(workspace=page.workspace, reference=reference, evaluator_name=name,
                      reason="Outlier")  # fmt: skip
    page.refresh()
    choose_review(page, name)
    assert page.exclude_button.text() == "Include again"

    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)

    assert asked[0][0].startswith(f"{reference}: status incomplete → needs_reconciliation")
    assert all(r.included for r in page.current.reviews)
    assert page.exclude_button.text() == "Exclude"
    assert reasons(page, reference)[-1] == REASON


def test_reopen_sends_a_review_back_to_its_evaluator(qtbot, page, asked) -> None:
    assert page.open("RG-014") and page.current is not None
    name = page.current.reviews[0].evaluator
    choose_review(page, name)
    assert page.reversals.reopen_button.isEnabled()

    qtbot.mouseClick(page.reversals.reopen_button, Qt.MouseButton.LeftButton)

    assert asked[0][0].startswith("RG-014: status reserve → incomplete, rank 11 → —")
    line = next(r for r in page.current.reviews if r.evaluator == name)
    assert not line.submitted
    assert page.current.status == "incomplete"
    assert page.model.index(page.list.currentIndex().row(), 1).data() == "incomplete"
    choose_review(page, name)
    assert not page.reversals.reopen_button.isEnabled()
    assert reasons(page, "RG-014") == [REASON]


def test_unassign_takes_back_a_review_not_started(qtbot, page, asked) -> None:
    # Ana has not started RG-021 (a stand-in reviewed it); RG-018 she half scored.
    assert page.open("RG-018")
    choose_review(page, "Ana Stojanovska")
    assert not page.reversals.unassign_button.isEnabled()
    assert "reopen or exclude it instead" in page.reversals.unassign_button.toolTip()
    assert page.open("RG-021")
    choose_review(page, "Ana Stojanovska")
    assert page.reversals.unassign_button.isEnabled()

    qtbot.mouseClick(page.reversals.unassign_button, Qt.MouseButton.LeftButton)

    assert asked[0][0] == (
        "RG-021: status below_threshold → below_threshold, rank — → —, final score 61.50 → 61.50"
    )
    assert page.current is not None and page.current.reference == "RG-021"
    assert "Ana Stojanovska" not in [r.evaluator for r in page.current.reviews]
    assert page.review.findData("Ana Stojanovska") == -1
    assert reasons(page, "RG-021") == [REASON]


def test_a_cancelled_reason_changes_nothing(qtbot, page, monkeypatch) -> None:
    monkeypatch.setattr(ReversalDialog, "ask_reason", classmethod(lambda cls, *a: None))
    assert page.open("RG-014")
    qtbot.mouseClick(page.reversals.unresolve_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.resolved
    assert reasons(page, "RG-014") == []


def test_add_third_evaluator_offers_the_free_ones_least_loaded_first(
    qtbot, page, monkeypatch
) -> None:
    assert page.current is not None
    reference = page.current.reference
    reviewers = {r.evaluator for r in page.current.reviews}
    offered: list[list[str]] = []

    def first(cls: object, _parent: object, _reference: str, names: list[str]) -> int:
        offered.append(names)
        return 0

    monkeypatch.setattr(EvaluatorChoiceDialog, "ask", classmethod(first))
    qtbot.mouseClick(page.reversals.third_button, Qt.MouseButton.LeftButton)

    names = offered[0]
    loads = [int(n.rsplit("(", 1)[1].split()[0]) for n in names]
    assert names and loads == sorted(loads)
    assert not reviewers & {n.rsplit(" (", 1)[0] for n in names}
    chosen = names[0].rsplit(" (", 1)[0]
    assert page.current.reference == reference and len(page.current.reviews) == 3
    added = next(r for r in page.current.reviews if r.evaluator == chosen)
    assert not added.submitted
    assert chosen in page.grid.horizontalHeaderItem(page.current.reviews.index(added) + 1).text()


def test_the_reason_dialog_shows_the_preview_and_needs_a_reason(qtbot) -> None:
    lines = ["RG-014: status funded → needs_reconciliation, rank 8 → —, final score 80 → 80"]
    dialog = ReversalDialog(None, "Un-resolve", "Un-resolve RG-014.", lines)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    assert dialog.preview.text() == lines[0]
    assert not ok.isEnabled()
    type_text(dialog.text, "   ")
    assert not ok.isEnabled()
    type_text(dialog.text, REASON)
    assert ok.isEnabled()


def test_a_reversal_with_nothing_to_reverse_is_refused_before_asking(
    qtbot, page, monkeypatch
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(reversals_bar.msgbox, "refusal",
                        lambda _parent, _title, error: refusals.append(error.message))  # fmt: skip
    monkeypatch.setattr(
        ReversalDialog, "ask_reason", classmethod(lambda cls, *a: pytest.fail("asked"))
    )
    assert page.current is not None
    page.reversals.unresolve()  # the button is disabled; the slot still refuses
    assert refusals == [
        f"{page.current.reference} is not resolved; there is nothing to un-resolve."
    ]
