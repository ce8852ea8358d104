"""The assignment algorithm: review slots that meet every proposal's need with balanced loads.

Proposals and evaluators are numbered by the caller (their positions in its lists); the
same numbers in give the same picks out.
"""

from __future__ import annotations

from collections import deque

from evaluator.rules.statuses import Slot

Pair = tuple[int, int]  # (proposal, evaluator)
# One breadth-first search: evaluator -> proposal it was reached from, and proposal ->
# evaluator whose earlier pick of it would move.
Reached = tuple[dict[int, int], dict[int, int]]


def slot_of(*, declared: bool, submitted: bool) -> Slot:
    """A review's slot: ``assigned`` until the evaluator declares no conflict of interest,
    then ``in_progress``, then ``submitted``."""
    if submitted:
        return Slot.SUBMITTED
    return Slot.IN_PROGRESS if declared else Slot.ASSIGNED


def balance(
    need: list[int], candidates: list[list[int]], load: list[int], existing: list[set[int]]
) -> set[Pair]:
    """Pick (proposal, evaluator) pairs meeting ``need`` that minimise the sum of squared loads.

    ``candidates[p]`` are the evaluators who may still review proposal ``p``, ``load[e]`` how
    many reviews evaluator ``e`` has, ``existing[p]`` who reviews ``p`` already.

    Successive shortest paths on the assignment graph: all inner arcs cost nothing and an
    evaluator's marginal cost grows with their load, so each step finds, by breadth-first
    search along alternating paths, the least-loaded evaluator reachable from a proposal that
    still needs one, and shifts picks along that path. Among equally loaded evaluators the
    one who has reviewed least often alongside the proposal's other evaluators is taken, so
    that evaluators are not always paired with the same colleague.
    """
    picks = _Picks(load, existing)
    remaining = list(need)
    while any(remaining):
        reached = picks.search(remaining, candidates)
        target = picks.lightest(reached)
        picks.load[target] += 1
        remaining[picks.shift(target, reached)] -= 1
    return picks.chosen


class _Picks:
    """The picks so far, with what the search reads, kept up to date as picks move: the
    loads, each proposal's evaluators, and how many proposals each pair of evaluators shares."""

    def __init__(self, load: list[int], existing: list[set[int]]) -> None:
        self.load = list(load)
        self.chosen: set[Pair] = set()
        self.picked_for: dict[int, set[int]] = {e: set() for e in range(len(load))}
        self.panels = [set(panel) for panel in existing]
        self.shared = [[0] * len(load) for _ in load]
        for panel in self.panels:
            for a in panel:
                for b in panel - {a}:
                    self.shared[a][b] += 1

    def join(self, p: int, e: int) -> None:
        for f in self.panels[p]:
            self.shared[e][f] += 1
            self.shared[f][e] += 1
        self.panels[p].add(e)
        self.chosen.add((p, e))
        self.picked_for[e].add(p)

    def leave(self, p: int, e: int) -> None:
        self.panels[p].discard(e)
        for f in self.panels[p]:
            self.shared[e][f] -= 1
            self.shared[f][e] -= 1
        self.chosen.discard((p, e))
        self.picked_for[e].discard(p)

    def search(self, remaining: list[int], candidates: list[list[int]]) -> Reached:
        """Every evaluator reachable from the proposals that still need one."""
        reached_from: dict[int, int] = {}
        proposal_via: dict[int, int] = {}
        queue = deque(p for p, n in enumerate(remaining) if n)
        seen_proposals = set(queue)
        chosen, picked_for, evaluators = self.chosen, self.picked_for, len(self.load)
        # Once every evaluator is reached the search can learn nothing more.
        while queue and len(reached_from) < evaluators:
            p = queue.popleft()
            for e in candidates[p]:
                if e in reached_from or (p, e) in chosen:
                    continue
                reached_from[e] = p
                for q in sorted(picked_for[e]):
                    if q not in seen_proposals:
                        seen_proposals.add(q)
                        proposal_via[q] = e
                        queue.append(q)
        return reached_from, proposal_via

    def lightest(self, reached: Reached) -> int:
        """The least-loaded evaluator reached; a tie goes to the one who shares fewest
        proposals with the panel they would join, then to the lower number."""
        reached_from = reached[0]
        lightest = min(self.load[e] for e in reached_from)
        lightest_ones = [e for e in reached_from if self.load[e] == lightest]
        together = {
            e: sum(self.shared[e][f] for f in self.panels[_root(e, reached)] if f != e)
            for e in lightest_ones
        }
        return min(lightest_ones, key=lambda e: (together[e], e))

    def shift(self, e: int, reached: Reached) -> int:
        """Give ``e`` a pick, moving earlier picks along the path the search took; returns the
        proposal at the start of the path, which now has one more evaluator."""
        reached_from, proposal_via = reached
        while True:
            p = reached_from[e]
            self.join(p, e)
            if p not in proposal_via:
                return p
            previous = proposal_via[p]
            self.leave(p, previous)
            e = previous


def _root(e: int, reached: Reached) -> int:
    """The proposal still needing an evaluator from which the search reached ``e``."""
    reached_from, proposal_via = reached
    p = reached_from[e]
    while p in proposal_via:
        p = reached_from[proposal_via[p]]
    return p
