"""Every message box of the application, in one place (tests patch this module)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from evaluator.errors import EvaluatorError
from ui.i18n import translate


def information(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went as asked."""
    QMessageBox.information(parent, title, text)


def question(
    parent: QWidget | None, title: str, text: str, *, yes: str, no: str | None = None
) -> bool:
    """Ask a yes/no question; ``yes`` labels the button that goes ahead, ``no`` the other one
    (Cancel by default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    if no is None:
        box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go


def refusal(parent: QWidget | None, title: str, error: EvaluatorError) -> ErrorListDialog | None:
    """Show why a request was refused: a message box, or the list of every problem found."""
    if error.details:
        return show_error_list(parent, title, error.message, error.details)
    QMessageBox.warning(parent, title, error.message)
    return None


def show_error_list(
    parent: QWidget | None, title: str, summary: str, details: Sequence[str]
) -> ErrorListDialog:
    """Open (window-modal, without blocking) a dialog listing every problem."""
    dialog = ErrorListDialog(parent, title, summary, details)
    dialog.open()
    return dialog


class ErrorListDialog(QDialog):
    """A summary sentence above the full list of problems, which can be copied."""

    def __init__(
        self, parent: QWidget | None, title: str, summary: str, details: Sequence[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("error_list_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.addItems(list(details))
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("msgbox", "Copy all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def lines(self) -> list[str]:
        """The problems listed, as shown."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join([self.summary.text(), *self.lines()]))
