"""Reading a proposal's documents beside the grid on the Scoring page, and writing comments of
several lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from evaluator.actions import documents, scoring
from evaluator.actions.workspace import Workspace, open_workspace
from evaluator.rules.documents import size_text
from ui.main_window import PAGES, MainWindow
from ui.pages.scoring_page import ScoringPage
from ui.pages.scoring_rows import LOCKED_STYLE
from ui.private_copy import copies, copy_name

EVALUATOR = "Ana Stojanovska"
TEXTS = (
    "Page one: relevance of the action to the call",
    "Page two: coherence of the intervention logic",
    "Page three: the regional partnership",
    "Page four: budget and cost-effectiveness",
)


def make_pdf(path: Path, texts: tuple[str, ...] = TEXTS) -> Path:
    """A PDF with one line of its own on each page."""
    pdf = canvas.Canvas(str(path), invariant=1)
    for text in texts:
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, text)
        pdf.showPage()
    pdf.save()
    return path


def make_xlsx(path: Path) -> Path:
    """A small budget workbook."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Budget line", "EUR"])
    sheet.append(["Travel", 4200])
    book.save(path)
    return path


def open_reviews(path: Path) -> list[str]:
    """The references of the evaluator's reviews, those not submitted first."""
    with open_workspace(path) as workspace:
        reviews = scoring.my_reviews(workspace=workspace, as_name=EVALUATOR)
    return [r.reference for r in sorted(reviews, key=lambda r: r.submitted)]


def attach(path: Path, reference: str, files: list[Path]) -> None:
    with open_workspace(path) as workspace:
        documents.attach(workspace=workspace, reference=reference, paths=files)


