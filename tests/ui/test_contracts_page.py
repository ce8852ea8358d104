"""The Contracts page: drafts of the funded proposals, previewed, printed and exported."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from evaluator.actions import workspace as workspaces
from tests.ui.helpers import tree_rows
from ui import msgbox
from ui.main_window import PAGES, MainWindow
from ui.pages.contracts_page import print_document


def test_funded_proposals_are_listed_in_rank_order_with_a_preview(
    reconciled_window: MainWindow,
) -> None:
    window = reconciled_window
    window.navigation.setCurrentRow(PAGES.index("Ranking"))  # pages load when shown
    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    page = window.contracts_page
    numbers = [page.model.contract(r).number for r in range(page.model.rowCount())]
    assert numbers == [f"SB-RG-2023/{n:03d}" for n in range(1, 10)]
    ranked = [
        o.reference
        for r in range(window.ranking_page.model.rowCount())
        if (o := window.ranking_page.model.outcome(r)) is not None and o.status == "funded"
    ]
    assert [page.model.contract(r).values["reference"] for r in range(9)] == ranked
    assert page.document.pageCount() >= 2
    assert page.print_button.isEnabled()


def test_a_draft_prints_through_qprinter_to_a_pdf_file(window: MainWindow, tmp_path: Path) -> None:
    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    page = window.contracts_page
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = print_document(page.document, printer)
    assert pages == page.document.pageCount()
    assert len(PdfReader(out).pages) == pages


def test_export_all_writes_every_draft(
    qtbot, reconciled_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window = reconciled_window
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: told.append(text))
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(outbox)))
    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    window.contracts_page.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told == [f"Wrote 9 contract drafts into {outbox}."]
    assert sorted(p.name for p in outbox.iterdir()) == [
        f"SB-RG-2023-{n:03d}.pdf" for n in range(1, 10)
    ]
    # The proposal's History tab now shows its draft.
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    window.proposals_page.select("RG-001")
    assert window.proposals_page.history_of is not None
    drafted = [
        e for e in window.proposals_page.history_of("RG-001") if e.action == "contract drafted"
    ]
    assert [e.changes["file"] for e in drafted] == [[None, "SB-RG-2023-001.pdf"]]
    shown = window.proposals_page.detail.history
    actions = [row[2] for row in tree_rows(shown)]
    assert actions[0] == "contract drafted SB-RG-2023/001 for RG-001"  # newest first


def test_printing_a_draft_is_entered_in_its_history(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.pages import contracts_page

    out = tmp_path / "printed.pdf"

    class ChosenPrinter:  # the user picks "print to file" and presses Print
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(contracts_page, "QPrintDialog", ChosenPrinter)
    window.navigation.setCurrentRow(PAGES.index("Contracts"))
    page = window.contracts_page
    page.list.selectRow(1)
    page.print_button.click()
    assert len(PdfReader(out).pages) == page.document.pageCount()
    assert window.workspace is not None
    printed = [
        e
        for e in workspaces.history(workspace=window.workspace, reference="RG-008")
        if e.action == "contract printed"
    ]
    assert [e.subject for e in printed] == ["SB-RG-2023/002 for RG-008"]
