"""Several people on one server workspace at once (issue 15, item 2): a decision taken from
a screen someone else has since made stale is refused, never silently overwritten; clients
saving scores in parallel lose none, and the audit trail stays one unbroken chain."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex

from evaluator.actions import decisions, people, scoring
from evaluator.actions.workspace import open_place, verify
from evaluator.errors import EvaluatorError
from tests.cli_helpers import ok
from tests.factories import FULL_SCORES
from ui import msgbox
from ui.main_window import PAGES, MainWindow
from ui.pages import ranking_page

STALE = "RG-007 was changed by Ivana Kovačević since you opened it; nothing was changed, reload "


@pytest.fixture
def demo_url(capsys: pytest.CaptureFixture[str], pg_demo_url: str) -> str:
    ok(capsys, pg_demo_url, "chair-set", "Ivana Kovačević")
    return pg_demo_url


def awarded(url: str, reference: str) -> Decimal | None:
    with open_place(url) as workspace:
        outcomes = decisions.rank(workspace=workspace).ranking.outcomes
    return next(o.awarded for o in outcomes if o.reference == reference)


def test_a_decision_from_a_stale_screen_is_refused(demo_url: str) -> None:
    with open_place(demo_url) as mine, open_place(demo_url) as theirs:
        seen = mine.position()  # my screen loads
        decisions.award(workspace=theirs, reference="RG-007", amount=Decimal("39000"),
                        reason="Travel costs cut.")  # fmt: skip
        with pytest.raises(EvaluatorError) as refused:
            decisions.award(workspace=mine, reference="RG-007", amount=Decimal("35000"),
                            reason="Another cut.", seen=seen)  # fmt: skip
        assert refused.value.message == STALE + "and try again."
        # Another proposal, untouched since my screen loaded, takes my decision.
        decisions.award(workspace=mine, reference="RG-008", amount=Decimal("50000"),
                        reason="Equipment from another grant.", seen=seen)  # fmt: skip
        # Reloaded, my screen may decide on RG-007 again.
        decisions.award(workspace=mine, reference="RG-007", amount=Decimal("35000"),
                        reason="Another cut.", seen=mine.position())  # fmt: skip
    assert awarded(demo_url, "RG-007") == Decimal("35000.00")
    assert awarded(demo_url, "RG-008") == Decimal("50000.00")


def test_the_ranking_page_refuses_an_award_someone_else_changed(
    qtbot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_url)
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    page = window.ranking_page
    told: list[str] = []
    monkeypatch.setattr(msgbox.QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(
        ranking_page.AwardDialog,
        "ask",
        classmethod(lambda cls, *a, **k: (Decimal("35000"), "Another cut.")),
    )
    with open_place(demo_url) as theirs:
        decisions.award(workspace=theirs, reference="RG-007", amount=Decimal("39000"),
                        reason="Travel costs cut.")  # fmt: skip
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if (o := model.outcome(r)) and o.reference == "RG-007"
    )
    index: QModelIndex = model.index(row, model.COLUMNS.index("Awarded"))
    page.edit_award(index)
    assert len(told) == 1 and told[0].startswith(STALE)
    assert awarded(demo_url, "RG-007") == Decimal("39000.00")
    window.close_workspace()


def test_parallel_clients_saving_scores_lose_none_and_keep_one_chain(demo_url: str) -> None:
    with open_place(demo_url) as workspace:
        open_reviews = [
            (slot.evaluator, slot.reference)
            for slot in people.list_assignments(workspace=workspace)
            if slot.status != "submitted"
        ]
    assert len(open_reviews) >= 2
    # Ten clients, each with its own connection, all saving at once.
    clients = 10
    barrier = threading.Barrier(clients)
    failures: list[BaseException] = []

    def client(number: int) -> None:
        try:
            with open_place(demo_url) as mine:
                barrier.wait()
                for name, reference in open_reviews:
                    scoring.declare(workspace=mine, as_name=name, reference=reference,
                                    conflict=None)  # fmt: skip
                    code = list(FULL_SCORES)[number % len(FULL_SCORES)]
                    value, comment = FULL_SCORES[code]
                    scoring.score(workspace=mine, as_name=name, reference=reference,
                                  criterion=code, value=Decimal(value), comment=comment)  # fmt: skip
        except BaseException as exc:  # reported below, by the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with open_place(demo_url) as workspace:
        for name, reference in open_reviews:
            sheet = scoring.review_sheet(workspace=workspace, as_name=name, reference=reference)
            saved = set(sheet.scores)
            written = {list(FULL_SCORES)[n % len(FULL_SCORES)] for n in range(clients)}
            assert written <= saved, (name, reference)
    result = verify(path=demo_url)
    assert result.ok, result.problems
