"""The models of the Evaluators page: the evaluators with their load and exchange status, and
the assignment matrix of eligible proposals by evaluators."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from evaluator.actions.people import EvaluatorView, ExchangeStatus, Matrix
from evaluator.rules.statuses import Slot as Cell
from evaluator.rules.words import SLOT_WORDS
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.table_model import Index, RowTableModel

# How each cell of the matrix looks: symbol, words, background.
CELL_LOOK = {
    Cell.ASSIGNED: ("○", "#eef3fb"),
    Cell.IN_PROGRESS: ("◐", "#fff4d6"),
    Cell.SUBMITTED: ("●", "#dff3e4"),
    Cell.CONFLICT: ("✕", "#f2f2f2"),
}


class EvaluatorTableModel(RowTableModel):
    """The evaluators with their load and exchange status."""

    CONTEXT = "evaluators_models"
    COLUMNS = (
        QT_TRANSLATE_NOOP("evaluators_models", "Name"),
        QT_TRANSLATE_NOOP("evaluators_models", "Country"),
        QT_TRANSLATE_NOOP("evaluators_models", "Reviews"),
        QT_TRANSLATE_NOOP("evaluators_models", "Submitted"),
        QT_TRANSLATE_NOOP("evaluators_models", "Conflicts"),
        QT_TRANSLATE_NOOP("evaluators_models", "Package sent"),
        QT_TRANSLATE_NOOP("evaluators_models", "Returns"),
        "E-mail",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._exchange: dict[str, ExchangeStatus] = {}

    def reset(self, rows: list[EvaluatorView], exchange: dict[str, ExchangeStatus]) -> None:
        """Show ``rows`` with their exchange status."""
        self._exchange = exchange
        self.set_rows(rows)

    def evaluator(self, row: int) -> EvaluatorView:
        """The evaluator on ``row``."""
        item: EvaluatorView = self.item(row)
        return item

    def cell(self, e: EvaluatorView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            sent, returns = self._exchange_text(e.name)
            # In the order of COLUMNS.
            values = (
                e.name,
                e.country,
                e.reviews,
                e.submitted,
                e.conflicts,
                sent,
                returns,
                e.email,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _exchange_text(self, name: str) -> tuple[str, str]:
        status = self._exchange.get(name)
        if status is None:
            return "", ""
        sent = _when(status.package_exported_at) if status.package_exported_at else "—"
        returns = (
            translate("evaluators_models", "revision {returns_revision}, {when}").format(
                returns_revision=status.returns_revision, when=_when(status.returns_imported_at)
            )
            if status.returns_revision is not None and status.returns_imported_at
            else "—"
        )
        return sent, returns


def _when(moment: datetime) -> str:
    """A moment in the user's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MatrixModel(QAbstractTableModel):
    """Eligible proposals (rows) × evaluators (columns); each cell a review's status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = Matrix([], [], {})

    def reset(self, matrix: Matrix) -> None:
        """Show ``matrix``."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def pair(self, index: Index) -> tuple[str, str]:
        """(reference, evaluator) of a cell."""
        return self.matrix.proposals[index.row()][0], self.matrix.evaluators[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.evaluators)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.matrix.evaluators[section]
            return None
        reference, title = self.matrix.proposals[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{reference}  {title}"  # cut to the room the view gives it
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reference} — {title}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status = self.matrix.cells.get(self.pair(index))
        reference, title = self.matrix.proposals[index.row()]
        name = self.matrix.evaluators[index.column()]
        if status is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "evaluators_models",
                    "{name} — {reference} {title}: free, double-click to assign",
                ).format(name=name, reference=reference, title=title)
            return None
        (symbol, colour), words = CELL_LOOK[status], SLOT_WORDS[status]
        if role == Qt.ItemDataRole.DisplayRole:
            return symbol
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name} — {reference} {title}: {words}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
