"""A read-only table model over a list of rows that the core produced (not a copy per cell),
sorted and filtered in Python on whole rows, without a proxy model.

A QSortFilterProxyModel asks the source for two cells per comparison, each a call from C++
into Python: sorting 20,000 rows that way takes seconds. Here a sort computes one key per
row and lets ``sorted`` do the rest, and a filter tests each row once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index: TypeAlias = QModelIndex | QPersistentModelIndex

# Columns sized to their contents look at this many rows (QHeaderView's resize precision),
# not at every row of a large call: 2,000 proposals would be read cell by cell on each fit.
SAMPLED_ROWS = 200


class RowTableModel(QAbstractTableModel):
    """One row per item of a list, one column per title in ``COLUMNS``.

    Subclasses implement ``cell(item, column, role)``; ``header(section)`` may adjust titles
    and ``sort_key(item, column)`` says how a column sorts (default: its text).
    ``sort`` (what a view with sorting enabled calls) and ``set_filter`` rearrange the rows
    shown; ``all_items()`` is every row, shown or not.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._keep: Callable[[Any], bool] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows`` in place of the current ones (sorted and filtered as before)."""
        self.beginResetModel()
        self._all = rows
        self._rows = self.arranged(rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The item shown on ``row``."""
        return self._rows[row]

    def all_items(self) -> list[Any]:
        """Every item, including those the filter hides, in the order they were given."""
        return self._all

    def header(self, section: int) -> str:
        """The title of column ``section``."""
        return self.COLUMNS[section]

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def sort_key(self, item: Any, column: int) -> Any:
        """What ``item`` is sorted by in ``column``; None: blank, after the rest either way."""
        return self.cell(item, column, Qt.ItemDataRole.DisplayRole) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order) if 0 <= column < len(self.COLUMNS) else None
        self._relayout()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction rows are sorted by (None: as given)."""
        return self._order

    def set_filter(self, keep: Callable[[Any], bool] | None) -> None:
        """Show only the items ``keep`` accepts (None: all)."""
        self._keep = keep
        self._relayout()

    def is_filtered(self) -> bool:
        return self._keep is not None

    def arranged(self, items: list[Any]) -> list[Any]:
        """``items`` sorted and filtered as the model is (stable: ties keep their order)."""
        if self._order is not None:
            column, order = self._order
            keyed = [(self.sort_key(item, column), item) for item in items]
            items = [
                item
                for _, item in sorted(
                    (pair for pair in keyed if pair[0] is not None),
                    key=lambda pair: pair[0],
                    reverse=order == Qt.SortOrder.DescendingOrder,
                )
            ] + [item for key, item in keyed if key is None]
        if self._keep is not None:
            items = [item for item in items if self._keep(item)]
        return items

    def _relayout(self) -> None:
        # A layout change, not a reset: selections and other persistent indexes follow
        # their rows, and point nowhere if their row is filtered out.
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        items = [self._rows[index.row()] for index in before]
        self._rows = self.arranged(self._all)
        position = {id(item): row for row, item in enumerate(self._rows)}
        after = [
            self.index(position[id(item)], index.column())
            if id(item) in position
            else QModelIndex()
            for item, index in zip(items, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
