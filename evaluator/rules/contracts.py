"""Contract arithmetic: the payment schedule rounded to the cent, the action's dates, the
amount in words."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from evaluator.i18n import SOURCE, latin_to_cyrillic
from evaluator.rules.money import CENT
from evaluator.rules.number_words import SPELLERS, macedonian, slavic_form


def amount_in_words(amount: Decimal, currency: str, language: str = SOURCE) -> str:
    """``58000.50 EUR`` → "fifty-eight thousand euro, fifty cents", in ``language``."""
    whole = int(amount)
    cents = int((amount - whole) * 100)
    if language == SOURCE:
        try:
            words = str(num2words(amount, lang="en", to="currency", currency=currency))
            return words.removesuffix(", zero cents")
        except NotImplementedError:
            return f"{num2words(whole, lang='en')} {currency}, {cents:02d}/100"
    if language in ("sr-Latn", "sr-Cyrl"):
        latin = _serbian(amount, whole, cents, currency)
        return latin if language == "sr-Latn" else latin_to_cyrillic(latin, frozenset({currency}))
    spell = SPELLERS[language]
    names = _EURO.get(language) if currency == "EUR" else None
    if names is None:
        return f"{spell(whole)} {currency}" + (f", {cents:02d}/100" if cents else "")
    unit, cent = names
    # The euro is neuter in Macedonian: "едно евро", "две евра".
    words = macedonian(whole, neuter=True) if language == "mk" else spell(whole)
    said = f"{words} {_form(language, whole, unit)}"
    return said + (f", {spell(cents)} {_form(language, cents, cent)}" if cents else "")


def _serbian(amount: Decimal, whole: int, cents: int, currency: str) -> str:
    try:
        words = str(num2words(amount, lang="sr", to="currency", currency=currency))
        return words.removesuffix(", nula centi")
    except NotImplementedError:
        return f"{num2words(whole, lang='sr')} {currency}" + (f", {cents:02d}/100" if cents else "")


# The euro and its cent in each speller's language: (one, few, many) forms; Albanian and
# Macedonian have one form for every number above one.
_EURO = {
    "sq": (("euro", "euro", "euro"), ("cent", "centë", "centë")),
    "mk": (("евро", "евра", "евра"), ("цент", "центи", "центи")),
    "bs": (("euro", "eura", "eura"), ("cent", "centa", "centi")),
}


def _form(language: str, n: int, forms: tuple[str, str, str]) -> str:
    if language == "bs":
        return slavic_form(n, *forms)
    if language == "mk":
        return forms[0] if n % 10 == 1 and n % 100 != 11 else forms[2]
    return forms[0] if n == 1 else forms[2]


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day if it is shorter)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    days = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return date(year, month, min(start.day, days))


def tranches(
    amount: Decimal, payments: list[tuple[str, Decimal]]
) -> list[tuple[str, Decimal, Decimal]]:
    """(label, percent, amount) per instalment; each rounded half-up to the cent, and the cent
    left by rounding goes on the last one, so that they sum exactly to ``amount``."""
    result = []
    paid = Decimal("0.00")
    for index, (label, percent) in enumerate(payments):
        if index == len(payments) - 1:
            share = amount - paid
        else:
            share = (amount * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
            paid += share
        result.append((label, percent, share))
    return result
