"""The chair names themselves on the Call page; from then on the history names them, not the
computer's login (issue 14, item 9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from evaluator.actions import people
from evaluator.actions import workspace as workspaces
from ui.main_window import PAGES, MainWindow


def test_the_chair_named_on_the_call_page_is_who_the_history_names(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Call"))
    page = window.call_page
    assert page.chair.isVisible() and page.chair_button.isVisible()
    assert "not named yet" in page.chair.text()
    assert f"({workspaces.login()})" in page.chair.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dr. Jelena Đurić", True))

    qtbot.mouseClick(page.chair_button, Qt.MouseButton.LeftButton)

    assert page.chair.text().startswith("Chair: <b>Dr. Jelena Đurić</b>")
    assert window.workspace is not None
    people.add_conflict(
        workspace=window.workspace, evaluator_name="Ana Stojanovska", reference="RG-030",
        reason="former employee of the lead",
    )  # fmt: skip
    entries = workspaces.history(workspace=window.workspace, reference="RG-030")
    assert entries[-1].actor == "Dr. Jelena Đurić"
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    assert window.proposals_page.select("RG-030")
    rows = window.proposals_page.detail.history
    newest = rows.topLevelItem(0)
    assert newest is not None and newest.text(1) == "Dr. Jelena Đurić"
    assert newest.text(3).startswith("Conflict of interest recorded: former employee")
