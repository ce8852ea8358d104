"""A full offline round in the GUI: packages out, three evaluators score, returns back in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from evaluator.services.evaluators import add_evaluator
from tests.factories import three_proposal_chair, transaction
from tests.ui.helpers import confirming
from ui import msgbox
from ui.main_window import PAGES, MainWindow
from ui.msgbox import ErrorListDialog
from ui.pages import evaluators_page

EVALUATORS = (
    ("Jelena Đurović", "Montenegro"),
    ("Arben Krasniqi", "Kosovo"),
    ("Ђорђе Илић", "Serbia"),
)
IDLE = "Kaltrina Berisha"
DIGITS = "543214342341"


@pytest.fixture
def chair_file(tmp_path: Path) -> Path:
    """Three eligible proposals, three evaluators, two evaluators per proposal."""
    return three_proposal_chair(tmp_path, EVALUATORS)


@pytest.fixture
def chair_with_idle(chair_file: Path) -> Path:
    """The same, with a fourth evaluator registered after the assignment: no proposals."""
    with transaction(chair_file) as session:
        add_evaluator(session=session, name=IDLE, country="Kosovo")
    return chair_file


def dialog_lines(qtbot, window: MainWindow, title: str) -> list[str]:
    def find() -> ErrorListDialog | None:
        return next(
            (d for d in window.findChildren(ErrorListDialog) if d.windowTitle() == title), None
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=10_000)
    dialog = find()
    assert dialog is not None
    lines = dialog.lines()
    dialog.close()
    return lines


def score_everything(qtbot, window: MainWindow) -> int:
    """Declare, score and submit every review on the Scoring page; returns how many."""
    page = window.scoring_page
    count = page.model.rowCount()
    for row in range(count):
        page.list.selectRow(row)
        qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
        for code, digit in zip(page.rows, DIGITS, strict=True):
            qtbot.keyClick(page.rows[code].score, digit)
            if digit in "125":
                qtbot.keyClicks(page.rows[code].comment, f"Why {digit}")
        page.flush()
        with confirming():
            qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
        assert page.model.review(row).status == "submitted"
    return count


def test_packages_out_scores_in(qtbot, tmp_path, chair_file, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(chair_file)

    # The chair exports the three packages.
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    names = [name for name, _ in EVALUATORS]
    monkeypatch.setattr(
        evaluators_page.PackageDialog, "ask", classmethod(lambda cls, *a: (names, outbox))
    )
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    window.evaluators_page.export_button.click()
    assert len(dialog_lines(qtbot, window, "Packages exported")) == 3
    packages = sorted(outbox.glob("*.gep"))
    assert [p.name for p in packages] == sorted(f"SB-RG-2023 - {name}.gep" for name in names)

    # Each evaluator opens their package, scores everything and sends the scores back.
    returns = []
    for package in packages:
        workspace = tmp_path / f"{package.stem}.gew"
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=package: (str(p), ""))
        )
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, w=workspace: (str(w), ""))
        )
        window.open_package_action.trigger()
        qtbot.waitUntil(
            lambda w=workspace: window.workspace is not None and window.workspace.path == w
        )
        assert window.pages.currentWidget() is window.scoring_page
        visible = [
            PAGES[r]
            for r in range(window.navigation.count())
            if not window.navigation.item(r).isHidden()
        ]
        assert visible == ["Call", "Scoring"]
        assert not window.scoring_page.acting.isEnabled()
        assert score_everything(qtbot, window) == 2
        out = tmp_path / f"{package.stem}.ger"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, o=out: (str(o), ""))
        )
        window.send_back_action.trigger()
        assert told[-1].startswith(
            f"{out.name} holds revision 1: 2 reviews, 2 submitted, 24 scores."
        )
        returns.append(out)

    # The chair imports the three returns files.
    assert window.open_path(chair_file)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(r) for r in returns], ""))
    )
    window.import_returns_action.trigger()
    lines = dialog_lines(qtbot, window, "Returns imported")
    assert len(lines) == 3
    assert all(
        "imported revision 1 from" in line and "2 reviews, 24 scores, 2 submitted" in line
        for line in lines
    )
    matrix = window.evaluators_page.matrix_model.matrix
    assert sorted(set(matrix.cells.values())) == ["submitted"]
    assert len(matrix.cells) == 6
    model = window.evaluators_page.model
    returns_column = model.COLUMNS.index("Returns")
    assert all(model.index(r, returns_column).data().startswith("revision 1, ") for r in range(3))
    window.close_workspace()


def test_exporting_all_packages_skips_the_evaluator_without_proposals(
    qtbot, tmp_path, chair_with_idle, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(chair_with_idle)
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    page = window.evaluators_page
    names = [page.model.evaluator(r).name for r in range(page.model.rowCount())]
    assert IDLE in names[1:-1]  # ticked among the others, not first or last
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(
        evaluators_page.PackageDialog, "ask", classmethod(lambda cls, *a: (names, outbox))
    )

    page.export_button.click()

    def exported() -> ErrorListDialog | None:
        return next(
            (
                d
                for d in window.findChildren(ErrorListDialog)
                if d.windowTitle() == "Packages exported"
            ),
            None,
        )

    qtbot.waitUntil(lambda: exported() is not None or bool(warned), timeout=10_000)
    assert warned == []
    dialog = exported()
    assert dialog is not None
    summary, lines = dialog.summary.text(), dialog.lines()
    dialog.close()
    written = [name for name, _country in EVALUATORS]
    assert sorted(p.name for p in outbox.iterdir()) == sorted(
        f"SB-RG-2023 - {name}.gep" for name in written
    )
    assert summary == f"3 packages written to {outbox}."
    assert sorted(line for line in lines if ": skipped: " not in line) == sorted(
        f"SB-RG-2023 - {name}.gep: {name}, 2 proposals" for name in written
    )
    skipped = [line for line in lines if ": skipped: " in line]
    assert len(skipped) == 1 and IDLE in skipped[0]
    column = page.model.COLUMNS.index("Package sent")
    sent = {
        page.model.evaluator(r).name: page.model.index(r, column).data()
        for r in range(page.model.rowCount())
    }
    assert sent[IDLE] == "—"
    assert all(sent[name] not in ("", "—") for name in written)
