"""Points as text: a score as people write it, and a figure with exactly two decimals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import overload

from evaluator.rules.exact import round_half_up


def points(value: Decimal) -> str:
    """A score or a number of points as people write it: 5, 7.5, 47."""
    return f"{value.normalize():f}"


@overload
def two_decimals(value: Decimal | Fraction) -> str: ...


@overload
def two_decimals(value: None) -> None: ...


def two_decimals(value: Decimal | Fraction | None) -> str | None:
    """A total, final score or spread as reports and scripts print it: ``17.00``; None stays None.

    Rounded half-up to the cent, so a figure the rules already rounded prints as it is.
    """
    return None if value is None else f"{round_half_up(value):.2f}"
