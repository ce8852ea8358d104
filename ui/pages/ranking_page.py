"""The Ranking page: final scores, statuses, the budget line, awards, and exports."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import decisions, outputs
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.i18n import money, two_places
from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import Outcome, Ranking
from evaluator.rules.statuses import Status
from evaluator.rules.text import search_key
from evaluator.rules.words import STATUS_WORDS, flag_lines, flag_words
from ui import msgbox, operations, settings
from ui.column_room import ColumnRoom
from ui.dialogs import AwardDialog
from ui.i18n import translate
from ui.pages.lazy import LazyPage
from ui.pages.letters_action import write_letters
from ui.table_model import RowTableModel

STATUS_COLOURS = {
    Status.FUNDED: "#dff3e4",
    Status.RESERVE: "#fff4d6",
    Status.BELOW_THRESHOLD: "#f2f2f2",
    Status.NEEDS_RECONCILIATION: "#fbe3e1",
    Status.INCOMPLETE: "#eef3fb",
    Status.INELIGIBLE: "#f2f2f2",
}


STATUS_ORDER = {status: n for n, status in enumerate(STATUS_WORDS)}
RANK_ORDER = (0, Qt.SortOrder.AscendingOrder)
TITLE, FIRST_SECTION = 2, 5
# A title keeps this many characters however narrow the window: enough to tell proposals apart.
TITLE_FLOOR = 36


@dataclass(frozen=True)
class BudgetLine:
    """The row drawn between the last funded and the first reserve proposal."""

    text: str


class RankingModel(RowTableModel):
    """The ranking: ranked proposals first with the budget line among them, then the rest.

    Sorted by any column but Rank, or filtered, the budget line is left out: it means
    something only in the order of the ranking.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[str] = []
        self.COLUMNS = ()
        self._place: dict[int, int] = {}  # id(row) → its place in the ranking

    def reset(self, spec: CallSpec | None, ranking: Ranking | None) -> None:
        """Show ``ranking`` under the call ``spec``."""
        self.sections = [s.name for s in spec.sections] if spec else []
        self.COLUMNS = (
            translate("ranking_page", "Rank"),
            translate("ranking_page", "Reference"),
            translate("ranking_page", "Title"),
            translate("ranking_page", "Status"),
            translate("ranking_page", "Final"),
            *self.sections,
            translate("ranking_page", "Requested ({currency})").format(currency=spec.call.currency)
            if spec
            else translate("ranking_page", "Requested"),
            translate("ranking_page", "Awarded"),
            translate("ranking_page", "Flags"),
        )
        rows: list[Any] = list(ranking.outcomes) if ranking is not None else []
        funded = [i for i, o in enumerate(rows) if o.status == Status.FUNDED]
        if (
            ranking is not None
            and spec is not None
            and any(o.status == Status.RESERVE for o in rows)
        ):
            below = (
                translate("ranking_page", "below it, the reserve list")
                if spec.scoring.funding == "strict"
                else translate(
                    "ranking_page", "ranked proposals that did not fit are on the reserve list"
                )
            )
            rows.insert(
                funded[-1] + 1 if funded else 0,
                BudgetLine(
                    translate(
                        "ranking_page",
                        "Budget line — {committed} of {budget} {currency} committed; {below}",
                    ).format(
                        committed=money(ranking.committed),
                        budget=money(ranking.budget),
                        currency=spec.call.currency,
                        below=below,
                    )
                ),
            )
        self._place = {id(row): place for place, row in enumerate(rows)}
        self.set_rows(rows)

    def search_text(self, item: Any) -> str:
        if not isinstance(item, Outcome):
            return ""  # the budget line is never a match
        return f"{item.reference} {item.title} {STATUS_WORDS[item.status]}"

    def arranged(self, items: list[Any]) -> list[Any]:
        rows = super().arranged(items)
        if self.is_filtered() or self.sort_order() not in (None, RANK_ORDER):
            return [row for row in rows if type(row) is not BudgetLine]
        return rows

    def budget_line_row(self) -> int | None:
        """The row of the budget line, if it is shown."""
        for row, item in enumerate(self._shown()):
            if type(item) is BudgetLine:
                return row
        return None

    def sort_key(self, item: Any, column: int) -> Any:
        if column == 0 or isinstance(item, BudgetLine):
            return self._place.get(id(item), 0)
        o: Outcome = item
        requested = len(self.COLUMNS) - 3
        if column == 4:
            return o.final_score  # None (blank) sorts last in both directions
        if FIRST_SECTION <= column < requested:
            scores = o.section_scores
            return scores.get(self.sections[column - FIRST_SECTION]) if scores else None
        if column == requested:
            return o.requested
        if column == requested + 1:
            return o.awarded
        if column == 3:
            return STATUS_ORDER[o.status]
        return search_key(self._text(o, column))

    def outcome(self, row: int) -> Outcome | None:
        """The proposal on ``row`` (None on the budget line)."""
        item = self.item(row)
        return item if isinstance(item, Outcome) else None

    def cell(self, item: Any, column: int, role: int) -> Any:
        if isinstance(item, BudgetLine):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return item.text
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#a52a1f"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("white"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        outcome: Outcome = item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(outcome, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            return QBrush(QColor(STATUS_COLOURS[outcome.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            1,
            2,
            3,
            len(self.COLUMNS) - 1,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        awarded = len(self.COLUMNS) - 2
        if role == Qt.ItemDataRole.ToolTipRole and column == awarded and outcome.rank is not None:
            return translate("ranking_page", "Double-click to change the awarded amount")
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and outcome.final_score is not None:
            return translate(
                "ranking_page",
                "Double-click to see the reviews, exclusions and consensus behind this score",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, awarded + 1):
            return outcome.title if column == 2 else "\n".join(flag_lines(outcome.flags))
        return None

    def _text(self, o: Outcome, column: int) -> str:
        sections = [two_places((o.section_scores or {}).get(name)) or "" for name in self.sections]
        values = [
            str(o.rank or ""),
            o.reference,
            o.title,
            STATUS_WORDS[o.status],
            two_places(o.final_score) or "",
            *sections,
            money(o.requested),
            money(o.awarded) if o.awarded is not None else "",
            flag_words(o.flags, resolved=o.resolved),
        ]
        return values[column]


