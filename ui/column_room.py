"""Room for the columns that hold words: a table's text columns share the width its figures
leave, each never narrower than a floor in characters, refitted as the window is resized."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from ui.table_model import column_width, fit_columns


class ColumnRoom(QObject):
    """Keeps the ``floors`` columns of ``view`` (column → at least so many characters)
    sharing the room the other columns leave, in proportion to their texts.

    Where the room is short, the ``squeeze`` columns give up first the part of their width
    only their title needs (the title is then cut, whole in its tooltip); their figures are
    never cut. Where the room is more than the texts need, the first of the ``floors``
    columns takes the rest, so the table fills its width. ``fit()`` measures the columns once
    (after the rows change); a resize shares the room again without reading a cell.
    """

    def __init__(
        self, view: QTableView, floors: Mapping[int, int], squeeze: Collection[int] = ()
    ) -> None:
        super().__init__(view)
        self.view = view
        self.floors = dict(floors)
        self.squeeze = tuple(squeeze)
        self.natural: dict[int, int] = {}
        self.content: dict[int, int] = {}
        # A cut title ends in "…" rather than losing letters at both ends.
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    def set_squeeze(self, columns: Collection[int]) -> None:
        """The columns whose titles may be cut (they change with the call's sections)."""
        self.squeeze = tuple(columns)

    def fit(self) -> None:
        """Measure the columns' texts and share the room."""
        self.natural = fit_columns(self.view)
        self.content = {
            c: min(self.natural[c], column_width(self.view, c, title=False)) for c in self.squeeze
        }
        self.share()

    def floor(self, column: int) -> int:
        """The narrowest text ``column`` may be, in pixels."""
        return QFontMetrics(self.view.font()).averageCharWidth() * self.floors[column] + 16

    def share(self) -> None:
        """Give the text columns the room the others leave."""
        flexible = [c for c in self.floors if c in self.natural]
        squeeze = [c for c in self.squeeze if c in self.content]
        if not flexible:
            return
        header = self.view.horizontalHeader()
        shared = {*flexible, *squeeze}
        fixed = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in shared and not header.isSectionHidden(c)
        )
        widths = {c: self.natural[c] for c in (*flexible, *squeeze)}
        short = sum(widths.values()) - (self.view.viewport().width() - fixed)
        if short <= 0:
            widths[flexible[0]] -= short  # the room left over
        else:
            self._narrow(widths, flexible, squeeze, short)
        header = self.view.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _narrow(
        self, widths: dict[int, int], flexible: list[int], squeeze: list[int], short: int
    ) -> None:
        """Take ``short`` pixels off ``widths``: the texts narrow down to their floors first,
        then the titles of the figures are cut."""
        wanted = sum(self.natural[c] for c in flexible)
        for c in flexible:
            widths[c] = max(self.floor(c), self.natural[c] * (wanted - short) // wanted)
        short -= wanted - sum(widths[c] for c in flexible)
        slack = sum(self.natural[c] - self.content[c] for c in squeeze)
        if short > 0 and slack:
            cut = min(short, slack)
            for c in squeeze:
                widths[c] -= -(-(self.natural[c] - self.content[c]) * cut // slack)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False
