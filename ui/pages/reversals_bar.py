"""The chair's reversals on the Reconciliation page: un-resolve, clear a consensus score,
include an excluded review again, reopen a submitted review, and add a third evaluator.

Each reversal is first run as a dry run, whose preview (the status and rank before → after)
the reason dialog shows; only a reason typed there carries it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from evaluator.actions import people, reversals
from evaluator.actions.changes import Done
from evaluator.actions.decisions import Reconciliation
from evaluator.actions.reversals import Reversal
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.rules.preview import preview_lines
from ui import msgbox, operations
from ui.dialogs import ReasonDialog
from ui.i18n import translate

# A dry run needs a reason like any reversal; this one is never stored.
PREVIEW_REASON = "preview"


class ReversalDialog(ReasonDialog):
    """Ask for the reason of a reversal, showing what it will do; OK needs a reason."""

    def __init__(self, parent: QWidget | None, title: str, what: str, preview: list[str]) -> None:
        super().__init__(parent, title, what, None)
        self.preview = QLabel("<br>".join(preview))
        self.preview.setObjectName("reversal_preview")
        self.preview.setWordWrap(True)
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(1, translate("reversals_bar", "It will change:"), self.preview)
        self.resize(720, self.sizeHint().height())  # a preview line whole

    @classmethod
    def ask_reason(
        cls, parent: QWidget | None, title: str, what: str, preview: list[str]
    ) -> str | None:
        """The reason typed; None if cancelled."""
        dialog = cls(parent, title, what, preview)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.text().strip()


class EvaluatorChoiceDialog(QDialog):
    """Choose one evaluator among those offered (each shown with their load)."""

    def __init__(self, parent: QWidget | None, reference: str, names: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("reversals_bar", "Add an evaluator to {reference}").format(
                reference=reference
            )
        )
        self.choice = QComboBox()
        self.choice.setObjectName("evaluator_choice")
        self.choice.addItems(names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate("reversals_bar", "Free of conflicts of interest, the least loaded first:")
            )
        )
        form.addRow(translate("reversals_bar", "Evaluator:"), self.choice)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, reference: str, names: list[str]) -> int | None:
        """The index of the evaluator chosen; None if cancelled."""
        dialog = cls(parent, reference, names)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice.currentIndex()


class ReversalsBar(QGroupBox):
    """Buttons that reverse the chair's decisions on the selected proposal.

    Signals: ``decided`` after a reversal or an assignment was saved.
    """

    decided = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("reversals_bar", "Reverse a decision (with a reason) or add an evaluator"),
            parent,
        )
        self.workspace: Workspace | None = None
        self.item: Reconciliation | None = None
        self.review: str | None = None  # the evaluator of the review chosen on the page
        self.criterion: str | None = None  # the criterion chosen on the page
        row = QHBoxLayout(self)
        self.unresolve_button = self._button(
            row, translate("reversals_bar", "Un-resolve…"), "unresolve_button", self.unresolve
        )
        self.clear_button = self._button(
            row,
            translate("reversals_bar", "Clear consensus…"),
            "clear_consensus_button",
            self.clear_consensus,
        )
        self.reopen_button = self._button(
            row, translate("reversals_bar", "Reopen review…"), "reopen_button", self.reopen
        )
        self.unassign_button = self._button(
            row, translate("reversals_bar", "Unassign…"), "unassign_button", self.unassign
        )
        self.third_button = self._button(
            row,
            translate("reversals_bar", "Add third evaluator…"),
            "third_evaluator_button",
            self.add_evaluator,
        )
        row.addStretch(1)

    def _button(
        self, row: QHBoxLayout, text: str, name: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def show_item(
        self,
        workspace: Workspace | None,
        item: Reconciliation | None,
        review: str | None,
        criterion: str | None,
    ) -> None:
        """Offer the reversals that apply to ``item`` (and the review and criterion chosen)."""
        self.workspace, self.item, self.review, self.criterion = workspace, item, review, criterion
        line = next((r for r in item.reviews if r.evaluator == review), None) if item else None
        self.unresolve_button.setEnabled(item is not None and item.resolved)
        self.clear_button.setEnabled(item is not None and criterion in item.consensus)
        self.reopen_button.setEnabled(line is not None and line.submitted)
        # Only a review not started can be taken back; a scored one is reopened or excluded.
        unscored = line is not None and not line.submitted and not line.scores
        self.unassign_button.setEnabled(unscored)
        self.unassign_button.setToolTip(
            translate("reversals_bar", "Take the proposal back from this evaluator")
            if unscored
            else translate(
                "reversals_bar",
                "Only a review without scores can be unassigned; reopen or exclude it instead",
            )
        )
        self.third_button.setEnabled(item is not None)

    def _reverse(
        self, title: str, what: str, action: Callable[..., Done[Reversal]], **arguments: Any
    ) -> None:
        """Preview ``action`` by a dry run, ask for the reason, then carry it out."""
        if self.workspace is None or self.item is None:
            return
        arguments.update(workspace=self.workspace, reference=self.item.reference)
        try:
            preview = action(**arguments, reason=PREVIEW_REASON, dry_run=True).result.preview
        except EvaluatorError as error:
            msgbox.refusal(self, title, error)
            return
        reason = ReversalDialog.ask_reason(self, title, what, preview_lines(preview))
        if reason is not None and operations.perform(
            self, title, action, **arguments, reason=reason
        ):
            self.decided.emit()

    @Slot()
    def unresolve(self) -> None:
        """Withdraw the resolution of the proposal."""
        if self.item is not None:
            what = translate("reversals_bar", "Un-resolve {reference}: {resolve_note}").format(
                reference=self.item.reference, resolve_note=self.item.resolve_note
            )
            self._reverse(translate("reversals_bar", "Un-resolve"), what, reversals.unresolve)

    @Slot()
    def clear_consensus(self) -> None:
        """Withdraw the consensus score of the chosen criterion."""
        if self.item is not None and self.criterion is not None:
            what = translate(
                "reversals_bar", "Clear the consensus score of {reference} {criterion}."
            ).format(reference=self.item.reference, criterion=self.criterion)
            self._reverse(
                translate("reversals_bar", "Clear consensus"),
                what,
                reversals.clear_consensus,
                criterion=self.criterion,
            )

    @Slot()
    def include_again(self) -> None:
        """Count the chosen (excluded) review again."""
        if self.item is not None and self.review is not None:
            what = translate(
                "reversals_bar", "Count the review of {reference} by {review} again."
            ).format(reference=self.item.reference, review=self.review)
            self._reverse(
                translate("reversals_bar", "Include again"),
                what,
                reversals.include,
                evaluator_name=self.review,
            )

    @Slot()
    def reopen(self) -> None:
        """Reopen the chosen (submitted) review for its evaluator."""
        if self.item is not None and self.review is not None:
            what = translate(
                "reversals_bar",
                "Reopen the review of {reference} by {review}: it stops counting until "
                "it is submitted again.",
            ).format(reference=self.item.reference, review=self.review)
            self._reverse(
                translate("reversals_bar", "Reopen review"),
                what,
                reversals.reopen,
                evaluator_name=self.review,
            )

    @Slot()
    def unassign(self) -> None:
        """Take the proposal back from the chosen evaluator, whose review holds no score."""
        if self.item is not None and self.review is not None:
            what = translate(
                "reversals_bar", "Take {reference} back from {review}, who has not started it."
            ).format(reference=self.item.reference, review=self.review)
            self._reverse(
                translate("reversals_bar", "Unassign"),
                what,
                reversals.unassign,
                evaluator_name=self.review,
            )

    @Slot()
    def add_evaluator(self) -> None:
        """Assign one more evaluator, chosen among the free ones by load."""
        if self.workspace is None or self.item is None:
            return
        reference = self.item.reference
        free = people.free_evaluators(workspace=self.workspace, reference=reference)
        if not free:
            msgbox.refusal(
                self,
                translate("reversals_bar", "Add an evaluator"),
                EvaluatorError(
                    translate(
                        "reversals_bar",
                        "Every evaluator already reviews {reference} or has a conflict of "
                        "interest.",
                    ).format(reference=reference)
                ),
            )
            return
        names = [
            translate("reversals_bar", "{name} ({reviews} reviews)").format(
                name=v.name, reviews=v.reviews
            )
            for v in free
        ]
        chosen = EvaluatorChoiceDialog.ask(self, reference, names)
        if chosen is not None and operations.perform(
            self,
            translate("reversals_bar", "Evaluator not assigned"),
            people.assign_one,
            workspace=self.workspace,
            evaluator_name=free[chosen].name,
            reference=reference,
        ):
            self.decided.emit()
