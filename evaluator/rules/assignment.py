"""The assignment algorithm: review slots that meet every proposal's need with balanced loads.

Proposals and evaluators are numbered by the caller (their positions in its lists); the
same numbers in give the same picks out.
"""

from __future__ import annotations

import bisect
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
    need: list[int], barred: list[set[int]], load: list[int], existing: list[set[int]]
) -> set[Pair]:
    """Pick (proposal, evaluator) pairs meeting ``need`` that minimise the sum of squared loads.

    ``barred[p]`` are the evaluators who may not review proposal ``p`` (a conflict),
    ``load[e]`` how many reviews evaluator ``e`` has, ``existing[p]``
    who reviews ``p`` already.

    Successive shortest paths on the assignment graph: all inner arcs cost nothing and an
    evaluator's marginal cost grows with their load, so each step finds, by breadth-first
    search along alternating paths, the least-loaded evaluator reachable from a proposal that
    still needs one, and shifts picks along that path. Among equally loaded evaluators the
    one who has reviewed least often alongside the proposal's other evaluators is taken, so
    that evaluators are not always paired with the same colleague.

    Most steps need no search: when the least-loaded evaluators may join a proposal that
    needs one, the search would reach them straight from the first such proposal (in number
    order), and the step is taken without it (``_Picks.direct``).
    """
    picks = _Picks(load, existing, barred)
    remaining = list(need)
    needy = [p for p, n in enumerate(remaining) if n]
    left = sum(remaining)
    while left:
        step = picks.direct(needy)
        if step is None:
            reached = picks.search(needy)
            target = picks.lightest(reached)
            picks.take(target)
            p = picks.shift(target, reached)
        else:
            p, target = step
            picks.take(target)
            picks.join(p, target)
        remaining[p] -= 1
        left -= 1
        if not remaining[p]:
            needy.remove(p)
    return picks.chosen


class _Picks:
    """The picks so far, with what the search reads, kept up to date as picks move: the
    loads (and who has each load), each proposal's evaluators, and how many proposals each
    pair of evaluators shares."""

    def __init__(self, load: list[int], existing: list[set[int]], barred: list[set[int]]) -> None:
        everyone = range(len(load))
        self.load = list(load)
        self.chosen: set[Pair] = set()
        self.picked_for: dict[int, set[int]] = {e: set() for e in everyone}
        self.panels = [set(panel) for panel in existing]
        self.barred = [b | panel if panel else b for b, panel in zip(barred, existing, strict=True)]
        self.candidates: dict[int, list[int]] = {}
        # Evaluators whom no proposal may take are never reached: they do not count.
        takeable = [e for e in everyone if any(e not in b for b in self.barred)]
        self.by_load: dict[int, list[int]] = {}
        for e in takeable:  # ascending, so each list is sorted
            self.by_load.setdefault(self.load[e], []).append(e)
        self.lowest = min(self.by_load, default=0)
        self.shared = [[0] * len(load) for _ in load]
        for panel in self.panels:
            for a in panel:
                for b in panel - {a}:
                    self.shared[a][b] += 1

    def take(self, e: int) -> None:
        """One more review for ``e``."""
        before = self.load[e]
        self.load[e] = before + 1
        group = self.by_load.get(before)
        if group is not None and e in group:  # an untakeable evaluator is in no group
            group.remove(e)
            bisect.insort(self.by_load.setdefault(before + 1, []), e)
            while not self.by_load.get(self.lowest):
                self.lowest += 1

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

    def free(self, p: int, e: int) -> bool:
        """Whether ``e`` may join ``p`` now."""
        return e not in self.barred[p] and e not in self.panels[p]

    def direct(self, needy: list[int]) -> Pair | None:
        """The step the search would take, found without it when it can be: the least-loaded
        evaluators in number order, each with the first proposal needing one that they may
        join, until one shares no proposal with that panel (nobody after can beat it). None
        when one of them may join none (the search then looks along alternating paths)."""
        first = needy[0]
        best: tuple[int, int, int] | None = None  # (shared, evaluator, proposal)
        for e in self.by_load[self.lowest]:
            root = (
                first if self.free(first, e) else next((p for p in needy if self.free(p, e)), None)
            )
            if root is None:
                return None
            together = sum(self.shared[e][f] for f in self.panels[root])
            if best is None or together < best[0]:
                best = (together, e, root)
                if not together:
                    break
        assert best is not None  # while a proposal needs someone, someone may take it
        return best[2], best[1]

    def _candidates(self, p: int) -> list[int]:
        if p not in self.candidates:
            barred = self.barred[p]
            self.candidates[p] = [e for e in range(len(self.load)) if e not in barred]
        return self.candidates[p]

    def search(self, needy: list[int]) -> Reached:
        """Every evaluator reachable from the proposals that still need one (in number
        order), then along earlier picks."""
        reached_from: dict[int, int] = {}
        proposal_via: dict[int, int] = {}
        chosen, picked_for, evaluators = self.chosen, self.picked_for, len(self.load)
        seen_proposals = set(needy)
        queue: deque[int] = deque()

        def reach(p: int) -> list[int]:
            found = []
            for e in self._candidates(p):
                if e not in reached_from and (p, e) not in chosen:
                    reached_from[e] = p
                    found.append(e)
            return found

        def follow(e: int) -> None:
            for q in sorted(picked_for[e]):
                if q not in seen_proposals:
                    seen_proposals.add(q)
                    proposal_via[q] = e
                    queue.append(q)

        # Once every evaluator is reached the search can learn nothing more. The proposals
        # that need one come first; the picks of whom they reached are followed after.
        first_reached: list[int] = []
        for p in needy:
            if len(reached_from) == evaluators:
                return reached_from, proposal_via
            first_reached += reach(p)
        if len(reached_from) == evaluators:
            return reached_from, proposal_via
        for e in first_reached:
            follow(e)
        while queue and len(reached_from) < evaluators:
            for e in reach(queue.popleft()):
                follow(e)
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
