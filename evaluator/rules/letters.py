"""Which proposals' applicants can be told their outcome, and which must wait."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evaluator.i18n import _
from evaluator.rules.ranking import Outcome
from evaluator.rules.statuses import Status
from evaluator.rules.words import STATUS_WORDS

# The statuses a letter can be written for: the others are not decided yet.
DECIDED = (Status.FUNDED, Status.RESERVE, Status.BELOW_THRESHOLD, Status.INELIGIBLE)
# The statuses that depend on the other proposals' places in the ranking.
RANKED = (Status.FUNDED, Status.RESERVE)


@dataclass(frozen=True)
class Readiness:
    """Which proposals can be told their outcome now.

    ``open`` are not decided yet (incomplete, or awaiting reconciliation). While any is open,
    the ranking can still move, so ``provisional`` (funded or reserve for now) wait with them;
    ``ready`` are final: every outcome once nothing is open, else below threshold and
    ineligible ones.
    """

    ready: list[str]
    open: list[tuple[str, Status]]
    provisional: list[str]

    def waiting_words(self) -> str:
        """``RG-005 (needs reconciliation). While it is open the ranking can change, so the
        funded and reserve proposals wait too: RG-001, RG-002``; empty when none wait."""
        if not self.open:
            return ""
        said = "; ".join(f"{r} ({STATUS_WORDS[status]})" for r, status in self.open)
        if not self.provisional:
            return f"{said}."
        pronoun = _("it is") if len(self.open) == 1 else _("they are")
        return _(
            "{said}. While {pronoun} open the ranking can change, so the funded "
            "and reserve proposals wait too: {join}."
        ).format(said=said, pronoun=pronoun, join=", ".join(self.provisional))


def readiness(outcomes: Iterable[Outcome]) -> Readiness:
    """Split ``outcomes`` into those whose letter can be written now and those that wait."""
    listed = sorted(outcomes, key=lambda o: o.reference)
    open_ = [(o.reference, o.status) for o in listed if o.status not in DECIDED]
    ranked = [o.reference for o in listed if o.status in RANKED] if open_ else []
    ready = [o.reference for o in listed if o.status in DECIDED and o.reference not in ranked]
    return Readiness(ready=ready, open=open_, provisional=ranked)
