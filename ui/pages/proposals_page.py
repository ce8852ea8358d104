"""The Proposals page: a searchable, sortable table and the selected proposal's consortium."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions.proposals import ProposalView
from evaluator.actions.workspace import Audit
from evaluator.i18n import money
from evaluator.rules.call import CallSpec
from evaluator.rules.history import CRUD, sentence
from evaluator.rules.words import explain
from ui.column_room import ColumnRoom
from ui.i18n import translate
from ui.pages.documents_panel import DocumentsPanel
from ui.pages.organisation_dialog import OrganisationDialog
from ui.proposal_model import (
    ELIGIBLE_BACKGROUND,
    ELIGIBLE_TEXT,
    INELIGIBLE_BACKGROUND,
    INELIGIBLE_TEXT,
    ProposalTableModel,
)


class ProposalDetail(QFrame):
    """One proposal: title, eligibility with reasons in words, facts, and the consortium."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposal_detail")
        self.heading = QLabel()
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setObjectName("detail_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMargin(6)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.area = self._fact(translate("proposals_page", "Priority area"))
        self.topics = self._fact(translate("proposals_page", "Topics"))
        self.amount = self._fact(translate("proposals_page", "Requested"))
        self.duration = self._fact(translate("proposals_page", "Duration"))
        self.summary = self._fact(translate("proposals_page", "Summary"))
        self.consortium = QTreeWidget()
        self.consortium.setObjectName("consortium")
        self.consortium.setHeaderLabels(
            [
                translate("proposals_page", "Organisation"),
                translate("proposals_page", "Country"),
                translate("proposals_page", "Type"),
                translate("proposals_page", "Role"),
            ]
        )
        self.consortium.setRootIsDecorated(False)
        self.consortium.setAlternatingRowColors(True)
        self.consortium.header().setStretchLastSection(False)
        self.consortium.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.consortium.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.verdict)
        left.addLayout(self.facts)
        left.addStretch(1)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setHeaderLabels(
            [
                translate("proposals_page", "When"),
                translate("proposals_page", "Who"),
                translate("proposals_page", "What"),
                translate("proposals_page", "What happened"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.consortium.setToolTip(
            translate(
                "proposals_page", "Double-click an organisation to complete or correct its details"
            )
        )
        self.organisation_button = QPushButton(translate("proposals_page", "Organisation details…"))
        self.organisation_button.setObjectName("organisation_details")
        self.organisation_button.setEnabled(False)
        members = QWidget()
        stack = QVBoxLayout(members)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.consortium)
        stack.addWidget(self.organisation_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(members, translate("proposals_page", "Consortium"))
        self.tabs.addTab(self.history, translate("proposals_page", "History"))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.tabs, 4)
        self.show_proposal(None, None)

    def _fact(self, title: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(f"{title}:", label)
        return label

    def show_history(self, entries: list[Audit]) -> None:
        """The audit trail of the proposal shown, newest first."""
        self.history.clear()
        for entry in reversed(entries):
            told = sentence(entry.action, entry.subject, entry.changes)
            if entry.reason:
                told += translate("proposals_page", " Reason: {reason}").format(reason=entry.reason)
            # The record itself, field by field, for whoever needs to check it.
            record = "; ".join(
                f"{field}: {_short(old)} → {_short(new)}"
                for field, (old, new) in entry.changes.items()
            )
            item = QTreeWidgetItem(
                self.history,
                [
                    entry.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    entry.actor,
                    entry.subject if entry.action in CRUD else f"{entry.action} {entry.subject}",
                    told,
                ],
            )
            item.setToolTip(
                3,
                translate("proposals_page", "{told}\n\nAs recorded: {record}").format(
                    told=told, record=record
                )
                if record
                else told,
            )
        for column in range(3):
            self.history.resizeColumnToContents(column)
        # Leave room for the changes themselves.
        self.history.setColumnWidth(2, min(self.history.columnWidth(2), 260))

    def show_proposal(self, proposal: ProposalView | None, spec: CallSpec | None) -> None:
        """Show ``proposal``, or an invitation to select one."""
        self.consortium.clear()
        self.history.clear()
        if proposal is None or spec is None:
            self.heading.setText(
                translate("proposals_page", "<i>Select a proposal to see its consortium.</i>")
            )
            self.verdict.hide()
            for label in (self.area, self.topics, self.amount, self.duration, self.summary):
                label.clear()
            return
        self.heading.setText(
            translate(
                "proposals_page", "<span style='font-size:13pt'><b>{escape}</b> — {escape2}</span>"
            ).format(escape=escape(proposal.reference), escape2=escape(proposal.title))
        )
        self._show_verdict(proposal, spec)
        self.area.setText(proposal.priority_area)
        self.topics.setText("; ".join(proposal.topics))
        self.amount.setText(f"{money(proposal.requested_amount)} {spec.call.currency}")
        self.duration.setText(
            translate("proposals_page", "{duration_months} months").format(
                duration_months=proposal.duration_months
            )
        )
        self.summary.setText(proposal.summary or "—")
        for member in proposal.members:
            QTreeWidgetItem(
                self.consortium,
                [member.organisation, member.country, member.org_type, member.role.capitalize()],
            )

    def _show_verdict(self, proposal: ProposalView, spec: CallSpec) -> None:
        if proposal.eligible:
            text = translate(
                "proposals_page", "Eligible: meets every eligibility rule of the call."
            )
            colours = (ELIGIBLE_BACKGROUND, ELIGIBLE_TEXT)
        else:
            reasons = "".join(
                translate("proposals_page", "<li>{escape}</li>").format(
                    escape=escape(explain(spec, c))
                )
                for c in proposal.reasons
            )
            text = translate(
                "proposals_page", "<b>Not eligible</b><ul style='margin:0'>{reasons}</ul>"
            ).format(reasons=reasons)
            colours = (INELIGIBLE_BACKGROUND, INELIGIBLE_TEXT)
        self.verdict.setText(text)
        self.verdict.setStyleSheet(
            f"background: {colours[0].name()}; color: {colours[1].name()}; border-radius: 4px;"
        )
        self.verdict.show()


def _short(value: object) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class ProposalsPage(QWidget):
    """The workspace's proposals.

    Signals: ``import_requested()`` when the user asks to import a proposals file.
    """

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: CallSpec | None = None
        # Set by the window while a workspace is open: the audit trail of one proposal.
        self.history_of: Callable[[str], list[Audit]] | None = None
        self.model = ProposalTableModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("proposal_search")
        self.search.setPlaceholderText(
            translate("proposals_page", "Search reference, title, organisation, country, topic…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.count = QLabel()
        self.count.setObjectName("proposal_count")
        import_button = QPushButton(translate("proposals_page", "Import proposals…"))
        import_button.clicked.connect(self.import_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(import_button)

        self.table = QTableView()
        self.table.setObjectName("proposal_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        model = ProposalTableModel
        self.room = ColumnRoom(
            self.table,
            {model.TITLE: 30, model.LEAD: 22, model.ELIGIBILITY: 12, model.COUNTRIES: 16},
            squeeze=(model.REQUESTED,),
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = ProposalDetail()
        self.documents = DocumentsPanel()
        self.detail.consortium.itemDoubleClicked.connect(lambda *_: self.edit_organisation())
        self.detail.consortium.itemSelectionChanged.connect(self._member_chosen)
        self.detail.organisation_button.clicked.connect(self.edit_organisation)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.detail)
        below.addWidget(self.documents)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("proposals_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def show_proposals(self, spec: CallSpec | None, proposals: list[ProposalView]) -> None:
        """Show the workspace's proposals, keeping the selection if it is still there."""
        selected = self.selected()
        self._spec = spec
        self.model.reset(spec, proposals)
        self._fit_columns()
        self._update_count()
        if selected is not None:
            self.select(selected.reference)
        if self.selected() is None:
            self.detail.show_proposal(None, None)
            self.documents.show_proposal(None)

    def _fit_columns(self) -> None:
        """Every column in view: the figures at their width, the texts sharing the rest."""
        self.room.fit()

    def selected(self) -> ProposalView | None:
        """The proposal selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.proposal(rows[0].row())

    def select(self, reference: str) -> bool:
        """Select the proposal ``reference`` if it is shown; returns whether it was."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data() == reference:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()
        if self.selected() is None:
            self.detail.show_proposal(None, None)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        selected = self.selected()
        self.detail.show_proposal(selected, self._spec)
        self.documents.show_proposal(selected.reference if selected else None)
        if selected is not None and self.history_of is not None:
            self.detail.show_history(self.history_of(selected.reference))

    @Slot()
    def _member_chosen(self) -> None:
        workspace = self.documents.workspace
        chosen = self.detail.consortium.currentItem() is not None
        self.detail.organisation_button.setEnabled(
            chosen and workspace is not None and self.documents.editable
        )

    @Slot()
    def edit_organisation(self) -> None:
        """Complete or correct the chosen member's details (the chair's workspace only)."""
        item = self.detail.consortium.currentItem()
        workspace = self.documents.workspace
        if item is None or workspace is None or not self.documents.editable:
            return
        OrganisationDialog(self, workspace, item.text(0), item.text(1)).exec()

    def _update_count(self) -> None:
        everything = self.model.all_items()
        total = len(everything)
        shown = self.model.rowCount()
        eligible = sum(1 for p in everything if p.eligible)
        if total == 0:
            self.count.setText(
                translate("proposals_page", "No proposals yet: import a CSV or XLSX file.")
            )
        elif shown == total:
            self.count.setText(
                translate("proposals_page", "{total} proposals · {eligible} eligible").format(
                    total=total, eligible=eligible
                )
            )
        else:
            self.count.setText(
                translate("proposals_page", "{shown} of {total} proposals shown").format(
                    shown=shown, total=total
                )
            )
