"""Importing proposals from the GUI: the file menu, the worker thread, the error list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.factories import eligible_members, member_rows, write_csv, write_xlsx
from ui import msgbox
from ui.main_window import MainWindow
from ui.msgbox import ErrorListDialog


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    """Make the next file dialog return the given path, as if the user picked it."""

    def chooser(path: Path) -> None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), ""))
        )

    return chooser


def error_dialog(qtbot, window: MainWindow) -> ErrorListDialog:
    qtbot.waitUntil(lambda: window.findChild(ErrorListDialog) is not None, timeout=10_000)
    dialog = window.findChild(ErrorListDialog)
    assert isinstance(dialog, ErrorListDialog)
    return dialog


def test_a_bad_csv_lists_every_error_and_changes_nothing(qtbot, window, choose, tmp_path) -> None:
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            *member_rows("RG-101", eligible_members(), amount="58.000,00"),
            [
                "RG-102",
                "",
                "Governance",
                "Corruption",
                "40000",
                "twelve",
                "Org",
                "Serbia",
                "CSO",
                "boss",
            ],
        ],
    )
    workspace = window.workspace.path
    before = workspace.read_bytes()
    choose(bad)
    window.import_action.trigger()
    dialog = error_dialog(qtbot, window)
    assert dialog.summary.text() == "bad.csv was not imported: 6 errors found, nothing was changed."
    assert dialog.lines() == [
        "bad.csv, row 2, column requested_amount: “58.000,00” is not an amount; write it like 58000, 58000.00 or 58,000.00",
        "bad.csv, row 3, column requested_amount: “58.000,00” is not an amount; write it like 58000, 58000.00 or 58,000.00",
        "bad.csv, row 4, column requested_amount: “58.000,00” is not an amount; write it like 58000, 58000.00 or 58,000.00",
        "bad.csv, row 5, column title: this cell is empty",
        "bad.csv, row 5, column duration_months: “twelve” is not a whole number of months",
        "bad.csv, row 5, column role: “boss” must be lead or partner",
    ]
    dialog.close()
    assert window.proposals_page.model.rowCount() == 30
    window.close_workspace()
    assert workspace.read_bytes() == before


def test_a_file_that_is_not_a_workbook_gets_one_clear_message(
    qtbot, window, choose, tmp_path, monkeypatch
) -> None:
    fake = tmp_path / "proposals.xlsx"
    fake.write_text("this is not a workbook", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        msgbox.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    choose(fake)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["proposals.xlsx is not an Excel workbook (.xlsx)."]


def test_a_good_xlsx_adds_its_proposals_to_the_table(qtbot, window, choose, tmp_path) -> None:
    good = write_xlsx(
        tmp_path / "new.xlsx",
        [
            *member_rows("RG-201", eligible_members(" Podgorica"), amount="58,000.00"),
            *member_rows("RG-202", eligible_members(" Tirana"), months="24"),
        ],
    )
    choose(good)
    with qtbot.waitSignal(window.proposals_imported, timeout=10_000):
        window.import_action.trigger()
    page = window.proposals_page
    assert page.count.text() == "32 proposals · 22 eligible"
    assert page.select("RG-202")
    assert "duration is outside 12–18 months" in page.detail.verdict.text()
    assert "Imported 2 proposals" in window.statusBar().currentMessage()


def test_importing_existing_references_asks_before_replacing(
    qtbot, window, choose, tmp_path, monkeypatch
) -> None:
    # RG-030 asked for 24 months; the chair imports the corrected row.
    again = write_csv(
        tmp_path / "again.csv",
        member_rows("RG-030", eligible_members(), title="Corrected title", months="18"),
    )
    questions: list[str] = []

    def agree(parent, title, text, *, yes):
        questions.append(text)
        return True

    monkeypatch.setattr(msgbox, "question", agree)
    choose(again)
    with qtbot.waitSignal(window.proposals_imported, timeout=10_000):
        window.import_action.trigger()
    assert (
        questions and "1 proposal of again.csv is already in the workspace (RG-030)" in questions[0]
    )
    page = window.proposals_page
    assert page.select("RG-030")
    assert page.selected().title == "Corrected title"
    assert page.count.text() == "30 proposals · 22 eligible"


def test_a_proposal_under_review_cannot_be_replaced(
    qtbot, window, choose, tmp_path, monkeypatch
) -> None:
    again = write_csv(tmp_path / "again.csv", member_rows("RG-001", eligible_members()))
    monkeypatch.setattr(msgbox, "question", lambda *args, **kw: True)
    choose(again)
    window.import_action.trigger()
    dialog = error_dialog(qtbot, window)
    assert dialog.lines() == [
        "again.csv, row 2, column reference: RG-001 is already assigned to evaluators; "
        "it can no longer be replaced."
    ]
    assert window.proposals_page.select("RG-001")
    assert window.proposals_page.selected().title != "Regional cooperation"
