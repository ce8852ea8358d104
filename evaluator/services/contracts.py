"""The data of the funded proposals' contract drafts: who signs, for what, for how much, when."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, SOURCE, _, contract_date, current, money, plural, speaking
from evaluator.rules.call import CallSpec
from evaluator.rules.contracts import add_months, amount_in_words, tranches
from evaluator.rules.ranking import Outcome
from evaluator.rules.statuses import Role, Status
from evaluator.rules.text import safe_file_name
from evaluator.rules.words import quoted
from evaluator.services.calls import stored_call
from evaluator.services.reconcile import ranking
from evaluator.storage import audit
from evaluator.storage.models import Member, Proposal

MISSING = N_("[to be completed]")


@dataclass(frozen=True)
class ContractData:
    """Everything one contract draft prints."""

    number: str
    values: dict[str, str]
    partners: list[tuple[str, str, str]]
    payments: list[tuple[str, str, str]]
    missing: list[str] = field(default_factory=list)
    # The audit trail's head when the draft's data was read: "<64 hex> (<N> entries)".
    audit_head: str = ""
    # The language the draft is written in, and the same draft in a second language that
    # follows it in the same document (a bilingual contract).
    language: str = SOURCE
    parallel: ContractData | None = None
    # The amount as the audit trail has always recorded it (58,000.00), whatever the language.
    award: str = ""

    @property
    def file_name(self) -> str:
        """The contract number made safe as a file name, with .pdf."""
        return f"{safe_file_name(self.number) or 'contract'}.pdf"


def contract_placeholders() -> list[str]:
    """The placeholders a contract template may use."""
    return [
        "contract_number",
        "call_id",
        "call_title",
        "currency",
        "authority_name",
        "authority_address",
        "authority_representative",
        "beneficiary_name",
        "beneficiary_country",
        "beneficiary_address",
        "beneficiary_registration",
        "beneficiary_representative",
        "reference",
        "title",
        "quoted_title",
        "priority_area",
        "topics",
        "partners",
        "duration_months",
        "start_date",
        "end_date",
        "amount",
        "amount_words",
    ]


def document_language(spec: CallSpec, requested: str | None = None) -> str:
    """The language of the contracts and letters: the one asked for (``--lang``), else the
    call's (``[contract] language``), else the one the application speaks."""
    return requested or (spec.contract.language if spec.contract else None) or current()


def contract_data(
    session: Session, references: list[str] | None = None, language: str | None = None
) -> list[ContractData]:
    """The data of the funded proposals' contracts, numbered by rank among the funded, in
    ``document_language``; a bilingual call's drafts are in English with that language
    after them."""
    spec = stored_call(session)
    code = document_language(spec, language)
    with speaking(code):
        drafts = _drafts(session, spec, references)
    if spec.contract is None or not spec.contract.bilingual or code == SOURCE:
        return drafts
    with speaking(SOURCE):
        english = _drafts(session, spec, references)
    return [replace(first, parallel=local) for first, local in zip(english, drafts, strict=True)]


def _drafts(session: Session, spec: CallSpec, references: list[str] | None) -> list[ContractData]:
    funded = _funded(session, references)
    proposals = {
        p.reference: p
        for p in session.exec(
            select(Proposal)
            .where(col(Proposal.reference).in_([o.reference for o in funded]))
            .options(selectinload(Proposal.members).selectinload(Member.organisation))  # type: ignore[arg-type]
        ).all()
    }
    hash_, entries = audit.head(session)
    head = "{hash} ({entries})".format(
        hash=hash_, entries=plural(entries, "{count} entry", "{count} entries")
    )
    return [
        _draft(spec, seq, outcome, proposals[outcome.reference], head)
        for seq, outcome in enumerate(funded, start=1)
        if not references or outcome.reference in references
    ]


