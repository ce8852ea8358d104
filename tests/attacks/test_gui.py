"""Attacks met in the GUI: hostile returns in a batch, a workspace with a planted trigger, an
evaluator's edited returns. The summary lists every file; planted objects never run."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QFileDialog

from evaluator.files.exchange import setting
from tests.factories import envelope_body, exchange_round, reading
from tests.ui.test_exchange_round import dialog_lines
from ui import msgbox
from ui.main_window import MainWindow


def hostile_returns(source: Path, workspace: Path, out: Path) -> Path:
    """``source`` with a lone surrogate in a comment and a revision of 2**63, validly signed
    with the evaluator's key, written with ASCII escapes as an editor would."""
    body = envelope_body(source)
    body["revision"] = 2**63
    body["reviews"][0]["scores"][0]["comment"] = "Dobro \ud800"
    with reading(workspace) as session:
        key = Ed25519PrivateKey.from_private_bytes(
            base64.b64decode(setting(session, "signing_key") or "")
        )
    signed = f"GRANT-EVALUATOR RETURNS 1\n{json.dumps(body, sort_keys=True, indent=1)}\n".encode()
    out.write_bytes(signed + b"SIGNATURE ed25519 " + base64.b64encode(key.sign(signed)) + b"\n")
    return out


def test_a_hostile_returns_file_is_listed_and_the_batch_goes_on(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = exchange_round(tmp_path / "round")
    first, second, *_ = game.returns
    bad = hostile_returns(game.returns[first], game.workspaces[first], tmp_path / "bad.ger")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(game.chair)
    files = [str(bad), str(game.returns[second])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: (files, "")))

    window.import_returns_action.trigger()

    lines = dialog_lines(qtbot, window, "Returns imported")
    assert lines[0].startswith("bad.ger: refused: bad.ger is not a valid returns file (")
    assert any(
        line.startswith(f"{game.returns[second].name}: imported revision 1") for line in lines
    )
    window.close_workspace()


def test_a_workspace_with_a_planted_trigger_opens_read_only(
    qtbot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(demo_copy)
    with connection:
        connection.execute(
            "CREATE TRIGGER rewrite AFTER INSERT ON score BEGIN "
            "UPDATE score SET value = '5' WHERE id = NEW.id; END"
        )
    connection.close()
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(msgbox, "question", lambda *a, **k: False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    assert window.open_path(demo_copy)

    assert window.workspace is not None and window.workspace.read_only
    assert "(read-only: damaged)" in window.windowTitle()
    assert window.read_only_text.text().startswith(
        "Read-only: demo.gew was changed by another program (it holds database objects "
        "Grant Evaluator does not create)."
    )
    assert any(
        "holds database objects that Grant Evaluator does not create (trigger “rewrite”)" in t
        for t in told
    ), told
    window.close_workspace()
