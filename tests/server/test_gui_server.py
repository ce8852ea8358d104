"""The GUI on a server workspace (issue 15, item 4): *File ▸ Connect to server…* builds the
URL from what is typed, opens the workspace, lists it in *Open Recent*, and the page on
screen follows a change someone else commits, with a note in the status bar."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from evaluator.actions import decisions
from evaluator.actions.workspace import ServerWorkspace, open_place
from tests.cli_helpers import ok
from tests.postgres import Server
from tests.ui.helpers import type_text
from ui import server_connect, settings
from ui.main_window import PAGES, MainWindow


@pytest.fixture
def demo_url(pg_demo_url: str) -> str:
    return pg_demo_url


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close_workspace()


def test_the_dialog_builds_the_url_from_what_is_typed(qtbot) -> None:
    dialog = server_connect.ServerDialog(None, None)
    qtbot.addWidget(dialog)
    type_text(dialog.address, "db.example.org")
    type_text(dialog.database, "sb_rg_2023")
    type_text(dialog.user, "ana_s")
    assert dialog.url() == "postgresql://ana_s@db.example.org:5432/sb_rg_2023"
    dialog.address.setText("postgresql://chair@10.0.0.5:6543/other")
    assert dialog.url() == "postgresql://chair@10.0.0.5:6543/other"


def test_connecting_opens_the_workspace_and_remembers_the_server(
    qtbot, window: MainWindow, demo_url: str, pg_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    def typed(dialog: server_connect.ServerDialog) -> QDialog.DialogCode:
        dialog.address.setText(f"127.0.0.1:{pg_server.port}")
        dialog.database.setText(demo_url.rsplit("/", 1)[1])
        dialog.user.setText(pg_server.superuser)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(server_connect.ServerDialog, "exec", typed)
    window.connect_action.trigger()

    assert isinstance(window.workspace, ServerWorkspace)
    database = demo_url.rsplit("/", 1)[1]
    assert window.windowTitle().startswith(f"{database} — SMART Balkans Regional Grants")
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    assert window.ranking_page.model.rowCount() > 30  # 30 proposals and the budget line
    assert settings.recent_servers() == [demo_url]
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert f"127.0.0.1:{pg_server.port}/{database} (server)" in labels


def test_the_page_follows_a_change_made_by_someone_else(
    qtbot, window: MainWindow, demo_url: str
) -> None:
    assert window.open_path(demo_url)
    window.navigation.setCurrentRow(PAGES.index("Ranking"))
    page = window.ranking_page

    def status(reference: str) -> str | None:
        model = page.model
        for row in range(model.rowCount()):
            outcome = model.outcome(row)
            if outcome is not None and outcome.reference == reference:
                return str(outcome.status)
        return None

    assert status("RG-005") == "needs_reconciliation"
    # Another chair's session, elsewhere: it resolves RG-005 on the server.
    with open_place(demo_url) as other:
        decisions.resolve(workspace=other, reference="RG-005", note="Heard both at the meeting.")
    window.setFocus()
    assert window.server_watch.check()
    assert status("RG-005") == "funded"
    assert window.statusBar().currentMessage().endswith("the workspace was changed on the server.")
    assert not window.server_watch.check()  # nothing new since


def test_an_evaluator_with_a_login_scores_on_the_server_from_the_scoring_page(
    qtbot, capsys: pytest.CaptureFixture[str], window: MainWindow, demo_url: str,
    pg_server: Server,
) -> None:  # fmt: skip
    pg_server.sql("DROP ROLE IF EXISTS ana_gui")
    pg_server.sql("CREATE ROLE ana_gui LOGIN")
    with open_place(demo_url) as chair, chair.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE evaluator SET login = 'ana_gui' WHERE name = 'Ana Stojanovska'"
        )
    mine = demo_url.replace(f"{pg_server.superuser}@", "ana_gui@", 1)
    assert window.open_path(mine)
    assert window.own == "Ana Stojanovska"
    assert window.navigation.currentRow() == PAGES.index("Scoring")
    page = window.scoring_page
    assert window.statusBar().currentMessage() == ""
    assert page.model.rowCount() == 9  # her reviews only
    page.open_review("RG-021")  # the one she had not started
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.rows["1.1"].score, "4")
    qtbot.keyClick(page.rows["1.1"].score, Qt.Key.Key_Tab)
    window.close_workspace()  # saves what was typed
    sheet = json.loads(ok(capsys, demo_url, "reconcile", "--format", "json"))
    rg021 = next(p for p in sheet["proposals"] if p["reference"] == "RG-021")
    ana = next(r for r in rg021["reviews"] if r["evaluator"] == "Ana Stojanovska")
    assert ana["total"] == "8.00"  # 4 × weight 2 on 1.1, saved on the server


def test_the_chair_adds_an_evaluator_who_signs_in_to_the_server(
    qtbot, window: MainWindow, demo_url: str, pg_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import msgbox
    from ui.dialogs import EvaluatorDialog

    pg_server.sql("DROP ROLE IF EXISTS besnik_g")
    assert window.open_path(demo_url)
    window.navigation.setCurrentRow(PAGES.index("Evaluators"))
    page = window.evaluators_page
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))

    def typed(dialog: EvaluatorDialog) -> QDialog.DialogCode:
        assert dialog.login is not None  # asked on a server
        type_text(dialog.name, "Besnik Gashi")
        dialog.country.setCurrentText("Kosovo")
        type_text(dialog.login, "besnik_g")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvaluatorDialog, "exec", typed)
    page.add_button.click()
    assert told == [
        "Besnik Gashi signs in to the server as besnik_g. The role was created without a "
        "password: set one with ALTER ROLE besnik_g PASSWORD '…' (or as the server's "
        "pg_hba.conf allows)."
    ]
    with open_place(demo_url) as chair, chair.session() as session:
        login = (
            session.connection()
            .exec_driver_sql("SELECT login FROM evaluator WHERE name = 'Besnik Gashi'")
            .scalar()
        )
    assert login == "besnik_g"
    on_file = EvaluatorDialog(None, [], None)  # a file has no roles: no such field
    qtbot.addWidget(on_file)
    assert on_file.login is None
