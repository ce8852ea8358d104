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


def test_a_save_the_server_stops_for_a_deadlock_is_tried_again(demo_url: str) -> None:
    import psycopg

    from evaluator.storage import server

    name, reference = "Ana Stojanovska", "RG-018"  # the demo's review left half scored
    raw = server.parse(demo_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(raw, autocommit=True) as watcher, psycopg.connect(raw) as other:
        row = watcher.execute(
            "SELECT s.id, s.criterion FROM score s JOIN review r ON r.id = s.review_id "
            "JOIN evaluator e ON e.id = r.evaluator_id JOIN proposal p ON p.id = r.proposal_id "
            "WHERE e.name = %s AND p.reference = %s ORDER BY s.criterion LIMIT 1",
            (name, reference),
        ).fetchone()
        assert row is not None
        score_id, code = row
        deadlocks = "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        before = watcher.execute(deadlocks).fetchone()
        # Another writer holds the score's row (and never checks for deadlocks itself)...
        other.execute("SET deadlock_timeout = '60s'")
        other.execute("UPDATE score SET comment = comment WHERE id = %s", (score_id,))
        saved: list[object] = []

        def save() -> None:
            with open_place(demo_url) as mine:
                try:
                    saved.append(scoring.score(workspace=mine, as_name=name, reference=reference,
                                               criterion=code, value=Decimal("2"),
                                               comment="Slabo obrazloženo."))  # fmt: skip
                except BaseException as exc:  # reported below, by the test's thread
                    saved.append(exc)

        thread = threading.Thread(target=save)
        thread.start()
        # ...until the save, holding the writer lock, waits for that row...
        for _ in range(600):
            waiting = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query LIKE 'UPDATE score%%' AND pid <> pg_backend_pid()"
            ).fetchone()
            if waiting and waiting[0]:
                break
            threading.Event().wait(0.05)
        # ...then asks for the writer lock: each waits for the other. The server stops the
        # save's transaction; the save, tried again, waits its turn and lands.
        other.execute("SELECT pg_advisory_xact_lock(%s)", (server.WRITER_LOCK,))
        other.commit()
        thread.join(timeout=60)
        after = watcher.execute(deadlocks).fetchone()
    assert len(saved) == 1 and not isinstance(saved[0], BaseException), saved
    assert before is not None and after is not None and after[0] == before[0] + 1
    with open_place(demo_url) as workspace:
        sheet = scoring.review_sheet(workspace=workspace, as_name=name, reference=reference)
    assert (sheet.scores[code], sheet.comments[code]) == (Decimal("2"), "Slabo obrazloženo.")
    result = verify(path=demo_url)
    assert result.ok, result.problems
