"""The Proposals page's documents: add by the file dialog or by dropping, open a private copy,
remove; what the chair sees in the list is what the workspace holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from evaluator.actions import documents
from tests.ui.helpers import tree_rows
from ui import msgbox
from ui.main_window import MainWindow
from ui.pages.documents_panel import DocumentsPanel

PDF = b"%PDF-1.4\n" + "Prijava — Nikšić, “MIOS”\n".encode() * 20


def choose_first(panel: DocumentsPanel) -> None:
    item = panel.list.topLevelItem(0)
    assert item is not None
    panel.list.setCurrentItem(item)


def shown(window: MainWindow, reference: str) -> list[list[str]]:
    assert window.proposals_page.select(reference)
    return tree_rows(window.proposals_page.documents.list)


def test_a_file_added_through_the_dialog_is_listed_and_opens_as_a_private_copy(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Obrazac – Nikšić.pdf"
    path.write_bytes(PDF)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], ""))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    panel = window.proposals_page.documents
    assert shown(window, "RG-011") == []

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    rows = tree_rows(panel.list)
    assert [r[:2] for r in rows] == [["Obrazac – Nikšić.pdf", f"{len(PDF)} B"]]
    assert "Documents of RG-011</b> (1)" in panel.title.text()
    choose_first(panel)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == PDF and copy != path
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)  # opened again: same copy
    assert Path(opened[1].toLocalFile()) == copy and copy.read_bytes() == PDF
    assert window.workspace is not None
    assert [d.name for d in documents.list_documents(workspace=window.workspace)] == [path.name]


def test_a_refused_file_says_why_and_nothing_is_added(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a.pdf"
    bad.write_bytes(b"PK\x03\x04zip")
    told: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        msgbox,
        "show_error_list",
        lambda _p, _t, summary, details: told.append((summary, list(details))),
    )
    panel = window.proposals_page.documents
    shown(window, "RG-011")

    panel.attach([bad])

    assert told == [
        ("Nothing was imported from the files given: 1 problem found.",
         ["not-a.pdf: its content is not a PDF file"])
    ]  # fmt: skip
    assert tree_rows(panel.list) == []


def test_a_dropped_folder_of_reference_named_subfolders_is_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for reference in ("RG-011", "RG-019"):
        (tmp_path / "docs" / reference).mkdir(parents=True)
        (tmp_path / "docs" / reference / "application.pdf").write_bytes(PDF + reference.encode())
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    panel = window.proposals_page.documents
    shown(window, "RG-019")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "docs"))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip

    # Offscreen Qt delivers no drag and drop from outside: the handler a drop reaches is called.
    panel.dropEvent(drop)

    assert told == ["Attached 2 documents to 2 proposals."]
    assert [r[0] for r in tree_rows(panel.list)] == ["application.pdf"]
    assert [r[0] for r in shown(window, "RG-011")] == ["application.pdf"]


def test_removing_asks_first_then_the_document_is_gone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annex.txt"
    path.write_text("Центар за медијско описмењавање\n", encoding="utf-8")
    panel = window.proposals_page.documents
    shown(window, "RG-011")
    panel.attach([path])
    asked: list[str] = []

    def agree(_parent: object, _title: str, text: str, **_buttons: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(msgbox, "question", agree)
    choose_first(panel)

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)

    assert asked == ["Remove “annex.txt” from RG-011?"]
    assert tree_rows(panel.list) == []
    assert not panel.remove_button.isEnabled() and not panel.open_button.isEnabled()
