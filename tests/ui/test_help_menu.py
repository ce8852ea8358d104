"""The Help menu: a guide for each role inside the app, and About with the version and the
licences of what ships."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evaluator import __version__
from ui.help_menu import HelpDialog
from ui.main_window import MainWindow


def opened(window: MainWindow) -> list[HelpDialog]:
    return [d for d in window.findChildren(HelpDialog) if d.isVisible()]


def test_each_role_has_its_guide_in_the_help_menu(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    guides = window.help_actions[:-1]

    for action in guides:
        action.trigger()

    shown = {d.windowTitle(): d.text.toPlainText() for d in opened(window)}
    assert sorted(shown) == [
        "Guide for evaluators",
        "Guide for programme staff",
        "Guide for the chair",
    ]
    assert "Open evaluation package" in shown["Guide for evaluators"]
    assert "Import returns" in shown["Guide for the chair"]
    assert "Contracts" in shown["Guide for programme staff"]


def test_about_names_the_version_and_the_licences(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    window.help_actions[-1].trigger()

    (about,) = opened(window)
    text = about.text.toPlainText()
    assert about.windowTitle() == "About Grant Evaluator"
    assert f"Grant Evaluator {__version__}" in text
    assert "LGPL-3.0" in text and "DejaVu" in text and "LICENSE-DejaVu.txt" in text
