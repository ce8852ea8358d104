"""A PDF read beside the scoring grid: pages, zoom, search, and the last page read remembered."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QPointF, Qt, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.i18n import QT_TRANSLATE_NOOP, translate

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 6.0)
UNREADABLE = {
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "pdf_reader", "it is protected by a password"
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "pdf_reader", "it is encrypted in a way that cannot be read"
    ),
}


class PageView(QPdfView):
    """A continuous view of the pages that keeps the page read when its width changes (fitting
    the width changes every page's height, which would scroll another page into view)."""

    def __init__(self) -> None:
        super().__init__()
        self.resizing = False
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        document = self.document()
        page = self.pageNavigator().currentPage()
        self.resizing = True
        try:
            super().resizeEvent(event)
            if document is not None and 0 < page < document.pageCount():
                self.pageNavigator().jump(page, QPointF(), 0)
        finally:
            self.resizing = False

    def zoom_shown(self) -> float:
        """The zoom factor the pages are drawn at, also while they fit the width."""
        document = self.document()
        if self.zoomMode() != QPdfView.ZoomMode.FitToWidth or document is None:
            return self.zoomFactor()
        width = document.pagePointSize(max(self.pageNavigator().currentPage(), 0)).width()
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        dots = self.logicalDpiX() / 72
        return room / (width * dots) if width > 0 else 1.0


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class PdfReader(QWidget):
    """One PDF, loaded from its bytes (never from a file the user chose), with a toolbar:
    previous and next page, the page box, zoom out and in, fit to width, and find.

    The page read is remembered per document (by its SHA-256) and shown again next time.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: str | None = None
        self._restoring = False
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)  # the bytes the document reads, alive as long as it
        self.view = PageView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.view, 1)

    def _build_toolbar(self) -> QHBoxLayout:
        self.previous_button = _tool("◀", translate("pdf_reader", "Previous page"))
        self.previous_button.clicked.connect(self.previous_page)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("page_box")
        self.page_box.setPrefix(translate("pdf_reader", "Page "))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self._page_typed)
        self.next_button = _tool("▶", translate("pdf_reader", "Next page"))
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button = _tool("−", translate("pdf_reader", "Zoom out"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = _tool("+", translate("pdf_reader", "Zoom in"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = _tool(
            translate("pdf_reader", "Fit width"),
            translate("pdf_reader", "Fit the page to the width of the pane"),
        )
        self.fit_button.setCheckable(True)
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_label = QLabel()
        self.find_result = QLabel()
        self.find_result.setObjectName("find_result")
        self.find_field = QLineEdit()
        self.find_field.setObjectName("find_field")
        self.find_field.setPlaceholderText(translate("pdf_reader", "Find (Enter, F3)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(lambda _text: self.find_result.clear())
        for keys, slot in (("F3", self.find_next), ("Shift+F3", self.find_previous)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        widget: QWidget
        for widget in (self.previous_button, self.page_box, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addWidget(self.fit_button)
        bar.addSpacing(8)
        bar.addWidget(self.find_field, 1)
        bar.addWidget(self.find_result)
        return bar

    # --- the document ------------------------------------------------------------------------

    def load(self, data: bytes, key: str) -> str | None:
        """Show the PDF of ``data`` at the page last read in it (``key``: its SHA-256);
        returns None, or why it cannot be shown when it is not a PDF QtPdf can read."""
        self.close_document()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or not self.document.pageCount():
            reason = translate(
                "pdf_reader",
                UNREADABLE.get(
                    self.document.error(),
                    QT_TRANSLATE_NOOP("pdf_reader", "it is damaged or not a PDF"),
                ),
            )
            self.close_document()
            return reason
        self.key = key
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, count)
        self.page_box.setSuffix(translate("pdf_reader", " of {count}").format(count=count))
        self.page_box.blockSignals(False)
        self.fit_width()
        self._restoring = True
        try:
            self.go_to(min(settings.last_page(key), count - 1))
        finally:
            self._restoring = False
        self._show_page(self.navigator.currentPage())
        return None

    def close_document(self) -> None:
        """Show nothing, and let go of the bytes."""
        self.key = None
        self.search.setSearchString("")
        self.find_result.clear()
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def page(self) -> int:
        """The page shown, from 0."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        """Show ``page`` (from 0) from its top."""
        if 0 <= page < self.document.pageCount():
            self.navigator.jump(page, QPointF(), 0)
            self._show_page(self.navigator.currentPage())

    @Slot()
    def previous_page(self) -> None:
        """Show the page before."""
        self.go_to(self.page() - 1)

    @Slot()
    def next_page(self) -> None:
        """Show the page after."""
        self.go_to(self.page() + 1)

    @Slot(int)
    def _page_typed(self, number: int) -> None:
        if number - 1 != self.page():
            self.go_to(number - 1)

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self._show_page(page)
        if self.key is not None and not self._restoring and not self.view.resizing:
            settings.set_last_page(self.key, page)

    def _show_page(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        count = self.document.pageCount()
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # --- zoom --------------------------------------------------------------------------------

    @Slot()
    def fit_width(self) -> None:
        """Fit the pages to the width of the pane (the way a document opens)."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    @Slot()
    def zoom_in(self) -> None:
        """Draw the pages larger."""
        self._zoom(self.view.zoom_shown() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        """Draw the pages smaller."""
        self._zoom(self.view.zoom_shown() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        page = self.page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))
        self.go_to(page)
        self._show_zoom()

    @Slot()
    def _show_zoom(self) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setChecked(fitting)
        self.zoom_label.setText("" if fitting else f"{round(self.view.zoomFactor() * 100)} %")

    # --- find --------------------------------------------------------------------------------

    def _search_for(self, text: str) -> int:
        """Search every page for ``text`` (once per text); returns the number of hits."""
        if text != self.search.searchString():
            self.search.setSearchString(text)
            self.view.setCurrentSearchResultIndex(-1)
            # Every page now, not in the background, to say "3 of 12" or "not found" at once
            # (a 200-page document takes about half a second the first time).
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                for page in range(self.document.pageCount() if text else 0):
                    self.search.resultsOnPage(page)
            finally:
                QApplication.restoreOverrideCursor()
        return self.search.rowCount(QModelIndex())

    @Slot()
    def find_next(self) -> None:
        """Show the next place the find field's text occurs, from the page shown."""
        self._find(1)

    @Slot()
    def find_previous(self) -> None:
        """Show the previous place the find field's text occurs."""
        self._find(-1)

    def _find(self, step: int) -> None:
        text = self.find_field.text().strip()
        if self.key is None or not text:
            self.find_result.clear()
            return
        fresh = text != self.search.searchString()
        count = self._search_for(text)
        if not count:
            self.find_result.setText(translate("pdf_reader", "not found"))
            return
        current = self.view.currentSearchResultIndex()
        if fresh or current < 0:
            pages = [self.search.resultAtIndex(i).page() for i in range(count)]
            after = [i for i, page in enumerate(pages) if page >= self.page()]
            index = after[0] if after else 0
        else:
            index = (current + step) % count
        self.view.setCurrentSearchResultIndex(index)
        self.navigator.jump(self.search.resultAtIndex(index))
        self.find_result.setText(
            translate("pdf_reader", "{count} of {count2}").format(count=index + 1, count2=count)
        )
