"""Opening a damaged workspace offers its latest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.storage.backups import list_backups, make_backup
from ui import msgbox
from ui.main_window import MainWindow


def test_a_damaged_workspace_can_be_restored_from_its_backup(
    qtbot,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_backup(demo_copy, "before import of proposals")
    whole = demo_copy.read_bytes()
    demo_copy.write_bytes(whole[: len(whole) // 2])  # a laptop died mid-copy
    asked: list[str] = []

    def agree(parent, title, text, *, yes):
        asked.append(text)
        return True

    monkeypatch.setattr(msgbox, "question", agree)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_copy)
    assert asked and asked[0].startswith("demo.gew is damaged")
    assert "Restore it?" in asked[0]
    assert window.proposals_page.count.text() == "30 proposals · 21 eligible"
    reasons = [b.reason for b in list_backups(demo_copy)]
    assert reasons[0] == "damaged-before-restore"
    window.close_workspace()


def test_declining_leaves_the_damaged_file_alone(qtbot, demo_copy: Path, monkeypatch) -> None:
    make_backup(demo_copy, "before import of proposals")
    damaged = demo_copy.read_bytes()[:5000]
    demo_copy.write_bytes(damaged)
    monkeypatch.setattr(msgbox, "question", lambda *a, **k: False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(demo_copy)
    assert window.workspace is None
    assert demo_copy.read_bytes() == damaged
