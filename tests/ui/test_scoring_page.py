"""Scoring a proposal from the Scoring page, keyboard first, as an evaluator does."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evaluator.services.evaluators import find_evaluator
from evaluator.services.scoring import my_reviews, review_sheet
from tests.ui.helpers import confirming
from ui import msgbox
from ui.main_window import PAGES, MainWindow

# In the demo, Ana has submitted most of her reviews; her last one is not started.
EVALUATOR = "Ana Stojanovska"


@pytest.fixture
def scoring(qtbot, demo_copy: Path) -> Iterator[MainWindow]:
    """The demo workspace, open on the Scoring page as Ana."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_copy)
    window.navigation.setCurrentRow(PAGES.index("Scoring"))
    window.scoring_page.act_as(EVALUATOR)
    yield window
    window.close_workspace()


def focused(window: MainWindow) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def stored(window: MainWindow, reference: str):
    assert window.workspace is not None
    with window.workspace.session() as session:
        return review_sheet(session, find_evaluator(session, EVALUATOR), reference)


def not_started(window: MainWindow) -> str:
    page = window.scoring_page
    reviews = [page.model.review(r) for r in range(page.model.rowCount())]
    return next(r.reference for r in reviews if r.status == "not started")


def test_a_whole_proposal_is_scored_and_submitted_with_the_keyboard_only(qtbot, scoring) -> None:
    page = scoring.scoring_page
    last = page.model.rowCount() - 1
    first = page.model.review(last).reference
    assert first == not_started(scoring)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.sheet is not None and page.sheet.reference == first
    assert page.banner.isVisible()
    assert focused(scoring) is page.declare_button
    qtbot.keyClick(page.declare_button, Qt.Key.Key_Space)
    assert not page.banner.isVisible()

    spec = page.spec
    assert spec is not None
    typed = {}
    digits = "543214342341"
    for criterion, digit in zip(spec.criteria, digits, strict=True):
        assert focused(scoring) is page.rows[criterion.code].score
        qtbot.keyClick(focused(scoring), digit)
        qtbot.keyClick(focused(scoring), Qt.Key.Key_Tab)
        assert focused(scoring) is page.rows[criterion.code].comment
        comment = f"Reason {criterion.code}" if digit in ("1", "2", "5") else ""
        if comment:
            qtbot.keyClicks(focused(scoring), comment)
        qtbot.keyClick(focused(scoring), Qt.Key.Key_Return)
        typed[criterion.code] = (Decimal(digit), comment)

    total = sum(
        value * c.weight for c, (value, _) in zip(spec.criteria, typed.values(), strict=True)
    )
    assert page.total.text() == f"<b>Total {total}</b> of 100 · 12 of 12 criteria scored"
    with confirming() as asked:
        qtbot.keyClick(focused(scoring), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == [
        f"Submit your review of {first}: total {total} of 100?\n\n"
        "Once submitted it is locked; only the chair can reopen it."
    ]

    sheet = stored(scoring, first)
    assert sheet.submitted
    assert {code: (sheet.scores[code], sheet.comments[code]) for code in typed} == typed
    assert page.model.review(last).status == "submitted"
    assert page.state.text() == "Submitted and locked; the chair can reopen it."
    assert page.rows["1.1"].score.isReadOnly()


def test_an_out_of_range_score_is_explained_inline_and_not_saved(qtbot, scoring) -> None:
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.rows["1.1"].score, "7")
    assert page.rows["1.1"].message.text() == "7 is above the scale of 1.1 (1–5)."
    assert page.rows["1.1"].message.isVisible()
    assert stored(scoring, reference).scores == {}


def test_a_score_needing_a_justification_says_so_until_it_has_one(qtbot, scoring) -> None:
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    row = page.rows["2.1"]
    qtbot.keyClick(row.score, "1")
    assert row.message.text() == "A score of 1 needs a written justification before you submit."
    assert stored(scoring, reference).scores == {"2.1": Decimal(1)}
    qtbot.keyClicks(row.comment, "No logic")
    page.flush()
    assert not row.message.isVisible()
    assert stored(scoring, reference).comments == {"2.1": "No logic"}


