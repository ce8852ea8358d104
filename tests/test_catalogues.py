"""The translation catalogues against the sources: every message the code marks is translated
in every language, none is left over from older code, every translation keeps its source's
placeholders, and the compiled catalogues the application loads are what the sources compile
to (``python -m evaluator.catalogues update`` makes them so)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from evaluator import catalogues, i18n
from evaluator.catalogues import (
    BABEL_LOCALE,
    TRANSLATED,
    compiled_mo,
    compiled_qm,
    placeholders,
    po_path,
    ts_messages,
    ts_path,
)


@pytest.fixture(scope="module")
def template() -> Catalog:
    return catalogues.template()


def read(code: str) -> Catalog:
    with po_path(code).open("rb") as handle:
        return read_po(handle, locale=BABEL_LOCALE[code])


def ids(catalog: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


@pytest.mark.parametrize("code", TRANSLATED)
def test_po_holds_every_message_of_the_sources_and_no_other(template: Catalog, code: str) -> None:
    catalog = read(code)
    missing = sorted(ids(template) - ids(catalog))
    stale = sorted(ids(catalog) - ids(template))
    assert missing == [], f"{code}: {len(missing)} messages missing, first: {missing[:5]}"
    assert stale == [], f"{code}: {len(stale)} messages no source uses, first: {stale[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_po_translates_every_message_keeping_its_placeholders(code: str) -> None:
    problems = []
    for message in read(code):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        string = message.string
        strings = [string] if isinstance(string, str) else list(string or ())
        if message.fuzzy or not strings or not all(s.strip() for s in strings):
            problems.append(f"untranslated: {source!r}")
            continue
        wanted = set(placeholders(source))
        for form in strings:
            found = set(placeholders(form))
            if isinstance(message.id, tuple):
                # A plural form may say the number in words ("one proposal"): {count} optional.
                found, wanted = found - {"{count}"}, wanted - {"{count}"}
            if found != wanted:
                problems.append(f"placeholders differ: {source!r} → {form!r}")
    assert problems == [], f"{code}: {len(problems)} problems:\n" + "\n".join(problems[:20])


def gui_sources() -> Iterator[tuple[str, str]]:
    """Every (context, text) the GUI's sources mark: the literal arguments of ``translate``
    and ``QT_TRANSLATE_NOOP``."""
    for path in catalogues.gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                context, text = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                yield context, text


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_holds_every_text_of_the_gui_and_no_other(code: str) -> None:
    held = {(context, source) for context, source, _ in ts_messages(ts_path(code))}
    wanted = set(gui_sources())
    assert sorted(wanted - held)[:5] == [], f"{code}: {len(wanted - held)} texts missing"
    assert sorted(held - wanted)[:5] == [], f"{code}: {len(held - wanted)} texts no source uses"


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_translates_every_text_keeping_its_placeholders(code: str) -> None:
    problems = []
    for context, source, translation in ts_messages(ts_path(code)):
        if translation is None or not translation.strip():
            problems.append(f"untranslated: {context}: {source!r}")
        elif placeholders(translation) != placeholders(source):
            problems.append(f"placeholders differ: {source!r} → {translation!r}")
    assert problems == [], f"{code}: {len(problems)} problems:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogues_are_what_the_sources_compile_to(code: str) -> None:
    assert po_path(code).with_suffix(".mo").read_bytes() == compiled_mo(code)
    assert ts_path(code).with_suffix(".qm").read_bytes() == compiled_qm(code)


def test_serbian_cyrillic_is_the_latin_catalogue_transliterated() -> None:
    latin, cyrillic = read("sr-Latn"), read("sr-Cyrl")
    fixes_file = catalogues.corrections_path("sr-Cyrl")
    fixes = {}
    if fixes_file.exists():
        with fixes_file.open("rb") as handle:
            fixes = {m.id: m.string for m in read_po(handle) if m.id}
    for message in latin:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            keep = i18n.capitals(" ".join(message.id))
            latin_forms = message.string if isinstance(message.string, tuple | list) else ()
            forms = tuple(i18n.latin_to_cyrillic(form, keep) for form in latin_forms)
            derived = cyrillic[message.id].string
            assert isinstance(derived, tuple | list) and tuple(derived) == forms
            continue
        keep = i18n.capitals(str(message.id))
        expected = fixes.get(message.id) or i18n.latin_to_cyrillic(str(message.string), keep)
        assert cyrillic[message.id].string == expected


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ocenjivač {name} je podneo ocenu.", "Оцењивач {name} је поднео оцену."),
        ("Njegova ljubav, džep", "Његова љубав, џеп"),
        (
            "Sačuvaj kao PDF: `verify` --lang, proposals.csv i ~/.pgpass",
            "Сачувај као PDF: `verify` --lang, proposals.csv и ~/.pgpass",
        ),
        ("<b>Ukupno</b> {points:.2f} od 100", "<b>Укупно</b> {points:.2f} од 100"),
        ("Grant Evaluator radni prostor", "Grant Evaluator радни простор"),
        ("NACRT ugovora u PDF-u, ranG-lista", "НАЦРТ уговора у PDF-у, ранГ-листа"),
    ],
)
def test_transliteration_keeps_what_is_written_in_latin_in_either_script(
    latin: str, cyrillic: str
) -> None:
    assert i18n.latin_to_cyrillic(latin) == cyrillic


def test_every_language_has_its_catalogues_beside_the_sources() -> None:
    for code in TRANSLATED:
        assert Path(po_path(code)).is_file() and Path(ts_path(code)).is_file(), code


def test_the_cyrillic_templates_are_the_latin_ones_transliterated() -> None:
    for latin in catalogues.document_templates("sr-Latn"):
        english = latin.with_name(latin.name.replace(".sr-Latn", ""))
        cyrillic = latin.with_name(latin.name.replace("sr-Latn", "sr-Cyrl"))
        assert cyrillic.read_text(encoding="utf-8") == catalogues.derive_cyrillic_toml(
            latin.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
        )


def test_a_word_in_capitals_stays_latin_only_when_the_source_has_it() -> None:
    assert i18n.latin_to_cyrillic("Sačuvaj NAME", frozenset({"NAME"})) == "Сачувај NAME"
    assert i18n.latin_to_cyrillic("NACRT", frozenset({"DRAFT"})) == "НАЦРТ"
