"""The page shown when no workspace is open: how to start, and the recent workspaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate


class WelcomePage(QWidget):
    """Start here.

    Signals: ``new_requested()``, ``open_requested()``, ``package_requested()`` (an
    evaluator's first step), ``demo_requested()``, and ``recent_chosen(path)`` when a recent
    workspace is double-clicked.
    """

    new_requested = Signal()
    open_requested = Signal()
    package_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(
            translate(
                "welcome_page",
                "<h1>Grant Evaluator</h1><p>Score proposals against the call's grid, "
                "reconcile the "
                "evaluators' scores, rank, and draw the budget line — offline, one workspace file "
                "per call.</p>",
            )
        )
        title.setWordWrap(True)
        buttons = []
        for text, signal in (
            (translate("welcome_page", "New workspace from call file…"), self.new_requested),
            (translate("welcome_page", "Open workspace…"), self.open_requested),
            (translate("welcome_page", "Open evaluation package…"), self.package_requested),
            (translate("welcome_page", "Open the demo workspace"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            buttons.append(button)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_list")
        self.recent.itemActivated.connect(self._activated)
        column = QVBoxLayout()
        column.addWidget(title)
        for button in buttons:
            column.addWidget(button)
        column.addSpacing(12)
        column.addWidget(QLabel(translate("welcome_page", "<b>Recent workspaces</b>")))
        column.addWidget(self.recent)
        holder = QWidget()
        holder.setMaximumWidth(560)
        holder.setLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)

    def show_recent(self, files: list[Path]) -> None:
        """List the recent workspaces."""
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
