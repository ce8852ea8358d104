"""A damaged workspace opens read-only unless its backup is restored; a locked one is "in use"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from evaluator.storage import sqlite as db
from evaluator.storage.backups import DAMAGED, list_backups, make_backup
from tests.evaluator.storage.workspace_faults import (
    damage_index,
    damage_table,
    held_lock,
    quick_check,
)
from ui import msgbox
from ui.dialogs import EvaluatorFields
from ui.main_window import PAGES, MainWindow
from ui.pages import evaluators_page

DAMAGE = (
    "demo.gew is damaged (Page 9: btreeInitPage() returns error code 11), but it can still be read."
)
READ_ONLY = "demo.gew is open read-only because it is damaged; restore a backup to change it."
IN_USE = "demo.gew is in use by another program; nothing was changed, try again."
TITLE = "demo.gew — SMART Balkans Regional Grants — Grant Evaluator"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        msgbox.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: shown.append(text))
    return shown


def answer(monkeypatch: pytest.MonkeyPatch, restore: bool) -> list[tuple[str, str, str, str]]:
    """Answer the restore offer; returns what was asked (title, text, yes, no)."""
    asked: list[tuple[str, str, str, str]] = []

    def reply(parent, title, text, *, yes, no="Cancel"):
        asked.append((title, text, yes, no))
        return restore

    monkeypatch.setattr(msgbox, "question", reply)
    return asked


def opened(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(path)
    return window


def add_evaluator(window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Add an evaluator through the Evaluators page; returns the names listed afterwards."""
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    page = window.evaluators_page
    monkeypatch.setattr(
        evaluators_page.EvaluatorDialog,
        "ask",
        classmethod(lambda cls, *a, **k: EvaluatorFields(name, "Kosovo", "")),
    )
    page.add_button.click()
    return [page.model.evaluator(r).name for r in range(page.model.rowCount())]


@pytest.fixture
def damaged(demo_copy: Path) -> Path:
    make_backup(demo_copy, "before import of proposals")
    damage_index(demo_copy)
    return demo_copy


def test_declining_the_backup_opens_it_read_only_and_refuses_changes(
    qtbot,
    damaged: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    before = damaged.read_bytes()
    asked = answer(monkeypatch, restore=False)
    window = opened(qtbot, damaged)

    [(title, text, yes, no)] = asked
    assert (title, yes, no) == ("Workspace damaged", "Restore", "Open read-only")
    assert text.startswith(f"{DAMAGE}\n\nThe latest backup of demo.gew was made ")
    assert text.endswith(
        "(before import of proposals). Restore it? The damaged file is kept as a backup too."
        "\n\nOr open demo.gew read-only, as it is, to look at it."
    )
    assert window.windowTitle() == (
        "demo.gew (read-only: damaged) — SMART Balkans Regional Grants — Grant Evaluator"
    )
    assert window.read_only_banner.isVisible()
    assert window.read_only_text.text() == (
        "Read-only: demo.gew is damaged. You can look at everything and export reports, but "
        "nothing can be changed; restore a backup to repair it."
    )
    assert window.restore_button.isVisible()
    assert window.proposals_page.count.text() == "30 proposals · 21 eligible"
    assert not window.import_action.isEnabled()
    assert not window.import_returns_action.isEnabled()

    names = add_evaluator(window, monkeypatch, "Besnik Gashi")
    assert warnings == [READ_ONLY]
    assert "Besnik Gashi" not in names and len(names) == 5
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pytest.fail)
    window.import_dialog()  # the Proposals page's Import button
    assert warnings == [READ_ONLY, READ_ONLY]

    window.close_workspace()
    assert window.windowTitle() == "Grant Evaluator"
    assert not window.read_only_banner.isVisible()
    assert damaged.read_bytes() == before
    assert [b.reason for b in list_backups(damaged)] == ["before-import-of-proposals"]


