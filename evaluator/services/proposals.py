"""Proposals: importing a proposals file (all or nothing) and the read models of the lists."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import ProposalFileError
from evaluator.i18n import N_, _, plural
from evaluator.rules import eligibility
from evaluator.rules.call import CallSpec
from evaluator.rules.money import amount_examples, parse_amount
from evaluator.rules.statuses import Reason, Role
from evaluator.rules.table import Problems, Table, check_header
from evaluator.rules.text import clean, clean_name, fold, hidden_reordering, is_email, search_key
from evaluator.services.calls import stored_call
from evaluator.storage.models import Conflict, Member, Organisation, Proposal, Review

REQUIRED_COLUMNS = (
    "reference",
    "title",
    "priority_area",
    "topics",
    "requested_amount",
    "duration_months",
    "organisation",
    "country",
    "org_type",
    "role",
)
OPTIONAL_COLUMNS = ("summary", "address", "registration_number", "representative", "email")
PROPOSAL_COLUMNS = (
    "title",
    "priority_area",
    "topics",
    "requested_amount",
    "duration_months",
    "summary",
)
ROLES = tuple(Role)
# Cells that name something the rules compare or count (a proposal, an organisation, its
# country and type): cleaned by ``clean_name``, so that no invisible character makes one
# organisation two. The others are free text, kept as written (``clean``).
IDENTITY_COLUMNS = (
    "reference",
    "priority_area",
    "organisation",
    "country",
    "org_type",
    "role",
    "registration_number",
    "representative",
    "email",
)

Progress = Callable[[int, int], None]


@dataclass
class _MemberRow:
    row: int
    name: str
    country: str
    org_type: str
    role: str
    details: dict[str, str]


@dataclass
class _ProposalRows:
    reference: str
    row: int
    values: dict[str, str]
    members: list[_MemberRow] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    """What an import changed."""

    proposals: int
    members: int
    new_organisations: int
    replaced: list[str]
    eligible: int

    def summary(self, source: str) -> str:
        """One sentence for the user."""
        replaced = (
            _(", replacing {count}").format(count=len(self.replaced)) if self.replaced else ""
        )
        eligible = (
            _("it is")
            if self.proposals == 1
            else _("{eligible} of them are").format(eligible=self.eligible)
        )
        if self.proposals == 1 and not self.eligible:
            eligible = _("it is not")
        return _(
            "Imported {proposals} ({members}, {new_organisations}){replaced} from "
            "{source}; {eligible} eligible."
        ).format(
            proposals=plural(self.proposals, "{count} proposal", "{count} proposals"),
            members=plural(self.members, "{count} consortium member", "{count} consortium members"),
            new_organisations=plural(
                self.new_organisations, "{count} new organisation", "{count} new organisations"
            ),
            replaced=replaced,
            source=source,
            eligible=eligible,
        )


def import_table(
    *,
    session: Session,
    table: Table,
    source: str,
    replace: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import proposals already read from a file named ``source``; see ``import_proposals``."""
    spec = stored_call(session)
    problems = Problems(source)
    columns = check_header(table, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, problems)
    drafts = _parse_rows(table, columns, spec, problems) if columns is not None else []
    if columns is not None and not table.rows:
        problems.note(_("the file has a header but no proposal rows"))
    existing = {
        p.reference: p
        for p in session.exec(
            select(Proposal).where(col(Proposal.reference).in_([d.reference for d in drafts]))
        )
    }
    clashes = [d for d in drafts if d.reference in existing] if not replace else []
    reviewed = set(
        session.exec(
            select(Review.proposal_id).where(
                col(Review.proposal_id).in_([p.id for p in existing.values()])
            )
        ).all()
    )
    for draft in drafts:
        if replace and draft.reference in existing and existing[draft.reference].id in reviewed:
            problems.add(
                draft.row,
                "reference",
                _(
                    "{reference} is already assigned to evaluators; it can no longer be replaced."
                ).format(reference=draft.reference),
            )
    for draft in clashes:
        problems.add(
            draft.row,
            "reference",
            _(
                "{reference} is already in the workspace; import with “replace” to overwrite it."
            ).format(reference=draft.reference),
        )
    _check_type_changes(session, drafts, problems)
    if problems.lines:
        raise ProposalFileError(problems.summary(), problems.lines, [d.reference for d in clashes])
    return _write(session, spec, drafts, existing, source, progress)


