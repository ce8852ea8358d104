"""An evaluator's first run: the welcome page opens their package, a package chosen through
Open… becomes their workspace, and file dialogs start in the documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.factories import exchange_workspace, write_package
from ui import settings
from ui.main_window import PAGES, MainWindow

NAME = "Ana Petrović"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    chair = exchange_workspace(tmp_path / "chair")
    out = tmp_path / "SB-RG-2023 - Ana Petrović.gep"
    write_package(chair, NAME, out)
    return out


def dialogs(monkeypatch: pytest.MonkeyPatch, chosen: Path, saved: Path) -> list[str]:
    """The open dialog answers ``chosen``, the save dialog ``saved``; returns where each
    dialog started."""
    started: list[str] = []

    def open_file(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        started.append(folder)
        return str(chosen), ""

    def save_file(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        started.append(suggested)
        return str(saved), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    return started


def test_the_welcome_page_opens_an_evaluation_package(
    qtbot: QtBot, package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = dialogs(monkeypatch, package, tmp_path / "mine.gew")
    window = MainWindow()
    qtbot.addWidget(window)
    button = next(
        b
        for b in window.welcome.findChildren(QPushButton)
        if b.text() == "Open evaluation package…"
    )

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.own == NAME)
    assert window.workspace is not None and window.workspace.path == tmp_path / "mine.gew"
    assert window.navigation.currentRow() == PAGES.index("Scoring")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert started[0] == documents  # the first dialog of a first run
    assert started[1].endswith("SB-RG-2023 - Ana Petrović.gew")


def test_a_package_chosen_through_open_becomes_the_evaluators_workspace(
    qtbot: QtBot, package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs(monkeypatch, package, tmp_path / "mine.gew")
    window = MainWindow()
    qtbot.addWidget(window)

    window.open_dialog()

    qtbot.waitUntil(lambda: window.own == NAME)
    assert (tmp_path / "mine.gew").is_file()
    # The next dialog starts where the package was.
    assert settings.last_folder() == str(package.parent)
