"""Reading a proposal's documents from the user's files: what the checks find, and a file that
changes between the check and the storing."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.errors import EvaluatorError
from evaluator.files.documents import check_file, read_checked


def test_a_checked_file_carries_its_kind_size_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "Prijava – Nikšić.PDF"
    path.write_bytes(b"%PDF-1.4\n" * 1000)

    found = check_file(path, "RG-001", path.name)

    assert not isinstance(found, str)
    assert (found.name, found.size, found.media_type) == (path.name, 9000, "application/pdf")
    assert read_checked(found) == path.read_bytes()


def test_a_file_changed_after_its_check_is_refused_when_stored(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_text("48.000,00 EUR\n", encoding="utf-8")
    found = check_file(path, "RG-001", path.name)
    assert not isinstance(found, str)
    path.write_text("98.000,00 EUR\n", encoding="utf-8")

    with pytest.raises(EvaluatorError) as refused:
        read_checked(found)

    assert refused.value.message == (
        "budget.txt changed while it was being imported; nothing was changed."
    )


def test_text_split_across_reads_is_still_utf8(tmp_path: Path) -> None:
    # "š" is two bytes; the chunk boundary falls between them.
    path = tmp_path / "notes.md"
    path.write_bytes(b"a" * ((1 << 20) - 1) + "š".encode())

    assert not isinstance(check_file(path, "RG-001", path.name), str)


def test_a_file_that_grew_after_its_check_is_refused_without_being_loaded(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    found = check_file(path, "RG-001", path.name)
    assert not isinstance(found, str)
    with path.open("ab") as grow:  # the size it claimed is no longer true
        grow.write(b"x" * 5_000_000)

    with pytest.raises(EvaluatorError) as refused:
        read_checked(found)

    assert "changed while it was being imported" in refused.value.message
