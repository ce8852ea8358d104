"""The assignment algorithm on its own: proposals and evaluators as numbers."""

from __future__ import annotations

from collections import Counter

from evaluator.rules.assignment import balance, slot_of
from evaluator.rules.statuses import Slot


def loads(pairs: set[tuple[int, int]], evaluators: int, start: list[int]) -> list[int]:
    counted = Counter(e for _, e in pairs)
    return [start[e] + counted[e] for e in range(evaluators)]


def test_every_need_is_met_and_loads_differ_by_at_most_one() -> None:
    # Six proposals, two evaluators each, four evaluators who may all review everything.
    chosen = balance([2] * 6, [[0, 1, 2, 3]] * 6, [0] * 4, [set() for _ in range(6)])

    assert Counter(p for p, _ in chosen) == dict.fromkeys(range(6), 2)
    assert loads(chosen, 4, [0] * 4) == [3, 3, 3, 3]


def test_existing_reviews_count_toward_the_load() -> None:
    # Evaluator 0 already has two reviews: the new ones go to the others first.
    chosen = balance([1, 1], [[0, 1, 2], [0, 1, 2]], [2, 0, 0], [set(), set()])

    assert loads(chosen, 3, [2, 0, 0]) == [2, 1, 1]


def test_an_earlier_pick_moves_to_free_a_lighter_evaluator() -> None:
    # Proposal 1 can only go to evaluator 0, so proposal 0's pick moves from 0 to 1.
    chosen = balance([1, 1], [[0, 1], [0]], [0, 0], [set(), set()])

    assert chosen == {(0, 1), (1, 0)}


def test_the_same_numbers_give_the_same_picks() -> None:
    def run() -> set[tuple[int, int]]:
        return balance([3] * 10, [list(range(7))] * 10, [1, 0, 2, 0, 0, 1, 0], [set()] * 10)

    assert run() == run()


def test_a_review_s_slot_follows_its_progress() -> None:
    assert [
        slot_of(declared=False, submitted=False),
        slot_of(declared=True, submitted=False),
        slot_of(declared=True, submitted=True),
    ] == [Slot.ASSIGNED, Slot.IN_PROGRESS, Slot.SUBMITTED]