def _check_type_changes(session: Session, drafts: list[_ProposalRows], problems: Problems) -> None:
    """An organisation's type may not change under proposals this file does not bring: it
    would silently change their eligibility."""
    in_file = {d.reference for d in drafts}
    rows = {_organisation_key(m.name, m.country): m for d in drafts for m in d.members}
    known = session.exec(select(Organisation).where(col(Organisation.key).in_(list(rows)))).all()
    for organisation in known:
        row = rows[organisation.key]
        if fold(organisation.org_type) == fold(row.org_type):
            continue
        others = sorted(
            m.proposal.reference
            for m in organisation.memberships
            if m.proposal.reference not in in_file
        )
        if others:
            problems.add(
                row.row,
                "org_type",
                _(
                    "“{name}” ({country}) is “{org_type}” in {join}; a different type here "
                    "would change their eligibility"
                ).format(
                    name=organisation.name,
                    country=organisation.country,
                    org_type=organisation.org_type,
                    join=", ".join(others),
                ),
            )


def _parse_rows(
    table: Table, columns: dict[str, int], spec: CallSpec, problems: Problems
) -> list[_ProposalRows]:
    drafts: dict[str, _ProposalRows] = {}
    organisations: dict[str, tuple[int, str]] = {}
    for number, cells in table.rows:
        values = _row_values(table, columns, number, cells, problems)
        if values is None:
            continue
        role = values["role"].lower()
        reference = values["reference"]
        draft = drafts.get(reference)
        if draft is None:
            draft = drafts[reference] = _ProposalRows(reference, number, values)
        else:
            _check_agrees(draft, values, number, problems)
        member = _member(values, role, number, spec)
        key = _organisation_key(member.name, member.country)
        clash = next(
            (m for m in draft.members if _organisation_key(m.name, m.country) == key), None
        )
        if clash is not None:
            problems.add(
                number,
                "organisation",
                _("“{name}” ({country}) is already a member of {reference} on row {row}").format(
                    name=member.name, country=member.country, reference=reference, row=clash.row
                ),
            )
            continue
        seen = organisations.setdefault(key, (number, member.org_type))
        if fold(seen[1]) != fold(member.org_type):
            problems.add(
                number,
                "org_type",
                _("“{name}” ({country}) is “{seen}” on row {seen2}, not “{org_type}”").format(
                    name=member.name,
                    country=member.country,
                    seen=seen[1],
                    seen2=seen[0],
                    org_type=member.org_type,
                ),
            )
        draft.members.append(member)
    return list(drafts.values())


# Said of a number cell a spreadsheet formats as a date (LibreOffice shows 18 as 1900-01-18).
_AS_DATE = N_(
    ": the spreadsheet formats the cell as a date; format the column as numbers and type the "
    "value again"
)


def looks_like_a_date(text: str) -> bool:
    """Whether ``text`` is what a date-formatted cell reads as: 1900-01-18 or
    1900-01-18T00:00:00."""
    return bool(_DATE_CELL.match(text))


_DATE_CELL = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?)?$")


