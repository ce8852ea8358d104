"""The Ranking page writes the outcome letters of every decided proposal, with letters.csv, and
names the proposals still waiting for a decision (issue 14, item 2)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui import msgbox
from ui.main_window import PAGES, MainWindow


def test_outcome_letters_are_written_for_the_decided_proposals(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    out = tmp_path / "letters"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(out))
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    page = window.ranking_page

    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    with (out / "letters.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == len(rows) > 0
    assert {r["status"] for r in rows} <= {"funded", "reserve", "below_threshold", "ineligible"}
    assert told == [
        f"Wrote {len(pdfs)} outcome letters and letters.csv into {out}.\n\n"
        "Not decided yet, so without a letter: RG-005 (needs reconciliation), "
        "RG-018 (incomplete), RG-021 (incomplete)."
    ]
    funded = next(r for r in rows if r["status"] == "funded")
    text = "".join(page.extract_text() for page in PdfReader(out / funded["file"]).pages)
    assert funded["reference"] in text and "selected for funding" in text
