"""The chair reconciles a divergent proposal and sees the ranking and the budget line move."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from evaluator.rules.call import parse_call
from evaluator.rules.ranking import Outcome, Ranking
from evaluator.rules.statuses import Status
from evaluator.services.proposals import list_proposals
from tests.factories import FIRST_TASK_NOTE, SEED_WINNERS, demo_call_text, edit_call
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


def funded(window: MainWindow) -> list[Outcome]:
    model = window.ranking_page.model
    rows = (model.outcome(r) for r in range(model.rowCount()))
    return [o for o in rows if o is not None and o.status == Status.FUNDED]


def test_the_readme_first_task_funds_the_seeds_nine_winners(qtbot, window) -> None:
    """The README's guided first task, as a chair does it: resolve RG-005 on the
    Reconciliation page; then the nine winners of the seed are funded, the budget line falls
    under the ninth, and the Contracts page holds their nine drafts."""
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert shown(window, "RG-005", "Status") == "needs reconciliation"
    assert shown(window, "RG-005", "Rank") == ""
    assert "RG-010" in [o.reference for o in funded(window)]  # for now

    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    page = window.reconciliation_page
    # Flagged and unresolved proposals come first.
    assert page.model.reconciliation(0).reference == "RG-005"
    assert page.current is not None and page.current.reference == "RG-005"
    assert "needs reconciliation" in page.heading.text()
    assert not page.resolve_button.isEnabled()  # a note is required
    type_text(page.note, FIRST_TASK_NOTE)
    assert page.resolve_button.isEnabled()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert f"resolved: {FIRST_TASK_NOTE}" in page.heading.text()
    assert not page.resolve_button.isEnabled()

    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert shown(window, "RG-005", "Status") == "funded"
    assert shown(window, "RG-005", "Rank") == "9"
    assert shown(window, "RG-005", "Final") == "79.50"
    winners = funded(window)
    assert sorted(o.reference for o in winners) == [f"RG-{n:03d}" for n in range(1, 10)]
    assert [o.rank for o in winners] == list(range(1, 10))
    # The budget line is the row under the ninth; the tenth waits on the reserve list.
    line = budget_line_row(window)
    assert line == row_of(window, winners[-1].reference) + 1
    assert shown(window, "RG-010", "Status") == "reserve list"
    assert window.ranking_page.budget.format().startswith("477,150.00 of 480,000.00 EUR committed")
    # Their consortia are the seed's: each lead is a winning organisation, in its country.
    assert window.workspace is not None
    with window.workspace.session() as session:
        leads = {
            p.reference: (p.lead.organisation, p.lead.country)
            for p in list_proposals(session)
            if p.lead is not None
        }
    assert sorted(leads[o.reference] for o in winners) == sorted(SEED_WINNERS)

    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    contracts = window.contracts_page
    drafts = [contracts.model.contract(r) for r in range(contracts.model.rowCount())]
    assert [d.values["reference"] for d in drafts] == [o.reference for o in winners]
    assert [d.number for d in drafts] == [f"SB-RG-2023/{n:03d}" for n in range(1, 10)]


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
    # The money freed funds the first proposal of the reserve list, which now fits.
    assert shown(window, "RG-012", "Status") == "funded"
    expected = committed - (second.requested - low) + Decimal("38900.00")
    assert page.budget.format().startswith(f"{expected:,.2f} of 480,000.00 EUR committed")


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
