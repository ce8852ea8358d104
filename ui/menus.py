"""The main window's File and View menus, and the file types its dialogs offer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from evaluator.actions.workspace import WORKSPACE_SUFFIX
from ui import language, server_connect
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PACKAGE_SUFFIX = ".gep"


def workspace_filter() -> str:
    return translate("main_window", "Grant Evaluator workspaces (*{suffix});;All files (*)").format(
        suffix=WORKSPACE_SUFFIX
    )


def open_filter() -> str:
    return translate(
        "main_window",
        "Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;"
        "Evaluation packages (*{package});;All files (*)",
    ).format(suffix=WORKSPACE_SUFFIX, package=PACKAGE_SUFFIX)


def package_filter() -> str:
    return translate("main_window", "Evaluation packages (*.gep);;All files (*)")


def returns_filter() -> str:
    return translate("main_window", "Returns files (*.ger);;All files (*)")


def _action(window: MainWindow, menu: QMenu, text: str, slot: object) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_file_menu(window: MainWindow) -> None:
    """The File menu; its actions become attributes of ``window`` (``open_action``…)."""
    menu = window.menuBar().addMenu(translate("main_window", "&File"))
    window.new_action = _action(
        window,
        menu,
        translate("main_window", "&New workspace from call file…"),
        window.new_workspace,
    )
    window.new_action.setShortcut(QKeySequence.StandardKey.New)
    window.open_action = _action(
        window, menu, translate("main_window", "&Open…"), window.open_dialog
    )
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.recent_menu = menu.addMenu(translate("main_window", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    window.connect_action = _action(
        window,
        menu,
        translate("main_window", "Connect to &server…"),
        lambda: server_connect.connect(window, window.open_path),
    )
    menu.addSeparator()
    window.import_action = _action(
        window, menu, translate("main_window", "&Import proposals…"), window.import_dialog
    )
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    menu.addSeparator()
    window.open_package_action = _action(
        window,
        menu,
        translate("main_window", "Open evaluation &package…"),
        window.open_package_dialog,
    )
    window.import_returns_action = _action(
        window,
        menu,
        translate("main_window", "Import &returns…"),
        window.evaluators_page.import_returns,
    )
    window.send_back_action = _action(
        window, menu, translate("main_window", "&Send back scores…"), window.send_back
    )
    menu.addSeparator()
    window.close_action = _action(
        window, menu, translate("main_window", "&Close workspace"), window.close_workspace
    )
    window.close_action.setShortcut(QKeySequence.StandardKey.Close)
    window.quit_action = _action(window, menu, translate("main_window", "&Quit"), window.close)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)


def build_view_menu(window: MainWindow, chosen: Callable[[str], None]) -> None:
    """The View menu: the language of the application."""
    menu = window.menuBar().addMenu(translate("main_window", "&View"))
    window.language_actions = language.add_menu(menu, chosen)