def scoring_window(qtbot: QtBot, path: Path, reference: str, size=(1280, 800)) -> MainWindow:
    """A main window on ``path``'s Scoring page, scoring ``reference`` as the evaluator."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_path(path)
    window.navigation.setCurrentRow(PAGES.index("Scoring"))
    window.scoring_page.act_as(EVALUATOR)
    assert window.scoring_page.open_review(reference)
    window.activateWindow()  # the keys go where the focus is, in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def reference(demo_copy: Path) -> str:
    """The first review of the evaluator not submitted yet."""
    return open_reviews(demo_copy)[0]


@pytest.fixture
def fresh(demo_copy: Path) -> str:
    """A review of the evaluator not started yet."""
    with open_workspace(demo_copy) as workspace:
        reviews = scoring.my_reviews(workspace=workspace, as_name=EVALUATOR)
    return next(r.reference for r in reviews if r.status == "not started")


@pytest.fixture
def with_pdf(qtbot: QtBot, demo_copy: Path, tmp_path: Path, reference: str) -> Iterator[MainWindow]:
    """The Scoring page on a proposal with a budget workbook and a four-page application form."""
    budget = make_xlsx(tmp_path / "budget.xlsx")
    form = make_pdf(tmp_path / "application-form.pdf")
    attach(demo_copy, reference, [budget, form])
    window = scoring_window(qtbot, demo_copy, reference)
    yield window
    window.close_workspace()


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def page_shown(page: ScoringPage) -> tuple[str, int]:
    reader = page.documents.reader
    return reader.page_box.text(), reader.navigator.currentPage()


def test_the_first_pdf_is_shown_at_page_one_and_next_goes_to_page_two(
    qtbot: QtBot, with_pdf: MainWindow, tmp_path: Path
) -> None:
    page = with_pdf.scoring_page
    pane = page.documents
    chooser = pane.chooser
    form_size = size_text((tmp_path / "application-form.pdf").stat().st_size)
    budget_size = size_text((tmp_path / "budget.xlsx").stat().st_size)
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        f"application-form.pdf (PDF, {form_size})",
        f"budget.xlsx (XLSX, {budget_size})",
    ]
    assert chooser.currentText().startswith("application-form.pdf")
    assert pane.reader.isVisible() and not pane.message.isVisible()
    assert page_shown(page) == ("Page 1 of 4", 0)
    assert not pane.reader.previous_button.isEnabled()

    qtbot.mouseClick(pane.reader.next_button, Qt.MouseButton.LeftButton)
    assert page_shown(page) == ("Page 2 of 4", 1)
    qtbot.mouseClick(pane.reader.previous_button, Qt.MouseButton.LeftButton)
    assert page_shown(page) == ("Page 1 of 4", 0)

    box = pane.reader.page_box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "4")
    qtbot.keyClick(box, "\r")
    assert page_shown(page) == ("Page 4 of 4", 3)
    assert not pane.reader.next_button.isEnabled()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def find(qtbot: QtBot, page: ScoringPage, text: str) -> str:
    """Type ``text`` in the find field and press Enter; returns what the field says."""
    field = page.documents.reader.find_field
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return page.documents.reader.find_result.text()


def test_find_goes_to_the_page_holding_the_text(qtbot: QtBot, with_pdf: MainWindow) -> None:
    page = with_pdf.scoring_page
    reader = page.documents.reader
    assert find(qtbot, page, "intervention logic") == "1 of 1"
    assert page_shown(page) == ("Page 2 of 4", 1)
    assert reader.view.currentSearchResultIndex() == 0  # the hit is highlighted

    assert find(qtbot, page, "Page") == "2 of 4"  # from the page shown: page two's
    qtbot.keyClick(reader.find_field, Qt.Key.Key_F3)
    assert reader.find_result.text() == "3 of 4"
    assert page_shown(page) == ("Page 3 of 4", 2)
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Return)
    qtbot.keyClick(reader.find_field, Qt.Key.Key_Return)
    assert reader.find_result.text() == "1 of 4"  # round to the first page again
    assert page_shown(page) == ("Page 1 of 4", 0)
    qtbot.keyClick(reader.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_result.text() == "4 of 4"
    assert page_shown(page) == ("Page 4 of 4", 3)

    assert find(qtbot, page, "sustainability") == "not found"
    assert page_shown(page) == ("Page 4 of 4", 3)


def test_the_pages_fit_the_width_until_zoomed(qtbot: QtBot, with_pdf: MainWindow) -> None:
    reader = with_pdf.scoring_page.documents.reader
    assert reader.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert reader.fit_button.isChecked() and reader.zoom_label.text() == ""
    fitted = reader.view.zoom_shown()

    qtbot.mouseClick(reader.zoom_in_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert reader.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert reader.zoom_label.text() == f"{round(fitted * 125)} %"
    assert not reader.fit_button.isChecked()
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomFactor() == pytest.approx(fitted / 1.25)

    qtbot.mouseClick(reader.fit_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert reader.fit_button.isChecked() and reader.zoom_label.text() == ""
    assert reader.view.zoom_shown() == pytest.approx(fitted)


def test_the_last_page_read_comes_back_also_after_a_restart(
    qtbot: QtBot, with_pdf: MainWindow, demo_copy: Path, reference: str
) -> None:
    page = with_pdf.scoring_page
    reader = page.documents.reader
    for _ in range(2):
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert page_shown(page) == ("Page 3 of 4", 2)

    other = next(r for r in open_reviews(demo_copy) if r != reference)
    assert page.open_review(other)
    assert (
        page.documents.message.text()
        == f"{other} has no documents attached; score it from the summary."
    )
    assert page.open_review(reference)
    assert page_shown(page) == ("Page 3 of 4", 2)

    with_pdf.close_workspace()
    again = scoring_window(qtbot, demo_copy, reference)
    assert page_shown(again.scoring_page) == ("Page 3 of 4", 2)
    again.close_workspace()


def test_a_document_that_is_not_a_pdf_opens_in_the_system_application(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, reference: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    budget = make_xlsx(tmp_path / "budget.xlsx")
    attach(demo_copy, reference, [budget])
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window = scoring_window(qtbot, demo_copy, reference)
    pane = window.scoring_page.documents

    assert pane.message.isVisible() and not pane.reader.isVisible()
    assert pane.message.text() == (
        f"budget.xlsx (XLSX, {size_text(budget.stat().st_size)}) opens in your system's "
        "application."
    )
    assert pane.open_button.isVisible()
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.parent.parent == copies() and copy != budget
    assert copy.read_bytes() == budget.read_bytes()
    window.close_workspace()


def test_a_proposal_without_documents_says_so(
    qtbot: QtBot, demo_copy: Path, reference: str
) -> None:
    window = scoring_window(qtbot, demo_copy, reference)
    pane = window.scoring_page.documents
    assert pane.message.isVisible()
    assert (
        pane.message.text() == f"{reference} has no documents attached; score it from the summary."
    )
    assert not pane.chooser.isVisible() and not pane.open_button.isVisible()
    assert not pane.reader.isVisible()
    window.close_workspace()


def test_a_damaged_pdf_says_it_cannot_be_shown(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, reference: str
) -> None:
    damaged = tmp_path / "annex.pdf"
    damaged.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthe rest is lost")
    attach(demo_copy, reference, [damaged])
    window = scoring_window(qtbot, demo_copy, reference)
    pane = window.scoring_page.documents
    assert pane.message.isVisible() and not pane.reader.isVisible()
    assert pane.message.text() == (
        f"annex.pdf (PDF, {damaged.stat().st_size} B) cannot be shown here: it is damaged or "
        "not a PDF. Your system's application may still open it."
    )
    assert pane.open_button.isVisible()
    window.close_workspace()


def test_the_splitter_keeps_its_place_between_runs(
    qtbot: QtBot, with_pdf: MainWindow, demo_copy: Path, reference: str
) -> None:
    splitter = with_pdf.scoring_page.splitter
    before = splitter.sizes()
    handle = splitter.handle(2)  # between the document and the grid
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(-120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-120, 0))
    moved = splitter.sizes()
    assert moved[1] < before[1] and moved[2] > before[2]
    with_pdf.close_workspace()

    again = scoring_window(qtbot, demo_copy, reference)
    assert again.scoring_page.splitter.sizes() == moved
    again.close_workspace()


def test_at_1366_by_768_the_document_and_the_grid_both_have_room(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, reference: str
) -> None:
    attach(demo_copy, reference, [make_pdf(tmp_path / "application-form.pdf")])
    window = scoring_window(qtbot, demo_copy, reference, size=(1366, 768))
    page = window.scoring_page
    row = page.rows["1.1"]
    page.scroller.ensureWidgetVisible(row.comment)
    assert page.documents.reader.view.viewport().width() >= 400
    assert row.comment.width() >= 300 and row.score.width() >= 50
    assert row.comment.visibleRegion().boundingRect().width() == row.comment.width()
    assert page.submit_button.visibleRegion().boundingRect().size() == page.submit_button.size()
    assert page.total.visibleRegion().boundingRect().size() == page.total.size()
    window.close_workspace()


def test_a_comment_of_several_lines_is_written_with_the_keyboard_and_kept(
    qtbot: QtBot, demo_copy: Path, fresh: str
) -> None:
    window = scoring_window(qtbot, demo_copy, fresh)
    page = window.scoring_page
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    row, following = page.rows["1.1"], page.rows["1.2"]
    one_line = row.comment.height()
    assert focused() is row.score
    qtbot.keyClick(row.score, "4")
    qtbot.keyClick(row.score, Qt.Key.Key_Tab)
    assert row.comment.hasFocus()
    row.comment.selectAll()
    for number, line in enumerate(("Strong links", "Weak indicators", "Check the budget")):
        if number:
            qtbot.keyClick(row.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(row.comment, line)
    assert row.comment.toPlainText() == "Strong links\nWeak indicators\nCheck the budget"
    assert row.comment.lines_shown() == 3
    assert row.comment.height() == one_line + 2 * row.comment.fontMetrics().lineSpacing()
    assert row.comment.verticalScrollBar().maximum() == 0  # all three lines are in view

    qtbot.keyClick(row.comment, Qt.Key.Key_Tab)
    assert following.score.hasFocus()
    qtbot.keyClick(following.score, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert row.comment.hasFocus()
    qtbot.keyClick(row.comment, Qt.Key.Key_Return)
    assert following.score.hasFocus()  # Enter moves on, as in a one-line field

    sheet = scoring.review_sheet(workspace=workspace_of(window), as_name=EVALUATOR, reference=fresh)
    assert sheet.comments["1.1"] == "Strong links\nWeak indicators\nCheck the budget"
    window.close_workspace()


def test_a_long_comment_stops_growing_and_scrolls(
    qtbot: QtBot, demo_copy: Path, reference: str
) -> None:
    window = scoring_window(qtbot, demo_copy, reference)
    comment = window.scoring_page.rows["1.1"].comment
    comment.setPlainText("\n".join(f"Line {n}" for n in range(1, 11)))
    assert comment.lines_shown() == 6
    assert comment.verticalScrollBar().maximum() > 0
    window.close_workspace()


def test_a_submitted_review_shows_its_comments_locked(qtbot: QtBot, demo_copy: Path) -> None:
    submitted = open_reviews(demo_copy)[-1]
    window = scoring_window(qtbot, demo_copy, submitted)
    comment = window.scoring_page.rows["1.1"].comment
    before = comment.toPlainText()
    assert comment.isReadOnly() and comment.styleSheet() == LOCKED_STYLE
    comment.setFocus()
    qtbot.keyClick(comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(comment, "more")
    assert comment.toPlainText() == before
    window.close_workspace()


def test_a_private_copy_stays_in_its_folder_whatever_the_names() -> None:
    assert copy_name("../../../tmp/evil", "proposal") == "-..-..-tmp-evil"
    assert copy_name("RG/2024/001", "proposal") == "RG-2024-001"
    assert copy_name("..", "proposal") == "proposal"
    assert copy_name("CON.pdf", "document") == "_CON.pdf"
    long = copy_name("Ж" * 255 + ".pdf", "document")
    assert long.endswith("Ж.pdf") and len(long.encode()) <= 200
