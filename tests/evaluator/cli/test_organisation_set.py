"""organisation-set: the chair completes or corrects an organisation's details after its
proposal was assigned and reviewed; the audit trail holds the change and the next contract
draft prints it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from evaluator.storage.models import Audit, Organisation
from tests.cli_helpers import ok, refused
from tests.factories import contract_members, funded_workspace, reading

LEAD = "Udruženje “Sigurna kuća” – Nikšić"
PARTNER = "Центар за медијско описмењавање"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """RG-001 funded, its lead without address or representative."""
    folder = tmp_path_factory.mktemp("organisation-set")
    return funded_workspace(folder, {"RG-001": contract_members(address="", representative="")})


@pytest.fixture
def workspace(pristine: Path, tmp_path: Path) -> Path:
    path = tmp_path / "chair.gew"
    path.write_bytes(pristine.read_bytes())
    return path


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def stored(workspace: Path, name: str) -> Organisation:
    with reading(workspace) as session:
        return session.exec(select(Organisation).where(Organisation.name == name)).one()


def test_the_next_contract_draft_prints_the_completed_details(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "contracts", "--out", tmp_path / "before")
    before = pdf_text(tmp_path / "before" / "SB-TEST-001.pdf")

    said = ok(
        capsys,
        workspace,
        "organisation-set",
        "udruženje “sigurna kuća” –  NIKŠIĆ",  # case and spacing as a person types them
        "--country",
        "montenegro",
        "--address",
        "Njegoševa 12, 81400 Nikšić",
        "--registration-number",
        "02999888",
        "--representative",
        "Dragana Đurić",
        "--email",
        "info@sigurnakuca.me",
    )
    ok(capsys, workspace, "contracts", "--out", tmp_path / "after")
    after = pdf_text(tmp_path / "after" / "SB-TEST-001.pdf")

    assert "represented by [to be completed]" in before
    assert said == (
        f"Updated {LEAD} (Montenegro): address, registration number, representative, e-mail.\n"
    )
    assert (
        f"and {LEAD}, Njegoševa 12, 81400 Nikšić, Montenegro, registration number 02999888, "
        "represented by Dragana Đurić, hereinafter “the Beneficiary”"
    ) in after
    assert "[to be completed]" not in after
    assert "Data to be completed" not in after
    assert stored(workspace, LEAD).email == "info@sigurnakuca.me"


def test_the_change_is_audited_and_cyrillic_names_match(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ok(capsys, workspace, "organisation-set", PARTNER.upper(), "--country", "Serbia",
              "--email", "centar@example.rs")  # fmt: skip
    again = ok(capsys, workspace, "organisation-set", PARTNER, "--country", "Serbia",
               "--email", " centar@example.rs ")  # fmt: skip

    assert said == f"Updated {PARTNER} (Serbia): e-mail.\n"
    assert again == f"{PARTNER} (Serbia) already has these details; nothing was changed.\n"
    with reading(workspace) as session:
        entries = session.exec(
            select(Audit).where(Audit.subject == f"organisation {PARTNER} (Serbia)")
        ).all()
        last = session.exec(select(Audit).order_by(col(Audit.id).desc())).first()
    assert [(e.action, e.changes) for e in entries][-1] == (
        "changed",
        {"email": ["", "centar@example.rs"]},
    )
    assert last is not None and last.action == "sealed"


def test_an_empty_value_clears_a_detail(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ok(capsys, workspace, "organisation-set", LEAD, "--country", "Montenegro",
              "--registration-number", "")  # fmt: skip
    assert said == f"Updated {LEAD} (Montenegro): registration number.\n"
    assert stored(workspace, LEAD).registration_number == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["Sos Helpline Nikšić", "--country", "Montenegro", "--address", "x"],
            "No organisation “Sos Helpline Nikšić” from Montenegro is in the workspace.",
        ),
        (
            [LEAD, "--country", "Serbia", "--address", "x"],
            f"No organisation “{LEAD}” from Serbia is in the workspace; it is registered in "
            "Montenegro.",
        ),
        (
            ["Udruzenje “Sigurna kuca” – Niksic", "--country", "Montenegro", "--address", "x"],
            "No organisation “Udruzenje “Sigurna kuca” – Niksic” from Montenegro is in the "
            f"workspace; did you mean “{LEAD}” (Montenegro)?",
        ),
        (
            [LEAD, "--country", "Montenegro", "--email", "info at sigurnakuca.me"],
            "“info at sigurnakuca.me” is not an e-mail address.",
        ),
        (
            [LEAD, "--country", "Montenegro"],
            "Give at least one detail to set: --address, --registration-number, "
            "--representative or --email.",
        ),
    ],
)
def test_refusals_say_why_in_one_sentence(
    workspace: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert refused(capsys, workspace, "organisation-set", *argv) == f"grant-evaluator: {message}\n"


def test_country_is_required(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, workspace, "organisation-set", LEAD, "--address", "x", code=2)
    assert "the following arguments are required: --country" in err
