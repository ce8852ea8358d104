"""Regression tests for the GUI defects found in review (each failed before its fix)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evaluator.rules.call import parse_call
from evaluator.rules.ranking import Outcome, Ranking
from evaluator.services.evaluators import add_evaluator
from tests.factories import (
    demo_call_text,
    edit_call,
    three_proposal_chair,
    transaction,
)
from ui.main_window import PAGES, MainWindow
from ui.msgbox import ErrorListDialog
from ui.pages import evaluators_page
from ui.pages.ranking_page import RankingModel

# --- 10. with funding = "fill", the budget line runs under the last funded proposal ---------


def outcome(reference: str, status: str, rank: int, requested: str) -> Outcome:
    return Outcome(
        reference=reference,
        title=f"Sigurna linija {reference}",
        status=status,
        rank=rank,
        final_score=Decimal(90 - rank),
        section_scores=None,
        criterion_scores=None,
        requested=Decimal(requested),
        awarded=Decimal(requested) if status == "funded" else None,
        reviews=2,
        flags=[],
        spread=Decimal(0),
        resolved=False,
    )


def test_with_fill_the_budget_line_is_drawn_under_the_last_funded_proposal(qtbot) -> None:
    spec = parse_call(edit_call(demo_call_text(), 'funding = "strict"', 'funding = "fill"'))
    # RG-002 did not fit the budget left; the smaller RG-003 below it did.
    ranking = Ranking(
        budget=Decimal(100000),
        committed=Decimal(80000),
        outcomes=[
            outcome("RG-001", "funded", 1, "60000"),
            outcome("RG-002", "reserve", 2, "50000"),
            outcome("RG-003", "funded", 3, "20000"),
        ],
    )
    model = RankingModel()

    model.reset(spec, ranking)

    shown = [
        "line" if (row := model.outcome(r)) is None else row.reference
        for r in range(model.rowCount())
    ]
    assert spec.scoring.funding == "fill"
    assert shown == ["RG-001", "RG-002", "RG-003", "line"]
    assert model.index(3, 0).data() == (
        "Budget line — 80,000.00 of 100,000.00 EUR committed; ranked proposals that did not "
        "fit are on the reserve list"
    )


# --- 12. exporting every package skips an evaluator without proposals ----------------------

EVALUATORS = (
    ("Jelena Đurović", "Montenegro"),
    ("Arben Krasniqi", "Kosovo"),
    ("Ђорђе Илић", "Serbia"),
)
IDLE = "Kaltrina Berisha"  # registered after the assignment: no proposals


@pytest.fixture
def chair_file(tmp_path: Path) -> Path:
    """Three proposals, two evaluators each among three; a fourth evaluator without any."""
    path = three_proposal_chair(tmp_path, EVALUATORS)
    with transaction(path) as session:
        add_evaluator(session=session, name=IDLE, country="Kosovo")
    return path


def test_exporting_all_packages_skips_the_evaluator_without_proposals(
    qtbot, tmp_path, chair_file, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(chair_file)
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
