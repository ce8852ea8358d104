"""Whole numbers and amounts in words in the region's languages, against the forms their
grammars give (num2words speaks English and Serbian; the others are ours)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from evaluator import i18n
from evaluator.rules.call import ContractTerms
from evaluator.rules.contracts import amount_in_words
from evaluator.rules.number_words import MAX, albanian, bosnian, macedonian, slavic_form


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (21, "njëzet e një"),
        (58, "pesëdhjetë e tetë"),
        (100, "njëqind"),
        (158, "njëqind e pesëdhjetë e tetë"),
        (1_000, "një mijë"),
        (1_250, "një mijë e dyqind e pesëdhjetë"),
        (58_000, "pesëdhjetë e tetë mijë"),
        (2_000_000, "dy milionë"),
    ],
)
def test_albanian(number: int, words: str) -> None:
    assert albanian(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "нула"),
        (21, "дваесет и еден"),
        (58, "педесет и осум"),
        (158, "сто педесет и осум"),
        (1_000, "илјада"),
        (1_005, "илјада и пет"),
        (2_500, "две илјади и петстотини"),
        (21_000, "дваесет и една илјада"),
        (58_000, "педесет и осум илјади"),
        (1_000_000, "еден милион"),
        (3_000_000, "три милиони"),
    ],
)
def test_macedonian(number: int, words: str) -> None:
    assert macedonian(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nula"),
        (21, "dvadeset jedan"),
        (200, "dvjesto"),
        (1_000, "hiljadu"),
        (2_000, "dvije hiljade"),
        (12_000, "dvanaest hiljada"),
        (21_000, "dvadeset jedna hiljada"),
        (22_000, "dvadeset dvije hiljade"),
        (58_000, "pedeset osam hiljada"),
        (2_000_000, "dva miliona"),
        (21_000_000, "dvadeset jedan milion"),
    ],
)
def test_bosnian(number: int, words: str) -> None:
    assert bosnian(number) == words


@pytest.mark.parametrize(
    ("n", "form"), [(1, "a"), (21, "a"), (11, "c"), (3, "b"), (14, "c"), (5, "c")]
)
def test_the_noun_after_a_number(n: int, form: str) -> None:
    assert slavic_form(n, "a", "b", "c") == form


def test_numbers_beyond_the_spellers_are_refused() -> None:
    for speller in (albanian, macedonian, bosnian):
        assert speller(MAX)
        with pytest.raises(ValueError):
            speller(MAX + 1)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "fifty-eight thousand euro, fifty cents"),
        ("sq", "pesëdhjetë e tetë mijë euro, pesëdhjetë centë"),
        ("sr-Latn", "pedeset osam hiljada evra, pedeset centi"),
        ("sr-Cyrl", "педесет осам хиљада евра, педесет центи"),
        ("mk", "педесет и осум илјади евра, педесет центи"),
        ("bs", "pedeset osam hiljada eura, pedeset centi"),
    ],
)
def test_an_amount_in_words_in_each_language(language: str, words: str) -> None:
    assert amount_in_words(Decimal("58000.50"), "EUR", language) == words


@pytest.mark.parametrize(
    ("amount", "words"),
    [("1", "едно евро"), ("2", "две евра"), ("21", "дваесет и едно евро"), ("5", "пет евра")],
)
def test_the_euro_is_neuter_in_macedonian(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount), "EUR", "mk") == words


def test_a_currency_code_stays_latin_in_serbian_cyrillic() -> None:
    assert amount_in_words(Decimal("1001"), "MKD", "sr-Cyrl") == "једна хиљада један MKD"


def test_an_amount_in_another_currency_names_its_code() -> None:
    assert amount_in_words(Decimal("1001.01"), "BAM", "bs") == "hiljadu jedan BAM, 01/100"
    assert amount_in_words(Decimal("45500.00"), "BAM", "mk") == (
        "четириесет и пет илјади и петстотини BAM"
    )


def test_the_call_file_names_exactly_the_languages_the_application_speaks() -> None:
    field = ContractTerms.model_fields["language"]
    assert set(field.annotation.__args__[0].__args__) == set(i18n.LANGUAGES)  # type: ignore[union-attr]
