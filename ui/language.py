"""The GUI's language: Qt's translator for the screens, the core's catalogue for its
messages, and ``QLocale`` for Qt's own widgets; chosen in View ▸ Language and remembered.

The language in use comes from ``--lang``, else the remembered choice, else
``GRANT_EVALUATOR_LANG``, else the system's locale (English when it is none of ours).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from evaluator import i18n
from ui import settings
from ui.i18n import translate

_installed: list[QTranslator] = []


def initial(flag: str | None = None) -> str:
    """The language to start in."""
    if flag:
        return i18n.chosen(flag)
    remembered = settings.language()
    if remembered in i18n.LANGUAGES:
        return remembered
    from_env = os.environ.get(i18n.ENV, "").strip()
    if from_env in i18n.LANGUAGES:
        return from_env
    return i18n.from_system(QLocale.system().name())


def install(code: str) -> None:
    """Speak ``code`` in every screen opened from now on, and in the core's messages."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.use(code)
    # Qt names its locales as Babel does (sr_Cyrl_RS…): the number formats and Qt's own words.
    locale = QLocale(i18n.BABEL_LOCALES[code])
    QLocale.setDefault(locale)
    if code == i18n.SOURCE:
        return
    own = QTranslator(app)
    folder = i18n.catalogue_folder() / code
    if not own.load(str(folder / f"{i18n.DOMAIN}.qm")):
        raise RuntimeError(f"the GUI catalogue of {code} is missing from {folder}")
    qt = QTranslator(app)
    # Qt's own words (the buttons of its dialogs), for the languages Qt ships.
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)
    _installed.append(own)


def add_menu(menu: QMenu, chosen: Callable[[str], None]) -> QActionGroup:
    """The Language submenu of ``menu``: each language under its own name, the one in use
    checked; choosing another calls ``chosen`` with its code."""
    submenu = menu.addMenu(translate("language", "&Language"))
    group = QActionGroup(submenu)
    group.setExclusive(True)
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == i18n.current())
        action.setData(code)
        action.setObjectName(f"language_{code}")
        action.triggered.connect(lambda _checked=False, c=code: chosen(c))
        group.addAction(action)
        submenu.addAction(action)
    return group
