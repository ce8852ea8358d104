"""The demo workspace: the SMART Balkans call, sample proposals, evaluators and reviews.

The call and the proposals are shipped resource files (``files.demo`` reads them); everything
else is derived from fixed data and stable hashes, so every run builds the same file.
"""

from __future__ import annotations

import hashlib
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session

from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import flags
from evaluator.rules.statuses import Flag
from evaluator.rules.table import Table
from evaluator.services import scoring
from evaluator.services.assignment import assign
from evaluator.services.calls import call_row
from evaluator.services.evaluators import add_conflict, add_evaluator, find_evaluator, find_proposal
from evaluator.services.proposals import import_table
from evaluator.services.reconcile import load_facts, resolve, set_consensus


def populate_demo(*, session: Session, spec: CallSpec, call_text: str, proposals: Table) -> None:
    """Fill an empty workspace with the demo: the call, its proposals and the committee's work."""
    session.add(call_row(spec, call_text))
    session.flush()
    import_table(session=session, table=proposals, source="demo proposals")
    add_reviews(session, spec)


# (name, country, e-mail): the committee's evaluators.
EVALUATORS = (
    ("Jelena Đurović", "Montenegro", "jelena.durovic@example.org"),
    ("Arben Krasniqi", "Kosovo", "arben.krasniqi@example.org"),
    ("Марко Петровић", "Serbia", "marko.petrovic@example.org"),
    ("Ana Stojanovska", "North Macedonia", "ana.stojanovska@example.org"),
    ("Elira Hoxha", "Albania", "elira.hoxha@example.org"),
)
# This evaluator has not finished: her last review is not started, the one before is half done.
BEHIND = "Ana Stojanovska"
# Proposals on which the two evaluators disagree: one awaits reconciliation, the committee
# settled the other with consensus scores.
DIVERGENT = "RG-005"
SETTLED = "RG-014"
COMMENTS = {
    1: "The proposal does not address this criterion in any concrete way.",
    2: "Weak: the text stays general and gives no evidence for this criterion.",
    5: "Excellent: concrete, well evidenced and clearly regional.",
}


def _draw(*parts: str) -> float:
    """A stable number in [0, 1) drawn from ``parts``."""
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def add_reviews(session: Session, spec: CallSpec) -> None:
    """The demo committee: evaluators, one conflict, assignments and scored reviews."""
    for name, country, email in EVALUATORS:
        add_evaluator(session=session, name=name, country=country, email=email)
    add_conflict(
        session=session,
        evaluator=find_evaluator(session, "Arben Krasniqi"),
        proposal=find_proposal(session, "RG-011"),
        reason="Former board member of Lëvizja Rinore Prizren",
    )
    assigned = assign(session=session)
    panels: dict[str, list[str]] = {}
    for slot in assigned:
        panels.setdefault(slot.reference, []).append(slot.evaluator)
    behind = [s.reference for s in assigned if s.evaluator == BEHIND]
    unfinished = {behind[-1]: 0, behind[-2]: len(spec.criteria) // 2}
    for slot in assigned:
        evaluator = find_evaluator(session, slot.evaluator)
        scored = len(spec.criteria)
        if slot.evaluator == BEHIND:
            scored = unfinished.get(slot.reference, scored)
        if scored == 0:
            continue
        scoring.declare(session=session, evaluator=evaluator, reference=slot.reference)
        review = scoring.review_of(session, evaluator, slot.reference)
        quality = 2.4 + 2.4 * _draw(slot.reference)
        bias = 0.8 * _draw(slot.evaluator) - 0.4
        if slot.reference in (DIVERGENT, SETTLED):
            bias = 1.2 if panels[slot.reference].index(slot.evaluator) == 0 else -1.4
        for criterion in spec.criteria[:scored]:
            noise = 1.6 * _draw(slot.reference, slot.evaluator, criterion.code) - 0.8
            value = max(1, min(5, round(quality + bias + noise)))
            scoring.record_score(
                session=session,
                review=review,
                criterion=criterion.code,
                value=Decimal(value),
                comment=COMMENTS.get(value, ""),
            )
        if scored == len(spec.criteria):
            scoring.submit(session=session, review=review)
    settle(session, spec)


def settle(session: Session, spec: CallSpec) -> None:
    """The committee agrees a consensus on each divergent criterion of SETTLED and resolves it."""
    facts = next(f for f in load_facts(session) if f.reference == SETTLED)
    for flag in flags(spec, facts):
        if flag.flag is Flag.DIVERGENT_CRITERION and flag.criterion is not None:
            code = flag.criterion
            values = [r.scores[code] for r in facts.reviews]
            mean = sum(values, Decimal(0)) / len(values)
            agreed = mean.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            set_consensus(
                session=session,
                reference=SETTLED,
                criterion=code,
                value=agreed,
                reason="Agreed in the committee meeting after hearing both evaluators",
            )
    resolve(
        session=session,
        reference=SETTLED,
        note="Consensus on the divergent criteria; the evaluators' comments are consistent.",
    )
