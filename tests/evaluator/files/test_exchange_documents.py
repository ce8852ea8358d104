"""Packages carry the documents of the evaluator's proposals (INTERFACE.md, Additions ▸ Proposal
documents): those and no others, covered by the signature, stored in the evaluator's workspace
with the same SHA-256; a package whose documents do not match what it lists is refused and no
workspace is made."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evaluator.errors import EvaluatorError
from evaluator.files.documents import read_checked, scan_files
from evaluator.files.exchange import MAGIC, SIGNATURE_PREFIX, ExchangeError, open_package
from evaluator.files.exchange import carried as carried_module
from evaluator.rules.documents import MAX_DOCUMENT_BYTES
from evaluator.services import documents
from evaluator.services.identity import chair_identity
from tests.factories import (
    EVALUATORS,
    edit_with_sqlite,
    exchange_workspace,
    merge_returns,
    reading,
    references_of,
    score_everything,
    sha256_of,
    transaction,
    write_package,
    write_returns,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])


def pdf(text: str, size: int = 0) -> bytes:
    """A PDF-looking file holding ``text``, padded to ``size`` bytes."""
    data = b"%PDF-1.7\n" + text.encode() + b"\n"
    return data + b"%" * max(0, size - len(data))


def attach(chair: Path, reference: str, files: dict[str, bytes], folder: Path) -> None:
    """Attach ``files`` (name: bytes) to ``reference`` in the chair's workspace."""
    paths = []
    for name, data in files.items():
        path = folder / reference / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    scan = scan_files(reference, paths)
    assert scan.problems == []
    with transaction(chair) as session:
        documents.attach(session=session, offered=scan.files, read=read_checked)


@pytest.fixture
def chair(tmp_path: Path) -> Path:
    """Four proposals, each with its own application form (one also with a budget sheet)."""
    workspace = exchange_workspace(tmp_path / "chair")
    for number in range(1, 5):
        reference = f"RG-{number:03d}"
        attach(
            workspace,
            reference,
            {f"Obrazac prijave {reference} – Nikšić.pdf": pdf(f"FORM-OF-{reference} “MIOS”")},
            tmp_path / "attached",
        )
    attach(
        workspace,
        "RG-002",
        {"Budžet – Центар.xlsx": b"PK\x03\x04" + b"BUDGET-OF-RG-002" * 64},
        tmp_path / "attached",
    )
    return workspace


def listed(workspace: Path) -> list[tuple[str, str, int, str]]:
    with reading(workspace) as session:
        return [(d.reference, d.name, d.bytes, d.sha256) for d in documents.list_documents(session)]


def split(package: Path) -> tuple[dict[str, Any], bytes]:
    """A package's content (as an editor shows it) and the bytes after its signature line."""
    data = package.read_bytes()
    cut = data.index(b"\n" + SIGNATURE_PREFIX)
    end = data.index(b"\n", cut + 1) + 1
    return json.loads(data[data.index(b"\n") + 1 : cut]), data[end:]


def forged(
    out: Path,
    body: dict[str, Any],
    payload: bytes,
    key: Ed25519PrivateKey,
    version: int | None = None,
) -> Path:
    """A package holding ``body`` and ``payload``, validly signed with ``key`` (its heading
    of ``version``, by default the format its content says): what a hand holding the signing
    key could send."""
    head = (
        f"{MAGIC['package']} {version or body['format']}\n".encode()
        + json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode()
        + b"\n"
    )
    out.write_bytes(head + SIGNATURE_PREFIX + base64.b64encode(key.sign(head)) + b"\n" + payload)
    return out


def chair_key(chair: Path) -> Ed25519PrivateKey:
    with reading(chair) as session:
        return chair_identity(session)[1]


def refused_to_open(package: Path, workspace: Path) -> str:
    """The message of a refused package; no workspace (nor a part of one) is left behind."""
    with pytest.raises(EvaluatorError) as refusal:
        open_package(package=package, workspace=workspace)
    assert sorted(p.name for p in workspace.parent.iterdir() if "evaluator" in p.name) == []
    return refusal.value.message


# --- what a package carries -------------------------------------------------------------------


def test_a_package_carries_the_documents_of_the_evaluators_proposals_and_no_others(
    chair: Path, tmp_path: Path
) -> None:
    mine = references_of(chair, ANA)
    package = tmp_path / "ana.gep"

    report = write_package(chair, ANA, package)
    opened = open_package(package=package, workspace=tmp_path / "ana.gew")

    expected = [row for row in listed(chair) if row[0] in mine]
    assert 0 < len(expected) < len(listed(chair))
    assert listed(tmp_path / "ana.gew") == expected
    assert (report.documents, opened.documents) == (len(expected), len(expected))
    assert report.document_bytes == opened.document_bytes == sum(row[2] for row in expected)
    data = package.read_bytes()
    for reference in {f"RG-{n:03d}" for n in range(1, 5)} - set(mine):
        assert f"FORM-OF-{reference}".encode() not in data
    for reference, name, _size, _sha in expected:
        with reading(chair) as session:
            original = documents.document_bytes(session, reference, name)
        with reading(tmp_path / "ana.gew") as session:
            assert documents.document_bytes(session, reference, name) == original


