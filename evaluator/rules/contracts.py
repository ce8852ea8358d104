"""Contract arithmetic: the payment schedule rounded to the cent, the action's dates, the
amount in words."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from evaluator.i18n import _
from evaluator.rules.money import CENT


def amount_in_words(amount: Decimal, currency: str) -> str:
    """``58000.50 EUR`` → "fifty-eight thousand euro, fifty cents"."""
    try:
        words = str(num2words(amount, lang="en", to="currency", currency=currency))
        return words.removesuffix(_(", zero cents"))
    except NotImplementedError:
        whole = int(amount)
        cents = int((amount - whole) * 100)
        return f"{num2words(whole, lang='en')} {currency}, {cents:02d}/100"


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
