"""The contracts command: one PDF draft per funded proposal, or a clear refusal."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

import evaluator.files.pdf.contracts as contracts
from evaluator.storage.audit import history
from evaluator.storage.models import Audit
from evaluator.storage.workspace import open_path, verify
from tests.cli_helpers import ok, run
from tests.factories import eligible_members, member_rows, reconciled_demo, workspace_with

# The seed's nine winners, once the chair has reconciled the divergent one.
FILES = [f"SB-RG-2023-{seq:03d}.pdf" for seq in range(1, 10)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return reconciled_demo(tmp_path_factory.mktemp("cli-contracts") / "demo.gew")


def test_one_pdf_per_funded_proposal(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, demo, "contracts", "--out", tmp_path)
    assert out.splitlines() == [
        *(str(tmp_path / name) for name in FILES),
        f"Wrote 9 contract drafts into {tmp_path}.",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == FILES
    reader = PdfReader(tmp_path / "SB-RG-2023-004.pdf")
    first = " ".join(reader.pages[0].extract_text().split())
    assert "No. SB-RG-2023/004" in first
    assert "and Sos Helpline Nikšić, " in first
    assert first.endswith(f"Page 1 of {len(reader.pages)}")


def test_chosen_references_only(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, demo, "contracts", "--out", tmp_path, "--reference", "RG-005", "RG-001")
    assert out.splitlines() == [
        str(tmp_path / "SB-RG-2023-001.pdf"),
        str(tmp_path / "SB-RG-2023-009.pdf"),
        f"Wrote 2 contract drafts into {tmp_path}.",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "SB-RG-2023-001.pdf",
        "SB-RG-2023-009.pdf",
    ]


def test_a_reference_that_is_not_funded_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "-w", demo, "contracts", "--out", tmp_path, "--reference", "RG-010", "RG-001"
    )
    assert (code, out) == (1, "")
    assert err.startswith("grant-evaluator: Not funded, so no contract: RG-010; the funded ")
    assert "RG-001" in err
    assert list(tmp_path.iterdir()) == []


def test_nothing_funded_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = workspace_with(tmp_path, member_rows("RG-001", eligible_members()))
    out_dir = tmp_path / "contracts"
    out_dir.mkdir()
    code, out, err = run(capsys, "-w", workspace, "contracts", "--out", out_dir)
    assert (code, out) == (1, "")
    assert err == ("grant-evaluator: No proposal is funded yet; there is no contract to draw up.\n")
    assert list(out_dir.iterdir()) == []


def test_a_missing_folder_is_created_with_its_parents(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nowhere" / "2026" / "drafts"
    out = ok(capsys, demo, "contracts", "--out", folder)
    assert out.splitlines()[-1] == f"Wrote 9 contract drafts into {folder}."
    assert sorted(p.name for p in folder.iterdir()) == FILES


def test_a_template_with_an_unknown_placeholder_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = contracts.template_path().read_text(encoding="utf-8")
    template = tmp_path / "grant-contract.toml"
    template.write_text(
        text.replace('draft_mark = "DRAFT"', 'draft_mark = "{nonsense}"'), encoding="utf-8"
    )
    monkeypatch.setattr(contracts, "template_path", lambda _language: template)
    out_dir = tmp_path / "contracts"
    out_dir.mkdir()
    code, out, err = run(capsys, "-w", demo, "contracts", "--out", out_dir)
    assert (code, out) == (1, "")
    assert err == (
        "grant-evaluator: The contract template grant-contract.toml uses the unknown "
        "placeholder {nonsense}.\n"
    )
    assert list(out_dir.iterdir()) == []


def test_out_is_required(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "-w", demo, "contracts")
    assert code == 2
    assert "--out" in err


def test_each_draft_is_entered_in_the_audit_trail_with_its_fingerprint(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "copy.gew"
    shutil.copy(demo, workspace)
    out = tmp_path / "out"
    out.mkdir()

    def drafted() -> list[Audit]:
        with open_path(workspace) as opened, opened.session() as session:
            return [e for e in history(session, "RG-001") if e.action == "contract drafted"]

    before = {e.id for e in drafted()}  # the shared demo was drafted by other tests too
    ok(capsys, workspace, "contracts", "--out", out, "--reference", "RG-001")
    entries = [e for e in drafted() if e.id not in before]
    assert len(entries) == 1
    draft = out / "SB-RG-2023-001.pdf"
    assert entries[0].subject == "SB-RG-2023/001 for RG-001"
    assert entries[0].changes == {
        "number": [None, "SB-RG-2023/001"],
        "amount": [None, "58,000.00"],
        "file": [None, "SB-RG-2023-001.pdf"],
        "sha256": [None, hashlib.sha256(draft.read_bytes()).hexdigest()],
    }
    assert verify(workspace).problems == []  # the chain still holds
