"""Format 2 packages attacked as a hostile or careless party would: cut, padded, converted,
swapped while they are read, written over the workspace, signed from a hand-edited workspace.

Every refusal is one sentence naming the file, exit code 1, and nothing left behind: no
workspace, no hidden part of one, no package, and the chair's workspace byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files.exchange import SIGNATURE_PREFIX, open_package
from evaluator.files.exchange import carried as carried_module
from evaluator.files.exchange import package as package_module
from evaluator.services import documents
from evaluator.services.evaluators import add_conflict, find_evaluator, find_proposal
from tests.cli_helpers import run
from tests.evaluator.files.test_exchange_documents import attach, chair_key, forged, pdf, split
from tests.factories import (
    EVALUATORS,
    edit_with_sqlite,
    exchange_workspace,
    reading,
    references_of,
    sha256_of,
    transaction,
    write_package,
)

ANA = EVALUATORS[0][0]


@pytest.fixture(scope="module")
def pristine_chair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A chair's workspace whose four proposals each carry an application form and a note."""
    folder = tmp_path_factory.mktemp("chair")
    workspace = exchange_workspace(folder)
    for number in range(1, 5):
        reference = f"RG-{number:03d}"
        attach(
            workspace,
            reference,
            {
                f"Obrazac prijave {reference}.pdf": pdf(f"FORM-OF-{reference}", 300 + number),
                "Napomena.txt": f"note of {reference}\n".encode(),
            },
            folder / "attached",
        )
    return workspace


@pytest.fixture
def chair(pristine_chair: Path, tmp_path: Path) -> Path:
    (tmp_path / "chair").mkdir()
    return Path(shutil.copy(pristine_chair, tmp_path / "chair" / "chair.gew"))


@pytest.fixture
def package(chair: Path, tmp_path: Path) -> Path:
    write_package(chair, ANA, tmp_path / "ana.gep")
    return tmp_path / "ana.gep"


def leftovers(folder: Path) -> list[str]:
    """What an attempt left in ``folder`` besides the package and the chair's folder."""
    return sorted(
        p.name for p in folder.iterdir() if p.name not in {"chair", "ana.gep"} and p.is_file()
    )


def open_refused(capsys: pytest.CaptureFixture[str], package: Path) -> str:
    """The one sentence ``open-package`` says when it refuses ``package``; no workspace (nor a
    part of one) is left behind."""
    workspace = package.parent / "evaluator.gew"
    before = leftovers(package.parent)
    code, out, err = run(capsys, "-w", workspace, "open-package", package)
    assert (code, out) == (1, ""), err
    assert err.startswith("grant-evaluator: ") and err.count("\n") == 1, err
    assert f"{package.name} " in err or f"{package.name}:" in err, err
    assert "Traceback" not in err
    assert leftovers(package.parent) == before
    return err.removeprefix("grant-evaluator: ").strip()


def export_refused(capsys: pytest.CaptureFixture[str], chair: Path, out: Path) -> str:
    """The sentence ``export-package`` says when it refuses; the workspace byte-identical."""
    before = chair.read_bytes()
    code, stdout, err = run(capsys, "-w", chair, "export-package", ANA, "--out", out)
    assert (code, stdout) == (1, ""), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert chair.read_bytes() == before
    return err.removeprefix("grant-evaluator: ").strip()


def boundaries(package: Path) -> dict[str, int]:
    """Where a package's parts meet: heading, content, signature line, each document."""
    data = package.read_bytes()
    body, payload = split(package)
    cut = data.index(b"\n" + SIGNATURE_PREFIX)
    end = data.index(b"\n", cut + 1) + 1
    places = {
        "inside the heading": 10,
        "after the heading": data.index(b"\n") + 1,
        "inside the content": cut // 2,
        "before the signature line": cut + 1,
        "inside the signature line": cut + 1 + len(SIGNATURE_PREFIX) + 20,
        "before the final newline of the signature": end - 1,
        "after the signature line": end,
    }
    offset = end
    for number, document in enumerate(body["documents"]):
        places[f"inside document {number + 1}"] = offset + document["size"] // 2
        offset += document["size"]
        places[f"after document {number + 1}"] = offset
    assert offset == len(data) and len(payload) == len(data) - end
    return places