def _row_values(
    table: Table, columns: dict[str, int], number: int, cells: list[str], problems: Problems
) -> dict[str, str] | None:
    """Row ``number``'s cells by column, cleaned; None (its problems noted) if it cannot be
    read as a consortium member."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    raw = {name: cell(name) for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)}
    values = {
        name: clean_name(text) if name in IDENTITY_COLUMNS else clean(text)
        for name, text in raw.items()
    }
    reordered = [(name, why) for name in IDENTITY_COLUMNS if (why := hidden_reordering(raw[name]))]
    for name, why in reordered:
        problems.add(number, name, why)
    blank = [name for name in REQUIRED_COLUMNS if not values[name]]
    for name in blank:
        problems.add(number, name, _("this cell is empty"))
    row_ok = not blank and not reordered
    extra_cells = cells[len(table.header) :]
    if any(extra_cells):
        problems.add(number, f"#{len(table.header) + 1}", _("a value stands beyond the header"))
    amount = parse_amount(values["requested_amount"], decimal_comma=table.decimal_comma)
    if amount is not None:
        # As the rest of the import reads it: a decimal comma's amount in the usual form.
        values["requested_amount"] = str(amount)
    elif values["requested_amount"]:
        row_ok = False
        typed = values["requested_amount"]
        problems.add(
            number,
            "requested_amount",
            _("“{typed}” is not an amount").format(typed=typed)
            + (
                _(_AS_DATE)
                if looks_like_a_date(typed)
                else _("; write it like {amount_examples}").format(
                    amount_examples=amount_examples(decimal_comma=table.decimal_comma)
                )
            ),
        )
    duration = values["duration_months"]
    # isdecimal, not isdigit: "1²" is a digit string that int() refuses.
    if duration and not (duration.isdecimal() and len(duration) <= 4 and int(duration) > 0):
        row_ok = False
        problems.add(
            number,
            "duration_months",
            _("“{duration}” is not a whole number of months").format(duration=duration)
            + (_(_AS_DATE) if looks_like_a_date(duration) else ""),
        )
    role = values["role"].lower()
    if values["role"] and role not in ROLES:
        row_ok = False
        problems.add(
            number, "role", _("“{role}” must be lead or partner").format(role=values["role"])
        )
    if values["email"] and not is_email(values["email"]):
        row_ok = False
        problems.add(
            number, "email", _("“{email}” is not an e-mail address").format(email=values["email"])
        )
    return values if row_ok else None


def _check_agrees(
    draft: _ProposalRows, values: dict[str, str], number: int, problems: Problems
) -> None:
    for name in PROPOSAL_COLUMNS:
        first, here = draft.values[name], values[name]
        if name == "summary" and not (first and here):
            draft.values[name] = first or here
            continue
        same = parse_amount(first) == parse_amount(here) if name == "requested_amount" else None
        if here != first and not same:
            problems.add(
                number,
                name,
                _(
                    "“{here}” differs from “{first}” on row {row} of proposal {reference}; "
                    "a proposal's columns must agree on all its rows"
                ).format(here=here, first=first, row=draft.row, reference=draft.reference),
            )


def _member(values: dict[str, str], role: str, number: int, spec: CallSpec) -> _MemberRow:
    org_types = [*spec.eligibility.member_types, *spec.eligibility.network_types]
    org_type = next((t for t in org_types if fold(t) == fold(values["org_type"])), None)
    return _MemberRow(
        row=number,
        name=values["organisation"],
        country=spec.canonical_country(values["country"]) or values["country"],
        org_type=org_type or values["org_type"],
        role=role,
        details={name: values[name] for name in OPTIONAL_COLUMNS if name != "summary"},
    )


def _organisation_key(name: str, country: str) -> str:
    return f"{fold(name)}|{fold(country)}"


def _write(
    session: Session,
    spec: CallSpec,
    drafts: list[_ProposalRows],
    existing: dict[str, Proposal],
    source: str,
    progress: Progress | None,
) -> ImportReport:
    keys = {_organisation_key(m.name, m.country) for d in drafts for m in d.members}
    known = {
        o.key: o for o in session.exec(select(Organisation).where(col(Organisation.key).in_(keys)))
    }
    before = len(known)
    for done, draft in enumerate(drafts):
        if progress is not None:
            progress(done, len(drafts))
        old = existing.get(draft.reference)
        kept: list[Conflict] = []
        if old is not None:
            # Conflicts of interest belong to the proposal, whatever version of it is imported.
            kept = [
                Conflict(
                    evaluator_id=c.evaluator_id,
                    reason=c.reason,
                    declared=c.declared,
                    created_at=c.created_at,
                )
                for c in session.exec(select(Conflict).where(Conflict.proposal_id == old.id))
            ]
            session.delete(old)
            session.flush()
        proposal = _new_proposal(spec, draft, known, source)
        session.add(proposal)
        if kept:
            session.flush()
            for conflict in kept:
                conflict.proposal_id = proposal.id
                session.add(conflict)
    if progress is not None:
        progress(len(drafts), len(drafts))
    session.flush()
    _delete_orphans(session)
    checked = {p.reference: p for p in check_eligibility(session)}
    return ImportReport(
        proposals=len(drafts),
        members=sum(len(d.members) for d in drafts),
        new_organisations=len(known) - before,
        replaced=sorted(existing),
        eligible=sum(1 for d in drafts if checked[d.reference].eligible),
    )


def _new_proposal(
    spec: CallSpec, draft: _ProposalRows, known: dict[str, Organisation], source: str
) -> Proposal:
    """The proposal of ``draft`` with its consortium; organisations not ``known`` (by key) are
    created and added to it, known ones take the file's type and details."""
    values = draft.values
    proposal = Proposal(
        reference=draft.reference,
        title=values["title"],
        summary=values["summary"],
        priority_area=spec.canonical_area(values["priority_area"]) or values["priority_area"],
        topics=[clean(t) for t in values["topics"].split(";") if clean(t)],
        requested_amount=parse_amount(values["requested_amount"]) or Decimal(0),
        duration_months=int(values["duration_months"]),
        source_file=source,
    )
    for position, row in enumerate(draft.members):
        organisation = known.get(_organisation_key(row.name, row.country))
        if organisation is None:
            organisation = Organisation(
                key=_organisation_key(row.name, row.country),
                name=row.name,
                country=row.country,
                org_type=row.org_type,
            )
            known[organisation.key] = organisation
        organisation.org_type = row.org_type
        for name, value in row.details.items():
            if value:
                setattr(organisation, name, value)
        proposal.members.append(Member(organisation=organisation, role=row.role, position=position))
    return proposal


