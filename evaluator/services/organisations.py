"""An organisation's contact and contract details, completed or corrected by the chair at any
time, also after its proposals were assigned: the next contract drafts and letters use them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, Words, _
from evaluator.rules.text import clean, clean_name, fold, hidden_reordering, is_email, loose
from evaluator.services.calls import stored_call
from evaluator.storage.models import Organisation

# The details one can set, by the name the command line and messages give them.
DETAILS = Words(
    {
        "address": N_("address"),
        "registration_number": N_("registration number"),
        "representative": N_("representative"),
        "email": N_("e-mail"),
    }
)


@dataclass(frozen=True)
class OrganisationChange:
    """What ``set_details`` did: the organisation as stored, and the details it changed."""

    name: str
    country: str
    changed: list[str]  # keys of DETAILS, in their order


def find_organisation(session: Session, name: str, country: str) -> Organisation:
    """The organisation called ``name`` in ``country``, compared as the proposals file's
    import compares them (ignoring case, spacing, invisible characters)."""
    spec = stored_call(session)
    country = spec.canonical_country(country) or clean_name(country)
    name = clean_name(name)
    found = session.exec(
        select(Organisation).where(Organisation.key == f"{fold(name)}|{fold(country)}")
    ).first()
    if found is not None:
        return found
    raise EvaluatorError(
        _("No organisation “{name}” from {value} is in the workspace{hint}").format(
            name=name, value=country or _("(no country)"), hint=_hint(session, name)
        )
    )


def details_of(session: Session, name: str, country: str) -> dict[str, str]:
    """The organisation's details as stored, by the keys of ``DETAILS``."""
    organisation = find_organisation(session, name, country)
    return {key: getattr(organisation, key) or "" for key in DETAILS}


def _hint(session: Session, name: str) -> str:
    """The organisations a person may have meant: the same name in another country, or a name
    that reads alike without case and accents ("niksic" for "Nikšić")."""
    everyone = session.exec(select(Organisation).order_by(col(Organisation.name))).all()
    same = [o for o in everyone if fold(o.name) == fold(name)]
    if same:
        return _("; it is registered in {join}.").format(
            join=", ".join(sorted(o.country for o in same))
        )
    alike = [o for o in everyone if loose(o.name) == loose(name)]
    if alike:
        return (
            _("; did you mean ") + _(" or ").join(f"“{o.name}” ({o.country})" for o in alike) + "?"
        )
    return "."


def set_details(
    *, session: Session, name: str, country: str, details: dict[str, str]
) -> OrganisationChange:
    """Set the given ``details`` (keys of DETAILS; an empty value clears one) of an
    organisation. Refused when none is given, or the e-mail is not an e-mail address."""
    unknown = sorted(set(details) - set(DETAILS))
    if unknown:
        raise ValueError(_("not organisation details: {unknown}").format(unknown=unknown))
    if not details:
        raise EvaluatorError(
            _(
                "Give at least one detail to set: --address, --registration-number, "
                "--representative or --email."
            )
        )
    values = {}
    for key in DETAILS:
        if key not in details:
            continue
        why = hidden_reordering(details[key])
        if why is not None:
            raise EvaluatorError(_("The {detail}: {why}.").format(detail=DETAILS[key], why=why))
        values[key] = clean(details[key])
    email = values.get("email", "")
    if email and not is_email(email):
        raise EvaluatorError(_("“{email}” is not an e-mail address.").format(email=email))
    organisation = find_organisation(session, name, country)
    changed = [key for key, value in values.items() if getattr(organisation, key) != value]
    for key in changed:
        setattr(organisation, key, values[key])
    session.flush()
    return OrganisationChange(organisation.name, organisation.country, changed)