# --- cut, padded, converted on the way --------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "inside the heading",
        "after the heading",
        "inside the content",
        "before the signature line",
        "inside the signature line",
        "before the final newline of the signature",
        "after the signature line",
        "inside document 1",
        "after document 1",
        "inside document 4",
        "after document 5",
    ],
)
def test_a_package_cut_at_any_boundary_is_refused(
    capsys: pytest.CaptureFixture[str], package: Path, place: str
) -> None:
    data = package.read_bytes()
    package.write_bytes(data[: boundaries(package)[place]])

    message = open_refused(capsys, package)

    assert any(
        word in message for word in ("incomplete", "damaged", "not a Grant Evaluator", "format")
    ), message


@pytest.mark.parametrize(
    "place",
    [
        "after the heading",
        "inside the content",
        "before the signature line",
        "after the signature line",
        "inside document 1",
        "after document 3",
        "after document 6",
    ],
)
def test_a_byte_slipped_in_at_any_boundary_is_refused(
    capsys: pytest.CaptureFixture[str], package: Path, place: str
) -> None:
    data = package.read_bytes()
    at = boundaries(package)[place]
    package.write_bytes(data[:at] + b"\n" + data[at:])

    message = open_refused(capsys, package)

    assert any(w in message for w in ("changed or damaged", "not usable", "damaged")), message


def test_a_package_whose_line_endings_were_converted_is_called_damaged_not_too_new(
    capsys: pytest.CaptureFixture[str], package: Path
) -> None:
    # A mail program or a Git checkout with autocrlf turns every LF into CR LF.
    package.write_bytes(package.read_bytes().replace(b"\n", b"\r\n"))

    message = open_refused(capsys, package)

    assert "update the application" not in message
    assert message.startswith("ana.gep is damaged: its line endings were changed")


def test_a_second_signature_line_after_the_documents_is_refused(
    capsys: pytest.CaptureFixture[str], package: Path
) -> None:
    data = package.read_bytes()
    cut = data.index(b"\n" + SIGNATURE_PREFIX)
    end = data.index(b"\n", cut + 1) + 1
    package.write_bytes(data + data[cut + 1 : end])

    message = open_refused(capsys, package)

    assert message.startswith("ana.gep is not usable: it holds ")
    assert "after its documents that its signature does not cover" in message