def _funded(session: Session, references: list[str] | None) -> list[Outcome]:
    """The funded proposals' outcomes in rank order, refused when there are none or when
    ``references`` names one that is not funded."""
    funded = [o for o in ranking(session).outcomes if o.status == Status.FUNDED]
    if not funded:
        raise EvaluatorError(_("No proposal is funded yet; there is no contract to draw up."))
    if references:
        known = {o.reference for o in funded}
        strangers = [r for r in references if r not in known]
        if strangers:
            raise EvaluatorError(
                _("Not funded, so no contract: {join}; the funded proposals are {join2}.").format(
                    join=", ".join(strangers), join2=", ".join(sorted(known))
                )
            )
    return funded


def _draft(
    spec: CallSpec, seq: int, outcome: Outcome, proposal: Proposal, head: str
) -> ContractData:
    """The contract of the ``seq``-th funded proposal."""
    terms = spec.contract
    amount = outcome.awarded or outcome.requested
    missing: list[str] = []
    number_format = terms.number_format if terms else "{call_id}/{seq:03d}"
    number = number_format.format(call_id=spec.call.id, seq=seq)
    values = _values(spec, number, proposal, amount, missing)
    schedule = tranches(amount, [(p.label, p.percent) for p in terms.payments] if terms else [])
    if not schedule:
        missing.append(_("payment schedule ([contract].payments in the call file)"))
    return ContractData(
        number=number,
        values=values,
        partners=[
            (m.organisation.name, m.organisation.country, m.organisation.org_type)
            for m in proposal.members
            if m.role != Role.LEAD
        ],
        payments=[
            (label, f"{percent.normalize():f} %", money(share))
            for label, percent, share in schedule
        ],
        missing=missing,
        audit_head=head,
        language=current(),
        award=f"{amount:,.2f}",
    )


def _values(
    spec: CallSpec, number: str, proposal: Proposal, amount: Decimal, missing: list[str]
) -> dict[str, str]:
    """What the placeholders of a draft print; what the call file or the applicant did not
    give prints as ``MISSING`` and is named in ``missing``."""

    def given(value: str | None, what: str) -> str:
        if value:
            return value
        missing.append(what)
        return _(MISSING)

    terms, authority, currency = spec.contract, spec.contracting_authority, spec.call.currency
    start = terms.start_date if terms else None
    end = add_months(start, proposal.duration_months) - timedelta(days=1) if start else None
    lead = next((m for m in proposal.members if m.role == Role.LEAD), None)
    organisation = lead.organisation if lead else None
    return {
        "contract_number": number,
        "call_id": spec.call.id,
        "call_title": spec.call.title,
        "currency": currency,
        "authority_name": given(
            authority.name if authority else None, _("contracting authority: name")
        ),
        "authority_address": given(
            authority.address if authority else None, _("contracting authority: address")
        ),
        "authority_representative": given(
            authority.representative if authority else None,
            _("contracting authority: representative"),
        ),
        "beneficiary_name": given(
            organisation.name if organisation else None, _("beneficiary: name")
        ),
        "beneficiary_country": given(
            organisation.country if organisation else None, _("beneficiary: country")
        ),
        "beneficiary_address": given(
            organisation.address if organisation else None, _("beneficiary: address")
        ),
        "beneficiary_registration": given(
            organisation.registration_number if organisation else None,
            _("beneficiary: registration number"),
        ),
        "beneficiary_representative": given(
            organisation.representative if organisation else None, _("beneficiary: representative")
        ),
        "reference": proposal.reference,
        "title": proposal.title,
        "quoted_title": quoted(proposal.title),
        "priority_area": proposal.priority_area,
        "topics": "; ".join(proposal.topics),
        "partners": ", ".join(m.organisation.name for m in proposal.members if m.role != Role.LEAD),
        "duration_months": str(proposal.duration_months),
        "start_date": given(contract_date(start) if start else None, _("start date of the action")),
        "end_date": given(contract_date(end) if end else None, _("end date of the action")),
        "amount": money(amount),
        "amount_words": amount_in_words(amount, currency, current()),
    }
