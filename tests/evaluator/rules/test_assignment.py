"""The assignment algorithm on its own: proposals and evaluators as numbers."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from evaluator.rules import assignment
from evaluator.rules.assignment import balance, slot_of
from evaluator.rules.statuses import Slot


def loads(pairs: set[tuple[int, int]], evaluators: int, start: list[int]) -> list[int]:
    counted = Counter(e for _, e in pairs)
    return [start[e] + counted[e] for e in range(evaluators)]


def test_every_need_is_met_and_loads_differ_by_at_most_one() -> None:
    # Six proposals, two evaluators each, four evaluators who may all review everything.
    chosen = balance([2] * 6, [set() for _ in range(6)], [0] * 4, [set() for _ in range(6)])

    assert Counter(p for p, _ in chosen) == dict.fromkeys(range(6), 2)
    assert loads(chosen, 4, [0] * 4) == [3, 3, 3, 3]


def test_existing_reviews_count_toward_the_load() -> None:
    # Evaluator 0 already has two reviews: the new ones go to the others first.
    chosen = balance([1, 1], [set(), set()], [2, 0, 0], [set(), set()])

    assert loads(chosen, 3, [2, 0, 0]) == [2, 1, 1]


def test_an_earlier_pick_moves_to_free_a_lighter_evaluator() -> None:
    # Proposal 1 can only go to evaluator 0, so proposal 0's pick moves from 0 to 1.
    chosen = balance([1, 1], [set(), {1}], [0, 0], [set(), set()])

    assert chosen == {(0, 1), (1, 0)}


def test_the_same_numbers_give_the_same_picks() -> None:
    def run() -> set[tuple[int, int]]:
        return balance([3] * 10, [set()] * 10, [1, 0, 2, 0, 0, 1, 0], [set()] * 10)

    assert run() == run()


def test_a_conflict_and_an_existing_review_keep_an_evaluator_off() -> None:
    # Evaluator 0 is barred from proposal 0 and evaluator 1 reviews it already.
    chosen = balance([1, 1], [{0}, set()], [1, 0, 0], [{1}, set()])

    assert (0, 0) not in chosen and (0, 1) not in chosen
    assert chosen == {(0, 2), (1, 1)}


def random_case(rng: random.Random) -> tuple[list[int], list[set[int]], list[int], list[set[int]]]:
    """A call of up to 40 proposals and 12 evaluators with conflicts, reviews already made and
    uneven loads; every proposal's need can be met."""
    proposals, evaluators = rng.randint(1, 40), rng.randint(1, 12)
    conflicts = rng.random() * 0.6
    existing = [{e for e in range(evaluators) if rng.random() < 0.1} for _ in range(proposals)]
    barred = [{e for e in range(evaluators) if rng.random() < conflicts} for _ in existing]
    free = [evaluators - len(b | x) for b, x in zip(barred, existing, strict=True)]
    need = [min(n, rng.randint(0, 3)) for n in free]
    load = [sum(e in x for x in existing) + rng.randint(0, 2) for e in range(evaluators)]
    return need, barred, load, existing


def test_the_shortcut_picks_what_the_full_search_picks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Most steps skip the breadth-first search (_Picks.direct); the picks must be the same
    # as when every step searches.
    rng = random.Random(20261201)
    cases = [random_case(rng) for _ in range(600)]
    quick = [balance(*case) for case in cases]
    monkeypatch.setattr(assignment._Picks, "direct", lambda self, needy: None)

    searched = [balance(*case) for case in cases]

    assert quick == searched
    assert sum(len(picks) for picks in quick) > 1000


def test_a_review_s_slot_follows_its_progress() -> None:
    assert [
        slot_of(declared=False, submitted=False),
        slot_of(declared=True, submitted=False),
        slot_of(declared=True, submitted=True),
    ] == [Slot.ASSIGNED, Slot.IN_PROGRESS, Slot.SUBMITTED]
