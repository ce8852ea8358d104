"""How letters and contracts quote a proposal's title."""

from __future__ import annotations

import pytest

from evaluator.rules.words import quoted


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Reform Radar", "“Reform Radar”"),
        (
            "“Safe Everywhere” – Regional Helpline Network",
            "‘“Safe Everywhere” – Regional Helpline Network’",
        ),
        ("Udruženje „Most“ Mostar", "‘Udruženje „Most“ Mostar’"),
        ('The "Open Data" Project', '‘The "Open Data" Project’'),
        ("Ђаци „Дигитус“", "‘Ђаци „Дигитус“’"),
    ],
)
def test_a_title_is_quoted_once_and_kept_exactly(title: str, expected: str) -> None:
    assert quoted(title) == expected
    assert title in quoted(title)
