"""The chair's feedback for the applicant, on the Reconciliation page: on the whole proposal
or on one criterion, what the outcome letter prints. An evaluator's comment reaches it only
when the chair copies it in, to edit; nothing flows there by itself."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import outcomes
from evaluator.actions.decisions import Reconciliation
from evaluator.actions.workspace import Workspace
from evaluator.rules.call import CallSpec
from ui import operations
from ui.i18n import QT_TRANSLATE_NOOP, translate

WHOLE = QT_TRANSLATE_NOOP("feedback_panel", "The whole proposal")


class FeedbackPanel(QWidget):
    """Write, replace, clear or copy in the chair's feedback on the proposal shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.current: Reconciliation | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("feedback_target")
        self.target.currentIndexChanged.connect(self._target_changed)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedback_text")
        self.text.setPlaceholderText(
            translate("feedback_panel", "What the applicant reads in the outcome letter")
        )
        self.save_button = QPushButton(translate("feedback_panel", "Save feedback"))
        self.save_button.setObjectName("save_feedback")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(translate("feedback_panel", "Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.source = QComboBox()
        self.source.setObjectName("feedback_source")
        self.copy_button = QPushButton(
            translate("feedback_panel", "Copy this evaluator's comment in")
        )
        self.copy_button.setObjectName("copy_comment")
        self.copy_button.clicked.connect(self.copy)
        note = QLabel(
            translate(
                "feedback_panel",
                "Evaluators' comments stay the committee's own: only what you save "
                "here reaches "
                "the applicant, and a comment only when you copy it in.",
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("feedback_panel", "Feedback on:"), self.target)
        copying = QHBoxLayout()
        copying.addWidget(self.source, 1)
        copying.addWidget(self.copy_button)
        form.addRow(translate("feedback_panel", "From a comment:"), copying)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.show_proposal(None, None, None)

    def show_proposal(
        self, workspace: Workspace | None, spec: CallSpec | None, item: Reconciliation | None
    ) -> None:
        """The feedback on ``item`` (nothing to edit without one); the same proposal shown
        again (after a save) keeps the criterion chosen."""
        before = self.current
        same = item is not None and before is not None and item.reference == before.reference
        kept = self._criterion() if same else None
        self.workspace, self.current = workspace, item
        self.setEnabled(item is not None and workspace is not None and not workspace.read_only)
        self.target.blockSignals(True)
        self.target.clear()
        if item is None or spec is None:
            self.heading.setText(
                translate("feedback_panel", "<i>Select a proposal to write its feedback.</i>")
            )
        else:
            self.heading.setText(
                translate(
                    "feedback_panel", "<b>{escape}</b> — {escape2}: the chair's feedback"
                ).format(escape=escape(item.reference), escape2=escape(item.title))
            )
            self.target.addItem(translate("feedback_panel", WHOLE), None)
            for criterion in spec.criteria:
                self.target.addItem(f"{criterion.code} {criterion.text}", criterion.code)
            if kept is not None:
                self.target.setCurrentIndex(max(0, self.target.findData(kept)))
        self.target.blockSignals(False)
        self._target_changed()

    def _criterion(self) -> str | None:
        data = self.target.currentData()
        return data if isinstance(data, str) else None

    @Slot()
    def _target_changed(self) -> None:
        """Show the feedback written on the chosen target, and the comments one may copy."""
        self.text.clear()
        self.source.clear()
        item, workspace = self.current, self.workspace
        if item is None or workspace is None:
            self.copy_button.setEnabled(False)
            return
        criterion = self._criterion()
        written = outcomes.list_feedback(workspace=workspace, reference=item.reference)
        found = next((f for f in written if f.criterion == criterion), None)
        self.text.setPlainText(found.text if found else "")
        if criterion is not None:
            for review in item.reviews:
                comment = review.comments.get(criterion, "")
                if comment:
                    self.source.addItem(f"{review.evaluator}: {comment[:80]}", review.evaluator)
        self.copy_button.setEnabled(self.source.count() > 0)

    @Slot()
    def save(self) -> None:
        if self.current is None or self.workspace is None:
            return
        operations.perform(
            self,
            translate("feedback_panel", "Feedback not saved"),
            outcomes.set_feedback,
            workspace=self.workspace,
            reference=self.current.reference,
            criterion=self._criterion(),
            text=self.text.toPlainText(),
        )

    @Slot()
    def clear(self) -> None:
        if self.current is None or self.workspace is None:
            return
        if operations.perform(
            self,
            translate("feedback_panel", "Feedback not cleared"),
            outcomes.clear_feedback,
            workspace=self.workspace,
            reference=self.current.reference,
            criterion=self._criterion(),
        ):
            self.text.clear()

    @Slot()
    def copy(self) -> None:
        criterion, evaluator = self._criterion(), self.source.currentData()
        if self.current is None or self.workspace is None or criterion is None or not evaluator:
            return
        done = operations.perform(
            self,
            translate("feedback_panel", "Comment not copied"),
            outcomes.copy_comment,
            workspace=self.workspace,
            reference=self.current.reference,
            criterion=criterion,
            evaluator_name=evaluator,
        )
        if done is not None:
            self.text.setPlainText(done.result.text)
