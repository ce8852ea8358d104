"""The chair reconciles a divergent proposal and sees the ranking and the budget line move."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from evaluator.rules.call import parse_call
from evaluator.rules.ranking import Outcome, Ranking
from evaluator.rules.statuses import Status
from tests.factories import demo_call_text, edit_call
from tests.ui.helpers import type_text
from ui.main_window import PAGES, MainWindow
from ui.pages import ranking_page
from ui.pages.ranking_page import RankingModel


def row_of(window: MainWindow, reference: str) -> int:
    model = window.ranking_page.model
    return next(
        r
        for r in range(model.rowCount())
        if (o := model.outcome(r)) is not None and o.reference == reference
    )


def shown(window: MainWindow, reference: str, column: str) -> str:
    model = window.ranking_page.model
    return model.index(row_of(window, reference), model.COLUMNS.index(column)).data()


def budget_line_row(window: MainWindow) -> int:
    model = window.ranking_page.model
    return next(r for r in range(model.rowCount()) if model.outcome(r) is None)


def test_resolving_a_divergent_proposal_puts_it_in_the_ranking(qtbot, window) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert shown(window, "RG-005", "Status") == "needs reconciliation"
    assert shown(window, "RG-005", "Rank") == ""
    before_line = budget_line_row(window)

    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    page = window.reconciliation_page
    # Flagged and unresolved proposals come first.
    assert page.model.reconciliation(0).reference == "RG-005"
    assert page.current is not None and page.current.reference == "RG-005"
    assert "needs reconciliation" in page.heading.text()
    assert not page.resolve_button.isEnabled()  # a note is required
    type_text(
        page.note, "Both reviews read again; the committee keeps the mean — Nikšić partner checked"
    )
    assert page.resolve_button.isEnabled()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert "resolved: Both reviews read again" in page.heading.text()

    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert shown(window, "RG-005", "Status") in ("funded", "reserve list")
    assert shown(window, "RG-005", "Rank") != ""
    assert shown(window, "RG-005", "Final") == "76.00"
    # One more ranked proposal: the budget line and the reserve list moved.
    assert (
        budget_line_row(window) != before_line
        or shown(window, "RG-005", "Status") == "reserve list"
    )


def test_a_consensus_preview_shows_the_new_final_score_before_saving(qtbot, window) -> None:
    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    page = window.reconciliation_page
    assert page.current is not None and page.current.reference == "RG-005"
    page.criterion.setCurrentIndex(page.criterion.findData("1.3"))
    qtbot.keyClicks(page.value, "5")
    before = page.current.final_score
    preview = page.consensus_preview.text()
    assert preview.startswith(f"final score {before:.2f} → ")
    # Nothing is saved until the button is pressed, and it needs a reason.
    assert not page.consensus_button.isEnabled()
    qtbot.keyClicks(page.reason, "Agreed in committee")
    qtbot.mouseClick(page.consensus_button, Qt.MouseButton.LeftButton)
    after = page.current.final_score
    assert preview == f"final score {before:.2f} → {after:.2f}"
    assert page.current.consensus["1.3"][1] == "Agreed in committee"


def test_awarding_less_moves_the_committed_sum(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    page = window.ranking_page
    second = page.model.outcome(1)
    assert second is not None and second.rank == 2 and second.status == "funded"
    assert window.spec is not None
    low = window.spec.call.min_grant
    reason = "the committee cut the travel budget"
    monkeypatch.setattr(
        ranking_page.AwardDialog, "ask", classmethod(lambda cls, *a, **k: (low, reason))
    )
    committed = Decimal(page.budget.format().split(" of ")[0].replace(",", ""))
    page.edit_award(page.model.index(1, page.model.COLUMNS.index("Awarded")))
    assert shown(window, second.reference, "Awarded") == f"{low:,.2f}"
    expected = committed - (second.requested - low)
    assert page.budget.format().startswith(f"{expected:,.2f} of 450,000.00 EUR committed")


def test_the_bias_tab_shows_every_evaluator_once_it_is_opened(qtbot, window) -> None:
    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    page = window.reconciliation_page
    page.tabs.setCurrentWidget(page.bias)
    names = [page.bias.model.bias(r).evaluator for r in range(page.bias.model.rowCount())]
    assert len(names) == 5 and names == sorted(names, key=str.casefold)
    assert all(page.bias.model.bias(r).reviews > 0 for r in range(len(names)))
    # A decision reloads the page; the open bias tab is recomputed with it.
    page.tabs.setCurrentIndex(0)
    page.refresh()
    page.tabs.setCurrentWidget(page.bias)
    assert page.bias.model.rowCount() == 5


def outcome(reference: str, status: Status, rank: int, requested: str) -> Outcome:
    """One row of a ranking, built by hand so that the model can be shown any order."""
    return Outcome(
        reference=reference,
        title=f"Sigurna linija {reference}",
        status=status,
        rank=rank,
        final_score=Decimal(90 - rank),
        section_scores=None,
        criterion_scores=None,
        requested=Decimal(requested),
        awarded=Decimal(requested) if status == "funded" else None,
        reviews=2,
        flags=[],
        spread=Decimal(0),
        resolved=False,
    )


def test_with_fill_the_budget_line_is_drawn_under_the_last_funded_proposal(qtbot) -> None:
    spec = parse_call(edit_call(demo_call_text(), 'funding = "strict"', 'funding = "fill"'))
    # RG-002 did not fit the budget left; the smaller RG-003 below it did.
    ranking = Ranking(
        budget=Decimal(100000),
        committed=Decimal(80000),
        outcomes=[
            outcome("RG-001", Status.FUNDED, 1, "60000"),
            outcome("RG-002", Status.RESERVE, 2, "50000"),
            outcome("RG-003", Status.FUNDED, 3, "20000"),
        ],
    )
    model = RankingModel()

    model.reset(spec, ranking)

    shown = [
        "line" if (row := model.outcome(r)) is None else row.reference
        for r in range(model.rowCount())
    ]
    assert spec.scoring.funding == "fill"
    assert shown == ["RG-001", "RG-002", "RG-003", "line"]
    assert model.index(3, 0).data() == (
        "Budget line — 80,000.00 of 100,000.00 EUR committed; ranked proposals that did not "
        "fit are on the reserve list"
    )
