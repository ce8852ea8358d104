"""The evaluator bias view (advisory): a table of each evaluator's pattern and a box plot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from evaluator.actions.decisions import EvaluatorBias
from evaluator.i18n import two_places
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.table_model import RowTableModel


class BiasModel(RowTableModel):
    """One row per evaluator."""

    CONTEXT = "bias_view"
    COLUMNS = (
        QT_TRANSLATE_NOOP("bias_view", "Evaluator"),
        QT_TRANSLATE_NOOP("bias_view", "Reviews"),
        QT_TRANSLATE_NOOP("bias_view", "Mean total"),
        QT_TRANSLATE_NOOP("bias_view", "Spread"),
        QT_TRANSLATE_NOOP("bias_view", "Deviation from co-reviewers"),
    )

    def bias(self, row: int) -> EvaluatorBias:
        """The evaluator on ``row``."""
        item: EvaluatorBias = self.item(row)
        return item

    def cell(self, b: EvaluatorBias, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            deviation = "" if b.deviation is None else f"{b.deviation:+.2f}"
            values = (
                b.evaluator,
                str(b.reviews),
                two_places(b.mean_total) or "",
                two_places(b.spread) or "",
                deviation,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BiasView(QWidget):
    """Advisory statistics per evaluator; they never change official scores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            translate(
                "bias_view",
                "Advisory only: these figures never change an official score. "
                "Deviation is the "
                "evaluator's total minus the mean of the other reviewers of the same proposal, "
                "averaged over their reviews (submitted and included reviews only).",
            )
        )
        note.setWordWrap(True)
        self.model = BiasModel(self)
        self.table = QTableView()
        self.table.setObjectName("bias_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = QChart()
        self.chart.setTitle(translate("bias_view", "Review totals per evaluator"))
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart_view, 2)

    def show_bias(self, rows: list[EvaluatorBias], maximum: float) -> None:
        """Show ``rows``; the chart's axis runs from 0 to ``maximum`` points."""
        self.model.set_rows(rows)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBoxPlotSeries()
        names = []
        for b in rows:
            quartiles = b.quartiles()
            if quartiles is None:
                continue
            series.append(QBoxSet(*quartiles, b.evaluator))
            names.append(b.evaluator)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        values = QValueAxis()
        values.setRange(0, maximum)
        values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
