"""The Scoring page: an evaluator's proposals and the grid to score them, keyboard first.

Type a digit to score, Tab to the comment, Enter to the next criterion, Ctrl+Enter to
submit. Every change is saved as it is made.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QItemSelection,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import people, proposals, scoring
from evaluator.actions.proposals import ProposalView
from evaluator.actions.scoring import ReviewSheet, SubmitRefused
from evaluator.actions.workspace import ServerWorkspace, Workspace
from evaluator.errors import EvaluatorError
from evaluator.i18n import point_text
from evaluator.rules.call import CallSpec
from evaluator.rules.scoring import (
    parse_score,
    review_total,
    score_problem,
)
from ui import msgbox, operations, settings
from ui.dialogs import ReasonDialog
from ui.i18n import translate
from ui.pages.document_pane import DocumentPane
from ui.pages.lazy import LazyPage
from ui.pages.review_parts import DeclarationBanner, ReviewFooter, nothing_to_score
from ui.pages.scoring_rows import (
    LOCKED_STYLE,
    CriterionRow,
    ReviewListModel,
    fill_grid,
    first_blocker,
    proposal_html,
    submit_question,
)
from ui.table_model import SAMPLED_ROWS

SPLITTER = "scoring"


class ScoringPage(LazyPage):
    """Score the proposals assigned to an evaluator.

    Signals: ``send_back_requested()`` when the evaluator asks to send their scores back.
    What its actions change is announced to every view (``ui.operations``).
    """

    send_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.own: str | None = None
        self.spec: CallSpec | None = None
        self.sheet: ReviewSheet | None = None
        self._proposals: dict[str, ProposalView] = {}
        self.rows: dict[str, CriterionRow] = {}
        self._grid_spec: CallSpec | None = None
        self._pending: set[str] = set()
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(400)
        self._comment_timer.timeout.connect(self.flush)

        self.documents = DocumentPane()
        # The list and the proposal, the documents, the grid: the documents and the grid share
        # what the window has to spare, and the evaluator's sizes are kept between runs.
        self.splitter = QSplitter()
        self.splitter.setObjectName("scoring_splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in (
            (self._build_review_list(), 1),
            (self.documents, 3),
            (self._build_review_pane(), 2),
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        # The review list wide enough for its status words in every language at 1366×768.
        self.splitter.setSizes([340, 470, 480])
        saved = settings.splitter_state(SPLITTER)
        if saved is not None:
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.documents.focus_find)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show_sheet()

    @Slot(int, int)
    def _splitter_moved(self, _position: int, _index: int) -> None:
        settings.set_splitter_state(SPLITTER, self.splitter.saveState())

    def _build_acting_bar(self) -> QHBoxLayout:
        """Whom the page scores as and, in an evaluator's workspace, the button to send back."""
        self.acting = QComboBox()
        self.acting.setObjectName("score_as")
        self.acting.currentTextChanged.connect(self._acting_changed)
        self.send_back = QPushButton(translate("scoring_page", "Send back scores…"))
        self.send_back.setObjectName("send_back")
        self.send_back.setToolTip(
            translate("scoring_page", "Write the signed returns file to send to the chair")
        )
        self.send_back.clicked.connect(self.send_back_requested)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("scoring_page", "Score as:")))
        bar.addWidget(self.acting, 1)
        bar.addWidget(self.send_back)
        return bar

    def _build_review_list(self) -> QWidget:
        """The left side: the acting bar above the evaluator's reviews."""
        bar = self._build_acting_bar()
        self.model = ReviewListModel(self)
        self.list = QTableView()
        self.list.setObjectName("review_list")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLED_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)
        self.list.selectionModel().selectionChanged.connect(self._review_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(QLabel(translate("scoring_page", "<b>My proposals</b>")))
        left_layout.addWidget(self.list, 2)
        self.detail = QTextBrowser()
        self.detail.setObjectName("proposal_summary")
        left_layout.addWidget(self.detail, 3)
        left.setMinimumWidth(240)
        return left

    def _build_declaration_banner(self) -> QFrame:
        """The request to declare a conflict of interest, or none, before scoring."""
        self.banner = DeclarationBanner()
        self.banner_text = self.banner.text
        self.declare_button = self.banner.declare_button
        self.conflict_button = self.banner.conflict_button
        self.declare_button.clicked.connect(self.declare_no_conflict)
        self.conflict_button.clicked.connect(self.declare_conflict)
        return self.banner

    def _build_footer(self) -> QGridLayout:
        """The review's total and state, and the button (and keys) to submit it."""
        footer = ReviewFooter(self, self.submit)
        self.total, self.state, self.submit_button = footer.total, footer.state, footer.button
        return footer.layout

    def _build_review_pane(self) -> QWidget:
        """The right side: the declaration, the criteria grid and the footer."""
        banner = self._build_declaration_banner()
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(1, 1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.grid_holder)
        footer = self._build_footer()
        self.right = QWidget()
        self.right.setMinimumWidth(360)
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(banner)
        right_layout.addWidget(self.scroller, 1)
        right_layout.addLayout(footer)
        return self.right

    # --- what is shown -------------------------------------------------------------------

    def show_workspace(
        self, workspace: Workspace | None, spec: CallSpec | None, own: str | None = None
    ) -> None:
        """Score in ``workspace``; the grid follows its call.

        ``own`` is the evaluator of an evaluator's workspace, who is the only one to score
        there; in a chair's workspace "Score as" picks any evaluator.
        """
        self.flush()
        self.workspace = workspace
        self.spec = spec
        self.own = own
        self.acting.setEnabled(own is None)
        # On a server an evaluator's scores are the chair's to see at once: nothing to send.
        self.send_back.setVisible(own is not None and not isinstance(workspace, ServerWorkspace))
        self._build_grid()
        self.refresh_if_stale()

    def refresh(self) -> None:
        """Reload evaluators, reviews and the proposal shown."""
        # An evaluator's own workspace (or their role on a server) knows no other evaluator.
        if self.own is not None:
            names = [self.own]
        elif self.workspace is not None:
            names = [e.name for e in people.list_evaluators(workspace=self.workspace)]
        else:
            names = []
        current = self.acting.currentText()
        self.acting.blockSignals(True)
        self.acting.clear()
        self.acting.addItems(names)
        if current in names:
            self.acting.setCurrentText(current)
        self.acting.blockSignals(False)
        self._proposals = (
            {p.reference: p for p in proposals.list_proposals(workspace=self.workspace)}
            if self.workspace
            else {}
        )
        self._reload_reviews()

    def act_as(self, name: str) -> None:
        """Score as the evaluator ``name``."""
        self.acting.setCurrentText(name)

    def open_review(self, reference: str) -> bool:
        """Select ``reference`` in the list; returns whether it is there."""
        for row in range(self.model.rowCount()):
            if self.model.review(row).reference == reference:
                self.list.selectRow(row)
                return True
        return False

    def _evaluator_name(self) -> str | None:
        return self.acting.currentText() or None

    @Slot(str)
    def _acting_changed(self, _name: str) -> None:
        self.flush()
        self._reload_reviews()

    def _reload_reviews(self) -> None:
        selected = self.sheet.reference if self.sheet else None
        name = self._evaluator_name()
        if self.workspace is None or name is None:
            self.model.reset([])
        else:
            self.model.reset(scoring.my_reviews(workspace=self.workspace, as_name=name))
        if selected is None or not self.open_review(selected):
            self.sheet = None
            self._show_sheet()
            self._open_first_unfinished()

    def _open_first_unfinished(self) -> None:
        """Open the first review not yet submitted, so that work can start at once."""
        for row in range(self.model.rowCount()):
            if not self.model.review(row).submitted:
                self.list.selectRow(row)
                return

    @Slot(QItemSelection, QItemSelection)
    def _review_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._load_selected()

    def _load_selected(self) -> None:
        self.flush()
        rows = self.list.selectionModel().selectedRows()
        name = self._evaluator_name()
        if not rows or self.workspace is None or name is None:
            self.sheet = None
        else:
            reference = self.model.review(rows[0].row()).reference
            self.sheet = scoring.review_sheet(
                workspace=self.workspace, as_name=name, reference=reference
            )
        self._show_sheet()
        self.scroller.verticalScrollBar().setValue(0)
        self._focus_first_open()

    def _build_grid(self) -> None:
        if self.spec is not None and self.spec == self._grid_spec:
            return
        self._grid_spec = self.spec
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        if self.spec is None:
            return
        self.rows = fill_grid(self.grid, self.spec)
        for code, row in self.rows.items():
            row.score.textEdited.connect(lambda _t, code=code: self._score_edited(code))
            row.comment.text_edited.connect(lambda _t, code=code: self._comment_edited(code))
            row.comment.editing_finished.connect(self.flush)
            row.score.returnPressed.connect(lambda code=code: self._next(code))
            row.comment.return_pressed.connect(lambda code=code: self._next(code))

    def _nothing_html(self) -> str:
        """What the proposal pane says while no review is open: what to do next."""
        if self.workspace is None:
            return ""
        return nothing_to_score(self._evaluator_name(), self.model.rowCount(), self.own)

    def _show_sheet(self) -> None:
        sheet = self.sheet
        proposal = self._proposals.get(sheet.reference) if sheet else None
        self.detail.setHtml(
            proposal_html(proposal, self.spec) if proposal and self.spec else self._nothing_html()
        )
        self.right.setEnabled(sheet is not None)
        self.documents.show_proposal(self.workspace, sheet.reference if sheet else None)
        if sheet is None:
            self.banner.hide()
            for row in self.rows.values():
                row.score.clear()
                row.comment.load("")
                row.points.clear()
                row.message.hide()
            self.total.clear()
            self.state.setText(
                translate("scoring_page", "Select a proposal to score it.")
                if self.model.rowCount()
                else ""
            )
            return
        self.banner.setVisible(not sheet.declared)
        self.banner_text.setText(
            translate(
                "scoring_page",
                "Before scoring, declare whether you have a conflict of interest with "
                "{reference}: a personal, professional or financial tie to any member "
                "of the consortium.",
            ).format(reference=sheet.reference)
        )
        editable = sheet.declared and not sheet.submitted
        for code, row in self.rows.items():
            value = sheet.scores.get(code)
            row.score.setText(point_text(value) if value is not None else "")
            row.comment.load(sheet.comments.get(code, ""))
            row.score.setReadOnly(not editable)
            row.comment.setReadOnly(not editable)
            for field in (row.score, row.comment):
                field.setStyleSheet(LOCKED_STYLE if sheet.submitted else "")
            row.score.setEnabled(sheet.declared)
            row.comment.setEnabled(sheet.declared)
            row.show_score(value, self.spec)
        self.submit_button.setEnabled(editable)
        if sheet.submitted:
            self.state.setText(
                translate("scoring_page", "Submitted and locked; the chair can reopen it.")
            )
        elif sheet.reopen_reason:
            self.state.setText(
                translate("scoring_page", "Reopened by the chair: {reopen_reason}").format(
                    reopen_reason=sheet.reopen_reason
                )
            )
        else:
            self.state.setText(translate("scoring_page", "Saved as you type."))
        self._show_total()

    def _show_total(self) -> None:
        if self.sheet is None or self.spec is None:
            self.total.clear()
            return
        total = review_total(self.spec.weights, self.sheet.scores)
        self.total.setText(
            translate(
                "scoring_page",
                "<b>Total {points}</b> of {points2} · {count} of {count2} criteria scored",
            ).format(
                points=point_text(total),
                points2=point_text(self.spec.total_max),
                count=len(self.sheet.scores),
                count2=len(self.spec.criteria),
            )
        )

    # --- editing ---------------------------------------------------------------------------

    def _score_edited(self, code: str) -> None:
        row = self.rows[code]
        text = row.score.text().strip()
        value: Decimal | None = None
        if text:
            try:
                value = parse_score(text)
            except EvaluatorError as error:
                row.show_score(None, self.spec, error.message)
                return
            problem = score_problem(row.criterion, value)
            if problem is not None:
                row.show_score(None, self.spec, problem[:1].upper() + problem[1:] + ".")
                return
        self._save(code, value)

    def _comment_edited(self, code: str) -> None:
        self._pending.add(code)
        self._comment_timer.start()
        row = self.rows[code]
        value = self.sheet.scores.get(code) if self.sheet else None
        row.show_score(value, self.spec)

    @Slot()
    def flush(self) -> None:
        """Save comments typed but not saved yet."""
        self._comment_timer.stop()
        pending, self._pending = self._pending, set()
        for code in sorted(pending):
            if self.sheet is not None and code in self.sheet.scores:
                self._save(code, self.sheet.scores[code])

    def _save(self, code: str, value: Decimal | None) -> None:
        sheet, name, workspace = self.sheet, self._evaluator_name(), self.workspace
        if sheet is None or name is None or workspace is None:
            return
        row = self.rows[code]
        comment = row.comment.toPlainText()
        try:
            # Announced only once the page shows the change itself: the views that show
            # reviews reload, this one stays as the evaluator is typing in it.
            with self.showing_own_change():
                done = scoring.score(
                    workspace=workspace,
                    as_name=name,
                    reference=sheet.reference,
                    criterion=code,
                    value=value,
                    comment=comment,
                    require_justification=False,
                )
        except EvaluatorError as error:
            row.show_score(None, self.spec, error.message)
            return
        if value is None:
            sheet.scores.pop(code, None)
            sheet.comments.pop(code, None)
        else:
            sheet.scores[code] = value
            sheet.comments[code] = comment.strip()
        row.show_score(value, self.spec)
        self._show_total()
        self._update_list_row()
        operations.announce(done.changes)

    def _update_list_row(self) -> None:
        name = self._evaluator_name()
        if self.workspace is None or name is None or self.sheet is None:
            return
        reference = self.sheet.reference
        reviews = scoring.my_reviews(workspace=self.workspace, as_name=name)
        self.list.selectionModel().blockSignals(True)
        self.model.reset(reviews)
        self.open_review(reference)
        self.list.selectionModel().blockSignals(False)
        self.list.viewport().update()

    def _next(self, code: str) -> None:
        codes = list(self.rows)
        following = codes[codes.index(code) + 1 :]
        if following:
            target = self.rows[following[0]].score
            target.setFocus(Qt.FocusReason.TabFocusReason)
            target.selectAll()
            self.scroller.ensureWidgetVisible(target)
        else:
            self.submit_button.setFocus()

    def _confirmed(self) -> bool:
        """Whether the evaluator confirms a complete review (submitting locks it); one that is
        not complete goes on to be refused, saying what is missing."""
        if self.sheet is None or self.spec is None:
            return False
        question = submit_question(self.sheet, self.spec)
        return question is None or msgbox.question(
            self,
            translate("scoring_page", "Submit review"),
            question,
            yes=translate("scoring_page", "Submit"),
        )

    def _focus_first_blocker(self) -> None:
        """After a refused submit: the first criterion that stops it, unscored or unjustified."""
        if self.sheet is not None and self.spec is not None:
            target = first_blocker(self.rows, self.sheet, self.spec)
            if target is not None:
                target.setFocus()
                self.scroller.ensureWidgetVisible(target)

    def _focus_first_open(self) -> None:
        if self.sheet is None or self.sheet.submitted:
            return
        if not self.sheet.declared:
            self.declare_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for code, row in self.rows.items():
            if code not in self.sheet.scores:
                row.score.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroller.ensureWidgetVisible(row.score)
                return

    # --- declaration and submission --------------------------------------------------------

    @Slot()
    def declare_no_conflict(self) -> None:
        """The acting evaluator declares no conflict of interest with the proposal shown."""
        self._declare(None)

    @Slot()
    def declare_conflict(self) -> None:
        """The acting evaluator declares a conflict of interest; the assignment is released."""
        if self.sheet is None:
            return
        answer = ReasonDialog.ask(
            self,
            translate("scoring_page", "Conflict of interest"),
            translate(
                "scoring_page",
                "Describe your conflict of interest with {reference}. The proposal "
                "will be taken off your list and the chair will see your declaration.",
            ).format(reference=self.sheet.reference),
        )
        if answer is not None:
            self._declare(answer[1])

    def _declare(self, conflict: str | None) -> None:
        sheet, name, workspace = self.sheet, self._evaluator_name(), self.workspace
        if sheet is None or name is None or workspace is None:
            return
        if operations.perform(
            self,
            translate("scoring_page", "Declaration not saved"),
            scoring.declare,
            workspace=workspace,
            as_name=name,
            reference=sheet.reference,
            conflict=conflict,
        ):
            self._reload_reviews()
            self._load_selected()

    @Slot()
    def submit(self) -> None:
        """Submit the review shown, if it is complete; say what is missing if not."""
        self.flush()
        sheet, name, workspace = self.sheet, self._evaluator_name(), self.workspace
        if sheet is None or name is None or workspace is None or sheet.submitted:
            return
        if not self._confirmed():
            return
        try:
            done = scoring.submit(workspace=workspace, as_name=name, references=[sheet.reference])
        except EvaluatorError as error:
            # One review: its own reason, in one sentence, rather than a list of one.
            if isinstance(error, SubmitRefused) and len(error.causes) == 1:
                error = error.causes[0]
            msgbox.refusal(self, translate("scoring_page", "Review not submitted"), error)
            self._focus_first_blocker()
            return
        operations.announce(done.changes)
        self._reload_reviews()
        self._load_selected()
