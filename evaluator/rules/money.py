"""Money: amounts parsed from what users type, and rounded half-up to the cent."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

# At most twelve digits before the decimal point: nobody asks for a trillion.
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3}){0,3}|\d{1,12})(?:\.\d{1,2})?$")


# With a decimal comma, as the region's spreadsheets write amounts: 58000,00 or 58.000,00.
_COMMA_AMOUNT = re.compile(r"^(?:\d{1,3}(?:\.\d{3}){0,3}|\d{1,12})(?:,\d{1,2})?$")


def parse_amount(text: str, *, decimal_comma: bool = False) -> Decimal | None:
    """``58000``, ``58000.00`` or ``58,000.00`` as a Decimal; None if it is not such an amount.

    With ``decimal_comma`` also ``58000,00``, ``58.000,00`` and ``58.000``. No text is an
    amount both ways with two values: a decimal part has at most two digits, a group three.
    """
    if _AMOUNT.match(text):
        return Decimal(text.replace(",", ""))
    if decimal_comma and _COMMA_AMOUNT.match(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    return None


def amount_examples(*, decimal_comma: bool = False) -> str:
    """How an amount may be written, for a message."""
    return "58000, 58000,00 or 58.000,00" if decimal_comma else "58000, 58000.00 or 58,000.00"


CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    """An amount rounded half-up to the cent, the precision of every stored sum of money."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)
