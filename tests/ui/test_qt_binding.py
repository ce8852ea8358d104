"""The Qt binding itself must not corrupt the interpreter (seen with PySide6 6.12 on 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_calling_qt_does_not_drop_references_to_none_or_booleans(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        field.setReadOnly(True)
        field.setReadOnly(False)
        field.isReadOnly()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A few references may come and go; a leak of one per call would show as ~1000.
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
