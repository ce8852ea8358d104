"""Proposal documents on the command line (INTERFACE.md, Additions ▸ Proposal documents):
import-documents, attach, detach, documents, export-document; all or nothing, every problem
named, the bytes kept exactly, the trail and verify aware of them."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.cli_helpers import ok, refused, run
from tests.factories import eligible_members, member_rows, new_workspace, write_csv

PDF = b"%PDF-1.7\n" + "Obrazac prijave — Nikšić, “MIOS”, Центар\n".encode() * 50
DOCX = b"PK\x03\x04" + b"\x00" * 200
TEXT = "Budžet: 48.000,00 EUR — Центар за медијско описмењавање\n".encode()


@pytest.fixture
def chair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A chair workspace with proposals RG-001 and RG-002."""
    workspace = new_workspace(tmp_path)
    rows = [*member_rows("RG-001", eligible_members()), *member_rows("RG-002", eligible_members())]
    ok(capsys, workspace, "import-proposals", write_csv(tmp_path / "proposals.csv", rows))
    return workspace


def folder_of(root: Path, files: dict[str, bytes]) -> Path:
    """A folder of reference-named subfolders holding ``files`` ("RG-001/name": bytes)."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def listed(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str) -> list[dict]:
    return json.loads(ok(capsys, workspace, "documents", *argv, "--format", "json"))["documents"]


def test_a_folder_of_documents_is_imported_and_listed_with_its_hashes(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_of(
        tmp_path / "docs",
        {
            "RG-001/Obrazac prijave – Nikšić.pdf": PDF,
            "RG-001/budžet.txt": TEXT,
            "RG-002/Партнерска изјава.docx": DOCX,
            "RG-002/.DS_Store": b"junk",
        },
    )

    said = ok(capsys, chair, "import-documents", folder)

    assert said == "Attached 3 documents to 2 proposals (1 hidden or system file left out).\n"
    assert listed(capsys, chair) == [
        {"reference": "RG-001", "name": "budžet.txt", "bytes": len(TEXT),
         "sha256": hashlib.sha256(TEXT).hexdigest()},
        {"reference": "RG-001", "name": "Obrazac prijave – Nikšić.pdf", "bytes": len(PDF),
         "sha256": hashlib.sha256(PDF).hexdigest()},
        {"reference": "RG-002", "name": "Партнерска изјава.docx", "bytes": len(DOCX),
         "sha256": hashlib.sha256(DOCX).hexdigest()},
    ]  # fmt: skip
    assert [d["name"] for d in listed(capsys, chair, "RG-002")] == ["Партнерска изјава.docx"]
    csv = ok(capsys, chair, "documents", "--format", "csv").splitlines()
    assert csv[0] == "reference,name,bytes,sha256" and len(csv) == 4


def test_an_exported_document_is_the_stored_bytes_unchanged(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "docs", {"RG-001/a.pdf": PDF}))
    out = tmp_path / "back.pdf"

    said = ok(capsys, chair, "export-document", "RG-001", "A.PDF", "--out", out)

    assert out.read_bytes() == PDF
    assert said == f"Wrote {out} ({len(PDF):,} bytes).\n"


def test_every_problem_of_a_folder_is_named_and_nothing_is_imported(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "first", {"RG-001/form.pdf": PDF}))
    folder = folder_of(
        tmp_path / "docs",
        {
            "RG-001/form.pdf": PDF,  # already attached
            "RG-001/empty.pdf": b"",
            "RG-001/not-a.pdf": DOCX,  # a zip calling itself a PDF
            "RG-001/latin1.txt": "Nikšić".encode("cp1250"),
            "RG-001/tool.exe": b"MZ\x90\x00",
            "RG-002/fine.pdf": PDF,
            "RG-404/lost.pdf": PDF,
        },
    )
    (folder / "RG-002" / "link.pdf").symlink_to(folder / "RG-002" / "fine.pdf")
    os.mkfifo(folder / "RG-002" / "pipe.pdf")
    with (folder / "RG-002" / "huge.pdf").open("wb") as huge:
        huge.truncate(100 * 1024 * 1024 + 1)  # sparse: no 100 MB written
    (folder / "loose.pdf").write_bytes(PDF)

    err = refused(capsys, chair, "import-documents", folder)

    lines = err.splitlines()
    assert lines[0] == "grant-evaluator: Nothing was imported from docs: 8 problems found."
    assert sorted(lines[1:]) == sorted(
        [
            "  loose.pdf: stands beside the proposals' folders; put each document in the folder "
            "named after its proposal's reference",
            "  RG-001/empty.pdf: is empty",
            "  RG-001/latin1.txt: it is not UTF-8 text, as its extension says it is",
            "  RG-001/not-a.pdf: its content is not a PDF file",
            "  RG-001/tool.exe: its kind is not one a proposal's document may be (.csv, .doc, "
            ".docx, .jpeg, .jpg, .md, .odp, .ods, .odt, .pdf, .png, .ppt, .pptx, .rtf, .txt, "
            ".xls, .xlsx, .zip)",
            "  RG-002/huge.pdf: is 104,857,601 bytes; a document is at most 100 MB",
            "  RG-002/link.pdf: is a link; attach the file itself",
            "  RG-002/pipe.pdf: is not a regular file",
        ]
    )
    assert [d["name"] for d in listed(capsys, chair)] == ["form.pdf"]


def test_unknown_references_and_names_already_attached_are_refused_together(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "first", {"RG-001/form.pdf": PDF}))
    folder = folder_of(tmp_path / "docs", {"RG-001/FORM.pdf": PDF, "RG-404/lost.pdf": PDF})

    err = refused(capsys, chair, "import-documents", folder)

    assert err == (
        "grant-evaluator: Nothing was attached: 2 problems found.\n"
        "  RG-404: no proposal has this reference\n"
        "  RG-001/FORM.pdf: is already attached; --replace replaces it\n"
    )


def test_replace_puts_the_new_bytes_in_place_of_the_old(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(
        capsys,
        chair,
        "attach",
        "RG-001",
        folder_of(tmp_path / "a", {"x/form.pdf": PDF}) / "x" / "form.pdf",
    )
    newer = PDF + b"% revised\n"
    path = folder_of(tmp_path / "b", {"x/form.pdf": newer}) / "x" / "form.pdf"

    said = ok(capsys, chair, "attach", "RG-001", path, "--replace")

    assert said == "Attached 1 document to 1 proposal, 1 replaced.\n"
    assert listed(capsys, chair) == [
        {"reference": "RG-001", "name": "form.pdf", "bytes": len(newer),
         "sha256": hashlib.sha256(newer).hexdigest()}
    ]  # fmt: skip
    with sqlite3.connect(chair) as db:  # the old bytes are not kept for nothing
        assert db.execute("SELECT count(*) FROM blob").fetchone()[0] == 1


def test_detach_removes_the_document_and_the_trail_keeps_both_steps(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = folder_of(tmp_path / "a", {"x/Izjava.pdf": PDF}) / "x" / "Izjava.pdf"
    ok(capsys, chair, "attach", "RG-002", path)

    said = ok(capsys, chair, "detach", "RG-002", "izjava.pdf")

    assert said == "Detached “Izjava.pdf” from RG-002.\n"
    assert listed(capsys, chair) == []
    with sqlite3.connect(chair) as db:
        trail = db.execute(
            "SELECT action, subject FROM audit WHERE subject LIKE '%Izjava%' ORDER BY id"
        ).fetchall()
    assert trail == [
        ("created", "RG-002 document Izjava.pdf"),
        ("deleted", "RG-002 document Izjava.pdf"),
    ]
    assert "no document named “izjava.pdf”" in refused(
        capsys, chair, "detach", "RG-002", "izjava.pdf"
    )


def test_verify_names_a_document_whose_bytes_were_changed_outside_the_app(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "d", {"RG-001/form.pdf": PDF}))
    with sqlite3.connect(chair) as db:
        db.execute("UPDATE blob SET data = ?", (PDF.replace(b"Nik", b"Mik"),))

    code, _out, err = run(capsys, "-w", chair, "verify")

    assert code == 1
    assert "the bytes of RG-001 “form.pdf” were changed outside the application" in err
    assert "export-document" not in err
    code, _out, err = run(
        capsys, "-w", chair, "export-document", "RG-001", "form.pdf", "--out", tmp_path / "o.pdf"
    )
    assert code == 1 and "do not match their SHA-256" in err and not (tmp_path / "o.pdf").exists()


def test_an_evaluator_workspace_cannot_change_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.factories import exchange_round

    game = exchange_round(tmp_path / "round")
    workspace = next(iter(game.workspaces.values()))
    path = folder_of(tmp_path / "a", {"x/form.pdf": PDF}) / "x" / "form.pdf"

    err = refused(capsys, workspace, "attach", "RG-001", path)

    assert "attaching documents is done in the chair's workspace" in err


def test_text_put_where_a_documents_bytes_were_is_named_not_a_traceback(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "d", {"RG-001/form.pdf": PDF}))
    with sqlite3.connect(chair) as db:
        db.execute("UPDATE blob SET data = 'not bytes at all'")

    code, _out, err = run(capsys, "-w", chair, "verify")
    assert code == 1 and "Traceback" not in err
    assert "the bytes of RG-001 “form.pdf” were changed outside the application" in err
    out = tmp_path / "o.pdf"
    code, _out, err = run(
        capsys, "-w", chair, "export-document", "RG-001", "form.pdf", "--out", out
    )
    assert code == 1 and "Traceback" not in err and "do not match their SHA-256" in err
    assert not out.exists()


def test_document_commands_on_a_new_empty_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = new_workspace(tmp_path)
    assert ok(capsys, empty, "documents") == (
        "reference  name  bytes  sha256\n"
        "No documents yet; `import-documents FOLDER` or `attach` adds them.\n"
    )
    assert json.loads(ok(capsys, empty, "documents", "--format", "json")) == {"documents": []}
    folder = folder_of(tmp_path / "docs", {"RG-001/form.pdf": PDF})
    assert refused(capsys, empty, "import-documents", folder) == (
        "grant-evaluator: Nothing was attached: 1 problem found.\n"
        "  RG-001: no proposal has this reference\n"
    )
    assert "no proposal" in refused(capsys, empty, "detach", "RG-001", "form.pdf").lower()
    assert refused(capsys, empty, "import-documents", tmp_path / "missing") == (
        f"grant-evaluator: {tmp_path / 'missing'} is not a folder.\n"
    )


# --- documents travel in the evaluator's package ----------------------------------------------


def test_a_package_brings_the_evaluator_exactly_their_proposals_documents(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """INTERFACE.md: in the evaluator's workspace `documents` lists exactly the documents of
    their assigned proposals, with the same sha256, and `export-document` gives the same bytes."""
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "docs", {
        "RG-001/Obrazac prijave – Nikšić.pdf": PDF,
        "RG-001/budžet.txt": TEXT,
        "RG-002/Партнерска изјава.docx": DOCX,
    }))  # fmt: skip
    ok(capsys, chair, "evaluator-add", "Ana Petrović", "--country", "Serbia")
    ok(capsys, chair, "evaluator-add", "Besnik Hoxha", "--country", "Kosovo")
    ok(capsys, chair, "assign", "--per-proposal", "1")
    rows = json.loads(ok(capsys, chair, "assignments", "--format", "json"))["assignments"]
    ana = [r["reference"] for r in rows if r["evaluator"] == "Ana Petrović"]
    assert len(ana) == 1
    expected = [d for d in listed(capsys, chair) if d["reference"] in ana]
    size = sum(d["bytes"] for d in expected)
    package, evaluator = tmp_path / "ana.gep", tmp_path / "ana.gew"

    said = ok(capsys, chair, "export-package", "Ana Petrović", "--out", package)

    shown = f"{size} B" if size < 1024 else f"{size / 1024:.1f} KB"
    documents = "1 document" if len(expected) == 1 else f"{len(expected)} documents"
    assert said == (
        f"Wrote {package}: the package of Ana Petrović (1 proposal, 0 scores, "
        f"{documents} of {shown}).\n"
    )
    code, out, err = run(capsys, "-w", evaluator, "open-package", package)
    assert (code, err) == (0, "")
    assert out == (
        f"Created {evaluator}: the evaluation workspace of Ana Petrović with {documents} of "
        f"{shown}.\n"
    )
    assert listed(capsys, evaluator) == expected
    for document in expected:
        out_file = tmp_path / f"back-{document['name']}"
        ok(capsys, evaluator, "export-document", document["reference"], document["name"],
           "--out", out_file)  # fmt: skip
        assert hashlib.sha256(out_file.read_bytes()).hexdigest() == document["sha256"]


def test_a_package_whose_document_was_changed_makes_no_workspace(
    chair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, chair, "import-documents", folder_of(tmp_path / "d", {"RG-001/form.pdf": PDF}))
    ok(capsys, chair, "evaluator-add", "Ana Petrović", "--country", "Serbia")
    ok(capsys, chair, "assign", "--per-proposal", "1")
    package, evaluator = tmp_path / "ana.gep", tmp_path / "ana.gew"
    ok(capsys, chair, "export-package", "Ana Petrović", "--out", package)
    data = package.read_bytes()
    at = data.rindex("Центар".encode())  # in the document, which comes last
    package.write_bytes(data[:at] + "Центер".encode() + data[at + len("Центар".encode()) :])

    code, out, err = run(capsys, "-w", evaluator, "open-package", package)

    assert (code, out) == (1, "")
    assert err == (
        "grant-evaluator: ana.gep was changed or damaged after the chair's workspace signed it: "
        "the bytes of RG-001's “form.pdf” do not match their SHA-256; it cannot be used.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir() if "ana.gew" in p.name) == []
