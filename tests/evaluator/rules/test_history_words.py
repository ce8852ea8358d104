"""Audit entries in sentences a chair understands (issue 14: "eligible: — → False" and
"position: — → 0" become sentences)."""

from __future__ import annotations

import pytest

from evaluator.rules.history import sentence


@pytest.mark.parametrize(
    ("action", "subject", "changes", "expected"),
    [
        ("changed", "proposal RG-003", {"eligible": [None, False]}, "Found ineligible."),
        ("changed", "proposal RG-003", {"eligible": [None, True]}, "Found eligible."),
        (
            "changed",
            "proposal RG-003",
            {"reasons": [[], ["MIN_COUNTRIES", "AMOUNT_RANGE"]]},
            "Reasons: too few countries; amount out of range.",
        ),
        (
            "created",
            "RG-003 member Centar za medijsku pismenost “Kvadrat” Tuzla",
            {"role": [None, "partner"], "position": [None, 1]},
            "Listed 2nd in the consortium, as partner.",
        ),
        (
            "created",
            "RG-003 member Novi Sad School of journalism",
            {"role": [None, "lead"], "position": [None, 0]},
            "Listed 1st in the consortium, as lead.",
        ),
        (
            "changed",
            "RG-003 review by Марко Петровић",
            {"submitted_at": ["2026-12-01T14:43:18+00:00", None], "reopen_reason": ["", "typo"]},
            "Review reopened: it can be changed again. Reason for reopening set to “typo”.",
        ),
        (
            "changed",
            "RG-003 score 1.2 by Ana Stojanovska",
            {"value": ["3", "4.5"]},
            "Score changed from 3 to 4.5.",
        ),
        (
            "changed",
            "proposal RG-011",
            {"awarded_amount": [None, "42000"]},
            "Award set to 42,000.00 EUR.",
        ),
        (
            "changed",
            "organisation Udruženje “MIOS” Nikšić (Montenegro)",
            {"address": ["", "Njegoševa 12, 81400 Nikšić"]},
            "Address set to “Njegoševa 12, 81400 Nikšić”.",
        ),
        (
            "changed",
            "RG-003 review by Ana Stojanovska",
            {"excluded": [False, True], "exclusion_reason": [None, "copied text"]},
            "Excluded from the result. Reason for exclusion set to “copied text”.",
        ),
        ("deleted", "RG-003 document budget.xlsx", {}, "Document removed."),
        (
            "contract drafted",
            "SB-RG-2023/001 for RG-011",
            {"file": [None, "SB-RG-2023-001.pdf"], "sha256": [None, "ab"]},
            "Contract drafted. File set to “SB-RG-2023-001.pdf”.",
        ),
    ],
)
def test_an_entry_reads_as_a_sentence(
    action: str, subject: str, changes: dict[str, list[object]], expected: str
) -> None:
    assert sentence(action, subject, changes) == expected
