"""The Proposals page as a chair uses it: search, sort, select, read the consortium."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt

from tests.factories import demo_rows
from tests.ui.helpers import tree_rows, type_text
from ui.main_window import MainWindow
from ui.proposal_model import ProposalTableModel


def shown_references(window: MainWindow) -> list[str]:
    model = window.proposals_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def members_in_file(reference: str) -> list[list[str]]:
    return [
        [r["organisation"], r["country"], r["org_type"], r["role"].capitalize()]
        for r in demo_rows()
        if r["reference"] == reference
    ]


def click_row(qtbot, window: MainWindow, reference: str) -> None:
    table = window.proposals_page.table
    row = shown_references(window).index(reference)
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_demo_opens_on_the_proposals_page_with_every_proposal(window: MainWindow) -> None:
    page = window.proposals_page
    assert window.pages.currentWidget() is page
    assert shown_references(window) == sorted({r["reference"] for r in demo_rows()})
    assert page.count.text() == "30 proposals · 21 eligible"
    assert "SMART Balkans Regional Grants" in window.windowTitle()


def test_typing_in_search_filters_rows_ignoring_case_and_accents(qtbot, window) -> None:
    page = window.proposals_page
    qtbot.keyClicks(page.search, "niksic")
    shown = shown_references(window)
    assert "RG-002" in shown  # lead: Sos Helpline Nikšić
    assert 0 < len(shown) < 30
    for reference in shown:
        names = " ".join(
            r["organisation"] + r["title"] for r in demo_rows() if r["reference"] == reference
        )
        assert "Nikšić" in names
    assert page.count.text() == f"{len(shown)} of 30 proposals shown"


def test_searching_in_cyrillic_finds_the_cyrillic_partner(qtbot, window) -> None:
    page = window.proposals_page
    type_text(page.search, "Центар за медијско")
    expected = sorted(
        {r["reference"] for r in demo_rows() if "Центар за медијско" in r["organisation"]}
    )
    assert len(expected) >= 2
    assert shown_references(window) == expected


def test_clearing_the_search_shows_every_row_again(qtbot, window) -> None:
    page = window.proposals_page
    qtbot.keyClicks(page.search, "zzzz no such proposal")
    assert shown_references(window) == []
    page.search.clear()
    assert len(shown_references(window)) == 30


def test_selecting_a_row_shows_its_consortium(qtbot, window) -> None:
    click_row(qtbot, window, "RG-008")
    detail = window.proposals_page.detail
    rows = [row[:4] for row in tree_rows(detail.consortium)]
    assert rows == members_in_file("RG-008")
    assert rows[0][0] == "International association “Interactive open schools” – MIOS"
    assert "RG-008" in detail.heading.text()
    assert detail.amount.text() == "55,000.00 EUR"
    assert detail.verdict.text().startswith("Eligible")


def test_an_ineligible_proposal_shows_its_reasons_in_words(qtbot, window) -> None:
    click_row(qtbot, window, "RG-025")
    verdict = window.proposals_page.detail.verdict.text()
    assert "Not eligible" in verdict
    assert "fewer than 3 beneficiary countries" in verdict
    model = window.proposals_page.model
    row = shown_references(window).index("RG-025")
    cell = model.index(row, ProposalTableModel.ELIGIBILITY)
    assert cell.data() == "Not eligible: too few countries"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fbe3e1"


def test_clicking_the_requested_header_sorts_by_amount(qtbot, window) -> None:
    table = window.proposals_page.table
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(ProposalTableModel.REQUESTED) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model = window.proposals_page.model
    amounts = [
        float(model.index(row, ProposalTableModel.REQUESTED).data().replace(",", ""))
        for row in range(model.rowCount())
    ]
    assert amounts == sorted(amounts)
    assert amounts[0] == 25000.0


def test_the_selection_survives_a_search_that_keeps_it(qtbot, window) -> None:
    click_row(qtbot, window, "RG-002")
    qtbot.keyClicks(window.proposals_page.search, "helpline")
    assert window.proposals_page.selected() is not None
    assert window.proposals_page.selected().reference == "RG-002"


def test_the_table_model_follows_the_qt_model_contract(qtmodeltester, window) -> None:
    model = window.proposals_page.model
    qtmodeltester.check(model)
    assert model.rowCount(QModelIndex()) == 30
    model.set_search("niksic")  # filtered and sorted, the model still keeps the contract
    model.sort(ProposalTableModel.REQUESTED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert 0 < model.rowCount(QModelIndex()) < 30


def test_a_search_in_one_script_finds_names_written_in_the_other(qtbot, window) -> None:
    page = window.proposals_page

    # Latin letters find Macedonian Cyrillic (ѓ typed as "gj"), and Cyrillic finds Latin.
    qtbot.keyClicks(page.search, "strumica")
    assert shown_references(window) == ["RG-003"]  # Центар … Струмица
    page.search.clear()
    qtbot.keyClicks(page.search, "gragjanska")
    assert shown_references(window) == ["RG-001"]  # Здружение Граѓанска иницијатива
    page.search.clear()
    type_text(page.search, "Никшић")
    assert shown_references(window) == ["RG-002", "RG-024"]  # … Nikšić
