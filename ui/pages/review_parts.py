"""Parts of the Scoring page: the banner asking to declare a conflict of interest (or none)
before scoring, the footer that totals and submits a review, and what the page says while
no review is open."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import translate


class DeclarationBanner(QFrame):
    """The request to declare, with its two buttons (the page connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("declaration_banner")
        self.setStyleSheet(
            "#declaration_banner { background: #fff4d6; border: 1px solid #e0c46c; "
            "border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.declare_button = QPushButton(
            translate("scoring_page", "I have &no conflict of interest")
        )
        self.declare_button.setObjectName("declare_button")
        self.conflict_button = QPushButton(
            translate("scoring_page", "I have a &conflict of interest…")
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.declare_button)
        layout.addWidget(self.conflict_button)


def nothing_to_score(name: str | None, reviews: int, own: str | None) -> str:
    """What the proposal pane says while no review is open (``name``: whom the page scores
    as; ``reviews``: how many they have; ``own``: the evaluator of an evaluation workspace)."""
    if name is None:
        text = translate(
            "scoring_page",
            "No evaluators yet: register them on the Evaluators page and assign proposals.",
        )
    elif reviews:
        text = translate("scoring_page", "Select a proposal to score it.")
    elif own is not None:
        text = translate("scoring_page", "No proposals are assigned to you in this package.")
    else:
        text = translate("scoring_page", "No proposals are assigned to {escape} yet.").format(
            escape=escape(name)
        )
    # An explicit colour: the pane is disabled while no review is open, and Qt would grey the
    # hint out to the point of being hard to read.
    return translate("scoring_page", '<p style="color:#2D3748"><i>{text}</i></p>').format(text=text)


class ReviewFooter:
    """The review's total and state, and the button (and Ctrl+Enter) that submits it."""

    def __init__(self, page: QWidget, submit: Callable[[], None]) -> None:
        self.total = QLabel()
        self.total.setObjectName("review_total")
        self.total.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("review_state")
        self.state.setWordWrap(True)
        self.button = QPushButton(translate("scoring_page", "Submit review"))
        self.button.setObjectName("submit_button")
        self.button.setToolTip("Ctrl+Enter")
        self.button.clicked.connect(submit)
        self.layout = QGridLayout()
        self.layout.addWidget(self.total, 0, 0)
        self.layout.addWidget(self.button, 0, 1)
        self.layout.addWidget(self.state, 1, 0, 1, 2)
        self.layout.setColumnStretch(0, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(submit)
