"""The documents of the proposal being scored, read beside the grid: a chooser above the PDF
reader, or a line saying how else a document opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import documents
from evaluator.actions.documents import DocumentView
from evaluator.actions.workspace import Workspace
from evaluator.errors import EvaluatorError
from evaluator.rules.documents import size_text
from ui.i18n import translate
from ui.pages.pdf_reader import PdfReader
from ui.private_copy import open_externally

PDF = "application/pdf"


def is_pdf(document: DocumentView) -> bool:
    """Whether the embedded reader shows ``document``."""
    return document.media_type == PDF or document.name.lower().endswith(".pdf")


def kind_text(document: DocumentView) -> str:
    """The kind of a document as its name says it: "PDF", "DOCX"…"""
    _stem, dot, suffix = document.name.rpartition(".")
    return suffix.upper() if dot and suffix else "file"


def described(document: DocumentView) -> str:
    """A document's name, kind and size: "budget.xlsx (XLSX, 1.2 MB)"."""
    return f"{document.name} ({kind_text(document)}, {size_text(document.bytes)})"


class DocumentPane(QWidget):
    """What the evaluator reads beside the grid: the proposal's documents, the first PDF shown
    when a proposal is opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.reference: str | None = None
        self.shown: list[DocumentView] = []
        self.chooser = QComboBox()
        self.chooser.setObjectName("document_chooser")
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.chooser_label = QLabel(translate("document_pane", "&Document:"))
        self.chooser_label.setBuddy(self.chooser)
        self.reader = PdfReader()
        self.message = QLabel()
        self.message.setObjectName("document_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(translate("document_pane", "Open"))
        self.open_button.setObjectName("open_document")
        self.open_button.setToolTip(
            translate("document_pane", "Open a private read-only copy in your system's application")
        )
        self.open_button.clicked.connect(self.open_current)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reader)
        self.stack.addWidget(self._build_message_page())
        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.show_proposal(None, None)

    def _build_message_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def show_proposal(self, workspace: Workspace | None, reference: str | None) -> None:
        """List the documents of ``reference`` and show its first PDF (None: nothing)."""
        shown = (
            documents.list_documents(workspace=workspace, reference=reference)
            if workspace is not None and reference is not None
            else []
        )
        if (workspace, reference, shown) == (self.workspace, self.reference, self.shown) and shown:
            return  # the same documents again: as the evaluator left them
        self.workspace, self.reference, self.shown = workspace, reference, shown
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([described(d) for d in self.shown])
        self.chooser.blockSignals(False)
        has = bool(self.shown)
        self.chooser.setVisible(has)
        self.chooser_label.setVisible(has)
        if not has:
            self.reader.close_document()
            self._say(
                translate(
                    "document_pane",
                    "{reference} has no documents attached; score it from the summary.",
                ).format(reference=reference)
                if reference
                else translate(
                    "document_pane", "The documents of the proposal you score are shown here."
                )
            )
            return
        first = next((i for i, d in enumerate(self.shown) if is_pdf(d)), 0)
        self.chooser.setCurrentIndex(first)
        self._chosen(first)

    def current(self) -> DocumentView | None:
        """The document chosen."""
        index = self.chooser.currentIndex()
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def _say(self, text: str, *, can_open: bool = False) -> None:
        self.message.setText(text)
        self.open_button.setVisible(can_open)
        self.stack.setCurrentIndex(1)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        document = self.current()
        if document is None or self.workspace is None:
            return
        if not is_pdf(document):
            self.reader.close_document()
            self._say(
                translate(
                    "document_pane", "{described} opens in your system's application."
                ).format(described=described(document)),
                can_open=True,
            )
            return
        try:
            data = documents.document_bytes(
                workspace=self.workspace, reference=document.reference, name=document.name
            )
        except EvaluatorError as error:
            self.reader.close_document()
            self._say(error.message)
            return
        problem = self.reader.load(data, document.sha256)
        if problem is not None:
            self._say(
                translate(
                    "document_pane",
                    "{described} cannot be shown here: {problem}. Your system's "
                    "application may still open it.",
                ).format(described=described(document), problem=problem),
                can_open=True,
            )
            return
        self.stack.setCurrentIndex(0)

    @Slot()
    def open_current(self) -> None:
        """Open the chosen document in the system's application, from a private copy."""
        document = self.current()
        if document is not None and self.workspace is not None:
            open_externally(self, self.workspace, document.reference, document.name)

    def focus_find(self) -> None:
        """Put the cursor in the find field of the PDF shown."""
        if self.stack.currentIndex() == 0 and self.reader.key is not None:
            self.reader.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.reader.find_field.selectAll()
