"""Helpers for driving widgets the way a user does."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from ui import msgbox


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, any script included.

    ``qtbot.keyClicks`` aborts the whole process on non-ASCII text (a Qt assertion), so each
    character is sent as a key event that carries the text itself.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    """The texts of a tree's top-level rows as the user reads them, top to bottom, every column."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        rows.append([item.text(c) for c in range(tree.columnCount())])
    return rows


@contextlib.contextmanager
def confirming() -> Iterator[list[str]]:
    """The evaluator answers Submit when asked to confirm; yields the questions asked."""
    asked: list[str] = []

    def agree(_parent: object, _title: str, text: str, **_buttons: str) -> bool:
        asked.append(text)
        return True

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(msgbox, "question", agree)
        yield asked
    assert len(asked) == 1 and "Once submitted it is locked" in asked[0]
