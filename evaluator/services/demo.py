"""The demo workspace: the SMART Balkans call, sample proposals, evaluators and reviews.

The call and the proposals are shipped resource files (``files.demo`` reads them); everything
else is derived from fixed data and stable hashes, so every run builds the same file.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session

from evaluator.rules.call import CallSpec
from evaluator.rules.ranking import flags
from evaluator.rules.statuses import Flag, Slot
from evaluator.rules.table import Table
from evaluator.services import scoring
from evaluator.services.assignment import AssignmentView, assign, assign_one, blocked_pairs
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
# The committee's story, from the seed: the nine winning consortia (RG-001 to RG-009) are
# funded once the chair reconciles DIVERGENT, one of them; the budget line falls under the ninth.
# Each eligible proposal's merit is the score (1–5) a fair reader would give every criterion,
# with a section's own merit where it differs; the evaluators scatter around it.
WINNERS = tuple(f"RG-{n:03d}" for n in range(1, 10))
MERIT: dict[str, tuple[float, dict[str, float]]] = {
    # Funded: the nine of the seed.
    "RG-002": (4.45, {}),
    "RG-008": (4.35, {}),
    "RG-001": (4.25, {}),
    "RG-004": (4.15, {}),
    "RG-006": (4.05, {}),
    "RG-009": (4.0, {}),
    "RG-003": (3.95, {}),
    "RG-007": (3.85, {}),
    "RG-005": (4.1, {}),
    # Reserve: above every pass mark, under the budget line.
    "RG-010": (3.7, {}),
    "RG-012": (3.6, {}),
    "RG-014": (3.5, {}),
    "RG-015": (3.45, {}),
    "RG-011": (3.35, {}),
    # Below threshold: under the pass mark of 65, or under Relevance's 18 despite the total.
    "RG-013": (3.05, {}),
    "RG-016": (2.85, {}),
    "RG-017": (3.95, {"Relevance": 2.6}),
    "RG-018": (2.7, {}),
    "RG-019": (3.1, {}),
    "RG-020": (2.45, {}),
    "RG-021": (2.95, {}),
}
# This evaluator fell behind: her last review is not started, the one before is half done.
# The chair asked another evaluator to review those two, so the committee is not held up.
BEHIND = "Ana Stojanovska"
# Proposals on which the two evaluators disagree: one awaits reconciliation, the committee
# settled the other with consensus scores.
DIVERGENT = "RG-005"
SETTLED = "RG-014"
# How far each evaluator of DIVERGENT and SETTLED strays from the merit: the first one
# assigned, the second.
APART = {DIVERGENT: (0.55, -0.55), SETTLED: (0.7, -0.7)}
# What an evaluator writes for a score that needs a comment (1, 2 and 5 in the call), by section.
COMMENTS = {
    5: {
        "Relevance": "Excellent: squarely on the call's priorities, with needs shown per country.",
        "Design": "Excellent: a clear chain from activities to results, with indicators.",
        "Capacity": "Excellent: the partners have run regional projects of this size before.",
        "Sustainability": "Excellent: a credible plan to keep the network going after the grant.",
        "Budget": "Excellent: costs are realistic and clearly tied to the activities.",
    },
    2: {
        "Relevance": "Weak: the link to the priority areas stays general; needs are assumed.",
        "Design": "Weak: activities are listed without showing what they change.",
        "Capacity": "Weak: the expertise sits with one partner; the others have no clear role.",
        "Sustainability": "Weak: little sign that anything continues once the grant ends.",
        "Budget": "Weak: several cost lines are high and not explained.",
    },
}
NOT_ADDRESSED = "The proposal does not address this criterion in any concrete way."


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
    assigned = list(assign(session=session))
    panels: dict[str, list[str]] = {}
    for slot in assigned:
        panels.setdefault(slot.reference, []).append(slot.evaluator)
    behind = [s.reference for s in assigned if s.evaluator == BEHIND]
    unfinished = {behind[-1]: 0, behind[-2]: len(spec.criteria) // 2}
    for reference in unfinished:
        stand_in = _stand_in(session, reference, assigned)
        assign_one(session=session, evaluator_name=stand_in, reference=reference)
        assigned.append(AssignmentView(reference, stand_in, Slot.ASSIGNED))
    for slot in assigned:
        scored = len(spec.criteria)
        if slot.evaluator == BEHIND:
            scored = unfinished.get(slot.reference, scored)
        if scored:
            _score(session, spec, slot.reference, slot.evaluator, scored, panels)
    settle(session, spec)


def _stand_in(session: Session, reference: str, assigned: list[AssignmentView]) -> str:
    """The evaluator who takes over a review from BEHIND, as a chair picks one: free of any
    conflict with the proposal, not on its panel, the least loaded (then first by name)."""
    proposal = find_proposal(session, reference)
    panel = {slot.evaluator for slot in assigned if slot.reference == reference}
    load = Counter(slot.evaluator for slot in assigned)
    free = []
    for name in (n for n, _country, _email in EVALUATORS if n not in panel):
        evaluator = find_evaluator(session, name)
        if (evaluator.id, proposal.id) not in blocked_pairs(session, [evaluator], [proposal]):
            free.append(name)
    if not free:
        raise AssertionError(f"no evaluator can stand in on {reference}")
    return min(free, key=lambda name: (load[name], name))


def _score(
    session: Session,
    spec: CallSpec,
    reference: str,
    name: str,
    scored: int,
    panels: dict[str, list[str]],
) -> None:
    """One evaluator's review of ``reference``: its first ``scored`` criteria, submitted when
    all are scored."""
    evaluator = find_evaluator(session, name)
    scoring.declare(session=session, evaluator=evaluator, reference=reference)
    review = scoring.review_of(session, evaluator, reference)
    merit, sections = MERIT[reference]
    lean = 0.3 * _draw(name) - 0.15
    if reference in APART:
        lean = APART[reference][panels[reference].index(name)]
    for criterion in spec.criteria[:scored]:
        noise = 1.3 * _draw(reference, name, criterion.code) - 0.65
        wanted = sections.get(criterion.section, merit) + lean + noise
        value = max(1, min(5, int(Decimal(str(wanted)).quantize(Decimal(1), ROUND_HALF_UP))))
        scoring.record_score(
            session=session,
            review=review,
            criterion=criterion.code,
            value=Decimal(value),
            comment=_comment(value, criterion.section),
        )
    if scored == len(spec.criteria):
        scoring.submit(session=session, review=review)


def _comment(value: int, section: str) -> str:
    """The comment an evaluator of the demo writes for ``value`` in ``section``, if any."""
    if value == 1:
        return NOT_ADDRESSED
    return COMMENTS.get(value, {}).get(section, "")


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
