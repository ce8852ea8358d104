"""A read-only table model over a list of rows that the core produced (not a copy per cell),
sorted and filtered in Python on whole rows, without a proxy model.

A QSortFilterProxyModel asks the source for two cells per comparison, each a call from C++
into Python: sorting 20,000 rows that way takes seconds. Here a sort computes one key per
row and lets ``sorted`` do the rest, and a filter tests each row once.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from evaluator.rules.text import search_key
from ui.i18n import translate

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
    # The translation context of the titles in ``COLUMNS``: the module that names them.
    CONTEXT = "table_model"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._keep: Callable[[Any], bool] | None = None
        # Computed once per row and kept until the rows change: sort keys by column, and the
        # folded text a search looks in (both by the row's id).
        self._keys: dict[int, dict[int, Any]] = {}
        self._texts: dict[int, str] = {}
        self._sorted: list[Any] | None = None  # every item in the current order

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows`` in place of the current ones (sorted and filtered as before)."""
        self.beginResetModel()
        self._all = rows
        self._keys = {}
        self._texts = {}
        self._sorted = None
        self._rows = self.arranged(rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The item shown on ``row``."""
        return self._rows[row]

    def _shown(self) -> list[Any]:
        """The items shown, row by row."""
        return self._rows

    def all_items(self) -> list[Any]:
        """Every item, including those the filter hides, in the order they were given."""
        return self._all

    def header(self, section: int) -> str:
        """The title of column ``section``, in the GUI's language."""
        return translate(self.CONTEXT, self.COLUMNS[section])

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def sort_key(self, item: Any, column: int) -> Any:
        """What ``item`` is sorted by in ``column``; None: blank, after the rest either way."""
        return self.cell(item, column, Qt.ItemDataRole.DisplayRole) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (column, order) if 0 <= column < len(self.COLUMNS) else None
        if wanted == self._order and self._sorted is not None:
            return  # QTableView.sortByColumn asks twice
        self._order = wanted
        self._sorted = None
        self._relayout()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction rows are sorted by (None: as given)."""
        return self._order

    def search_text(self, item: Any) -> str:
        """The text ``set_search`` looks for words in (default: none)."""
        return ""

    def set_search(self, text: str) -> None:
        """Show only the items whose ``search_text`` holds every word of ``text``, ignoring
        case and accents ("niksic" finds "Nikšić"); all of them when ``text`` is blank."""
        words = search_key(text).split()
        if not words:
            self.set_filter(None)
            return

        def keep(item: Any) -> bool:
            # The cache of the rows shown now: ``set_rows`` starts a new one, and the id of a
            # row that is gone may be a new row's (so no cache may outlive its rows).
            texts = self._texts
            haystack = texts.get(id(item))
            if haystack is None:
                haystack = texts[id(item)] = search_key(self.search_text(item))
            return all(map(haystack.__contains__, words))

        self.set_filter(keep)

    def set_filter(self, keep: Callable[[Any], bool] | None) -> None:
        """Show only the items ``keep`` accepts (None: all)."""
        self._keep = keep
        self._relayout()

    def is_filtered(self) -> bool:
        return self._keep is not None

    def arranged(self, items: list[Any]) -> list[Any]:
        """``items`` (all of them) sorted and filtered as the model is; the sorted order is
        kept until the order or the rows change, so a new search does not sort again."""
        if self._sorted is None:
            self._sorted = self._sort(items)
        if self._keep is None:
            return self._sorted
        return [item for item in self._sorted if self._keep(item)]

    def _sort(self, items: list[Any]) -> list[Any]:
        """``items`` in the current order (stable: ties keep their order)."""
        if self._order is None:
            return items
        column, order = self._order
        known = self._keys.setdefault(column, {})
        keyed = []
        for item in items:
            key = known.get(id(item), known)  # the dict itself: not computed yet
            if key is known:
                key = known[id(item)] = self.sort_key(item, column)
            keyed.append((key, item))
        ordered = sorted(
            (pair for pair in keyed if pair[0] is not None),
            key=itemgetter(0),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return [item for _, item in ordered] + [item for key, item in keyed if key is None]

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
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title where a narrow column cuts it
        ):
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)


def column_width(view: QTableView, column: int, *, title: bool = True) -> int:
    """The width ``column`` of ``view`` needs for the text of its first ``SAMPLED_ROWS`` rows
    and (if ``title``) its title, with room for a sort arrow only where one is shown."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = QFontMetrics(view.font())
    width = 0
    if title:
        arrow = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = QFontMetrics(header.font()).horizontalAdvance(text) + (20 if arrow else 0)
    for row in range(min(model.rowCount(), SAMPLED_ROWS)):
        text = model.index(row, column).data()
        if text and view.columnSpan(row, column) == 1:
            width = max(width, metrics.horizontalAdvance(str(text)))
    return width + 16


def fit_columns(view: QTableView, *, skip: tuple[int, ...] = ()) -> dict[int, int]:
    """Size each column of ``view`` (but ``skip``) to its ``column_width``, once; returns the
    widths given. Unlike ResizeToContents, nothing is refitted on every change."""
    header = view.horizontalHeader()
    widths = {
        column: column_width(view, column)
        for column in range(view.model().columnCount())
        if column not in skip
    }
    for column, width in widths.items():
        header.resizeSection(column, width)
    return widths
