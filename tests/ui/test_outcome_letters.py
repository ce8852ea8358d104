"""The Ranking page writes the outcome letters of every decided proposal, with letters.csv, and
names the proposals still waiting for a decision (issue 14, item 2)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.factories import FIRST_TASK_NOTE
from tests.ui.helpers import type_text
from ui import msgbox
from ui.main_window import PAGES, MainWindow


def test_outcome_letters_are_written_for_the_decided_proposals(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    folder = tmp_path / "letters"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    page = window.ranking_page

    def write(name: str) -> list[dict[str, str]]:
        folder.mkdir()
        told.clear()
        window.navigation.setCurrentRow(PAGES.index("Ranking"))
        qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
        with (folder / "letters.csv").open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(r["file"] for r in rows)
        folder.rename(tmp_path / name)
        return rows

    # RG-005 awaits the chair: until it is reconciled, who is funded can still change, so
    # only the proposals below the threshold and the ineligible ones are told.
    rows = write("first")
    assert {r["status"] for r in rows} == {"below_threshold", "ineligible"}
    assert told == [
        f"Wrote 16 outcome letters and letters.csv into {folder}.\n\n"
        "Not decided yet, so without a letter: RG-005 (needs reconciliation). While it is "
        "open the ranking can change, so the funded and reserve proposals wait too: RG-001, "
        "RG-002, RG-003, RG-004, RG-006, RG-007, RG-008, RG-009, RG-010, RG-011, RG-012, "
        "RG-014, RG-015."
    ]

    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    reconciliation = window.reconciliation_page
    assert reconciliation.current is not None and reconciliation.current.reference == "RG-005"
    type_text(reconciliation.note, FIRST_TASK_NOTE)
    qtbot.mouseClick(reconciliation.resolve_button, Qt.MouseButton.LeftButton)

    rows = write("second")
    assert len(rows) == 30
    assert told == [f"Wrote 30 outcome letters and letters.csv into {folder}."]
    funded = next(r for r in rows if r["status"] == "funded")
    pdf = tmp_path / "second" / funded["file"]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert funded["reference"] in text and "selected for funding" in text
