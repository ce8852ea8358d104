"""Statuses, flags and reason codes: the interface strings, and their words for users."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from evaluator.rules.call import parse_call
from evaluator.rules.statuses import Flag, FlagOf, Reason, Slot, Status
from evaluator.rules.words import (
    REASON_LABELS,
    SLOT_WORDS,
    STATUS_WORDS,
    explain,
    flag_lines,
    flag_summary,
    flag_words,
)
from tests.evaluator.rules import ranking_reference
from tests.factories import small_call

TOTAL = FlagOf(Flag.DIVERGENT_TOTAL)
ON_21 = FlagOf(Flag.DIVERGENT_CRITERION, "2.1")
MISSING = FlagOf(Flag.MISSING_REVIEWS)


def test_the_statuses_are_the_interface_s_in_reporting_order() -> None:
    assert tuple(Status) == ranking_reference.STATUSES
    assert list(STATUS_WORDS) == list(Status)
    assert STATUS_WORDS[Status.RESERVE] == "reserve list"


def test_a_raised_flag_reads_and_writes_as_its_interface_string() -> None:
    raised = [TOTAL, ON_21, MISSING]

    assert raised == ["DIVERGENT_TOTAL", "DIVERGENT_CRITERION:2.1", "MISSING_REVIEWS"]
    assert json.dumps({"flags": raised}) == (
        '{"flags": ["DIVERGENT_TOTAL", "DIVERGENT_CRITERION:2.1", "MISSING_REVIEWS"]}'
    )
    assert " ".join(raised) == "DIVERGENT_TOTAL DIVERGENT_CRITERION:2.1 MISSING_REVIEWS"
    assert [(f.flag, f.criterion, f.divergent) for f in raised] == [
        (Flag.DIVERGENT_TOTAL, None, True),
        (Flag.DIVERGENT_CRITERION, "2.1", True),
        (Flag.MISSING_REVIEWS, None, False),
    ]
    for kept in (copy.deepcopy(ON_21), pickle.loads(pickle.dumps(ON_21))):
        assert (kept, kept.flag, kept.criterion) == (ON_21, Flag.DIVERGENT_CRITERION, "2.1")


@pytest.mark.parametrize(
    ("flag", "criterion"),
    [(Flag.DIVERGENT_CRITERION, None), (Flag.DIVERGENT_TOTAL, "2.1")],
)
def test_only_a_criterion_flag_names_a_criterion(flag: Flag, criterion: str | None) -> None:
    with pytest.raises(ValueError):
        FlagOf(flag, criterion)


def test_flags_in_words() -> None:
    assert flag_words([TOTAL, ON_21, MISSING]) == "divergent total, missing reviews"
    assert flag_words([TOTAL, ON_21], resolved=True) == "divergent total, resolved"
    assert flag_words([ON_21]) == "divergent on criterion 2.1"
    assert flag_words([ON_21, FlagOf(Flag.DIVERGENT_CRITERION, "3.2")]) == "divergent on 2 criteria"
    assert flag_lines([TOTAL, ON_21, MISSING]) == [
        "divergent total",
        "divergent on criterion 2.1",
        "missing reviews",
    ]
    assert flag_summary([TOTAL, ON_21, MISSING]) == "2 divergent, missing reviews"
    assert flag_summary([MISSING]) == "missing reviews"
    assert (flag_words([]), flag_lines([]), flag_summary([])) == ("", [], "")


def test_every_code_has_its_words() -> None:
    spec = parse_call(small_call())

    assert list(REASON_LABELS) == list(Reason)
    assert all(explain(spec, code) for code in Reason)
    assert explain(spec, "NO_LEAD") == "No member of the consortium is the lead applicant."
    assert set(SLOT_WORDS) == set(Slot)
