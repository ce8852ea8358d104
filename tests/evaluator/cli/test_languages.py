"""The command line in each language: --lang and GRANT_EVALUATOR_LANG choose it; results,
refusals and help speak it, read back against the catalogue the application ships; JSON and
CSV keep their machine formats; contracts and letters come out in the documents' language."""

from __future__ import annotations

import gettext
import json
import re
import sqlite3
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator import i18n
from evaluator.catalogues import TRANSLATED, po_path
from evaluator.rules.contracts import amount_in_words
from tests.cli_helpers import ok, run
from tests.factories import reconciled_demo

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return reconciled_demo(tmp_path_factory.mktemp("languages") / "demo.gew")


def catalogue(code: str) -> gettext.GNUTranslations:
    with po_path(code).with_suffix(".mo").open("rb") as handle:
        return gettext.GNUTranslations(handle)


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_result_is_said_in_the_language_asked_for(
    demo: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, demo, "--lang", code, "eligibility")
    summary = out.strip().splitlines()[-1]
    english = "{eligible} of {count} proposals are eligible."
    said = catalogue(code).gettext(english)
    assert said != english
    assert summary == said.format(eligible=21, count=30)


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_refusal_is_said_in_the_language_of_the_environment(
    tmp_path: Path, code: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.ENV, code)
    missing = tmp_path / "nowhere.gew"
    status, out, err = run(capsys, "-w", missing, "verify")
    sentence = catalogue(code).gettext("Workspace {path} does not exist.").format(path=missing)
    prefix = catalogue(code).gettext("grant-evaluator: {message}")
    assert (status, out) == (1, "")
    assert err.strip() == prefix.format(message=sentence)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_help_speaks_the_language(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--lang", code, "--help")
    assert status == 0
    said = catalogue(code).gettext("Evaluate grant proposals offline: one workspace file per call.")
    assert said in " ".join(out.split())


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_text_listing_speaks_the_language(
    demo: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    words = catalogue(code)
    header, first, *_ = ok(capsys, demo, "--lang", code, "rank").splitlines()
    assert header.split()[:2] == [words.gettext("rank"), *words.gettext("reference").split()][:2]
    assert words.gettext("funded") in first
    assert "funded" not in first.split()


def test_json_keeps_its_machine_format_in_every_language(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = json.loads(ok(capsys, demo, "rank", "--format", "json"))
    for code in TRANSLATED:
        assert json.loads(ok(capsys, demo, "--lang", code, "rank", "--format", "json")) == english


@pytest.mark.parametrize("spelled", [["--lan", "sq"], ["--la=sq"], ["--lang", "sq"]])
def test_the_language_option_as_argparse_takes_it(
    demo: Path, spelled: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    summary = ok(capsys, demo, *spelled, "eligibility").strip().splitlines()[-1]
    said = catalogue("sq").gettext("{eligible} of {count} proposals are eligible.")
    assert summary == said.format(eligible=21, count=30)


def test_an_empty_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--lang=", "--help")
    assert status == 2
    assert err.startswith("grant-evaluator: “” is not a language of Grant Evaluator")


def test_an_unknown_language_is_refused_in_one_sentence(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--lang", "fr", "-w", demo, "rank")
    assert (status, out) == (2, "")
    assert err == (
        "grant-evaluator: “fr” is not a language of Grant Evaluator; choose one of "
        "en, sq, sr-Latn, sr-Cyrl, mk, bs.\n"
    )


def template(kind: str, code: str) -> dict[str, object]:
    name = {"contract": "contracts/grant-contract", "letter": "letters/outcome-letter"}[kind]
    return tomllib.loads((RESOURCES / f"{name}.{code}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_contract_in_each_language(
    demo: Path, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "--lang", code, "contracts", "--out", tmp_path, "--reference", "RG-001")
    (draft,) = tmp_path.glob("*.pdf")
    text = " ".join(pdf_text(draft).split())
    wording = template("contract", code)
    articles = wording["articles"]
    assert isinstance(articles, list)
    assert str(wording["parties_heading"]) in text
    assert str(articles[0]["heading"]) in text
    amount = Decimal(rank_row(demo, capsys, "RG-001")["awarded"])
    with i18n.speaking(code):
        # Albanian groups thousands with a no-break space, which pypdf reads as a space.
        assert f"{i18n.money(amount)} EUR".replace("\xa0", " ") in text
    assert amount_in_words(amount, "EUR", code) in text
    assert "Grant contract" not in text
    # A date that ends in a full stop at the end of a sentence takes one stop, not two.
    assert re.search(r"\d{4}( г)?\.\.", text) is None


def test_the_audit_trail_records_a_contract_the_same_in_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = reconciled_demo(tmp_path / "demo.gew")
    for code in ("en", *TRANSLATED):
        ok(
            capsys,
            demo,
            "--lang",
            code,
            "contracts",
            "--out",
            tmp_path / code,
            "--reference",
            "RG-001",
        )
    with sqlite3.connect(demo) as db:
        recorded = db.execute(
            "SELECT action, subject, changes FROM audit WHERE action = 'contract drafted'"
        ).fetchall()
    assert len(recorded) == 6
    assert {(action, subject) for action, subject, _ in recorded} == {
        ("contract drafted", "SB-RG-2023/001 for RG-001")
    }
    assert {json.loads(changes)["amount"][1] for _, _, changes in recorded} == {"58,000.00"}


@pytest.mark.parametrize("code", TRANSLATED)
def test_outcome_letters_in_each_language(
    demo: Path, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, demo, "--lang", code, "letters", "--out", tmp_path, "--reference", "RG-001")
    text = " ".join(pdf_text(tmp_path / "RG-001.pdf").split())
    wording = template("letter", code)
    funded = wording["outcomes"]
    assert isinstance(funded, dict)
    assert str(funded["funded"]["heading"]) in text
    assert str(wording["greeting"]) in text
    amount = Decimal(rank_row(demo, capsys, "RG-001")["awarded"])
    assert amount_in_words(amount, "EUR", code) in text
    assert "Dear applicant" not in text


def rank_row(demo: Path, capsys: pytest.CaptureFixture[str], reference: str) -> dict[str, str]:
    rows = json.loads(ok(capsys, demo, "rank", "--format", "json"))["proposals"]
    return next(r for r in rows if r["reference"] == reference)
