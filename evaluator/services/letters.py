"""The data of the outcome letters: what each decided proposal's applicant is told.

A letter holds the outcome, the committee's final figures against the call's pass marks and
the chair's feedback; never an evaluator's name, an individual review or an evaluator's
comment, so none of them is read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import SOURCE, _, current, decimal, long_date, money, plural, speaking
from evaluator.rules.call import CallSpec
from evaluator.rules.contracts import amount_in_words
from evaluator.rules.letters import Readiness, readiness
from evaluator.rules.points import points
from evaluator.rules.ranking import Outcome
from evaluator.rules.statuses import Role, Status
from evaluator.rules.text import clean_name, safe_file_name
from evaluator.rules.words import STATUS_WORDS, explain, quoted
from evaluator.services.calls import stored_call
from evaluator.services.contracts import document_language
from evaluator.services.feedback import ApplicantFeedback, applicant_feedback
from evaluator.services.reconcile import ranking
from evaluator.storage import audit
from evaluator.storage.models import Member, Organisation, Proposal


@dataclass(frozen=True)
class SectionLine:
    """One section of the grid as a letter prints it: score, maximum, pass mark."""

    name: str
    score: str
    maximum: str
    pass_mark: str  # empty when the section has none
    passed: bool


@dataclass(frozen=True)
class CriterionNote:
    """The chair's feedback on one criterion, with the criterion's own words."""

    code: str
    text: str
    feedback: str


@dataclass(frozen=True)
class LetterData:
    """Everything one outcome letter prints."""

    reference: str
    status: Status
    email: str
    values: dict[str, str]  # the template's placeholders
    reasons: list[str] = field(default_factory=list)  # ineligible: each reason in words
    sections: list[SectionLine] = field(default_factory=list)
    total_passed: bool = True  # the final total reaches the call's pass mark
    feedback: str = ""
    criteria: list[CriterionNote] = field(default_factory=list)
    audit_head: str = ""
    language: str = SOURCE  # the language the letter is written in

    @property
    def file_name(self) -> str:
        """The reference made safe as a file name, with .pdf."""
        return f"{safe_file_name(self.reference) or 'letter'}.pdf"


def letter_placeholders() -> list[str]:
    """The placeholders a letter template may use."""
    return [
        "call_id",
        "call_title",
        "currency",
        "authority_name",
        "authority_address",
        "authority_representative",
        "organisation",
        "address",
        "country",
        "reference",
        "title",
        "quoted_title",
        "date",
        "outcome",
        "final_score",
        "max_total",
        "pass_total",
        "rank",
        "ranked",
        "requested",
        "amount",
        "amount_words",
        "award_reason",
    ]


def letter_data(
    session: Session,
    references: list[str] | None = None,
    dated: date | None = None,
    language: str | None = None,
) -> list[LetterData]:
    """The letters of the decided proposals (all, or those named), by reference, dated
    ``dated`` (today if not given); refused while a proposal asked for is not decided yet, or
    is funded or reserve while another proposal is still open."""
    spec = stored_call(session)
    with speaking(document_language(spec, language)):
        return _letters(session, spec, references, dated)


def _letters(
    session: Session, spec: CallSpec, references: list[str] | None, dated: date | None
) -> list[LetterData]:
    outcomes = {o.reference: o for o in ranking(session).outcomes}
    wanted = _wanted(outcomes, references)
    proposals = {
        p.reference: p
        for p in session.exec(
            select(Proposal)
            .where(col(Proposal.reference).in_(wanted))
            .options(selectinload(Proposal.members).selectinload(Member.organisation))  # type: ignore[arg-type]
        ).all()
    }
    notes = applicant_feedback(session)
    hash_, entries = audit.head(session)
    head = "{hash} ({entries})".format(
        hash=hash_, entries=plural(entries, "{count} entry", "{count} entries")
    )
    ranked = sum(1 for o in outcomes.values() if o.rank is not None)
    day = long_date(dated or date.today())
    return [
        _letter(
            spec, outcomes[r], proposals[r], notes.get(r, ApplicantFeedback()), ranked, head, day
        )
        for r in wanted
    ]


def _wanted(outcomes: dict[str, Outcome], references: list[str] | None) -> list[str]:
    """The references to write letters for, sorted; refused for an unknown one, or one whose
    outcome is not final yet (every such one named)."""
    if references:
        asked = sorted({clean_name(r) for r in references})
        unknown = [r for r in asked if r not in outcomes]
        if unknown:
            raise EvaluatorError(
                _("No proposal has the reference {join}; no letter was written.").format(
                    join=", ".join(unknown)
                )
            )
    else:
        asked = sorted(outcomes)
    if not asked:
        raise EvaluatorError(_("The workspace holds no proposal yet; there is no letter to write."))
    state = readiness(outcomes.values())
    waiting = [r for r in asked if r not in state.ready]
    if waiting:
        open_ = [(r, status) for r, status in state.open if r in waiting]
        provisional = [r for r in state.provisional if r in waiting]
        if not open_:  # only ranked ones were asked for: name what holds them back
            open_ = state.open
        asked_state = Readiness(ready=[], open=open_, provisional=provisional)
        raise EvaluatorError(
            _("Not decided yet, so no letter was written: ")
            + asked_state.waiting_words()
            + _(
                " Complete the reviews and reconcile them first, or name the decided "
                "proposals with --reference."
            )
        )
    return asked


def _letter(
    spec: CallSpec,
    outcome: Outcome,
    proposal: Proposal,
    notes: ApplicantFeedback,
    ranked: int,
    head: str,
    day: str,
) -> LetterData:
    """The letter of one decided proposal, dated ``day``."""
    lead = _addressee(proposal)
    decided = outcome.status != Status.INELIGIBLE
    codes = {c.code: c for c in spec.criteria}
    return LetterData(
        reference=proposal.reference,
        status=outcome.status,
        email=lead.email if lead else "",
        values={**_values(spec, outcome, proposal, ranked), "date": day},
        reasons=[explain(spec, code) for code in proposal.reasons] if not decided else [],
        sections=_sections(spec, outcome) if decided else [],
        total_passed=(
            outcome.final_score is not None and outcome.final_score >= spec.scoring.pass_total
        ),
        feedback=notes.overall,
        criteria=[
            CriterionNote(code, codes[code].text, notes.criteria[code])
            for code in codes
            if code in notes.criteria
        ],
        audit_head=head,
        language=current(),
    )


def _addressee(proposal: Proposal) -> Organisation | None:
    """Who the letter is addressed to: the lead applicant, or, in a consortium that named
    none (an ineligible one), its first member as the proposal listed them."""
    members = list(proposal.members)
    lead = next((m for m in members if m.role == Role.LEAD), members[0] if members else None)
    return lead.organisation if lead else None


def _values(spec: CallSpec, outcome: Outcome, proposal: Proposal, ranked: int) -> dict[str, str]:
    """What the placeholders of a letter print."""
    lead = _addressee(proposal)
    authority, call = spec.contracting_authority, spec.call
    amount = outcome.awarded or outcome.requested
    return {
        "call_id": call.id,
        "call_title": call.title,
        "currency": call.currency,
        "authority_name": authority.name if authority else "",
        "authority_address": authority.address if authority else "",
        "authority_representative": authority.representative if authority else "",
        "organisation": lead.name if lead else "",
        "address": lead.address if lead else "",
        "country": lead.country if lead else "",
        "reference": proposal.reference,
        "title": proposal.title,
        "quoted_title": quoted(proposal.title),
        "outcome": STATUS_WORDS[outcome.status],
        "final_score": "" if outcome.final_score is None else decimal(outcome.final_score),
        "max_total": points(spec.total_max),
        "pass_total": points(spec.scoring.pass_total),
        "rank": str(outcome.rank or ""),
        "ranked": str(ranked),
        "requested": money(outcome.requested),
        "amount": money(amount) if outcome.status == Status.FUNDED else "",
        "amount_words": (
            amount_in_words(amount, call.currency, current())
            if outcome.status == Status.FUNDED
            else ""
        ),
        "award_reason": proposal.award_reason or "",
    }


def _sections(spec: CallSpec, outcome: Outcome) -> list[SectionLine]:
    """Each section's final score against its maximum and pass mark, in call order."""
    scores = outcome.section_scores or {}
    lines = []
    for section in spec.sections:
        score = scores.get(section.name)
        mark = section.pass_min
        lines.append(
            SectionLine(
                name=section.name,
                score="" if score is None else decimal(score),
                maximum=points(spec.section_max(section.name)),
                pass_mark=points(mark) if mark is not None else "",
                passed=mark is None or (score is not None and score >= mark),
            )
        )
    return lines