class RankingPage(LazyPage):
    """The ranking and the budget line.

    Signals: ``explain_requested(reference)`` when the user asks why a proposal scored so.
    """

    explain_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.seen: int | None = None  # the trail's position when the ranking was read
        self.spec: CallSpec | None = None
        self.budget = QProgressBar()
        self.budget.setObjectName("budget_bar")
        self.budget.setTextVisible(True)
        self.budget.setMinimumWidth(360)
        self.summary = QLabel()
        self.summary.setObjectName("ranking_summary")
        buttons = []
        for text, kind in (
            (translate("ranking_page", "Export CSV…"), ".csv"),
            (translate("ranking_page", "Export XLSX…"), ".xlsx"),
            (translate("ranking_page", "Report PDF…"), ".pdf"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            buttons.append(button)
        self.letters_button = QPushButton(translate("ranking_page", "Outcome letters…"))
        self.letters_button.setObjectName("outcome_letters")
        self.letters_button.setToolTip(
            translate(
                "ranking_page",
                "One PDF letter per decided proposal, with letters.csv for mail merge",
            )
        )
        self.letters_button.clicked.connect(
            lambda: self.workspace is not None and write_letters(self, self.workspace)
        )
        buttons.append(self.letters_button)
        self.search = QLineEdit()
        self.search.setObjectName("ranking_search")
        self.search.setPlaceholderText(
            translate("ranking_page", "Filter by reference, title or status…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self.model_search)
        bar = QHBoxLayout()
        bar.addWidget(self.budget, 1)
        for button in buttons:
            bar.addWidget(button)
        self.model = RankingModel(self)
        self.table = QTableView()
        self.table.setObjectName("ranking_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self.double_clicked)
        self.model.layoutChanged.connect(self._span_budget_line)
        self.room = ColumnRoom(self.table, {TITLE: TITLE_FLOOR})
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.search)
        layout.addLayout(summary)
        layout.addWidget(self.table)

    def show_workspace(self, workspace: Workspace | None, spec: CallSpec | None) -> None:
        """Rank the proposals of ``workspace``."""
        self.workspace = workspace
        self.spec = spec
        self.refresh_if_stale()

    def refresh(self) -> None:
        """Recompute the ranking from the workspace."""
        # Where the trail stood before the ranking was read: a decision taken from this screen
        # is refused if its proposal changed after (someone else, on a shared server).
        self.seen = self.workspace.position() if self.workspace else None
        result = decisions.rank(workspace=self.workspace).ranking if self.workspace else None
        self.model.reset(self.spec, result)
        self._span_budget_line()
        # Columns fitted once to a few hundred rows, not refitted to all of a large call's on
        # every change (ResizeToContents would read every cell again and again); the titles
        # take the room the figures leave.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.model.columnCount():
            # Section and amount titles may be cut before a title loses a character.
            self.room.set_squeeze(range(FIRST_SECTION, self.model.columnCount() - 1))
            self.room.fit()
        if result is None or self.spec is None:
            self.budget.setValue(0)
            self.summary.clear()
            return
        share = result.committed / result.budget if result.budget else Decimal(0)
        self.budget.setRange(0, 1000)
        self.budget.setValue(int(share * 1000))
        self.budget.setFormat(
            translate(
                "ranking_page",
                "{committed} of {budget} {currency} committed ({count:.1f}%)",
            ).format(
                committed=money(result.committed),
                budget=money(result.budget),
                currency=self.spec.call.currency,
                count=share * 100,
            )
        )
        if not result.outcomes:
            self.summary.setText(
                translate(
                    "ranking_page", "No proposals to rank yet: import them on the Proposals page."
                )
            )
            return
        counts = {s: sum(1 for o in result.outcomes if o.status == s) for s in Status}
        self.summary.setText(
            translate(
                "ranking_page",
                "{counts} funded · {counts2} on the reserve list · {counts3} to "
                "reconcile · {counts4} incomplete · {counts5} below threshold · "
                "{counts6} ineligible",
            ).format(
                counts=counts[Status.FUNDED],
                counts2=counts[Status.RESERVE],
                counts3=counts[Status.NEEDS_RECONCILIATION],
                counts4=counts[Status.INCOMPLETE],
                counts5=counts[Status.BELOW_THRESHOLD],
                counts6=counts[Status.INELIGIBLE],
            )
        )

    @Slot(str)
    def model_search(self, text: str) -> None:
        """Filter the ranking by the words of ``text``."""
        self.model.set_search(text)

    @Slot()
    def _span_budget_line(self) -> None:
        """The budget line runs across the table, wherever sorting has put it."""
        self.table.clearSpans()
        row = self.model.budget_line_row()
        if row is not None:
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    @Slot(QModelIndex)
    def double_clicked(self, index: QModelIndex) -> None:
        """On the awarded amount: change it; elsewhere: show how the scores were reached."""
        outcome = self.model.outcome(index.row()) if index.isValid() else None
        if outcome is None:
            return
        if index.column() == self.model.COLUMNS.index(translate("ranking_page", "Awarded")):
            self.edit_award(index)
        elif outcome.status != Status.INELIGIBLE:
            self.explain_requested.emit(outcome.reference)

    def edit_award(self, index: QModelIndex) -> None:
        """Change the amount awarded to a ranked proposal."""
        outcome = self.model.outcome(index.row()) if index.isValid() else None
        if self.workspace is None or self.spec is None or outcome is None or outcome.rank is None:
            return
        low = self.spec.call.min_grant
        answer = AwardDialog.ask(
            self,
            translate(
                "ranking_page",
                "The amount awarded to {reference}, between {low} and the "
                "requested {requested} {currency}.",
            ).format(
                reference=outcome.reference,
                low=money(low),
                requested=money(outcome.requested),
                currency=self.spec.call.currency,
            ),
            outcome.awarded or outcome.requested,
            outcome.requested,
        )
        if answer is None:
            return
        amount, reason = answer
        if operations.perform(
            self,
            translate("ranking_page", "Amount not awarded"),
            decisions.award,
            workspace=self.workspace,
            reference=outcome.reference,
            amount=amount,
            reason=reason or None,
            seen=self.seen,
        ):
            self.reload_now()

    def export(self, suffix: str) -> None:
        """Export the ranking (.csv, .xlsx) or the PDF report to a file the user names."""
        if self.workspace is None or self.spec is None:
            return
        kinds = {
            ".csv": translate("ranking_page", "CSV (*.csv)"),
            ".xlsx": translate("ranking_page", "Excel workbook (*.xlsx)"),
            ".pdf": translate("ranking_page", "PDF (*.pdf)"),
        }
        name = translate("ranking_page", "{id} ranking{suffix}").format(
            id=self.spec.call.id, suffix=suffix
        )
        folder = settings.remembered_folder() or str(self.workspace.path.parent)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("ranking_page", "Export the ranking"),
            str(Path(folder) / name),
            kinds[suffix],
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != suffix:
            out = out.with_suffix(suffix)
        settings.set_last_folder(out)
        write = outputs.write_report if suffix == ".pdf" else outputs.export_ranking
        try:
            write(workspace=self.workspace, out=out)
        except EvaluatorError as error:
            msgbox.refusal(self, translate("ranking_page", "Not exported"), error)
        else:
            msgbox.information(
                self,
                translate("ranking_page", "Exported"),
                translate("ranking_page", "Wrote {out}.").format(out=out),
            )
