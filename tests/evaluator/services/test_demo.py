"""The demo workspace: the same on every run, with the seed's winners and every reason code."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from evaluator.actions.workspace import create_demo
from evaluator.cli import DEMO_FILE, WORKSPACE_ENV, main
from evaluator.errors import WorkspaceError
from evaluator.files.demo import demo_proposals_path, demo_table
from evaluator.rules.statuses import Reason
from evaluator.services.proposals import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, ProposalView
from tests.factories import SEED_WINNERS, proposals_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ProposalView]:
    """The demo's proposals, by reference (built once: the tests only read it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.gew"
    create_demo(path=path)
    return proposals_of(path)


def is_cyrillic(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith("CYRILLIC") for c in text)


def test_demo_is_the_same_on_every_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)
    listings = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "demo.gew"
        assert main(["-w", str(path), "demo"]) == 0
        capsys.readouterr()
        assert main(["-w", str(path), "proposals", "--format", "json"]) == 0
        listings.append(capsys.readouterr().out)

    assert listings[0] == listings[1]
    assert len(json.loads(listings[0])["proposals"]) == 30
    assert proposals_of(tmp_path / "one" / "demo.gew") == proposals_of(
        tmp_path / "two" / "demo.gew"
    )


def test_demo_has_about_thirty_proposals(demo: dict[str, ProposalView]) -> None:
    assert len(demo) == 30
    assert list(demo) == [f"RG-{n:03d}" for n in range(1, 31)]
    assert sum(1 for p in demo.values() if p.eligible) == 21


def test_seed_winners_lead_eligible_proposals(demo: dict[str, ProposalView]) -> None:
    leads = {(p.lead.organisation, p.lead.country): p for p in demo.values() if p.lead is not None}

    for winner in SEED_WINNERS:
        assert winner in leads, winner
        assert leads[winner].eligible is True


def test_every_reason_code_occurs(demo: dict[str, ProposalView]) -> None:
    occurring = {code for p in demo.values() for code in p.reasons}

    assert occurring == set(Reason)


def test_some_partner_names_are_cyrillic(demo: dict[str, ProposalView]) -> None:
    cyrillic = [
        m.organisation
        for p in demo.values()
        for m in p.members
        if m.role == "partner" and is_cyrillic(m.organisation)
    ]

    assert "Здружение Граѓанска иницијатива" in cyrillic
    assert len(cyrillic) >= 5


def test_demo_amounts_are_exact(demo: dict[str, ProposalView]) -> None:
    assert str(demo["RG-001"].requested_amount) == "58000.00"
    assert str(demo["RG-002"].requested_amount) == "45500.00"
    assert demo["RG-028"].reasons == ["AMOUNT_RANGE"]
    assert demo["RG-030"].reasons == ["DURATION_RANGE"]


def test_demo_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(WORKSPACE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    assert capsys.readouterr().out == (
        f"Created the demo workspace {DEMO_FILE}: 30 proposals, 21 eligible.\n"
    )
    path = tmp_path / DEMO_FILE
    before = path.read_bytes()

    code = main(["demo"])

    assert code == 1
    assert capsys.readouterr().err == (
        f"grant-evaluator: {DEMO_FILE} already exists; choose another file name or delete it.\n"
    )
    assert path.read_bytes() == before
    with pytest.raises(WorkspaceError):
        create_demo(path=path)
    assert path.read_bytes() == before


def test_the_demo_proposals_are_a_proposals_file_in_utf8() -> None:
    data = demo_proposals_path().read_bytes()

    assert not data.startswith(b"\xef\xbb\xbf")
    for name in ("Sos Helpline Nikšić", "“Interactive open schools” – MIOS", "Здружение Граѓанска"):
        assert name.encode("utf-8") in data
    table = demo_table()
    assert table.header == [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]
    assert len(table.rows) == 120
    assert {cells[0] for _, cells in table.rows} == {f"RG-{n:03d}" for n in range(1, 31)}
