"""GUI test fixtures: isolated settings, a demo workspace per test, a main window on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from evaluator.actions.workspace import create_demo
from tests.factories import reconciled_demo
from ui import language
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts with no remembered geometry, recent files or folders."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def english_screens(qapp: object) -> Iterator[None]:
    """Every GUI test starts in English and leaves English behind it."""
    language.install("en")
    yield
    language.install("en")


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test run."""
    path = tmp_path_factory.mktemp("demo") / "demo.gew"
    create_demo(path=path)
    return path


@pytest.fixture
def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace for one test to change."""
    return Path(shutil.copy(demo_master, tmp_path / "demo.gew"))


@pytest.fixture(scope="session")
def reconciled_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo after the README's first task (the divergent proposal resolved), built once."""
    return reconciled_demo(tmp_path_factory.mktemp("reconciled") / "demo.gew")


def _window(qtbot, path: Path) -> Iterator[MainWindow]:
    main = MainWindow(demo_path=path)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    assert main.open_path(path)
    yield main
    main.close_workspace()


@pytest.fixture
def window(qtbot, demo_copy: Path) -> Iterator[MainWindow]:
    """The main window with the demo workspace open on the Proposals page."""
    yield from _window(qtbot, demo_copy)


@pytest.fixture
def reconciled_window(qtbot, reconciled_master: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the demo after the README's first task: the seed's nine
    winners funded."""
    yield from _window(qtbot, Path(shutil.copy(reconciled_master, tmp_path / "demo.gew")))