def test_a_package_without_documents_and_without_its_final_newline_is_incomplete(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bare = exchange_workspace(tmp_path / "bare")
    write_package(bare, ANA, tmp_path / "ana.gep")
    package = tmp_path / "ana.gep"
    package.write_bytes(package.read_bytes().removesuffix(b"\n"))

    assert open_refused(capsys, package) == (
        "ana.gep is incomplete: its signature is missing (cut short?)."
    )


def test_a_head_of_50_mb_without_a_signature_is_refused_without_reading_further(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    package = tmp_path / "ana.gep"
    with package.open("wb") as handle:
        handle.write(b"GRANT-EVALUATOR PACKAGE 2\n{\n")
        handle.write((b" " * 1023 + b"\n") * 50_000)
        handle.truncate(2 * 1024**3)  # then 2 GB of nothing: never read

    message = open_refused(capsys, package)

    assert message == (
        "ana.gep is not usable: the part before its documents is larger than 50 MB; it is not "
        "an evaluation package."
    )


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_what_is_not_a_regular_file_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "ana.gep"
    if kind == "fifo":
        os.mkfifo(target)  # reading it would wait for ever for a writer
    elif kind == "device":
        target.symlink_to("/dev/zero")
    else:
        target.mkdir()

    message = open_refused(capsys, target)

    assert message in (
        "ana.gep is not a regular file; it is not an evaluation package.",
        "ana.gep is a folder, not an evaluation package.",
    )


def test_a_link_to_a_package_opens_the_package(package: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.gep"
    link.symlink_to(package)

    opened = open_package(package=link, workspace=tmp_path / "ana.gew")

    assert opened.evaluator == ANA and opened.documents == 6


# --- the file swapped while it is opened (TOCTOU) --------------------------------------------


def swap_before_the_documents_are_read(
    monkeypatch: pytest.MonkeyPatch, package: Path, replacement: bytes
) -> None:
    """Replace ``package`` by ``replacement`` once its head is verified, before a document is
    read: what another program writing the same name at that moment would do."""
    real = package_module.create_workspace

    def swapping(path: Path, populate: Callable[[Any], None]) -> None:
        swapped = package.with_name("swapped")
        swapped.write_bytes(replacement)
        os.replace(swapped, package)
        real(path, populate)

    monkeypatch.setattr(package_module, "create_workspace", swapping)


def test_documents_swapped_after_the_signature_was_checked_are_refused(
    capsys: pytest.CaptureFixture[str], package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bytearray(package.read_bytes())
    data[-3] ^= 0x20
    swap_before_the_documents_are_read(monkeypatch, package, bytes(data))

    message = open_refused(capsys, package)

    assert message.startswith("ana.gep was changed or damaged after the chair's workspace") or (
        message == "ana.gep changed while it was being opened; open it again."
    )


def test_bytes_added_while_the_package_is_opened_are_not_taken_in_silence(
    capsys: pytest.CaptureFixture[str], package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A package that would be refused for what follows its documents is swapped in after
    # the check: the same documents, then bytes no signature covers.
    swap_before_the_documents_are_read(monkeypatch, package, package.read_bytes() + b"extra")

    message = open_refused(capsys, package)

    assert message == "ana.gep changed while it was being opened; open it again."


def test_what_is_stored_is_what_was_hashed(package: Path, chair: Path, tmp_path: Path) -> None:
    open_package(package=package, workspace=tmp_path / "ana.gew")

    with reading(chair) as session:
        sent = {(d.reference, d.name): d.sha256 for d in documents.list_documents(session)}
    with reading(tmp_path / "ana.gew") as session:
        for d in documents.list_documents(session):
            _name, data = documents.document_bytes(session, d.reference, d.name)
            assert hashlib.sha256(data).hexdigest() == sent[(d.reference, d.name)]
            assert len(data) == d.bytes


# --- names and entries a hand holding the chair's key could sign -----------------------------


LONG = "Ж" * 252 + ".pdf"  # 256 characters


@pytest.mark.parametrize(
    "name",
    [
        "Obrazac\x00.pdf",
        "Obrazac \u202efdp.exe.pdf",
        "CON",
        ".",
        "..",
        ".pdf",
        "Obrazac.pdf.",
        "Obrazac.pdf ",
        LONG,
        unicodedata.normalize("NFD", "Obrazac Nikšić.pdf"),
    ],
    ids=[
        "NUL",
        "RTL override",
        "CON",
        "dot",
        "dot dot",
        "hidden",
        "trailing dot",
        "trailing space",
        "256 characters",
        "NFD",
    ],
)
def test_a_document_name_attaching_would_not_store_is_refused(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path, name: str
) -> None:
    body, payload = split(package)
    body["documents"][0]["name"] = name
    forged(package, body, payload, chair_key(chair))

    message = open_refused(capsys, package)

    assert message.startswith("ana.gep is not a valid evaluation package (")


@pytest.mark.parametrize(
    "twin",
    [str.upper, lambda name: name.replace("fi", "\ufb01")],
    ids=["case", "ligature folded"],
)
def test_two_names_that_read_alike_in_one_proposal_are_refused(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path, twin: Callable[[str], str]
) -> None:
    body, payload = split(package)
    first = body["documents"][0]
    first["name"] = "Izjava finansije.pdf"
    body["documents"].append(dict(first, name=twin(first["name"])))
    assert body["documents"][-1]["name"] != first["name"]
    forged(package, body, payload + payload[: first["size"]], chair_key(chair))

    message = open_refused(capsys, package)

    assert "twice" in message or "not a valid evaluation package" in message


def test_a_media_type_that_contradicts_the_name_is_refused(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path
) -> None:
    body, payload = split(package)
    form = next(d for d in body["documents"] if d["name"].endswith(".pdf"))
    form["media_type"] = "text/html"
    forged(package, body, payload, chair_key(chair))

    message = open_refused(capsys, package)

    assert message.startswith("ana.gep is not a valid evaluation package (")
    assert "text/html" in message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("added_at", "9999-12-31T23:59:59+00:00"),
        ("added_at", "0001-01-01T00:00:00+00:00"),
        ("added_at", "2026-01-01T00:00:00"),
        ("size", 2**63),
        ("size", -1),
        ("size", 1.5),
        ("size", True),
    ],
)
def test_an_absurd_entry_is_refused(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path, field: str, value: object
) -> None:
    body, payload = split(package)
    body["documents"][0][field] = value
    forged(package, body, payload, chair_key(chair))

    assert open_refused(capsys, package).startswith("ana.gep is not a valid evaluation package (")


# --- opening stopped midway -------------------------------------------------------------------


def test_cancelling_midway_leaves_no_workspace_and_no_partial(
    package: Path, tmp_path: Path
) -> None:
    def progress(done: int, _total: int) -> None:
        if done == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        open_package(package=package, workspace=tmp_path / "ana.gew", progress=progress)

    assert leftovers(tmp_path) == []


def test_a_read_failing_in_the_prefetch_thread_is_one_sentence(
    capsys: pytest.CaptureFixture[str], package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = carried_module._read_one
    calls: list[int] = []

    def failing(path: Path, handle: Any, document: Any) -> bytearray:
        calls.append(1)
        if len(calls) == 4:
            raise OSError(5, "Input/output error")
        return real(path, handle, document)

    monkeypatch.setattr(carried_module, "_read_one", failing)

    assert open_refused(capsys, package) == "Cannot read ana.gep: Input/output error."


# --- the chair's workspace: what it signs, where it writes -----------------------------------


def document_of(reference: str) -> str:
    return f"(SELECT id FROM proposal WHERE reference = '{reference}')"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("UPDATE document SET size = size + 7 WHERE proposal_id = {p}", "size"),
        (
            "DELETE FROM blob WHERE sha256 IN (SELECT sha256 FROM document WHERE proposal_id = {p})",
            "do not match their SHA-256",
        ),
        (
            f"UPDATE document SET sha256 = '{'0' * 64}' WHERE proposal_id = {{p}}",
            "do not match their SHA-256",
        ),
        (
            "UPDATE blob SET data = CAST(data AS TEXT) WHERE sha256 IN "
            "(SELECT sha256 FROM document WHERE proposal_id = {p})",
            "do not match their SHA-256",
        ),
        (
            "UPDATE document SET name = '../../.bashrc.pdf' WHERE proposal_id = {p}",
            "is not a file name",
        ),
        ("UPDATE document SET name = 'setup.exe' WHERE proposal_id = {p}", "is not of a kind"),
        ("UPDATE document SET media_type = '' WHERE proposal_id = {p}", "media_type"),
        (
            "UPDATE document SET added_at = '1900-01-01 00:00:00.000000' WHERE proposal_id = {p}",
            "added_at",
        ),
        (
            "UPDATE document SET name = upper(name) WHERE name = 'Napomena.txt' AND proposal_id "
            "= {p}; INSERT INTO document (proposal_id, name, key, media_type, size, sha256, "
            "added_by, added_at) SELECT proposal_id, 'napomena.txt', 'x', media_type, size, "
            "sha256, added_by, added_at FROM document WHERE proposal_id = {p} AND name = "
            "'NAPOMENA.TXT'",
            "twice",
        ),
    ],
    ids=[
        "size lies",
        "blob deleted",
        "hash of no blob",
        "blob as text",
        "a path",
        "a program",
        "no media type",
        "added in 1900",
        "two names alike",
    ],
)
def test_a_hand_edited_chair_workspace_signs_no_package_the_evaluator_would_refuse(
    capsys: pytest.CaptureFixture[str], chair: Path, tmp_path: Path, edit: str, expected: str
) -> None:
    reference = references_of(chair, ANA)[0]
    edit_with_sqlite(chair, *edit.format(p=document_of(reference)).split("; "))
    out = tmp_path / "ana.gep"

    message = export_refused(capsys, chair, out)

    assert message.startswith("No package was written: ") and expected in message, message
    assert reference in message
    assert not any("ana.gep" in p.name for p in tmp_path.iterdir())


@pytest.mark.parametrize("target", ["itself", "a backup", "an evaluator's workspace"])
def test_a_package_is_never_written_over_a_workspace(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path, tmp_path: Path, target: str
) -> None:
    if target == "itself":
        out = chair
    elif target == "a backup":
        out = Path(shutil.copy(chair, tmp_path / "chair-backup.gew"))
    else:
        open_package(package=package, workspace=tmp_path / "ana.gew")
        out = tmp_path / "ana.gew"
    before = sha256_of(out)

    message = export_refused(capsys, chair, out)

    assert message == (
        f"{out} is a Grant Evaluator workspace; choose another file name (writing there would "
        "destroy it)."
    )
    assert sha256_of(out) == before
    code, _out, err = run(capsys, "-w", chair, "verify")
    assert code == 0, err


def test_returns_are_never_written_over_the_evaluators_own_workspace(
    capsys: pytest.CaptureFixture[str], package: Path, tmp_path: Path
) -> None:
    workspace = tmp_path / "ana.gew"
    open_package(package=package, workspace=workspace)
    before = sha256_of(workspace)

    code, out, err = run(capsys, "-w", workspace, "export-returns", "--out", workspace)

    assert (code, out) == (1, "")
    assert err == (
        f"grant-evaluator: {workspace} is a Grant Evaluator workspace; choose another file name "
        "(writing there would destroy it).\n"
    )
    assert sha256_of(workspace) == before


def test_a_package_written_over_an_older_package_replaces_it(
    capsys: pytest.CaptureFixture[str], chair: Path, package: Path
) -> None:
    old = package.read_bytes()

    code, _out, err = run(capsys, "-w", chair, "export-package", ANA, "--out", package)

    assert code == 0, err
    assert package.read_bytes() != old and package.read_bytes().startswith(b"GRANT-EVALUATOR")


def test_a_planted_link_beside_the_package_is_never_followed(
    capsys: pytest.CaptureFixture[str], chair: Path, tmp_path: Path
) -> None:
    # Someone who can write to a shared folder plants the name the export writes to first.
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / ".ana.gep.partial").symlink_to(victim)

    code, _out, err = run(capsys, "-w", chair, "export-package", ANA, "--out", tmp_path / "ana.gep")

    assert code == 0, err
    assert victim.read_text() == "precious"
    assert not (tmp_path / "ana.gep").is_symlink()
    assert (tmp_path / "ana.gep").read_bytes().startswith(b"GRANT-EVALUATOR PACKAGE 2\n")


def test_opening_never_deletes_a_file_that_has_the_name_of_its_partial(
    capsys: pytest.CaptureFixture[str], package: Path, tmp_path: Path
) -> None:
    # A file the user keeps there (here: the package itself, saved under that odd name).
    odd = Path(shutil.copy(package, tmp_path / ".ana.gew.partial"))
    kept = odd.read_bytes()

    code, _out, err = run(capsys, "-w", tmp_path / "ana.gew", "open-package", odd)

    assert code == 1
    assert err == (
        f"grant-evaluator: Cannot create {tmp_path / 'ana.gew'}: a file named .ana.gew.partial "
        "is in the way; move it elsewhere or delete it.\n"
    )
    assert odd.read_bytes() == kept and not (tmp_path / "ana.gew").exists()


# --- which documents travel, and what the evaluator's workspace then holds -------------------


def test_documents_of_a_released_proposal_do_not_travel(chair: Path, tmp_path: Path) -> None:
    released = references_of(chair, ANA)[0]
    with transaction(chair) as session:
        add_conflict(
            session=session,
            evaluator=find_evaluator(session, ANA),
            proposal=find_proposal(session, released),
            reason="former employer",
        )

    write_package(chair, ANA, tmp_path / "ana.gep")
    body, payload = split(tmp_path / "ana.gep")

    assert released not in {d["reference"] for d in body["documents"]}
    assert released not in {p["reference"] for p in body["proposals"]}
    assert f"FORM-OF-{released}".encode() not in payload
    assert {d["reference"] for d in body["documents"]} == set(references_of(chair, ANA))


def test_the_evaluators_workspace_verifies_and_sends_returns(
    capsys: pytest.CaptureFixture[str], package: Path, chair: Path, tmp_path: Path
) -> None:
    workspace = tmp_path / "ana.gew"
    open_package(package=package, workspace=workspace)

    code, out, err = run(capsys, "-w", workspace, "verify")
    assert code == 0 and "is healthy" in out, err
    code, _out, err = run(capsys, "-w", workspace, "export-returns", "--out", tmp_path / "a.ger")
    assert code == 0, err
    code, out, err = run(capsys, "-w", chair, "import-returns", tmp_path / "a.ger")
    assert code == 0, err


def test_a_refused_open_is_an_evaluator_error_not_a_traceback(
    package: Path, tmp_path: Path
) -> None:
    package.write_bytes(package.read_bytes()[:-1])

    with pytest.raises(EvaluatorError) as refusal:
        open_package(package=package, workspace=tmp_path / "ana.gew")

    assert refusal.value.message.startswith("ana.gep is incomplete")
