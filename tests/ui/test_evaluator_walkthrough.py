"""An evaluator's day, as issue 13's walkthrough saw it: the package opens from the welcome page
with the application inside, page 2 of the application form is read beside the grid, the
proposal is scored by keyboard with a comment of several lines, confirmed and submitted; the
scores and the comment's lines come back to the chair."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from evaluator.actions import documents
from evaluator.actions.workspace import open_workspace
from tests.factories import (
    exchange_workspace,
    merge_returns,
    references_of,
    stored_scores,
    write_package,
    write_returns,
)
from tests.ui.helpers import confirming
from tests.ui.test_scoring_reader import make_pdf
from ui.main_window import PAGES, MainWindow

NAME = "Ana Petrović"
FORM = (
    "Page one: relevance of the action to the call",
    "Page two: coherence of the intervention logic",
    "Page three: the regional partnership and its budget",
)
COMMENT_LINES = (
    "Clear regional logic across the three countries.",
    "The logframe lacks baselines for two indicators.",
    "Travel costs look high for the activities planned.",
)


@pytest.fixture
def package(tmp_path: Path) -> tuple[Path, str, Path]:
    """Ana's package, her first proposal carrying a three-page application form."""
    chair = exchange_workspace(tmp_path / "chair")
    reference = references_of(chair, NAME)[0]
    form = make_pdf(tmp_path / "Obrazac prijave.pdf", FORM)
    with open_workspace(chair) as workspace:
        documents.attach(workspace=workspace, reference=reference, paths=[form])
    out = tmp_path / "SB-RG-2023 - Ana Petrović.gep"
    write_package(chair, NAME, out)
    return out, reference, chair


def focused(window: MainWindow) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and window.isAncestorOf(widget)
    return widget


def test_an_evaluator_reads_page_two_scores_by_keyboard_and_submits(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    package: tuple[Path, str, Path],
) -> None:
    gep, reference, chair = package
    mine = tmp_path / "mine.gew"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(gep), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(mine), ""))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # The welcome page opens the package; the application form came with it.
    button = next(
        b
        for b in window.welcome.findChildren(QPushButton)
        if b.text() == "Open evaluation package…"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.own == NAME)
    assert window.navigation.currentRow() == PAGES.index("Scoring")
    page = window.scoring_page
    assert page.open_review(reference)
    pane = page.documents
    assert pane.chooser.currentText().startswith("Obrazac prijave.pdf (PDF, ")

    # Page 2 of the application, read beside the grid.
    reader = pane.reader
    qtbot.waitUntil(lambda: reader.page_box.text() == "Page 1 of 3")
    qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert (reader.page_box.text(), reader.navigator.currentPage()) == ("Page 2 of 3", 1)
    assert FORM[1] in reader.document.getAllText(1).text()

    # Declare, then score every criterion by keyboard; the first comment has three lines.
    qtbot.keyClick(page.declare_button, Qt.Key.Key_Space)
    spec = page.spec
    assert spec is not None
    typed: dict[str, tuple[Decimal, str]] = {}
    for criterion, digit in zip(spec.criteria, "543214342341", strict=True):
        assert focused(window) is page.rows[criterion.code].score
        qtbot.keyClick(focused(window), digit)
        qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
        comment_box = page.rows[criterion.code].comment
        assert focused(window) is comment_box
        lines: tuple[str, ...] = COMMENT_LINES if criterion.code == "1.1" else ()
        if not lines and digit in "125":
            lines = (f"Reason for {criterion.code}.",)
        for number, line in enumerate(lines):
            if number:
                qtbot.keyClick(comment_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyClicks(comment_box, line)
        if criterion.code == "1.1":  # three lines are shown whole, not one cut off
            assert comment_box.height() >= 3 * comment_box.fontMetrics().lineSpacing()
        qtbot.keyClick(comment_box, Qt.Key.Key_Return)
        typed[criterion.code] = (Decimal(digit), "\n".join(lines))

    total = sum(
        value * c.weight for c, (value, _) in zip(spec.criteria, typed.values(), strict=True)
    )
    with confirming() as asked:
        qtbot.keyClick(focused(window), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked[0].startswith(f"Submit your review of {reference}: total {total} of 100?")
    assert page.state.text() == "Submitted and locked; the chair can reopen it."
    assert page.rows["1.1"].comment.isReadOnly()
    assert page.rows["1.1"].comment.toPlainText() == "\n".join(COMMENT_LINES)
    window.close_workspace()

    # What she typed reaches the chair, line breaks and all; the form is the chair's bytes.
    write_returns(mine, tmp_path / "returns.ger")
    merge_returns(chair, tmp_path / "returns.ger")
    assert stored_scores(chair, NAME, reference) == typed
    with open_workspace(mine) as workspace:
        (listed,) = documents.list_documents(workspace=workspace, reference=reference)
    original = (tmp_path / "Obrazac prijave.pdf").read_bytes()
    assert listed.sha256 == hashlib.sha256(original).hexdigest()
