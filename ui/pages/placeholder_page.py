"""Pages whose work comes in later versions: they say what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

PLANNED = {
    "Contracts": (
        "PDF contract drafts for the funded consortia, and the ranking and consensus reports."
    ),
}


class PlaceholderPage(QWidget):
    """A page not built yet: its title and what it will hold."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            f"<h2>{title}</h2><p>{PLANNED[title]}</p>"
            "<p style='color:#666'>This step is not available in this version yet.</p>"
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