def test_the_evaluators_workspace_keeps_who_added_each_document_and_when(
    chair: Path, tmp_path: Path
) -> None:
    write_package(chair, BESNIK, tmp_path / "b.gep")
    open_package(package=tmp_path / "b.gep", workspace=tmp_path / "b.gew")

    with reading(chair) as session:
        before = {(d.reference, d.name): (d.added_by, d.added_at) for d in documents.list_documents(session)}  # fmt: skip
    with reading(tmp_path / "b.gew") as session:
        after = {(d.reference, d.name): (d.added_by, d.added_at) for d in documents.list_documents(session)}  # fmt: skip
    assert after and all(before[key] == value for key, value in after.items())


def test_a_package_without_documents_opens_as_before(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path / "chair")
    write_package(chair, ANA, tmp_path / "ana.gep")

    opened = open_package(package=tmp_path / "ana.gep", workspace=tmp_path / "ana.gew")

    assert (opened.evaluator, opened.documents) == (ANA, 0)
    assert split(tmp_path / "ana.gep")[1] == b""


def test_a_format_1_package_still_opens(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path / "chair")
    write_package(chair, ANA, tmp_path / "new.gep")
    body, _ = split(tmp_path / "new.gep")
    del body["documents"]
    body["format"] = 1

    old = forged(tmp_path / "old.gep", body, b"", chair_key(chair))
    opened = open_package(package=old, workspace=tmp_path / "ana.gew")

    assert old.read_bytes().startswith(b"GRANT-EVALUATOR PACKAGE 1\n")
    assert opened.evaluator == ANA and listed(tmp_path / "ana.gew") == []


def test_the_same_bytes_in_two_proposals_are_kept_once_and_listed_twice(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path / "chair")
    shared = pdf("the same partnership statement, signed by all")
    for reference in references_of(chair, ANA):
        attach(chair, reference, {"Izjava o partnerstvu.pdf": shared}, tmp_path / "a")
    write_package(chair, ANA, tmp_path / "ana.gep")

    open_package(package=tmp_path / "ana.gep", workspace=tmp_path / "ana.gew")

    rows = listed(tmp_path / "ana.gew")
    assert len(rows) == len(references_of(chair, ANA)) >= 2
    assert {row[3] for row in rows} == {hashlib.sha256(shared).hexdigest()}
    with reading(tmp_path / "ana.gew") as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM blob").scalar() == 1


def test_returns_from_a_workspace_with_documents_merge_as_before(
    chair: Path, tmp_path: Path
) -> None:
    write_package(chair, DRAGANA, tmp_path / "d.gep")
    open_package(package=tmp_path / "d.gep", workspace=tmp_path / "d.gew")
    score_everything(tmp_path / "d.gew", DRAGANA)
    write_returns(tmp_path / "d.gew", tmp_path / "d.ger")

    result = merge_returns(chair, tmp_path / "d.ger")

    assert result.submitted == len(references_of(chair, DRAGANA))


# --- the chair's side refuses to sign what it does not hold -----------------------------------


def test_a_damaged_stored_document_writes_no_package(chair: Path, tmp_path: Path) -> None:
    reference = references_of(chair, ANA)[0]
    edit_with_sqlite(
        chair,
        "UPDATE blob SET data = X'255044462D312E370A00' WHERE sha256 = (SELECT d.sha256 FROM "
        f"document d JOIN proposal p ON p.id = d.proposal_id WHERE p.reference = '{reference}' "
        "LIMIT 1)",
    )
    before = sha256_of(chair)

    with pytest.raises(EvaluatorError) as refusal:
        write_package(chair, ANA, tmp_path / "ana.gep")

    assert refusal.value.message.startswith("No package was written: The stored bytes of ")
    assert "do not match their SHA-256" in refusal.value.message
    assert list(tmp_path.glob("*ana.gep*")) == []
    assert sha256_of(chair) == before