def _delete_orphans(session: Session) -> None:
    """Organisations left in no proposal after a replacement (e.g. a corrected typo)."""
    orphans = session.exec(
        select(Organisation).where(~Organisation.memberships.any())  # type: ignore[attr-defined]
    ).all()
    for organisation in orphans:
        session.delete(organisation)


@dataclass(frozen=True)
class MemberView:
    """One consortium member as the lists show it."""

    organisation: str
    country: str
    org_type: str
    role: str


@dataclass(frozen=True)
class ProposalView:
    """A proposal as the lists and the detail panel show it."""

    reference: str
    title: str
    summary: str
    priority_area: str
    topics: list[str]
    requested_amount: Decimal
    duration_months: int
    eligible: bool | None
    reasons: list[Reason]
    members: list[MemberView]

    @property
    def lead(self) -> MemberView | None:
        """The lead applicant, if exactly one member is lead."""
        leads = [m for m in self.members if m.role == Role.LEAD]
        return leads[0] if len(leads) == 1 else None

    @property
    def countries(self) -> list[str]:
        """The consortium's countries, in member order, each once."""
        return list(dict.fromkeys(m.country for m in self.members))

    @property
    def search_text(self) -> str:
        """Everything a search box matches against, reduced by ``search_key``."""
        words = [self.reference, self.title, self.priority_area, *self.topics]
        for member in self.members:
            words += [member.organisation, member.country]
        return search_key(" ".join(words))


def _all_proposals(session: Session) -> list[Proposal]:
    """Every proposal, by reference, with its consortium loaded."""
    statement = (
        select(Proposal)
        .options(selectinload(Proposal.members).selectinload(Member.organisation))  # type: ignore[arg-type]
        .order_by(Proposal.reference)
    )
    return list(session.exec(statement).all())


def check_eligibility(session: Session) -> list[Proposal]:
    """Check every proposal against the call and store the results; by reference."""
    spec = stored_call(session)
    proposals = _all_proposals(session)
    for proposal in proposals:
        reasons = [reason.value for reason in eligibility.check(spec, proposal)]
        if proposal.reasons != reasons or proposal.eligible != (not reasons):
            proposal.reasons = reasons
            proposal.eligible = not reasons
    session.flush()
    return proposals


def list_proposals(session: Session) -> list[ProposalView]:
    """Every proposal of the workspace, by reference, with its consortium.

    Rows, not ORM objects: a call ten times the large one has 20,000 proposals, whose
    objects took seconds to build for a list the Proposals page shows on opening."""
    members: dict[int | None, list[MemberView]] = defaultdict(list)
    consortia = (
        select(  # type: ignore[call-overload]  # sqlmodel types up to 4 columns; more work
            Member.proposal_id,
            Organisation.name,
            Organisation.country,
            Organisation.org_type,
            Member.role,
        )
        .join(Organisation, col(Organisation.id) == Member.organisation_id)
        .order_by(col(Member.proposal_id), col(Member.position))
    )
    for proposal_id, *member in session.exec(consortia):
        members[proposal_id].append(MemberView(*member))
    proposals = select(  # type: ignore[call-overload]
        Proposal.id,
        Proposal.reference,
        Proposal.title,
        Proposal.summary,
        Proposal.priority_area,
        Proposal.topics,
        Proposal.requested_amount,
        Proposal.duration_months,
        Proposal.eligible,
        Proposal.reasons,
    ).order_by(col(Proposal.reference))
    return [
        ProposalView(
            reference=reference,
            title=title,
            summary=summary,
            priority_area=area,
            topics=list(topics),
            requested_amount=amount,
            duration_months=months,
            eligible=eligible,
            reasons=[Reason(code) for code in reasons],
            members=members[pid],
        )
        for pid, reference, title, summary, area, topics, amount, months, eligible, reasons in (
            session.exec(proposals)
        )
    ]
