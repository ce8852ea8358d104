"""The Evaluators page: registering evaluators, conflicts, and the assignment matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import tree_rows
from ui import msgbox
from ui.dialogs import EvaluatorFields
from ui.main_window import PAGES, MainWindow
from ui.pages import evaluators_page
from ui.pages.evaluators_page import EvaluatorsPage


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the page tells the user in information boxes, in order."""
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: told.append(text))
    return told


@pytest.fixture
def page(window: MainWindow, shown: list[str]) -> EvaluatorsPage:
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    return window.evaluators_page


def add(page, monkeypatch, name: str, country: str) -> None:
    monkeypatch.setattr(
        evaluators_page.EvaluatorDialog,
        "ask",
        classmethod(lambda cls, *a, **k: EvaluatorFields(name, country, "")),
    )
    page.add_button.click()


def names(page) -> list[str]:
    return [page.model.evaluator(r).name for r in range(page.model.rowCount())]


DEMO_COMMITTEE = [
    "Ana Stojanovska",
    "Arben Krasniqi",
    "Elira Hoxha",
    "Jelena Đurović",
    "Марко Петровић",
]


def test_the_demo_committee_is_listed_with_its_load(page) -> None:
    assert names(page) == DEMO_COMMITTEE
    loads = {page.model.evaluator(r).name: page.model.evaluator(r).reviews for r in range(5)}
    # Two of each eligible proposal, and a stand-in for the two reviews Ana has not finished.
    assert sum(loads.values()) == 44
    assert max(loads.values()) - min(loads.values()) <= 1
    assert page.summary.text() == "21 eligible proposals · 44 reviews assigned · 42 submitted"


def test_added_evaluators_are_listed_by_name(page, monkeypatch) -> None:
    add(page, monkeypatch, "Besnik Gashi", "Kosovo")
    add(page, monkeypatch, "Ђорђе Илић", "Serbia")
    assert names(page) == [*DEMO_COMMITTEE[:2], "Besnik Gashi", *DEMO_COMMITTEE[2:], "Ђорђе Илић"]
    assert page.selected().name == "Ђорђе Илић"


def test_a_duplicate_name_is_refused_with_a_message(page, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        msgbox.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    add(page, monkeypatch, "jelena  đurović", "Serbia")
    assert warnings == ["An evaluator named “Jelena Đurović” is already registered."]
    assert names(page) == DEMO_COMMITTEE


def test_automatic_assignment_adds_a_third_evaluator_evenly(page, shown: list[str]) -> None:
    qt_click(page.assign_button)
    assert shown == ["Every eligible proposal already has its evaluators."]
    page.per_proposal.setValue(3)
    qt_click(page.assign_button)
    matrix = page.matrix_model.matrix
    assert len(matrix.proposals) == 21
    assert all(
        sum(1 for e in matrix.evaluators if matrix.cells.get((ref, e), "conflict") != "conflict")
        == 3
        for ref, _ in matrix.proposals
    )
    loads = [page.model.evaluator(r).reviews for r in range(5)]
    assert sum(loads) == 63
    assert max(loads) - min(loads) <= 1
    assert shown[-1] == "Assigned 19 reviews."  # two proposals already had three


def test_double_clicking_a_free_cell_assigns_and_again_unassigns(qtbot, page, monkeypatch) -> None:
    add(page, monkeypatch, "Besnik Gashi", "Kosovo")
    column = names(page).index("Besnik Gashi")
    index = page.matrix_model.index(0, column)
    assert page.matrix_model.pair(index) == ("RG-001", "Besnik Gashi")
    double_click(qtbot, page, index)
    assert page.matrix_model.matrix.cells[("RG-001", "Besnik Gashi")] == "assigned"
    assert page.model.evaluator(column).reviews == 1
    double_click(qtbot, page, page.matrix_model.index(0, column))
    assert ("RG-001", "Besnik Gashi") not in page.matrix_model.matrix.cells
    assert page.model.evaluator(column).reviews == 0


def test_a_conflict_blocks_the_cell_and_is_listed(page, monkeypatch) -> None:
    add(page, monkeypatch, "Besnik Gashi", "Kosovo")
    column = names(page).index("Besnik Gashi")
    monkeypatch.setattr(
        evaluators_page.ReasonDialog,
        "ask",
        classmethod(lambda cls, *a, **k: ("RG-004", "Former staff")),
    )
    page.add_conflict_button.click()
    items = [row[:3] for row in tree_rows(page.conflicts)]
    assert items == [["RG-004", "Former staff", "the chair"]]
    assert page.matrix_model.matrix.cells[("RG-004", "Besnik Gashi")] == "conflict"
    assert page.matrix_model.index(3, column).data() == "✕"


def test_the_models_follow_the_qt_model_contract(qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.matrix_model)


def qt_click(button) -> None:
    button.click()


def double_click(qtbot, page, index) -> None:
    rect = page.matrix.visualRect(index)
    # A real double-click starts with a press: the view only acts on a press and a double
    # click on the same cell.
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
