"""The chair's pages as a chair reads them on a 1366×768 laptop and a 1920×1080 screen: whole
titles and names where there is room, flags in words, nothing pushed out of view."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QHeaderView, QTableView

from evaluator.actions import outputs
from tests.ui.helpers import type_text
from ui.dialogs import AwardDialog
from ui.main_window import PAGES, MainWindow
from ui.pages import evaluators_page, ranking_page
from ui.pages.ranking_page import TITLE_FLOOR

LAPTOP, DESKTOP = (1366, 768), (1920, 1080)
# A cell's text is drawn inside a few pixels of margin on either side.
MARGIN = 8


def show_page(window: MainWindow, name: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.navigation.setCurrentRow(PAGES.index(name))
    QApplication.processEvents()


def right_edge(view: QTableView, column: int) -> int:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def shown_text(view: QTableView, column: int, text: str) -> str:
    """``text`` as the view draws it in ``column``: cut with "…" where it does not fit."""
    width = view.horizontalHeader().sectionSize(column) - MARGIN
    return QFontMetrics(view.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)


def ranking_row(window: MainWindow, reference: str) -> int:
    model = window.ranking_page.model
    return next(
        r
        for r in range(model.rowCount())
        if (o := model.outcome(r)) is not None and o.reference == reference
    )


def test_on_a_laptop_ranking_titles_keep_their_floor_and_every_column_is_in_view(
    window: MainWindow,
) -> None:
    show_page(window, "Ranking", LAPTOP)
    table, model = window.ranking_page.table, window.ranking_page.model
    title = model.COLUMNS.index("Title")
    width = table.horizontalHeader().sectionSize(title)
    assert width >= QFontMetrics(table.font()).averageCharWidth() * TITLE_FLOOR
    # Before, titles showed two or three characters; now each shows its first 30 or more.
    for row in range(model.rowCount()):
        if (outcome := model.outcome(row)) is not None:
            assert len(shown_text(table, title, outcome.title).rstrip("…")) >= 30
    flags = model.COLUMNS.index("Flags")
    assert right_edge(table, flags) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert shown_text(table, flags, "divergent total, resolved") == "divergent total, resolved"


def test_on_a_desktop_every_ranking_title_is_whole(window: MainWindow) -> None:
    show_page(window, "Ranking", DESKTOP)
    table, model = window.ranking_page.table, window.ranking_page.model
    title = model.COLUMNS.index("Title")
    titles = [o.title for r in range(model.rowCount()) if (o := model.outcome(r)) is not None]
    assert titles and all(shown_text(table, title, t) == t for t in titles)
    header = table.horizontalHeader()
    assert all(
        shown_text(table, c, model.COLUMNS[c]) == model.COLUMNS[c]
        for c in range(header.count())
        if c not in (0, title)  # the rank's sort arrow has its own room
    )


def test_ranking_flags_read_as_words(window: MainWindow) -> None:
    show_page(window, "Ranking", LAPTOP)
    model = window.ranking_page.model
    flags = model.COLUMNS.index("Flags")
    cell = model.index(ranking_row(window, "RG-014"), flags)
    assert cell.data() == "divergent total, resolved"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == "divergent total"
    assert "divergent on criterion" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(ranking_row(window, "RG-005"), flags).data() == "divergent total"
    assert model.index(ranking_row(window, "RG-001"), flags).data() == ""  # they agree
    assert not any(
        "DIVERGENT" in (model.index(r, flags).data() or "") for r in range(model.rowCount())
    )


def test_resolve_is_disabled_once_resolved(qtbot, window: MainWindow) -> None:
    show_page(window, "Reconciliation", LAPTOP)
    page = window.reconciliation_page
    assert page.current is not None and page.current.reference == "RG-005"
    type_text(page.note, "Read again in committee — the Nikšić partner confirmed")
    assert page.resolve_button.isEnabled()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.resolved
    assert not page.resolve_button.isEnabled()
    assert page.resolve_button.toolTip() == "Already resolved"
    type_text(page.note, " (again)")
    assert not page.resolve_button.isEnabled()


def test_the_criterion_choice_and_typed_consensus_do_not_carry_over(
    qtbot, window: MainWindow
) -> None:
    show_page(window, "Reconciliation", LAPTOP)
    page = window.reconciliation_page
    # RG-005 diverges on its total, on no single criterion: the first criterion is offered.
    assert page.criterion.currentData() == "1.1"
    for _ in range(4):
        qtbot.keyClick(page.criterion, Qt.Key.Key_Down)
    chosen = page.criterion.currentData()
    assert chosen == "2.2"
    qtbot.keyClicks(page.value, "4")
    type_text(page.reason, "Agreed in committee")
    other = next(
        r
        for r in range(page.model.rowCount())
        if page.model.reconciliation(r).reference == "RG-001"
    )
    rect = page.list.visualRect(page.model.index(other, 0))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current is not None and page.current.reference == "RG-001"
    assert page.criterion.currentIndex() == 0  # RG-001 diverges on no criterion
    assert (page.value.text(), page.reason.text()) == ("", "")


def test_the_consensus_reason_box_has_room(window: MainWindow) -> None:
    show_page(window, "Reconciliation", LAPTOP)
    page = window.reconciliation_page
    # Room for a sentence, not a word: at least as wide as the criterion box and the value's.
    assert page.reason.width() >= 40 * page.reason.fontMetrics().averageCharWidth()
    assert page.reason.width() >= page.criterion.width()


@pytest.mark.parametrize("typed", ["48.000,0x", "48 000 EUR", "forty"])
def test_a_mistyped_amount_keeps_the_award_dialog_open_with_an_example(qtbot, typed: str) -> None:
    dialog = AwardDialog(None, "The amount awarded to RG-019.", Decimal("48000"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, typed)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        f"“{typed}” is not an amount. Write it for example 48000.00, 48,000.00 or 48.000,00."
    )
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "47,500.50")
    assert not dialog.problem.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.amount == Decimal("47500.50")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("47.500,50", "47500.50"), ("47500,5", "47500.5"), ("47.500", "47500"), ("47,500", "47500")],
)
def test_the_award_dialog_takes_a_decimal_comma_too(qtbot, typed: str, amount: str) -> None:
    dialog = AwardDialog(None, "The amount awarded to RG-019.", Decimal("48000"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, typed)
    qtbot.keyClicks(dialog.reason_edit, "Travel costs cut.")  # all four are below the request
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert dialog.amount == Decimal(amount)


def test_the_ranking_awards_what_the_dialog_accepted(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Decimal] = []

    def ask(cls, _parent, _prompt: str, example: Decimal, requested: Decimal):
        asked.append(example)
        return Decimal("31000"), "Travel costs cut by the committee"

    monkeypatch.setattr(ranking_page.AwardDialog, "ask", classmethod(ask))
    show_page(window, "Ranking", LAPTOP)
    page = window.ranking_page
    row = ranking_row(window, "RG-007")
    page.edit_award(page.model.index(row, page.model.COLUMNS.index("Awarded")))
    assert asked == [Decimal("41200.00")]
    row = ranking_row(window, "RG-007")
    assert page.model.index(row, page.model.COLUMNS.index("Awarded")).data() == "31,000.00"


def test_the_matrix_shows_whole_names_and_each_proposal_s_title(window: MainWindow) -> None:
    show_page(window, "Evaluators", LAPTOP)
    page = window.evaluators_page
    matrix, model = page.matrix, page.matrix_model
    header = matrix.horizontalHeader()
    names = QFontMetrics(header.font())
    for column, name in enumerate(model.matrix.evaluators):
        assert header.sectionSize(column) >= names.horizontalAdvance(name)
        assert right_edge(matrix, column) <= matrix.viewport().width()
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
            name
        )
    reference, title = model.matrix.proposals[0]
    rows = matrix.verticalHeader()
    text = model.headerData(0, Qt.Orientation.Vertical)
    assert text == f"{reference}  {title}"
    shown = QFontMetrics(rows.font()).elidedText(text, Qt.TextElideMode.ElideRight, rows.width())
    assert shown.startswith(f"{reference}  {title[:10]}")
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == (
        f"{reference} — {title}"
    )
    cell = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert cell.startswith(f"{model.matrix.evaluators[0]} — {reference} {title}: ")


def test_a_long_conflict_reason_wraps(window: MainWindow, monkeypatch) -> None:
    reason = (
        "Was paid as an external expert by the lead applicant in 2022 and co-authored its "
        "previous regional proposal on media literacy with two of the partners."
    )
    monkeypatch.setattr(
        evaluators_page.ReasonDialog, "ask", classmethod(lambda cls, *a, **k: ("RG-001", reason))
    )
    show_page(window, "Evaluators", LAPTOP)
    page = window.evaluators_page
    page.select("Elira Hoxha")
    page.add_conflict_button.click()
    tree = page.conflicts
    items = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
    item = next(i for i in items if i is not None and i.text(1) == reason)
    column = tree.header().sectionSize(1)
    wrapped = tree.fontMetrics().boundingRect(
        QRect(0, 0, column - MARGIN, 10_000), Qt.TextFlag.TextWordWrap, reason
    )
    assert wrapped.height() >= 2 * tree.fontMetrics().height()  # it does need several lines
    assert tree.visualItemRect(item).height() >= wrapped.height()
    header = tree.header()
    assert header.sectionPosition(2) + header.sectionSize(2) <= tree.viewport().width()


def test_the_missing_data_column_stays_in_view(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lacking = ["beneficiary: address", "beneficiary: registration number"]
    real = outputs.contract_data

    def some_lacking(**arguments):
        rows = real(**arguments)
        return [dataclasses.replace(rows[0], missing=lacking), *rows[1:]]

    monkeypatch.setattr(outputs, "contract_data", some_lacking)
    show_page(window, "Contracts", LAPTOP)
    page = window.contracts_page
    table = page.list
    missing = page.model.COLUMNS.index("Missing data")
    assert right_edge(table, missing) <= table.viewport().width()
    assert table.horizontalHeader().sectionResizeMode(missing) == QHeaderView.ResizeMode.Stretch
    cell = page.model.index(0, missing)
    assert cell.data() == "beneficiary: address, beneficiary: registration number"
    wrapped = table.fontMetrics().boundingRect(
        QRect(0, 0, table.columnWidth(missing) - MARGIN, 10_000),
        Qt.TextFlag.TextWordWrap,
        cell.data(),
    )
    assert table.visualRect(cell).height() >= wrapped.height()
    assert "beneficiary: registration number" in cell.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("size", [LAPTOP, DESKTOP])
def test_every_proposals_column_is_in_view_with_its_whole_title(
    window: MainWindow, size: tuple[int, int]
) -> None:
    show_page(window, "Proposals", size)
    table, model = window.proposals_page.table, window.proposals_page.model
    header = table.horizontalHeader()
    last = header.count() - 1
    assert right_edge(table, last) <= table.viewport().width()
    titles = QFontMetrics(header.font())
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        arrow = 20 if column == header.sortIndicatorSection() else 0
        assert header.sectionSize(column) >= titles.horizontalAdvance(title) + arrow
    metrics = QFontMetrics(table.font())
    for column, floor in window.proposals_page.room.floors.items():
        assert header.sectionSize(column) >= metrics.averageCharWidth() * floor
    cell = model.index(0, model.LEAD)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()


def test_awarding_less_than_requested_asks_for_the_reason(qtbot) -> None:
    dialog = AwardDialog(None, "The amount awarded to RG-019.", Decimal("36500"), Decimal("36500"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "31000")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text().startswith("31,000.00 is less than the 36,500.00 requested")
    qtbot.keyClicks(dialog.reason_edit, "Travel costs cut by the committee")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (dialog.amount, dialog.reason) == (Decimal("31000"), "Travel costs cut by the committee")
