"""The window shows what is in the workspace now, also after another program wrote it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import PAGES, MainWindow


@pytest.fixture
def demo(demo_copy: Path) -> Path:
    """The demo workspace, a copy for this test (tests/ui/conftest.py)."""
    return demo_copy


@pytest.fixture
def window(qtbot, demo: Path) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    assert main.open_path(demo)
    yield main
    main.close_workspace()


def come_back(window: MainWindow) -> None:
    """The user switches back to the window from another program."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def sql(path: Path, statement: str, *parameters: object) -> None:
    """Another program edits the file with sqlite3 directly."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(statement, parameters)
    finally:
        connection.close()


def awarded(window: MainWindow, reference: str) -> str:
    model = window.ranking_page.model
    column = model.COLUMNS.index("Awarded")
    for row in range(model.rowCount()):
        outcome = model.outcome(row)
        if outcome is not None and outcome.reference == reference:
            return str(model.index(row, column).data())
    raise AssertionError(f"{reference} is not in the ranking")


def title_cell(window: MainWindow, reference: str) -> str:
    model = window.proposals_page.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == reference:
            return str(model.index(row, 1).data())
    raise AssertionError(f"{reference} is not in the table")


def funded(window: MainWindow) -> str:
    """A funded proposal that asked for more than the 31,000.00 the tests award it."""
    model = window.ranking_page.model
    outcomes = (model.outcome(row) for row in range(model.rowCount()))
    return next(
        o.reference
        for o in outcomes
        if o is not None and o.status == "funded" and o.requested > 32000
    )


def test_an_award_made_with_the_cli_shows_when_the_window_is_active_again(
    window: MainWindow, demo: Path
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    reference = funded(window)
    before = awarded(window, reference)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "evaluator",
            "-w",
            str(demo),
            "award",
            reference,
            "--amount",
            "31000",
            "--reason",
            "Budget trimmed.",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert awarded(window, reference) == before  # nothing happens behind the user's back
    come_back(window)
    assert awarded(window, reference) == "31,000.00"


def test_a_title_changed_with_sqlite3_shows_on_return_and_the_selection_stays(
    window: MainWindow, demo: Path
) -> None:
    page = window.proposals_page
    assert page.select("RG-004")
    sql(demo, "UPDATE proposal SET title = ? WHERE reference = ?", "Мрежа – “Sigurni”", "RG-004")
    come_back(window)
    assert title_cell(window, "RG-004") == "Мрежа – “Sigurni”"
    selected = page.selected()
    assert selected is not None and selected.reference == "RG-004"
    assert "Мрежа – “Sigurni”" in page.detail.heading.text()


def test_the_application_becoming_active_again_reloads_the_page(
    window: MainWindow, demo: Path
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    reference = funded(window)
    sql(demo, "UPDATE proposal SET awarded_amount = '30500.00' WHERE reference = ?", reference)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert awarded(window, reference) == "30,500.00"


def test_a_page_shown_again_shows_what_another_program_wrote(
    window: MainWindow, demo: Path
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    reference = funded(window)
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    sql(demo, "UPDATE proposal SET awarded_amount = '32000.00' WHERE reference = ?", reference)
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert awarded(window, reference) == "32,000.00"
    sql(demo, "UPDATE proposal SET title = 'Renamed elsewhere' WHERE reference = 'RG-002'")
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    assert title_cell(window, "RG-002") == "Renamed elsewhere"


def test_coming_back_with_nothing_written_reloads_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    reloads: list[str] = []
    monkeypatch.setattr(window.ranking_page, "refresh", lambda: reloads.append("ranking"))
    come_back(window)
    assert reloads == []
