"""Tracing a decision: the History of a proposal, and the reviews behind a final score."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.helpers import tree_rows
from ui.main_window import PAGES, MainWindow


def test_a_proposal_shows_its_history_newest_first(qtbot, window: MainWindow) -> None:
    page = window.proposals_page
    assert page.select("RG-014")
    history = page.detail.history
    shown = tree_rows(history)
    whats = [row[2] for row in shown]
    # The demo settled RG-014 last: consensus scores, then the resolution.
    assert whats[0] == "proposal RG-014"
    assert "Marked reconciled." in shown[0][3] and "Reconciliation note set to “" in shown[0][3]
    consensus = [row for row in shown if row[2].startswith("RG-014 consensus")]
    assert consensus and all(row[3].startswith("Consensus score set to ") for row in consensus)
    assert whats[-1] == "proposal RG-014"
    assert shown[-1][3].startswith("Imported, requesting ") and shown[-1][3].endswith(" EUR.")
    scores = [row for row in shown if row[2].startswith("RG-014 score 1.1 by ")]
    assert len(scores) == 2 and all(row[3].startswith("Scored ") for row in scores)
    # No field names or arrows: sentences a chair reads.
    assert not any("→" in row[3] or "_at" in row[3] for row in shown)


def test_double_clicking_a_final_score_shows_what_produced_it(qtbot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    table = window.ranking_page.table
    model = window.ranking_page.model
    row, outcome = next(
        (r, o)
        for r in range(model.rowCount())
        if (o := model.outcome(r)) is not None and o.reference == "RG-014"
    )
    index = model.index(row, model.COLUMNS.index("Final"))
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert window.pages.currentWidget() is window.reconciliation_page
    current = window.reconciliation_page.current
    assert current is not None and current.reference == "RG-014"
    assert current.consensus  # the consensus scores that produced the final score are listed
    assert (
        f"Final score <b>{outcome.final_score:.2f}</b>" in window.reconciliation_page.heading.text()
    )
