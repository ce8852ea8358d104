"""The GUI's words through Qt's own translation system: ``translate`` looks a text up in the
installed ``QTranslator`` (``resources/locale/<code>/grant_evaluator.qm``) under its context,
the module's name; ``QT_TRANSLATE_NOOP`` marks text kept at module level for ``lupdate``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    """``text`` in the language the GUI speaks."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: marks it for ``lupdate``; ``translate`` it where it is shown."""
    return text
