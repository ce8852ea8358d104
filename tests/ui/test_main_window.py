"""The main window: File menu, opening workspaces, recent files, geometry, the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from tests.factories import demo_call_text
from ui import msgbox
from ui.app import _arguments, create_window
from ui.main_window import PAGES, MainWindow


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        msgbox.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


def test_the_file_menu_has_the_platform_shortcuts(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    menu = file_menu.menu()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&New workspace from call file…",
        "&Open…",
        "Open &Recent",
        "Connect to &server…",
        "&Import proposals…",
        "Open evaluation &package…",
        "Import &returns…",
        "&Send back scores…",
        "&Close workspace",
        "&Quit",
    ]
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert not window.import_action.isEnabled()  # nothing to import into yet


def test_the_navigation_lists_every_page_in_workflow_order(window: MainWindow) -> None:
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == list(PAGES)
    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    assert window.pages.currentWidget() is window.contracts_page


def test_the_call_page_shows_the_grid_and_the_rules(window: MainWindow) -> None:
    window.navigation.setCurrentRow(PAGES.index("Call"))
    text = window.call_page.browser.toPlainText()
    assert "Scoring grid — 100 points" in text
    assert "Relevance (pass mark 18)" in text
    assert "480,000.00 EUR" in text
    assert "30,000.00 EUR – 60,000.00 EUR" in text
    assert "total ≥ 65 of 100" in text
    assert "required for scores 1, 2, 5" in text
    assert "Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia" in text
    assert "Corruption, including high level corruption" in text


def test_opening_a_file_that_is_not_a_workspace_says_so_and_keeps_it(
    qtbot, tmp_path, warnings_shown
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    notes = tmp_path / "notes.gew"
    notes.write_text("minutes of the committee", encoding="utf-8")
    assert not window.open_path(notes)
    assert warnings_shown == ["notes.gew is not a Grant Evaluator workspace."]
    assert notes.read_text(encoding="utf-8") == "minutes of the committee"
    assert window.workspace is None


def test_opened_workspaces_appear_in_open_recent(qtbot, window, demo_copy) -> None:
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert entries == ["&1 demo.gew", "Clear menu"]
    window.close_workspace()
    assert window.welcome.recent.item(0).text().startswith("demo.gew")
    window.recent_menu.actions()[0].trigger()
    assert window.workspace is not None and window.workspace.path == demo_copy


def test_the_window_geometry_is_remembered(qtbot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 610)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (790, 610)


def test_demo_argument_opens_the_demo_workspace(qtbot, tmp_path) -> None:
    window = create_window(_arguments(["--demo"]), tmp_path)
    qtbot.addWidget(window)
    assert (tmp_path / "smart-balkans-demo.gew").is_file()
    assert window.windowTitle() == (
        "smart-balkans-demo.gew — SMART Balkans Regional Grants — Grant Evaluator"
    )
    assert window.proposals_page.count.text() == "30 proposals · 21 eligible"
    window.close_workspace()


def test_a_workspace_argument_opens_that_file(qtbot, demo_copy) -> None:
    window = create_window(_arguments([str(demo_copy)]), demo_copy.parent)
    qtbot.addWidget(window)
    assert window.workspace is not None and window.workspace.path == demo_copy
    window.close_workspace()


def test_new_workspace_from_a_call_file(qtbot, tmp_path, monkeypatch) -> None:
    call = tmp_path / "call.toml"
    call.write_text(demo_call_text(), encoding="utf-8")
    target = tmp_path / "regional-2024"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(call), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window = MainWindow()
    qtbot.addWidget(window)
    window.new_action.trigger()
    assert window.workspace is not None
    assert window.workspace.path == Path(f"{target}.gew")
    assert window.proposals_page.count.text() == "No proposals yet: import a CSV or XLSX file."
    window.close_workspace()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.toml", "regional-2024.gew"]


def test_a_bad_call_file_lists_its_problems(qtbot, tmp_path, monkeypatch) -> None:
    call = tmp_path / "call.toml"
    call.write_text(
        demo_call_text()
        .replace('budget = "480000"', 'budget = "-5"')
        .replace("[call]", "[call]\nbudgte = 1"),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(call), "")))
    window = MainWindow()
    qtbot.addWidget(window)
    window.new_action.trigger()
    dialog = window.findChild(msgbox.ErrorListDialog)
    assert dialog is not None
    assert dialog.lines() == [
        "call.toml: call.budget: input should be greater than 0 (got '-5')",
        "call.toml: call.budgte: unknown key",
    ]
    assert window.workspace is None
