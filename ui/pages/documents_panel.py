"""A proposal's documents on the Proposals page: listed, added (by dialog or by dropping files
or a folder of reference-named subfolders), removed, opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import documents
from evaluator.actions.workspace import Workspace
from evaluator.i18n import plural
from evaluator.rules.documents import size_text
from ui import msgbox, operations, settings
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.private_copy import open_externally

DOCUMENT_FILTER = QT_TRANSLATE_NOOP(
    "documents_panel",
    "Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc "
    "*.xls *.ppt *.rtf "
    "*.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)",
)


class DocumentsPanel(QWidget):
    """The documents of the proposal selected on the Proposals page.

    Files dropped here are attached to that proposal; a dropped folder whose subfolders are
    named after references is imported as ``import-documents`` would.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.reference: str | None = None
        self.editable = False
        self.setAcceptDrops(True)
        self.title = QLabel(translate("documents_panel", "<b>Documents</b>"))
        self.list = QTreeWidget()
        self.list.setObjectName("document_list")
        self.list.setHeaderLabels(
            [translate("documents_panel", "Name"), translate("documents_panel", "Size"), "SHA-256"]
        )
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 260)
        self.list.itemDoubleClicked.connect(self.open_selected)
        self.add_button = QPushButton(translate("documents_panel", "Add…"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(translate("documents_panel", "Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button = QPushButton(translate("documents_panel", "Open"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_proposal(None)

    def show_workspace(self, workspace: Workspace | None, *, editable: bool) -> None:
        """Documents of ``workspace``; only the chair's (not read-only) may change them."""
        self.workspace = workspace
        self.editable = editable
        self.show_proposal(None)

    def show_proposal(self, reference: str | None) -> None:
        """List the documents of ``reference`` (None: no proposal selected)."""
        self.reference = reference if self.workspace is not None else None
        self.list.clear()
        shown = []
        if self.workspace is not None and self.reference is not None:
            shown = documents.list_documents(workspace=self.workspace, reference=self.reference)
        for d in shown:
            item = QTreeWidgetItem([d.name, size_text(d.bytes), d.sha256[:16] + "…"])
            item.setToolTip(
                0,
                translate("documents_panel", "{media_type}, added by {added_by}").format(
                    media_type=d.media_type, added_by=d.added_by
                ),
            )
            item.setToolTip(2, d.sha256)
            self.list.addTopLevelItem(item)
        self.title.setText(
            translate("documents_panel", "<b>Documents of {reference}</b> ({count})").format(
                reference=self.reference, count=len(shown)
            )
            if self.reference
            else translate("documents_panel", "<b>Documents</b>: select a proposal")
        )
        has = self.reference is not None
        self.add_button.setEnabled(has and self.editable)
        self.remove_button.setEnabled(bool(shown) and self.editable)
        self.open_button.setEnabled(bool(shown))

    def _selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.text(0) if item is not None else None

    @Slot()
    def add_files(self) -> None:
        """Attach files the user chooses to the proposal shown."""
        if self.reference is None or not self.editable:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("documents_panel", "Add documents to {reference}").format(
                reference=self.reference
            ),
            settings.last_folder(),
            translate("documents_panel", DOCUMENT_FILTER),
        )
        if names:
            settings.set_last_folder(Path(names[0]))
            self.attach([Path(n) for n in names])

    def attach(self, paths: list[Path]) -> None:
        """Attach ``paths`` to the proposal shown, all or none."""
        if self.workspace is None or self.reference is None:
            return
        done = operations.perform(
            self,
            translate("documents_panel", "Documents not added"),
            documents.attach,
            workspace=self.workspace,
            reference=self.reference,
            paths=paths,
        )
        if done is not None:
            self.show_proposal(self.reference)

    def import_folder(self, folder: Path) -> None:
        """Import a folder of reference-named subfolders, all or nothing."""
        if self.workspace is None:
            return
        done = operations.perform(
            self,
            translate("documents_panel", "Documents not imported"),
            documents.import_documents,
            workspace=self.workspace,
            folder=folder,
        )
        if done is not None:
            attached, skipped = done.result
            left = (
                translate("documents_panel", " ({skipped} left out)").format(
                    skipped=plural(
                        skipped, "{count} hidden or system file", "{count} hidden or system files"
                    )
                )
                if skipped
                else ""
            )
            msgbox.information(
                self, translate("documents_panel", "Documents imported"), attached.summary() + left
            )
            self.show_proposal(self.reference)

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected document, after asking."""
        name = self._selected_name()
        if self.workspace is None or self.reference is None or name is None:
            return
        if not msgbox.question(
            self,
            translate("documents_panel", "Remove document"),
            translate("documents_panel", "Remove “{name}” from {reference}?").format(
                name=name, reference=self.reference
            ),
            yes=translate("documents_panel", "Remove"),
        ):
            return
        if operations.perform(
            self,
            translate("documents_panel", "Document not removed"),
            documents.detach,
            workspace=self.workspace,
            reference=self.reference,
            name=name,
        ):
            self.show_proposal(self.reference)

    @Slot()
    def open_selected(self) -> None:
        """Open the selected document in the system's application, from a private copy."""
        name = self._selected_name()
        if self.workspace is None or self.reference is None or name is None:
            return
        open_externally(self, self.workspace, self.reference, name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths or not self.editable:
            return
        event.acceptProposedAction()
        if len(paths) == 1 and paths[0].is_dir():
            self.import_folder(paths[0])
        else:
            self.attach(paths)
