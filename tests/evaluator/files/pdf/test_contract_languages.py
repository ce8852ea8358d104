"""Contracts in the call's language ([contract] language), and bilingual contracts: English
first, then the same contract again in the call's language."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator import i18n
from evaluator.actions import workspace as workspace_actions
from evaluator.files.pdf.contracts import template_path, write_contracts
from tests.cli_helpers import ok, run
from tests.factories import demo_call_text, reading, reconciled_demo, write_call


def demo_with(folder: Path, monkeypatch: pytest.MonkeyPatch, contract_lines: str) -> Path:
    """The reconciled demo, its call's [contract] table given ``contract_lines`` more."""
    start = 'start_date = "2024-01-01"'
    text = demo_call_text()
    assert text.count(start) == 1
    call = write_call(folder, text.replace(start, f"{start}\n{contract_lines}"))
    monkeypatch.setattr(workspace_actions, "demo_call_path", lambda: call)
    return reconciled_demo(folder / "demo.gew")


def wording(language: str) -> dict[str, object]:
    return tomllib.loads(template_path(language).read_text(encoding="utf-8"))


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_a_bilingual_contract_is_english_then_the_calls_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = demo_with(tmp_path, monkeypatch, 'language = "sr-Latn"\nbilingual = true')
    with reading(demo) as session:
        batch = write_contracts(
            session=session, folder=tmp_path / "out", references=["RG-001"], invariant=True
        )
    (draft,) = batch.files
    text = " ".join(pages(draft))
    english, serbian = wording("en"), wording("sr-Latn")
    first = text.index(str(english["partners_heading"]))
    second = text.index(str(serbian["partners_heading"]))
    assert first < second
    assert "fifty-eight thousand euro" in text[:second]
    assert "pedeset osam hiljada evra" in text[second:]
    # The Serbian half starts on a page of its own: none of the English articles is on it.
    shown = pages(draft)
    start = next(n for n, page in enumerate(shown) if str(serbian["partners_heading"]) in page)
    assert start > 0
    english_articles = [str(a["heading"]) for a in english["articles"]]  # type: ignore[attr-defined]
    assert not any(heading in shown[start] for heading in english_articles)
    # Its pages carry the Serbian header, draft mark and page numbers; the English ones, the
    # English.
    with i18n.speaking("sr-Latn"):
        numbering = i18n._("Page {value} of {total}")
    total = len(shown)
    assert numbering.format(value=start + 1, total=total) in shown[start]
    assert str(serbian["draft_mark"]) in shown[start]
    assert f"Page 1 of {total}" in shown[0] and str(english["draft_mark"]) in shown[0]
    assert f"Page {start + 1} of {total}" not in shown[start]


def test_the_calls_language_unless_the_command_asks_for_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = demo_with(tmp_path, monkeypatch, 'language = "mk"')
    ok(capsys, demo, "contracts", "--out", tmp_path / "mk", "--reference", "RG-001")
    ok(capsys, demo, "--lang", "sq", "contracts", "--out", tmp_path / "sq", "--reference", "RG-001")
    (macedonian,) = (tmp_path / "mk").glob("*.pdf")
    (albanian,) = (tmp_path / "sq").glob("*.pdf")
    assert str(wording("mk")["partners_heading"]) in " ".join(pages(macedonian))
    assert str(wording("sq")["partners_heading"]) in " ".join(pages(albanian))
    assert str(wording("mk")["partners_heading"]) not in " ".join(pages(albanian))


def test_a_call_naming_an_unknown_language_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo_call_text().replace(
        'start_date = "2024-01-01"', 'start_date = "2024-01-01"\nlanguage = "de"'
    )
    call = write_call(tmp_path, text)
    status, _, err = run(capsys, "-w", tmp_path / "x.gew", "new", "--call", call)
    assert status == 1
    assert "contract.language" in err
