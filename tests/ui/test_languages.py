"""The GUI in the region's languages: View ▸ Language rebuilds the window in the language
chosen, keeps the open workspace and page, and remembers the choice; the screens and the
core's messages speak it, read back against the catalogues the application ships."""

from __future__ import annotations

import gettext

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton

from evaluator import i18n
from evaluator.catalogues import TRANSLATED, po_path, ts_messages, ts_path
from ui import language, settings
from ui.main_window import PAGES, MainWindow


def gui_words(code: str) -> dict[tuple[str, str], str]:
    return {(c, s): t for c, s, t in ts_messages(ts_path(code)) if t}


def switch(qtbot, window: MainWindow, code: str) -> MainWindow:
    """Choose ``code`` in View ▸ Language, as a user does; the window that replaces it."""
    chosen: list[MainWindow] = []
    window.language_changed.connect(chosen.append)
    (action,) = [a for a in window.language_actions.actions() if a.data() == code]
    action.trigger()
    (successor,) = chosen
    qtbot.addWidget(successor)
    return successor


@pytest.mark.parametrize("code", TRANSLATED)
def test_choosing_a_language_speaks_it_on_every_page(qtbot, window: MainWindow, code: str) -> None:
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    successor = switch(qtbot, window, code)
    words = gui_words(code)
    assert successor.workspace is not None and window.workspace is None
    assert successor.navigation.currentRow() == PAGES.index("Ranking")
    shown = [successor.navigation.item(row).text() for row in range(len(PAGES))]
    assert shown == [words[("main_window", page)] for page in PAGES]
    menus = [a.text() for a in successor.menuBar().actions()]
    assert menus[0] == words[("main_window", "&File")]
    assert (
        successor.ranking_page.model.headerData(0, Qt.Orientation.Horizontal)
        == words[("ranking_page", "Rank")]
    )
    assert settings.language() == code
    assert i18n.current() == code
    successor.close_workspace()


def test_the_core_speaks_the_language_of_the_screens(qtbot, reconciled_window: MainWindow) -> None:
    reconciled_window.navigation.setCurrentRow(PAGES.index("Ranking"))
    successor = switch(qtbot, reconciled_window, "sr-Cyrl")
    with po_path("sr-Cyrl").with_suffix(".mo").open("rb") as handle:
        serbian = gettext.GNUTranslations(handle)
    # A word the core gives the screens: a status in the ranking table.
    statuses = {
        successor.ranking_page.model.index(row, 3).data()
        for row in range(successor.ranking_page.model.rowCount())
    }
    assert serbian.gettext("funded") in statuses
    assert "funded" not in statuses
    # Numbers and amounts as the language writes them.
    assert QLocale().decimalPoint() == ","
    successor.close_workspace()


def test_the_choice_is_remembered_and_english_is_chosen_back(qtbot, window: MainWindow) -> None:
    albanian = switch(qtbot, window, "sq")
    assert language.initial() == "sq"
    english = switch(qtbot, albanian, "en")
    assert english.navigation.item(1).text() == "Proposals"
    assert english.menuBar().actions()[0].text() == "&File"
    assert "Import proposals…" in [b.text() for b in english.findChildren(QPushButton)]
    assert language.initial() == "en"
    english.close_workspace()


def test_the_first_language_comes_from_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("mk_MK")))
    assert language.initial() == "mk"
    monkeypatch.setenv(i18n.ENV, "bs")
    assert language.initial() == "bs"
    assert language.initial("sr-Latn") == "sr-Latn"


@pytest.mark.parametrize(
    ("system", "code"),
    [
        ("sr_RS@latin", "sr-Latn"),
        ("sr_RS", "sr-Cyrl"),
        ("sq_AL.UTF-8", "sq"),
        ("bs_BA", "bs"),
        ("de_DE", "en"),
        ("sr-Latn-ME", "sr-Latn"),
        ("cnr_ME", "sr-Latn"),
    ],
)
def test_system_locales_mean_our_languages(system: str, code: str) -> None:
    assert i18n.from_system(system) == code
