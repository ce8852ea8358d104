"""The comment box of a criterion on the Scoring page: several lines, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

MAX_LINES = 6
# Pixels beyond the lines' own height: without them the box scrolls its last line by a pixel.
SLACK = 4
# Pixels of the width left out when measuring how the text wraps: rather a line too many.
WRAP_SPARE = 6


class CommentEdit(QPlainTextEdit):
    """A comment that grows with its text up to ``MAX_LINES`` lines, then scrolls.

    Tab and Shift+Tab move to the next or previous field and Enter moves on, as in a one-line
    field; Shift+Enter starts a new line; Ctrl+Enter is left to the page (it submits).

    Signals: ``text_edited(str)`` when the text changes other than by ``load``,
    ``return_pressed()`` on Enter, ``editing_finished()`` when the box loses the focus.
    """

    text_edited = Signal(str)
    return_pressed = Signal()
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._changed)
        self._fit()

    def load(self, text: str) -> None:
        """Show ``text`` as stored, the cursor at its start; not an edit."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self.moveCursor(self.textCursor().MoveOperation.Start)

    def lines_shown(self) -> int:
        """How many lines of text the box is tall enough to show."""
        return min(max(self._lines(), 1), MAX_LINES)

    def _lines(self) -> int:
        """The lines the text takes, wrapped at the box's width (measured from the text: the
        box lays out only the lines it shows)."""
        text = self.toPlainText()
        if not text:
            return 1
        room = self.viewport().width() - 2 * int(self.document().documentMargin()) - WRAP_SPARE
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        height = metrics.boundingRect(QRect(0, 0, max(room, 1), 1 << 20), flags, text).height()
        return max(round(height / metrics.lineSpacing()), text.count("\n") + 1)

    @Slot()
    def _changed(self) -> None:
        self._fit()
        if not self._loading:
            self.text_edited.emit(self.toPlainText())

    def _fit(self) -> None:
        """As tall as its lines, up to ``MAX_LINES``."""
        margins = self.contentsMargins()
        height = (
            self.lines_shown() * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + SLACK
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.return_pressed.emit()
                return
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                if not self.isReadOnly():
                    self.insertPlainText("\n")
                return
            event.ignore()  # Ctrl+Enter and the like: the page's
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()
