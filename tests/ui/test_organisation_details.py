"""Completing an organisation's details from the Proposals page's consortium (issue 14,
item 3): the dialog shows what is stored, keeps what changed (audited), and refuses an e-mail
that is not one without closing."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from evaluator.actions import proposals
from evaluator.actions import workspace as workspaces
from ui import msgbox
from ui.main_window import PAGES, MainWindow
from ui.pages import proposals_page
from ui.pages.organisation_dialog import OrganisationDialog


def open_dialog(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> OrganisationDialog:
    """Select RG-002's lead and press Organisation details…; returns the dialog shown."""
    window.navigation.setCurrentRow(PAGES.index("Proposals"))
    page = window.proposals_page
    assert page.select("RG-002")
    consortium = page.detail.consortium
    lead = consortium.topLevelItem(0)
    assert lead is not None
    consortium.setCurrentItem(lead)
    assert page.detail.organisation_button.isEnabled()
    shown: list[OrganisationDialog] = []
    monkeypatch.setattr(proposals_page.OrganisationDialog, "exec", lambda self: shown.append(self))
    qtbot.mouseClick(page.detail.organisation_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    return shown[0]


def test_the_leads_details_are_completed_and_entered_in_the_history(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window, monkeypatch)
    assert (dialog.name, dialog.country) == ("Sos Helpline Nikšić", "Montenegro")
    stored = proposals.organisation_details(
        workspace=dialog.workspace, name=dialog.name, country=dialog.country
    )
    assert dialog.fields["address"].text() == stored["address"]

    dialog.fields["representative"].setText("Milena Radović, executive director")
    dialog.fields["registration_number"].setText("  02-MN-4471  ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.result() == OrganisationDialog.DialogCode.Accepted
    after = proposals.organisation_details(
        workspace=dialog.workspace, name=dialog.name, country=dialog.country
    )
    assert after["representative"] == "Milena Radović, executive director"
    assert after["registration_number"] == "02-MN-4471"
    assert after["address"] == stored["address"]
    # The trail holds the change, with both details and the chair who made it.
    assert window.workspace is not None
    with sqlite3.connect(window.workspace.path) as db:
        subject, changes, actor = db.execute(
            "SELECT subject, changes, actor FROM audit WHERE subject LIKE 'organisation %' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert subject == "organisation Sos Helpline Nikšić (Montenegro)"
    assert set(json.loads(changes)) == {"representative", "registration_number"}
    assert actor == workspaces.login()


def test_an_email_that_is_not_one_keeps_the_dialog_open(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused: list[str] = []
    monkeypatch.setattr(msgbox, "refusal", lambda _p, _t, error: refused.append(error.message))
    dialog = open_dialog(qtbot, window, monkeypatch)
    dialog.show()
    dialog.fields["email"].setText("not an address")

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.isVisible() and len(refused) == 1 and "e-mail" in refused[0].lower()
    before = proposals.organisation_details(
        workspace=dialog.workspace, name=dialog.name, country=dialog.country
    )
    assert before["email"] != "not an address"
