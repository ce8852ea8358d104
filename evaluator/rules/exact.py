"""Exact decimal arithmetic: a context that refuses to round, and rounding half-up to cents.

Scores, weights and amounts are Decimals, multiplied and added under ``EXACT``: any inexact
step raises instead of rounding silently. A figure users see is rounded half away from zero
to two decimals, with integer arithmetic.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import wraps
from typing import ParamSpec, TypeVar

# Sums and products of scores, weights and amounts must be exact: a step that would round
# raises decimal.Inexact instead. The call file's bounds keep every figure far below this.
EXACT = decimal.Context(
    prec=80,
    traps=[decimal.Inexact, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
ZERO = Decimal(0)

P = ParamSpec("P")
R = TypeVar("R")


def exact(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` under the EXACT decimal context."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(EXACT):
            return function(*args, **kwargs)

    return run


def round_ratio(numerator: int, denominator: int) -> Decimal:
    """``numerator / denominator`` (denominator > 0) rounded half away from zero to cents."""
    cents = (200 * abs(numerator) + denominator) // (2 * denominator)
    return Decimal(-cents if numerator < 0 else cents).scaleb(-2)


def round_half_up(value: Fraction | Decimal) -> Decimal:
    """``value`` rounded half away from zero to two decimals, exactly."""
    numerator, denominator = value.as_integer_ratio()
    return round_ratio(numerator, denominator)
