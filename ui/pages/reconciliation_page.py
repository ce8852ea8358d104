"""The Reconciliation page: divergent proposals first, their reviews side by side, decisions.

Every decision shows what it would do to the final score before it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import decisions
from evaluator.actions.changes import Done
from evaluator.actions.decisions import Reconciliation
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.i18n import two_places
from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import ProposalFacts, what_if
from evaluator.rules.scoring import parse_score, score_problem
from evaluator.rules.words import STATUS_WORDS
from ui import operations
from ui.i18n import translate
from ui.pages.bias_view import BiasView
from ui.pages.feedback_panel import FeedbackPanel
from ui.pages.lazy import LazyPage
from ui.pages.reconciliation_models import ReconciliationListModel, criterion_cells
from ui.pages.reversals_bar import ReversalsBar
from ui.table_model import SAMPLED_ROWS

DIVERGENT = QColor("#fbe3e1")
EXCLUDED = QColor("#eeeeee")


class ReconciliationPage(LazyPage):
    """Reconcile divergent reviews: consensus, exclusion, resolution.

    Each decision is announced to every view (``ui.operations``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.seen: int | None = None  # the trail's position when the page was read
        self.spec: CallSpec | None = None
        self.current: Reconciliation | None = None
        self._shown_reference: str | None = None  # whose decisions the boxes hold
        self.facts: ProposalFacts | None = None

        splitter = QSplitter()
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_decision_pane())
        splitter.setSizes([380, 1000])
        self.bias = BiasView()
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, translate("reconciliation_page", "Proposals"))
        self.tabs.addTab(self.bias, translate("reconciliation_page", "Evaluator bias (advisory)"))
        self.feedback = FeedbackPanel()
        self.tabs.addTab(
            self.feedback, translate("reconciliation_page", "Feedback for the applicant")
        )
        self.tabs.currentChanged.connect(self._tab_shown)
        self._bias_stale = True
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._show()

    def _build_list(self) -> QTableView:
        """The eligible proposals, flagged and unresolved ones first."""
        self.model = ReconciliationListModel(self)
        self.list = QTableView()
        self.list.setObjectName("reconciliation_list")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setResizeContentsPrecision(SAMPLED_ROWS)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        return self.list

    def _build_review_grid(self) -> None:
        """The heading and the reviews of the selected proposal side by side."""
        self.heading = QLabel()
        self.heading.setObjectName("reconciliation_heading")
        self.heading.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setObjectName("review_grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()

    def _build_consensus(self) -> QGroupBox:
        """A consensus score for one criterion, with its reason."""
        self.criterion = QComboBox()
        self.criterion.setObjectName("consensus_criterion")
        # The criterion's code and first words: the reason box keeps the room.
        self.criterion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.criterion.setMinimumContentsLength(24)
        self.value = QLineEdit()
        self.value.setObjectName("consensus_value")
        self.value.setFixedWidth(60)
        self.reason = QLineEdit()
        self.reason.setObjectName("consensus_reason")
        self.reason.setPlaceholderText(translate("reconciliation_page", "Reason (required)"))
        self.consensus_button = QPushButton(translate("reconciliation_page", "Set consensus"))
        self.consensus_button.setObjectName("consensus_button")
        self.consensus_button.clicked.connect(self.set_consensus)
        consensus = QGroupBox(
            translate(
                "reconciliation_page", "Consensus score (replaces the aggregate of one criterion)"
            )
        )
        row = QHBoxLayout(consensus)
        row.addWidget(self.criterion)
        row.addWidget(self.value)
        row.addWidget(self.reason, 1)
        row.addWidget(self.consensus_button)
        return consensus

    def _build_exclusion(self) -> QGroupBox:
        """Exclude one review, with its reason, or count it again."""
        self.review = QComboBox()
        # Evaluators' whole names, not "Jelena Đu".
        self.review.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.review.setObjectName("exclusion_review")
        self.exclusion_reason = QLineEdit()
        self.exclusion_reason.setPlaceholderText(
            translate("reconciliation_page", "Reason (required to exclude)")
        )
        self.exclude_button = QPushButton(translate("reconciliation_page", "Exclude"))
        self.exclude_button.setObjectName("exclude_button")
        self.exclude_button.clicked.connect(self.toggle_exclusion)
        exclusion = QGroupBox(
            translate("reconciliation_page", "Exclude a review (or count it again)")
        )
        row = QHBoxLayout(exclusion)
        row.addWidget(self.review)
        row.addWidget(self.exclusion_reason, 1)
        row.addWidget(self.exclude_button)
        return exclusion

    def _build_resolution(self) -> QGroupBox:
        """Resolve the proposal, with a note for the record."""
        self.note = QLineEdit()
        self.note.setObjectName("resolve_note")
        self.note.setPlaceholderText(
            translate("reconciliation_page", "Note for the record (required)")
        )
        self.resolve_button = QPushButton(translate("reconciliation_page", "Resolve"))
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.clicked.connect(self.resolve)
        resolution = QGroupBox(
            translate("reconciliation_page", "Resolve (the proposal can then pass and be ranked)")
        )
        row = QHBoxLayout(resolution)
        row.addWidget(self.note, 1)
        row.addWidget(self.resolve_button)
        return resolution

    def _build_previews(self) -> QFormLayout:
        """What the consensus and the exclusion would do, kept up to date as the user types."""
        self.consensus_preview = QLabel()
        self.consensus_preview.setObjectName("consensus_preview")
        self.exclusion_preview = QLabel()
        previews = QFormLayout()
        previews.addRow(
            translate("reconciliation_page", "Consensus would give:"), self.consensus_preview
        )
        previews.addRow(
            translate("reconciliation_page", "Exclusion would give:"), self.exclusion_preview
        )
        for edit in (self.value, self.reason, self.exclusion_reason, self.note):
            edit.textChanged.connect(self._update_actions)
        self.criterion.currentIndexChanged.connect(self._update_actions)
        self.review.currentIndexChanged.connect(self._update_actions)
        return previews

    def _build_decision_pane(self) -> QWidget:
        """The right side: the reviews above the decisions that can be taken on them."""
        self._build_review_grid()
        consensus = self._build_consensus()
        exclusion = self._build_exclusion()
        resolution = self._build_resolution()
        previews = self._build_previews()
        self.reversals = ReversalsBar()
        self.reversals.decided.connect(self.reload_now)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(consensus)
        right_layout.addWidget(exclusion)
        right_layout.addLayout(previews)
        right_layout.addWidget(resolution)
        right_layout.addWidget(self.reversals)
        self.right = right
        return right

    def show_workspace(self, workspace: Workspace | None, spec: CallSpec | None) -> None:
        """Reconcile in ``workspace``."""
        self.workspace = workspace
        self.spec = spec
        self._shown_reference = None
        self.criterion.clear()
        if spec is not None:
            for c in spec.criteria:
                self.criterion.addItem(f"{c.code} {c.text[:60]}", c.code)
        self.refresh_if_stale()

    def refresh(self) -> None:
        """Reload from the workspace, keeping the selected proposal."""
        selected = self.current.reference if self.current else None
        # Where the trail stood before the page read it: see ``decisions.unchanged``.
        self.seen = self.workspace.position() if self.workspace else None
        items = decisions.reconciliation(workspace=self.workspace) if self.workspace else []
        self.model.set_rows(items)
        self._fit_list()
        self._bias_stale = True
        self._tab_shown(self.tabs.currentIndex())
        self.current = None
        if selected is not None:
            self.open(selected)
        if self.current is None and items:
            self.list.selectRow(0)
        self._show()

    def _fit_list(self) -> None:
        """Keep the list wide enough for its columns, Flags included, so that it never
        scrolls sideways; the decision pane takes the rest."""
        header = self.list.horizontalHeader()
        columns = range(self.model.columnCount())
        # Each column: its widest cell or its title, and a pixel of grid line.
        natural = sum(
            max(header.sectionSizeHint(c), self.list.sizeHintForColumn(c)) + 1 for c in columns
        )
        scroll = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(natural + scroll + 2 * self.list.frameWidth())
        # Wide enough for every column: a sideways scroll bar would only move the last
        # column's stretch.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def open(self, reference: str) -> bool:
        """Select ``reference`` in the list."""
        for row in range(self.model.rowCount()):
            if self.model.reconciliation(row).reference == reference:
                self.list.selectRow(row)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        self.current = self.model.reconciliation(rows[0].row()) if rows else None
        self.facts = self.current.facts if self.current is not None else None
        self._show()

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        """The bias tab is computed when it is shown, once per reload of the page."""
        if self.tabs.widget(index) is not self.bias or not self._bias_stale:
            return
        self._bias_stale = False
        biases = decisions.biases(workspace=self.workspace) if self.workspace else []
        self.bias.show_bias(biases, float(self.spec.total_max) if self.spec else 100.0)

    def _show(self) -> None:
        item, spec = self.current, self.spec
        self.feedback.show_proposal(self.workspace, spec, item)
        self.right.setEnabled(item is not None)
        self.grid.clear()
        self.review.clear()
        if item is None or spec is None:
            self.heading.setText(
                translate("reconciliation_page", "<i>Select a proposal.</i>")
                if self.model.rowCount()
                else translate(
                    "reconciliation_page",
                    "<i>No proposal to reconcile yet: eligible proposals appear here with "
                    "their reviews.</i>",
                )
            )
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            return
        final = two_places(item.final_score) or "—"
        spread = two_places(item.spread or Decimal(0))
        state = (
            translate("reconciliation_page", "resolved: {note}").format(note=item.resolve_note)
            if item.resolved
            else STATUS_WORDS[item.status]
        )
        self.heading.setText(
            translate(
                "reconciliation_page",
                "<span style='font-size:13pt'><b>{reference}</b> — "
                "{title}</span><br>Final score <b>{final}</b> · spread {spread} · "
                "{state}",
            ).format(
                reference=item.reference, title=item.title, final=final, spread=spread, state=state
            )
        )
        self._fill_grid(item, spec, final)
        if item.reference != self._shown_reference:
            self._start_decisions(item)
        for r in item.reviews:
            self.review.addItem(
                r.evaluator
                + ("" if r.included else translate("reconciliation_page", " (excluded)")),
                r.evaluator,
            )
        self.note.setText(item.resolve_note)
        self._update_actions()

    def _start_decisions(self, item: Reconciliation) -> None:
        """Another proposal: nothing typed or chosen for the last one carries over; the
        criterion offered first is the first that diverges."""
        self._shown_reference = item.reference
        divergent = [f.criterion for f in item.flags if f.criterion is not None]
        first = self.criterion.findData(divergent[0]) if divergent else 0
        self.criterion.setCurrentIndex(max(first, 0))
        for edit in (self.value, self.reason, self.exclusion_reason):
            edit.clear()

    def _fill_grid(self, item: Reconciliation, spec: CallSpec, final: str) -> None:
        """The reviews side by side: a line per criterion, divergent ones marked, then the
        totals; ``final`` is the proposal's final score as shown."""
        reviews = item.reviews
        headers = [
            translate("reconciliation_page", "Criterion"),
            *[
                r.evaluator
                + ("" if r.included else translate("reconciliation_page", " (excluded)"))
                for r in reviews
            ],
            translate("reconciliation_page", "Spread"),
            translate("reconciliation_page", "Consensus"),
            translate("reconciliation_page", "Final"),
        ]
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(spec.criteria) + 1)
        outcome = what_if(spec, self.facts) if self.facts else None
        finals = (outcome.criterion_scores if outcome else None) or {}
        for row, c in enumerate(spec.criteria):
            divergent = any(f.criterion == c.code for f in item.flags)
            for column, text in enumerate(criterion_cells(item, c, finals)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if divergent:
                    cell.setBackground(DIVERGENT)
                if 1 <= column <= len(reviews) and not reviews[column - 1].included:
                    cell.setBackground(EXCLUDED)
                self.grid.setItem(row, column, cell)
        totals = [
            translate("reconciliation_page", "Total"),
            *[two_places(r.total) for r in reviews],
            two_places(item.spread or Decimal(0)),
            "",
            final,
        ]
        for column, text in enumerate(totals):
            cell = QTableWidgetItem(text)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            self.grid.setItem(len(spec.criteria), column, cell)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(headers) - 3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.resizeRowsToContents()

    def _selected_review(self) -> tuple[str, bool] | None:
        if self.current is None or self.review.currentIndex() < 0:
            return None
        name = self.review.currentData()
        line = next(r for r in self.current.reviews if r.evaluator == name)
        return name, line.included

    @Slot()
    def _update_actions(self) -> None:
        spec, facts = self.spec, self.facts
        chosen_review = self._selected_review()
        self.reversals.show_item(
            self.workspace,
            self.current,
            chosen_review[0] if chosen_review else None,
            self.criterion.currentData(),
        )
        if spec is None or facts is None or self.current is None:
            return
        before = what_if(spec, facts).final_score
        self.consensus_preview.setText(self._consensus_preview(spec, facts, before))
        self.consensus_button.setEnabled(
            bool(self.reason.text().strip()) and self._consensus_value() is not None
        )
        chosen = self._selected_review()
        if chosen is None:
            self.exclusion_preview.clear()
            self.exclude_button.setEnabled(False)
        else:
            name, included = chosen
            self.exclude_button.setText(
                translate("reconciliation_page", "Exclude")
                if included
                else translate("reconciliation_page", "Include again")
            )
            change = frozenset({name})
            after = (
                what_if(spec, facts, excluded=change)
                if included
                else what_if(spec, facts, included=change)
            ).final_score
            self.exclusion_preview.setText(_change(before, after))
            self.exclude_button.setEnabled(
                not included or bool(self.exclusion_reason.text().strip())
            )
        resolved = self.current.resolved
        self.resolve_button.setEnabled(not resolved and bool(self.note.text().strip()))
        self.resolve_button.setToolTip(
            translate("reconciliation_page", "Already resolved") if resolved else ""
        )

    def _consensus_value(self) -> Decimal | None:
        if self.spec is None or not self.value.text().strip():
            return None
        code = self.criterion.currentData()
        criterion = next(c for c in self.spec.criteria if c.code == code)
        try:
            value = parse_score(self.value.text())
        except EvaluatorError:
            return None
        return value if score_problem(criterion, value) is None else None

    def _consensus_preview(
        self, spec: CallSpec, facts: ProposalFacts, before: Decimal | None
    ) -> str:
        if not self.value.text().strip():
            return translate("reconciliation_page", "type a score to see its effect")
        value = self._consensus_value()
        if value is None:
            return translate(
                "reconciliation_page", "“{text}” is not a score on this criterion's scale"
            ).format(text=self.value.text())
        after = what_if(spec, facts, consensus={self.criterion.currentData(): value}).final_score
        return _change(before, after)

    def _decide(self, title: str, action: Callable[..., Done[Any]], **arguments: Any) -> None:
        if self.workspace is None:
            return
        arguments["seen"] = self.seen
        if operations.perform(self, title, action, workspace=self.workspace, **arguments):
            self.value.clear()
            self.reason.clear()
            self.exclusion_reason.clear()
            self.reload_now()

    @Slot()
    def set_consensus(self) -> None:
        """Save the consensus score typed for the chosen criterion."""
        value = self._consensus_value()
        if self.current is None or value is None:
            return
        reference, code, reason = (
            self.current.reference,
            self.criterion.currentData(),
            self.reason.text(),
        )
        self._decide(
            translate("reconciliation_page", "Consensus not saved"),
            decisions.set_consensus,
            reference=reference,
            criterion=code,
            value=value,
            reason=reason,
        )

    @Slot()
    def toggle_exclusion(self) -> None:
        """Exclude the chosen review with the reason typed, or count it again."""
        chosen = self._selected_review()
        if self.current is None or chosen is None:
            return
        name, included = chosen
        reference, reason = self.current.reference, self.exclusion_reason.text()
        if included:
            self._decide(
                translate("reconciliation_page", "Review not excluded"),
                decisions.exclude,
                reference=reference,
                evaluator_name=name,
                reason=reason,
            )
        else:
            self.reversals.include_again()

    @Slot()
    def resolve(self) -> None:
        """Mark the proposal reconciled with the note typed."""
        if self.current is None:
            return
        reference, note = self.current.reference, self.note.text()
        self._decide(
            translate("reconciliation_page", "Not resolved"),
            decisions.resolve,
            reference=reference,
            note=note,
        )


def _change(before: Decimal | None, after: Decimal | None) -> str:
    def shown(value: Decimal | None) -> str:
        return two_places(value) or "—"

    if before == after:
        return translate("reconciliation_page", "final score stays {shown}").format(
            shown=shown(before)
        )
    return translate("reconciliation_page", "final score {shown} → {shown2}").format(
        shown=shown(before), shown2=shown(after)
    )
