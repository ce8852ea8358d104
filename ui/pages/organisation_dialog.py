"""Completing or correcting a consortium member's details (address, registration number,
representative, e-mail) from the Proposals page: what the next contract drafts print."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from evaluator.actions import proposals
from evaluator.actions.workspace import Workspace
from ui import operations
from ui.i18n import QT_TRANSLATE_NOOP, translate

LABELS = {
    "address": QT_TRANSLATE_NOOP("organisation_dialog", "Address:"),
    "registration_number": QT_TRANSLATE_NOOP("organisation_dialog", "Registration number:"),
    "representative": QT_TRANSLATE_NOOP("organisation_dialog", "Representative:"),
    "email": QT_TRANSLATE_NOOP("organisation_dialog", "E-mail:"),
}


class OrganisationDialog(QDialog):
    """The details of one organisation, to edit; OK keeps them (audited), a refusal (an
    e-mail that is not one) keeps the dialog open."""

    def __init__(
        self, parent: QWidget | None, workspace: Workspace, name: str, country: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("organisation_dialog", "Organisation details"))
        self.workspace, self.name, self.country = workspace, name, country
        current = proposals.organisation_details(workspace=workspace, name=name, country=country)
        form = QFormLayout(self)
        heading = QLabel(
            translate(
                "organisation_dialog",
                "<b>{escape}</b> ({escape2}): what the contract drafts print. An empty "
                "field prints “[to be completed]”.",
            ).format(escape=escape(name), escape2=escape(country))
        )
        heading.setWordWrap(True)
        form.addRow(heading)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in LABELS.items():
            field = QLineEdit(current.get(key, ""))
            field.setObjectName(f"organisation_{key}")
            field.setMinimumWidth(360)
            self.fields[key] = field
            form.addRow(translate("organisation_dialog", label), field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.current = current

    def accept(self) -> None:
        """Keep what changed; stay open when it is refused."""
        details = {
            key: field.text().strip()
            for key, field in self.fields.items()
            if field.text().strip() != self.current.get(key, "")
        }
        if not details:
            super().accept()
            return
        done = operations.perform(
            self,
            translate("organisation_dialog", "Details not changed"),
            proposals.set_organisation,
            workspace=self.workspace,
            name=self.name,
            country=self.country,
            details=details,
        )
        if done is not None:
            super().accept()
