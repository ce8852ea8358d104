"""An audit entry in a sentence a chair understands: "Found ineligible: too few countries."
rather than "eligible: — → False", "Listed 2nd in the consortium, as partner." rather than
"position: — → 1".

The trail keeps the technical record (field, old value, new value), which ``verify`` checks;
these sentences are only how screens and reports show it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from evaluator.i18n import N_, SOURCE, Words, _, current, money
from evaluator.rules.documents import size_text
from evaluator.rules.words import REASON_LABELS

# Fields nobody needs to read: identities and keys that only repeat what the subject says.
_QUIET = frozenset({"reference", "key", "criterion", "sha256", "media_type", "source_file"})
_MOMENTS = {
    # field: (sentence when set, sentence when cleared)
    "declared_at": (N_("Declared no conflict of interest."), N_("Declaration withdrawn.")),
    "submitted_at": (N_("Submitted the review."), N_("Review reopened: it can be changed again.")),
    "resolved_at": (N_("Marked reconciled."), N_("Reconciliation undone.")),
}
_LABELS = Words(
    {
        "title": N_("title"),
        "summary": N_("summary"),
        "priority_area": N_("priority area"),
        "topics": N_("topics"),
        "requested_amount": N_("amount requested"),
        "duration_months": N_("duration (months)"),
        "org_type": N_("type of organisation"),
        "registration_number": N_("registration number"),
        "representative": N_("representative"),
        "address": N_("address"),
        "email": N_("e-mail"),
        "country": N_("country"),
        "name": N_("name"),
        "role": N_("role"),
        "value": N_("score"),
        "comment": N_("comment"),
        "reason": N_("reason"),
        "note": N_("note"),
        "resolve_note": N_("reconciliation note"),
        "reopen_reason": N_("reason for reopening"),
        "exclusion_reason": N_("reason for exclusion"),
        "chair_version": N_("chair's version"),
        "size": N_("size"),
        "added_by": N_("added by"),
    }
)


# A member's role in the consortium, in words.
ROLE_WORDS = Words({"lead": N_("lead"), "partner": N_("partner")})

CRUD = frozenset({"created", "changed", "deleted"})


def sentence(action: str, subject: str, changes: dict[str, Any]) -> str:
    """One audit entry (``created``/``changed``/``deleted`` or an action's own name such as
    ``contract drafted``, its subject, and its changes as ``{field: [old, new]}``) in
    words."""
    kind = _kind(subject)
    if action not in CRUD:
        details = [_changed(field, *_pair(change)) for field, change in changes.items()]
        return " ".join([f"{action.capitalize()}.", *(d for d in details if d)])
    if action == "deleted":
        return _deleted(kind, subject)
    pairs = {field: _pair(change) for field, change in changes.items()}
    if action == "created":
        return _created(kind, subject, {field: new for field, (_old, new) in pairs.items()})
    parts = [_changed(field, old, new) for field, (old, new) in pairs.items()]
    return " ".join(p for p in parts if p) or "Changed."


def _pair(change: Any) -> tuple[Any, Any]:
    if isinstance(change, list | tuple) and len(change) == 2:
        return change[0], change[1]
    return None, change


def _kind(subject: str) -> str:
    """What the subject is: proposal, organisation, evaluator, member, review, score…"""
    words = subject.split()
    if not words:
        return ""
    if words[0] in {"proposal", "organisation", "evaluator"}:
        return words[0]
    return words[1] if len(words) > 1 else words[0]


def _created(kind: str, subject: str, values: dict[str, Any]) -> str:
    makers: dict[str, Callable[[dict[str, Any]], str]] = {
        "proposal": lambda v: _("Imported, requesting {amount}.").format(
            amount=_amount(v.get("requested_amount"))
        ),
        "organisation": lambda v: _("Organisation recorded: {name} ({country}).").format(
            name=v.get("name", "?"), country=v.get("country", "?")
        ),
        "evaluator": lambda v: _("Evaluator registered: {name}.").format(name=v.get("name", "?")),
        "member": lambda v: _("Listed {ordinal} in the consortium, as {role}.").format(
            ordinal=_ordinal(v.get("position")), role=ROLE_WORDS.get(v.get("role", ""), _("member"))
        ),
        "score": lambda v: (
            _("Scored {number}").format(number=_number(v.get("value")))
            + (
                _(", with the comment “{short}”.").format(short=_short(v["comment"]))
                if v.get("comment")
                else "."
            )
        ),
        "consensus": lambda v: (
            _("Consensus score set to {number}").format(number=_number(v.get("value")))
            + (f": {_short(v['reason'])}." if v.get("reason") else ".")
        ),
        "document": lambda v: _("Document attached ({size}).").format(size=_size(v.get("size"))),
        "review": lambda v: (
            _("Assigned for review.")
            + (_(" Excluded from the result.") if v.get("excluded") else "")
        ),
        "conflict": lambda v: (
            _("Conflict of interest recorded")
            + (f": {_short(v['reason'])}." if v.get("reason") else ".")
        ),
    }
    maker = makers.get(kind)
    if maker is not None:
        return maker(values)
    return _("Recorded: {subject}.").format(subject=subject)


def _deleted(kind: str, subject: str) -> str:
    return {
        "member": _("Removed from the consortium."),
        "review": _("Assignment removed."),
        "score": _("Score removed."),
        "consensus": _("Consensus score cleared."),
        "document": _("Document removed."),
        "conflict": _("Conflict of interest removed."),
    }.get(kind, _("Removed: {subject}.").format(subject=subject))


def _changed(field: str, old: Any, new: Any) -> str:
    if field in _MOMENTS:
        done, undone = (_(moment) for moment in _MOMENTS[field])
        return done if new is not None else undone
    if field == "excluded":
        return _("Excluded from the result.") if new else _("Counted in the result again.")
    if field == "eligible":
        return {True: _("Found eligible."), False: _("Found ineligible.")}.get(
            new, _("Eligibility to be checked again.")
        )
    if field == "reasons":
        labels = [REASON_LABELS.get(code, str(code)) for code in new or []]
        return (
            _("Reasons: {join}.").format(join="; ".join(labels))
            if labels
            else _("No reasons any more.")
        )
    if field == "awarded_amount":
        return (
            _("Award set to {amount}.").format(amount=_amount(new))
            if new is not None
            else _("Award cleared.")
        )
    if field == "position":
        return _("Moved to {ordinal} in the consortium.").format(ordinal=_ordinal(new))
    if field in _QUIET:
        return ""
    label = _LABELS.get(field, field.replace("_", " "))
    if old in (None, "", []):
        return _("{field} set to {shown}.").format(
            field=label.capitalize(), shown=_shown(field, new)
        )
    if new in (None, "", []):
        return _("{field} cleared (was {shown}).").format(
            field=label.capitalize(), shown=_shown(field, old)
        )
    return _("{field} changed from {shown} to {shown2}.").format(
        field=label.capitalize(), shown=_shown(field, old), shown2=_shown(field, new)
    )


def _shown(field: str, value: Any) -> str:
    if field in {"requested_amount"}:
        return _amount(value)
    if field == "value":
        return _number(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or _("none")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, str):
        return f"“{_short(value)}”"
    return str(value)


def _amount(value: Any) -> str:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return str(value)
    return f"{money(amount)} EUR"


def _number(value: Any) -> str:
    try:
        return f"{Decimal(str(value)).normalize():f}"
    except (InvalidOperation, ValueError):
        return str(value)


def _ordinal(value: Any) -> str:
    if not isinstance(value, int):
        return "?"
    number = value + 1  # positions count from 0
    if current() != SOURCE:
        return f"{number}."  # the ordinal as the region's languages write it in figures
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _size(value: Any) -> str:
    return size_text(value) if isinstance(value, int) else "?"


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
