"""Money: amounts parsed from what users type, and rounded half-up to the cent."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

# At most twelve digits before the decimal point: nobody asks for a trillion.
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3}){0,3}|\d{1,12})(?:\.\d{1,2})?$")


def parse_amount(text: str) -> Decimal | None:
    """``58000``, ``58000.00`` or ``58,000.00`` as a Decimal; None if it is not such an amount."""
    return Decimal(text.replace(",", "")) if _AMOUNT.match(text) else None


CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    """An amount rounded half-up to the cent, the precision of every stored sum of money."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)
