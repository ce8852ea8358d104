"""Points as users and scripts read them."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from evaluator.rules.points import points, two_decimals


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("5"), "5"),
        (Decimal("7.50"), "7.5"),
        (Decimal("47.0"), "47"),
        (Decimal("1E+1"), "10"),
    ],
)
def test_points_as_people_write_them(value: Decimal, text: str) -> None:
    assert points(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("17"), "17.00"),
        (Decimal("21.50"), "21.50"),
        (Decimal("-0.40"), "-0.40"),
        (Fraction(76125, 1000), "76.13"),  # half a cent goes up, as the rules round
        (Fraction(-5, 1000), "-0.01"),
        (Fraction(7, 2), "3.50"),
    ],
)
def test_two_decimals_for_reports_and_scripts(value: Decimal | Fraction, text: str) -> None:
    assert two_decimals(value) == text


def test_nothing_stays_nothing() -> None:
    assert two_decimals(None) is None
