"""The Ranking and Proposals tables sort by a click on a header and filter as one types;
derived pages load when they are shown and only when the workspace changed."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from evaluator.actions import decisions
from evaluator.services import reconcile
from tests.ui.helpers import type_text
from ui import operations
from ui.main_window import PAGES, MainWindow
from ui.proposal_model import ProposalTableModel


def click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = window.ranking_page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def rows(window: MainWindow) -> list[str]:
    """The table as the user reads it: references, and "—" for the budget line."""
    model = window.ranking_page.model
    return [
        o.reference if (o := model.outcome(r)) is not None else "—" for r in range(model.rowCount())
    ]


def finals(window: MainWindow) -> list[str]:
    model = window.ranking_page.model
    column = model.COLUMNS.index("Final")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_sorting_by_final_score_hides_the_budget_line_and_rank_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    ranked = rows(window)
    assert ranked.count("—") == 1  # the demo funds 10 and has a reserve list
    final = window.ranking_page.model.COLUMNS.index("Final")

    click_header(qtbot, window, final)
    ascending = finals(window)
    assert "—" not in rows(window)
    scored = [Decimal(v) for v in ascending if v]
    assert scored == sorted(scored)
    assert ascending[len(scored) :] == [""] * (len(ascending) - len(scored))  # blanks last

    click_header(qtbot, window, final)
    descending = finals(window)
    scored = [Decimal(v) for v in descending if v]
    assert scored == sorted(scored, reverse=True)
    assert descending[len(scored) :] == [""] * (len(descending) - len(scored))  # still last

    click_header(qtbot, window, 0)  # Rank, ascending: the ranking as it was, line included
    assert rows(window) == ranked
    line = ranked.index("—")
    assert window.ranking_page.table.columnSpan(line, 0) == window.ranking_page.model.columnCount()


def test_the_ranking_filter_keeps_matching_proposals_and_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    page = window.ranking_page
    ranked = rows(window)
    page.table.selectRow(ranked.index("RG-005"))
    type_text(page.search, "needs")  # the status "needs reconciliation"
    assert rows(window) == ["RG-005"]
    selected = page.table.selectionModel().selectedRows()
    assert [rows(window)[i.row()] for i in selected] == ["RG-005"]
    page.search.clear()
    assert rows(window) == ranked


@pytest.mark.parametrize("page_name", ["Ranking", "Reconciliation"])
def test_a_derived_page_loads_once_when_shown_and_again_only_after_a_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, page_name: str
) -> None:
    calls: list[str] = []

    def counted(name: str) -> Callable[[Session], object]:
        real = getattr(reconcile, name)

        def call(session: Session) -> object:
            calls.append(name)
            return real(session)

        return call

    for name in ("ranking", "reconciliation"):
        monkeypatch.setattr(reconcile, name, counted(name))
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    assert calls == []  # hidden pages computed nothing
    window.navigation.setCurrentRow(PAGES.index(page_name))
    assert len(calls) == 1
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    window.navigation.setCurrentRow(PAGES.index(page_name))
    assert len(calls) == 1  # nothing was written: what is shown is still true

    assert window.workspace is not None
    decisions.award(workspace=window.workspace, reference="RG-011", amount=Decimal("30000"))
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    window.navigation.setCurrentRow(PAGES.index(page_name))
    assert len(calls) == 2
    if page_name == "Ranking":
        model = window.ranking_page.model
        row = rows(window).index("RG-011")
        assert model.index(row, model.COLUMNS.index("Awarded")).data() == "30,000.00"


def test_sorting_proposals_keeps_the_selected_proposal_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.proposals_page
    page.select("RG-002")
    page.table.sortByColumn(ProposalTableModel.REQUESTED, Qt.SortOrder.DescendingOrder)
    selected = page.selected()
    assert selected is not None and selected.reference == "RG-002"
    row = page.table.selectionModel().selectedRows()[0].row()
    assert page.model.index(row, 0).data() == "RG-002"


def test_a_search_stays_right_while_the_rows_are_reloaded_under_it(qtbot: QtBot) -> None:
    """Rows reloaded after a search are judged on their own text, not on the text of rows
    that were there before (whose memory the new rows may reuse)."""
    from dataclasses import dataclass

    from ui.table_model import RowTableModel

    @dataclass
    class Row:
        name: str

    class Names(RowTableModel):
        COLUMNS = ("Name",)

        def cell(self, item: Row, column: int, role: int) -> str | None:
            return item.name if role == Qt.ItemDataRole.DisplayRole else None

        def search_text(self, item: Row) -> str:
            return item.name

    model = Names()
    model.set_search("banana")
    for round_ in range(6):
        fruit = ["Banana", "Apple"] if round_ % 2 else ["Apple", "Banana"]
        model.set_rows([Row(f"{fruit[n % 2]} {round_}.{n}") for n in range(200)])
        shown = [model.item(r).name for r in range(model.rowCount())]
        assert len(shown) == 100 and all(name.startswith("Banana") for name in shown)


def test_the_page_on_screen_follows_returns_imported_from_the_file_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert window.workspace is not None
    # What an import of returns does: an action writes, then announces what it changed.
    done = decisions.award(
        workspace=window.workspace,
        reference="RG-007",
        amount=Decimal("31000"),
        reason="Budget trimmed.",
    )
    operations.announce(done.changes)
    model = window.ranking_page.model
    row = rows(window).index("RG-007")
    assert model.index(row, model.COLUMNS.index("Awarded")).data() == "31,000.00"