def test_accepting_restores_the_backup_and_the_workspace_is_writable(
    qtbot,
    damaged: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    answer(monkeypatch, restore=True)
    window = opened(qtbot, damaged)
    assert window.windowTitle() == TITLE
    assert not window.read_only_banner.isVisible()
    assert window.import_action.isEnabled()
    assert "Besnik Gashi" in add_evaluator(window, monkeypatch, "Besnik Gashi")
    assert warnings == []
    window.close_workspace()
    assert quick_check(damaged) == ["ok"]
    assert list_backups(damaged)[0].reason == DAMAGED


def test_the_banner_offers_the_backup_again(
    qtbot,
    damaged: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer(monkeypatch, restore=False)
    window = opened(qtbot, damaged)
    asked = answer(monkeypatch, restore=True)
    window.restore_button.click()
    assert len(asked) == 1
    assert window.windowTitle() == TITLE
    assert not window.read_only_banner.isVisible()
    assert window.proposals_page.count.text() == "30 proposals · 21 eligible"
    window.close_workspace()


def test_without_a_backup_it_opens_read_only_and_says_so(
    qtbot,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    damage_index(demo_copy)
    asked = answer(monkeypatch, restore=True)
    window = opened(qtbot, demo_copy)
    assert asked == []
    assert told == [
        f"{DAMAGE}\n\ndemo.gew is open read-only: you can look at everything and export "
        "reports, but not change anything. It has no backup to restore."
    ]
    assert "(read-only: damaged)" in window.windowTitle()
    assert not window.restore_button.isVisible()
    window.close_workspace()


def test_a_workspace_that_cannot_be_read_is_only_offered_its_backup(
    qtbot,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_backup(demo_copy, "before import of proposals")
    damage_table(demo_copy, "proposal")
    asked = answer(monkeypatch, restore=False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(demo_copy)
    [(_, text, yes, no)] = asked
    assert text.startswith("demo.gew is damaged and cannot be read")
    assert "read-only" not in text
    assert (yes, no) == ("Restore", "Cancel")
    assert window.workspace is None


# --- another program writing the same workspace --------------------------------------------------


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)


@pytest.mark.usefixtures("short_wait")
def test_a_change_while_another_program_writes_says_in_use(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    path = window.workspace.path if window.workspace else Path()
    before = path.read_bytes()
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    with held_lock(path):
        add_evaluator(window, monkeypatch, "Besnik Gashi")
    assert warnings == [IN_USE]
    assert path.read_bytes() == before


@pytest.mark.usefixtures("short_wait")
def test_opening_while_another_program_writes_says_in_use_and_offers_no_backup(
    qtbot,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    make_backup(demo_copy, "before import of proposals")
    asked = answer(monkeypatch, restore=True)
    window = MainWindow()
    qtbot.addWidget(window)
    with held_lock(demo_copy):
        assert not window.open_path(demo_copy)
    assert warnings == [IN_USE]
    assert asked == []
    assert window.open_path(demo_copy)  # once the other program is done
    window.close_workspace()


def test_the_ranking_can_still_be_exported_read_only(
    qtbot,
    damaged: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    warnings: list[str],
) -> None:
    answer(monkeypatch, restore=False)
    window = opened(qtbot, damaged)
    out = tmp_path / "ranking.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    window.ranking_page.export(".csv")
    assert warnings == []
    assert told == [f"Wrote {out}."]
    assert out.read_text(encoding="utf-8").count("\n") == 31  # a header and 30 proposals
    window.close_workspace()


def test_a_refusal_escaping_a_page_becomes_a_dialog_not_a_traceback(
    qtbot, monkeypatch, tmp_path
) -> None:
    import sys

    from evaluator.errors import WorkspaceInUse
    from ui import app, msgbox
    from ui.main_window import MainWindow

    told: list[str] = []
    monkeypatch.setattr(msgbox, "refusal", lambda parent, title, error: told.append(str(error)))
    bugs: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: bugs.append(error))
    window = MainWindow()
    qtbot.addWidget(window)
    app.refuse_in_a_dialog(window)
    in_use = WorkspaceInUse("x.gew is in use by another program; nothing was changed, try again.")
    sys.excepthook(WorkspaceInUse, in_use, None)
    assert told == ["x.gew is in use by another program; nothing was changed, try again."]
    bug = RuntimeError("a bug")
    sys.excepthook(RuntimeError, bug, None)
    assert bugs == [bug]  # a bug is still reported as one
