"""The Reconciliation page's models: the list of proposals to reconcile, and the cells of a
criterion's row in the side-by-side grid of reviews."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from evaluator.actions.decisions import Reconciliation
from evaluator.i18n import point_text, two_places
from evaluator.rules.call import Criterion
from evaluator.rules.statuses import Status
from evaluator.rules.words import STATUS_WORDS, flag_summary
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.table_model import RowTableModel

DIVERGENT = QColor("#fbe3e1")
EXCLUDED = QColor("#eeeeee")


class ReconciliationListModel(RowTableModel):
    """The eligible proposals, flagged and unresolved ones first."""

    CONTEXT = "reconciliation_page"
    COLUMNS = (
        QT_TRANSLATE_NOOP("reconciliation_page", "Reference"),
        QT_TRANSLATE_NOOP("reconciliation_page", "Status"),
        QT_TRANSLATE_NOOP("reconciliation_page", "Spread"),
        QT_TRANSLATE_NOOP("reconciliation_page", "Flags"),
        QT_TRANSLATE_NOOP("reconciliation_page", "Resolved"),
    )

    def reconciliation(self, row: int) -> Reconciliation:
        """The proposal on ``row``."""
        item: Reconciliation = self.item(row)
        return item

    def cell(self, item: Reconciliation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                item.reference,
                STATUS_WORDS[item.status],
                two_places(item.spread) or "",
                flag_summary(item.flags),
                translate("reconciliation_page", "yes") if item.resolved else "",
            )
            return values[column]
        open_case = item.status == Status.NEEDS_RECONCILIATION
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and open_case:
            return QBrush(DIVERGENT)
        return None


def criterion_cells(
    item: Reconciliation, criterion: Criterion, finals: Mapping[str, Fraction]
) -> list[str]:
    """One line of the review grid: the criterion, each review's score and comment, the
    spread, the consensus and the final score."""
    code = criterion.code
    cells = [f"{code} {criterion.text} (×{point_text(criterion.weight)})"]
    for r in item.reviews:
        value = r.scores.get(code)
        comment = r.comments.get(code, "")
        cells.append(
            ("–" if value is None else point_text(value)) + (f" — {comment}" if comment else "")
        )
    gap = item.criterion_spreads.get(code)
    consensus = item.consensus.get(code)
    return [
        *cells,
        point_text(gap) if gap is not None else "",
        f"{point_text(consensus[0])} — {consensus[1]}" if consensus else "",
        two_places(finals[code]) if code in finals else "",
    ]