def test_documents_over_the_package_cap_are_refused_before_anything_is_written(
    chair: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(carried_module, "MAX_PACKAGE_BYTES", 100)
    before = sha256_of(chair)

    with pytest.raises(EvaluatorError) as refusal:
        write_package(chair, ANA, tmp_path / "ana.gep")

    assert refusal.value.message.startswith(f"The documents of {ANA}'s proposals come to ")
    assert "a package may carry" in refusal.value.message
    assert list(tmp_path.glob("*ana.gep*")) == [] and sha256_of(chair) == before


# --- the evaluator's side refuses a package whose documents are not what it lists --------------


@pytest.fixture
def package(chair: Path, tmp_path: Path) -> Path:
    write_package(chair, ANA, tmp_path / "ana.gep")
    return tmp_path / "ana.gep"


def test_a_changed_byte_in_a_document_is_refused_and_no_workspace_is_made(
    package: Path, tmp_path: Path
) -> None:
    data = bytearray(package.read_bytes())
    data[-5] ^= 0x01
    package.write_bytes(bytes(data))

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message.startswith("ana.gep was changed or damaged after the chair's workspace signed")
    assert "do not match their SHA-256" in message


def test_a_package_cut_short_in_its_documents_is_refused(package: Path, tmp_path: Path) -> None:
    package.write_bytes(package.read_bytes()[:-10])

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message.startswith("ana.gep is incomplete: it holds ")
    assert "cut short" in message


def test_bytes_after_the_documents_are_refused(package: Path, tmp_path: Path) -> None:
    package.write_bytes(package.read_bytes() + b"%PDF-1.7 a smuggled extra document")

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message == (
        "ana.gep is not usable: it holds 34 bytes after its documents that its signature does "
        "not cover."
    )


def test_a_listed_hash_changed_by_hand_breaks_the_signature(package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    body, _payload = split(package)
    old = body["documents"][0]["sha256"]
    package.write_bytes(data.replace(old.encode(), hashlib.sha256(b"other").hexdigest().encode()))

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message == (
        "ana.gep was changed or damaged after the chair's workspace signed it; it cannot be used."
    )


def test_two_documents_swapped_are_refused(package: Path, tmp_path: Path) -> None:
    body, payload = split(package)
    entries = body["documents"]
    starts = [sum(d["size"] for d in entries[:n]) for n in range(len(entries))]
    # Two application forms of the same length: swapped, every length still fits.
    i, j = next(
        (i, j)
        for i in range(len(entries))
        for j in range(i + 1, len(entries))
        if entries[i]["size"] == entries[j]["size"]
    )
    size = entries[i]["size"]
    swapped = bytearray(payload)
    swapped[starts[i] : starts[i] + size] = payload[starts[j] : starts[j] + size]
    swapped[starts[j] : starts[j] + size] = payload[starts[i] : starts[i] + size]
    package.write_bytes(package.read_bytes()[: -len(payload)] + bytes(swapped))

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message.startswith("ana.gep was changed or damaged after the chair's workspace signed")
    assert f"{entries[i]['reference']}'s “{entries[i]['name']}” do not match" in message


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d.update(name="../../.bashrc.pdf"),
            "is not a valid evaluation package (RG-001 name: “../../.bashrc.pdf” is not a file",
        ),
        (
            lambda d: d.update(name="C:\\Windows\\evil.pdf"),
            "“C:\\Windows\\evil.pdf” is not a file name",
        ),
        (lambda d: d.update(name="program.exe"), "is not of a kind a document may be"),
        (lambda d: d.update(size=MAX_DOCUMENT_BYTES + 1), "size: Input should be less than"),
        (lambda d: d.update(size=0), "size: Input should be greater than or equal to 1"),
        (lambda d: d.update(sha256="ABC"), "sha256: String should match pattern"),
        (lambda d: d.update(reference="RG-999"), "it carries RG-999's"),
    ],
    ids=["a path", "a windows path", "a program", "over 100 MB", "empty", "no hash", "not held"],
)
def test_a_hand_signed_package_with_an_unfit_document_entry_is_refused(
    chair: Path, package: Path, tmp_path: Path, edit: Any, expected: str
) -> None:
    body, payload = split(package)
    edit(body["documents"][0])
    forged(package, body, payload, chair_key(chair))

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message.startswith("ana.gep ") and expected in message


def test_a_document_listed_twice_is_refused(chair: Path, package: Path, tmp_path: Path) -> None:
    body, payload = split(package)
    body["documents"].append(dict(body["documents"][0], name=body["documents"][0]["name"].upper()))
    forged(package, body, payload + payload[: body["documents"][0]["size"]], chair_key(chair))

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message.startswith("ana.gep is not consistent: it lists ") and "twice" in message


def test_documents_listed_beyond_the_package_cap_are_refused_without_being_read(
    chair: Path, package: Path, tmp_path: Path
) -> None:
    body, _payload = split(package)
    entry = body["documents"][0]
    body["documents"] = [
        dict(entry, name=f"annex {n}.pdf", size=MAX_DOCUMENT_BYTES) for n in range(21)
    ]
    forged(package, body, b"", chair_key(chair))  # 2.05 GB listed, none of it there

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message == (
        "ana.gep is not usable: its documents come to more than the 2 GB a package may carry."
    )


def test_a_heading_and_content_of_different_formats_are_refused(
    chair: Path, package: Path, tmp_path: Path
) -> None:
    body, payload = split(package)
    body["format"] = 1
    forged(package, body, payload, chair_key(chair), version=2)

    message = refused_to_open(package, tmp_path / "evaluator.gew")

    assert message == (
        "ana.gep is not consistent: its content is of format 1, its heading of format 2; it "
        "cannot be used."
    )


def test_a_package_signature_line_without_its_end_is_incomplete(
    package: Path, tmp_path: Path
) -> None:
    data = package.read_bytes()
    cut = data.index(b"\n" + SIGNATURE_PREFIX)
    package.write_bytes(data[: cut + 30])

    with pytest.raises(ExchangeError) as refusal:
        open_package(package=package, workspace=tmp_path / "evaluator.gew")

    assert refusal.value.message == (
        "ana.gep is incomplete: its signature is missing (cut short?)."
    )
