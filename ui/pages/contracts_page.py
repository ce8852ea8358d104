"""The Contracts page: the funded proposals' contract drafts, previewed, exported and printed."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelection, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import outputs
from evaluator.actions.outputs import ContractData, Drafted
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.i18n import plural
from evaluator.rules.call import CallSpec
from ui import msgbox, operations
from ui.batches import choose_folder, trail_note
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.pages.lazy import LazyPage
from ui.table_model import SAMPLED_ROWS, RowTableModel

MISSING = 4  # the column of what a draft lacks


class ContractListModel(RowTableModel):
    """One row per funded proposal, in rank order."""

    CONTEXT = "contracts_page"
    COLUMNS = (
        QT_TRANSLATE_NOOP("contracts_page", "Contract"),
        QT_TRANSLATE_NOOP("contracts_page", "Reference"),
        QT_TRANSLATE_NOOP("contracts_page", "Beneficiary"),
        QT_TRANSLATE_NOOP("contracts_page", "Amount"),
        QT_TRANSLATE_NOOP("contracts_page", "Missing data"),
    )

    def contract(self, row: int) -> ContractData:
        """The contract on ``row``."""
        item: ContractData = self.item(row)
        return item

    def cell(self, item: ContractData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = item.values
            return (
                item.number,
                values["reference"],
                values["beneficiary_name"],
                f"{values['amount']} {values['currency']}",
                ", ".join(item.missing),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == MISSING and item.missing:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#fbe3e1"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("contracts_page", "Printed as “[to be completed]”:\n") + "\n".join(
                    item.missing
                )
        return None


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, each scaled to the page; returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise EvaluatorError(translate("contracts_page", "The printer could not be started."))
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(page, (size * scale).toSize())
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
    finally:
        painter.end()
    return document.pageCount()


class ContractsPage(LazyPage):
    """Contract drafts of the funded proposals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.spec: CallSpec | None = None
        self._buffer = QBuffer(self)
        self.model = ContractListModel(self)
        self.list = QTableView()
        self.list.setObjectName("contract_list")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setResizeContentsPrecision(SAMPLED_ROWS)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # What a draft lacks wraps beside the beneficiary rather than running off the side.
        self.list.setWordWrap(True)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.message = QLabel()
        self.message.setObjectName("contracts_message")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(translate("contracts_page", "Export all…"))
        self.export_button.clicked.connect(self.export_all)
        self.print_button = QPushButton(translate("contracts_page", "Print…"))
        self.print_button.clicked.connect(self.print_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("contract_preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([640, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def show_workspace(self, workspace: Workspace | None, spec: CallSpec | None) -> None:
        """The contracts of ``workspace``."""
        self.workspace = workspace
        self.spec = spec
        self.refresh_if_stale()

    def refresh(self) -> None:
        """Reload the funded proposals (the ranking may have changed)."""
        self.document.close()
        rows: list[ContractData] = []
        self.message.clear()
        if self.workspace is not None:
            try:
                rows = outputs.contract_data(workspace=self.workspace)
            except EvaluatorError as error:
                self.message.setText(error.message)
        self.model.set_rows(rows)
        self.list.horizontalHeader().setSectionResizeMode(
            MISSING,
            QHeaderView.ResizeMode.Stretch
            if any(r.missing for r in rows)
            else QHeaderView.ResizeMode.ResizeToContents,
        )
        self.export_button.setEnabled(bool(rows))
        self.print_button.setEnabled(False)
        if rows:
            self.message.setText(
                translate(
                    "contracts_page",
                    "{count}: contract drafts in rank order. Check each draft, then export "
                    "or print it for signature.",
                ).format(
                    count=plural(len(rows), "{count} funded proposal", "{count} funded proposals")
                )
            )
            self.list.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        self.document.close()
        self.print_button.setEnabled(False)
        if not rows:
            return
        draft = self.model.contract(rows[0].row())
        pdf = io.BytesIO()
        try:
            outputs.render_preview(draft, pdf)
        except EvaluatorError as error:
            msgbox.refusal(self, translate("contracts_page", "Draft not made"), error)
            return
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf.getvalue()))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.print_button.setEnabled(True)

    @Slot()
    def export_all(self) -> None:
        """Write every draft into a folder the user picks, with progress and Cancel."""
        if self.workspace is None:
            return
        target = choose_folder(self, translate("contracts_page", "Folder for the contract drafts"))
        if target is None:
            return
        workspace = self.workspace

        def done(drafted: Drafted) -> None:
            batch = drafted.batch
            problem = trail_note(drafted)
            msgbox.information(
                self,
                translate("contracts_page", "Contract drafts exported"),
                translate("contracts_page", "Wrote {count} into {folder}.").format(
                    count=plural(
                        len(batch.files), "{count} contract draft", "{count} contract drafts"
                    ),
                    folder=batch.folder,
                )
                + (f"\n\n{problem}" if problem else ""),
            )

        operations.in_background(
            self,
            translate("contracts_page", "Writing contract drafts…"),
            outputs.draw_contracts,
            on_done=done,
            refused=translate("contracts_page", "Contract drafts not exported"),
            workspace=workspace,
            folder=target,
        )

    @Slot()
    def print_selected(self) -> None:
        """Print the draft shown through the system's print dialog."""
        if self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            print_document(self.document, printer)
        except EvaluatorError as error:
            msgbox.refusal(self, translate("contracts_page", "Not printed"), error)
            return
        rows = self.list.selectionModel().selectedRows()
        if rows and self.workspace is not None and not self.workspace.read_only:
            draft = self.model.contract(rows[0].row())
            operations.perform(
                self,
                translate("contracts_page", "Printed, but not entered in the audit trail"),
                outputs.record_printed,
                workspace=self.workspace,
                draft=draft,
            )