def test_submitting_an_incomplete_review_says_what_is_missing(qtbot, scoring, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        msgbox.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.rows["1.1"].score, "5")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert shown == [
        f"{reference} cannot be submitted: not scored: 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 4.1, "
        "4.2, 5.1, 5.2; justification missing for 1.1 (score 5)."
    ]
    assert not stored(scoring, reference).submitted


def test_declaring_a_conflict_takes_the_proposal_off_the_list(qtbot, scoring, monkeypatch) -> None:
    page = scoring.scoring_page
    reference = not_started(scoring)
    before = page.model.rowCount()
    page.open_review(reference)
    monkeypatch.setattr(
        "ui.pages.scoring_page.ReasonDialog.ask", lambda *args, **kw: ("", "My cousin leads it")
    )
    qtbot.mouseClick(page.conflict_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before - 1
    assert reference not in [page.model.review(r).reference for r in range(page.model.rowCount())]
    scoring.navigation.setCurrentRow(PAGES.index("Evaluators"))
    evaluators_page = scoring.evaluators_page
    assert evaluators_page.matrix_model.matrix.cells[(reference, EVALUATOR)] == "conflict"


def test_score_as_switches_the_evaluator(qtbot, scoring) -> None:
    page = scoring.scoring_page
    assert [page.acting.itemText(i) for i in range(page.acting.count())] == [
        "Ana Stojanovska",
        "Arben Krasniqi",
        "Elira Hoxha",
        "Jelena Đurović",
        "Марко Петровић",
    ]
    page.act_as("Марко Петровић")
    assert scoring.workspace is not None
    with scoring.workspace.session() as session:
        expected = [
            r.reference for r in my_reviews(session, find_evaluator(session, "Марко Петровић"))
        ]
    shown = [page.model.review(r).reference for r in range(page.model.rowCount())]
    assert shown == expected
    assert len(shown) == 9  # eight assigned to him, and one he took over from Ana


def test_a_refused_submit_leads_to_the_first_criterion_that_blocks_it(
    qtbot: QtBot, scoring: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox.QMessageBox, "warning", lambda *a: None)
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    for code in ("1.1", "1.2"):  # 1.1 = 5 needs a justification; 1.2 = 3 does not
        qtbot.keyClick(page.rows[code].score, "5" if code == "1.1" else "3")
    page.flush()

    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.rows["1.1"].comment.hasFocus()  # the first blocker: its comment

    page.rows["1.1"].comment.setPlainText("Clear regional added value.")
    page.flush()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.rows["1.3"].score.hasFocus()  # then the first one not scored


def test_the_list_says_needs_justification_until_every_required_comment_is_written(
    qtbot: QtBot, scoring: MainWindow
) -> None:
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    for code in page.rows:
        qtbot.keyClick(page.rows[code].score, "5")  # every 5 needs a justification
    page.flush()

    def status() -> str:
        row = next(
            r for r in range(page.model.rowCount()) if page.model.review(r).reference == reference
        )
        return str(page.model.review(row).status)

    assert status() == "needs justification"
    for code, row in page.rows.items():
        row.comment.setPlainText(f"Strong on {code}.")
    page.flush()
    assert status() == "complete"


def test_a_submitted_review_looks_locked(qtbot: QtBot, scoring: MainWindow) -> None:
    page = scoring.scoring_page
    submitted = next(
        page.model.review(r).reference
        for r in range(page.model.rowCount())
        if page.model.review(r).submitted
    )
    page.open_review(submitted)

    row = page.rows["1.1"]
    assert row.score.isReadOnly() and row.comment.isReadOnly()
    assert "background: #eeeeee" in row.score.styleSheet()
    assert not page.submit_button.isEnabled()


def test_declining_the_confirmation_leaves_the_review_open(
    qtbot: QtBot, scoring: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *a, **k: False)
    page = scoring.scoring_page
    reference = not_started(scoring)
    page.open_review(reference)
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    for code in page.rows:
        qtbot.keyClick(page.rows[code].score, "3")
    page.flush()

    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)

    assert not stored(scoring, reference).submitted
    assert page.submit_button.isEnabled()
