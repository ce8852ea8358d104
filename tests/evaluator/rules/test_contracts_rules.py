"""Contract arithmetic, by hand: the payment schedule to the cent, the action's dates, the
amount in words."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from evaluator.rules.contracts import add_months, amount_in_words, tranches


@pytest.mark.parametrize(
    ("amount", "payments", "expected"),
    [
        ("45500.00", ["80", "20"], ["36400.00", "9100.00"]),
        # 333.303… and 333.303… round to 333.30; the last takes the cent left: 333.41.
        ("1000.01", ["33.33", "33.33", "33.34"], ["333.30", "333.30", "333.41"]),
        # 5.025 rounds half up to 5.03; the last gets 5.02.
        ("10.05", ["50", "50"], ["5.03", "5.02"]),
        ("30000.00", ["100"], ["30000.00"]),
    ],
)
def test_tranches_sum_exactly_to_the_award(
    amount: str, payments: list[str], expected: list[str]
) -> None:
    schedule = tranches(Decimal(amount), [(f"T{n}", Decimal(p)) for n, p in enumerate(payments)])
    assert [share for _, _, share in schedule] == [Decimal(e) for e in expected]
    assert [label for label, _, _ in schedule] == [f"T{n}" for n in range(len(payments))]
    assert sum(share for _, _, share in schedule) == Decimal(amount)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 1), 18, date(2025, 7, 1)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2100, 1, 31), 1, date(2100, 2, 28)),
        (date(2000, 1, 31), 1, date(2000, 2, 29)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 5, 31), 0, date(2024, 5, 31)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_the_end_date_is_the_day_before() -> None:
    assert add_months(date(2024, 1, 1), 18) - timedelta(days=1) == date(2025, 6, 30)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("30000.00", "thirty thousand euro"),
        ("58000.50", "fifty-eight thousand euro, fifty cents"),
        ("1000.01", "one thousand euro, one cent"),
        ("45500", "forty-five thousand, five hundred euro"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount), "EUR") == words
