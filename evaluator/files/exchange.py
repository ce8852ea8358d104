"""Offline exchange: evaluation packages out, signed returns in, merged deterministically.

Both files are a signed plain-text envelope, readable in any editor::

    GRANT-EVALUATOR PACKAGE 1          (or RETURNS)
    { ...the content, as JSON... }
    SIGNATURE ed25519 <base64>

The Ed25519 signature covers every byte before its line, so any change anywhere — a flipped
byte, a cut-off end, an edited score — is detected. Nothing is unpacked: there are no archive
members, paths or compression to abuse.

A package is signed by the chair's workspace and carries a signing key issued to that
evaluator; their returns are signed with it, and the chair's workspace verifies them against
the public half it kept.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import bindparam, delete, event, update
from sqlalchemy import select as core_select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import EvaluatorError
from evaluator.rules.call import CallSpec, parse_call
from evaluator.rules.text import fold, plural
from evaluator.services.calls import call_row, stored_call
from evaluator.services.evaluators import add_conflict, find_evaluator
from evaluator.services.scoring import criterion_of, missing_for, reviews_of, score_problem
from evaluator.storage.audit import Change, append_many, driver_insert, plain
from evaluator.storage.models import (
    Call,
    Conflict,
    Evaluator,
    Member,
    Organisation,
    Package,
    Proposal,
    ReturnsImport,
    Review,
    Score,
    Setting,
    utc_now,
)
from evaluator.storage.workspace import create_workspace

FORMAT = 1
MAGIC = {"package": "GRANT-EVALUATOR PACKAGE", "returns": "GRANT-EVALUATOR RETURNS"}
NOUN = {"package": "evaluation package", "returns": "returns file"}
A_NOUN = {"package": "an evaluation package", "returns": "a returns file"}
MAX_FILE_BYTES = 50_000_000
SIGNATURE_PREFIX = b"SIGNATURE ed25519 "


class ExchangeError(EvaluatorError):
    """A package or returns file that cannot be used."""


# --- the workspace's own identity ------------------------------------------------------------


def setting(session: Session, key: str) -> str | None:
    """A workspace setting, or None if it was never set."""
    row = session.get(Setting, key)
    return row.value if row else None


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def own_evaluator(session: Session) -> Evaluator | None:
    """In an evaluator's workspace (made from a package), that evaluator; else None."""
    name = setting(session, "evaluator")
    return find_evaluator(session, name) if name is not None else None


def require_chair(session: Session, action: str) -> None:
    """Refuse ``action`` in an evaluator's workspace."""
    name = setting(session, "evaluator")
    if name is not None:
        raise EvaluatorError(
            f"This is {name}'s evaluation workspace; {action} is done in the chair's workspace."
        )


def _chair_identity(session: Session) -> tuple[str, Ed25519PrivateKey]:
    """The chair workspace's id and signing key, made on first use."""
    workspace_id = setting(session, "workspace_id")
    secret = setting(session, "signing_key")
    if workspace_id is None or secret is None:
        workspace_id = str(uuid.uuid4())
        key = Ed25519PrivateKey.generate()
        _set(session, "workspace_id", workspace_id)
        _set(session, "signing_key", _b64(key.private_bytes_raw()))
        return workspace_id, key
    return workspace_id, Ed25519PrivateKey.from_private_bytes(_unb64(secret))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


# --- the envelope ----------------------------------------------------------------------------


def seal(kind: str, body: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The signed file holding ``body``."""
    signed = (
        f"{MAGIC[kind]} {FORMAT}\n".encode()
        + json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        + b"\n"
    )
    return signed + SIGNATURE_PREFIX + base64.b64encode(key.sign(signed)) + b"\n"


@dataclass(frozen=True)
class Envelope:
    """A file opened but not yet trusted: its content and the bytes its signature covers."""

    body: dict[str, Any]
    signed: bytes
    signature: bytes
    sha256: str


def open_envelope(path: Path, kind: str) -> Envelope:
    """Read a package or returns file, checking its form; the signature is checked later."""
    noun = NOUN[kind]
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ExchangeError(f"{path.name} does not exist.") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path.name} is a folder, not {A_NOUN[kind]}.") from None
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(f"{path.name} is larger than 50 MB; it is not {A_NOUN[kind]}.")
    magic = MAGIC[kind].encode()
    if not data.startswith(magic + b" "):
        other = next(
            (k for k, m in MAGIC.items() if k != kind and data.startswith(m.encode() + b" ")),
            None,
        )
        if other is not None:
            raise ExchangeError(f"{path.name} is {A_NOUN[other]}, not {A_NOUN[kind]}.")
        raise ExchangeError(f"{path.name} is not a Grant Evaluator {noun}.")
    first_line, _, rest = data.partition(b"\n")
    version = first_line[len(magic) + 1 :]
    if version != str(FORMAT).encode():
        shown = "".join(c if c.isprintable() else "?" for c in version.decode("ascii", "replace"))
        shown = shown[:20]
        raise ExchangeError(
            f"{path.name} uses format version “{shown}”, which this version of Grant Evaluator "
            "does not know; update the application."
        )
    cut = data.rfind(b"\n" + SIGNATURE_PREFIX)
    if cut < 0 or not data.endswith(b"\n") or not rest:
        raise ExchangeError(f"{path.name} is incomplete: its signature is missing (cut short?).")
    signed, signature_line = data[: cut + 1], data[cut + 1 + len(SIGNATURE_PREFIX) : -1]
    try:
        signature = base64.b64decode(signature_line, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(f"{path.name} is damaged: its signature is unreadable.") from None
    # Base64 ignores the spare low bits of its last character: without this check a changed
    # character there would decode to the same signature and the change would go unnoticed.
    if base64.b64encode(signature) != signature_line:
        raise ExchangeError(f"{path.name} is damaged: its signature is unreadable.")
    try:
        body = json.loads(
            signed[len(first_line) + 1 :].decode("utf-8"),
            object_pairs_hook=_unique_keys,
            parse_constant=_no_constant,
        )
    except _RepeatedKey as exc:
        raise ExchangeError(
            f"{path.name} is not usable: its content gives the key “{printable(str(exc))}” twice."
        ) from None
    # ValueError: also a number of more digits than Python converts, or NaN and Infinity.
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ExchangeError(f"{path.name} is damaged: its content is unreadable.") from None
    if not isinstance(body, dict) or body.get("kind") != kind:
        raise ExchangeError(f"{path.name} is damaged: it does not describe {A_NOUN[kind]}.")
    return Envelope(body, signed, signature, hashlib.sha256(data).hexdigest())


class _RepeatedKey(ValueError):
    """A JSON object that gives the same key twice: which value counts would be a guess."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # rare: then find which key came twice
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKey(key)
            seen.add(key)
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def printable(text: str, limit: int = 40) -> str:
    """``text`` safe to print in a message: control, format and unpaired surrogate characters
    become "?", and a long text is cut with "…"."""
    visible = "".join(
        "?" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") else c for c in text
    )
    return visible if len(visible) <= limit else visible[: limit - 1] + "…"


def _verify(path: Path, envelope: Envelope, public_key: str, what: str) -> None:
    try:
        key = Ed25519PublicKey.from_public_bytes(_unb64(public_key))
        key.verify(envelope.signature, envelope.signed)
    except (InvalidSignature, ValueError, binascii.Error):
        raise ExchangeError(
            f"{path.name} was changed or damaged after {what} signed it; it cannot be used."
        ) from None


# What a package or returns file may carry. Whatever the evaluator's workspace holds went
# through the same application, so anything outside these bounds was made by hand: it is
# refused in one sentence before it reaches the database or any file made later.
MAX_NAME = 300
MAX_TEXT = 20_000
MAX_COUNT = 2**31 - 1
EARLIEST, LATEST = datetime(1970, 1, 1, tzinfo=UTC), datetime(3000, 1, 1, tzinfo=UTC)
_NUMBER = re.compile(r"-?[0-9]{1,9}(\.[0-9]{1,6})?")
_AMOUNT = re.compile(r"[0-9]{1,12}(\.[0-9]{1,2})?")
_KEY = re.compile(r"[A-Za-z0-9+/]{43}=")


# Unicode's control characters (category Cc) but tabs and line breaks; unpaired surrogates.
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _no_surrogates(text: str) -> None:
    if _SURROGATE.search(text):
        raise ValueError("holds an unpaired surrogate, which is not a character")


def _name(text: str) -> str:
    """A name or code: printable characters only, on one line."""
    if not text.isprintable():  # unpaired surrogates are not printable either
        _no_surrogates(text)
    if len(text) > MAX_NAME:
        raise ValueError(f"is longer than {MAX_NAME} characters")
    if not text.strip():
        raise ValueError("is empty")
    if not text.isprintable() and any(
        unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn") for c in text
    ):
        raise ValueError("holds control or invisible characters")
    return text


def _text(text: str) -> str:
    """A free text (a comment, a summary): any characters but control ones, line breaks and
    tabs allowed."""
    if len(text) > MAX_TEXT:
        raise ValueError(f"is longer than {MAX_TEXT:,} characters")
    if _UNFIT.search(text):
        _no_surrogates(text)
        raise ValueError("holds control characters")
    return text


def _pattern(regex: re.Pattern[str], what: str) -> AfterValidator:
    def check(text: str) -> str:
        if not regex.fullmatch(text):
            raise ValueError(f"“{printable(text)}” is not {what}")
        return text

    return AfterValidator(check)


def _instant(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"“{printable(text)}” is not a date and time") from None
    if moment.utcoffset() is None:
        raise ValueError(f"“{printable(text)}” has no time zone")
    try:
        plausible = EARLIEST <= moment.astimezone(UTC) < LATEST
    except OverflowError:
        plausible = False
    if not plausible:
        raise ValueError(f"“{printable(text)}” is not a plausible date and time")
    return text


Name = Annotated[str, AfterValidator(_name)]
Text = Annotated[str, AfterValidator(_text)]
Number = Annotated[str, _pattern(_NUMBER, "a number")]
Amount = Annotated[str, _pattern(_AMOUNT, "an amount")]
Key = Annotated[str, _pattern(_KEY, "a key")]
Instant = Annotated[str, AfterValidator(_instant)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ScoreData(_Model):
    """One score in a package or returns file."""

    criterion: Name
    value: Number
    comment: Text


class ReviewData(_Model):
    """One review in a package or returns file."""

    reference: Name
    declared_at: Instant | None
    submitted_at: Instant | None
    chair_version: Count
    reopen_reason: Text = ""
    scores: Annotated[list[ScoreData], Field(max_length=10_000)]


class MemberData(_Model):
    """A consortium member as the evaluator sees it."""

    organisation: Name
    country: Name
    org_type: Name
    role: Name


class ProposalData(_Model):
    """A proposal as the evaluator sees it."""

    reference: Name
    title: Text
    summary: Text
    priority_area: Name
    topics: Annotated[list[Text], Field(max_length=1_000)]
    requested_amount: Amount
    duration_months: Annotated[int, Field(ge=0, le=10_000)]
    members: Annotated[list[MemberData], Field(max_length=1_000)]


class PersonData(_Model):
    """The evaluator the package is for, with the key issued to them."""

    name: Name
    country: Text
    email: Text
    private_key: Key


class ChairData(_Model):
    """The chair's workspace that made the package."""

    workspace_id: Name
    public_key: Key


class CallData(_Model):
    """The call, as its validated file."""

    id: Name
    definition: Annotated[str, AfterValidator(lambda text: (_no_surrogates(text), text)[1])]


class PackageBody(_Model):
    """The content of an evaluation package."""

    format: int
    kind: str
    package_id: Name
    created_at: Instant
    revision: Count
    call: CallData
    chair: ChairData
    evaluator: PersonData
    proposals: Annotated[list[ProposalData], Field(max_length=100_000)]
    reviews: Annotated[list[ReviewData], Field(max_length=100_000)]


class ConflictData(_Model):
    """A conflict of interest the evaluator declared."""

    reference: Name
    reason: Text


class ReturnsBody(_Model):
    """The content of a returns file."""

    format: int
    kind: str
    package_id: Name
    created_at: Instant
    revision: Annotated[int, Field(ge=1, le=MAX_COUNT)]
    call_id: Name
    chair_workspace_id: Name
    evaluator: Name
    reviews: Annotated[list[ReviewData], Field(max_length=100_000)]
    conflicts: Annotated[list[ConflictData], Field(max_length=100_000)]


M = TypeVar("M", bound=BaseModel)


def _parse(path: Path, envelope: Envelope, model: type[M], noun: str, *, signed: bool) -> M:
    """The file's content as ``model``; ``signed`` says whether its signature was checked
    first: if not (the key it names cannot be found), a content that does not fit is taken
    for damage rather than for what its author meant."""
    try:
        return model.model_validate(envelope.body)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        # The field names and the message may quote what the file holds: never print it raw.
        where = printable(_where(envelope.body, first["loc"]), 80)
        message = printable(first["msg"].removeprefix("Value error, "), 120)
        state = "is" if signed else "is damaged: it is"
        raise ExchangeError(
            f"{path.name} {state} not a valid {noun} ({where}: {message})."
        ) from None


_LISTS = frozenset({"reviews", "scores", "conflicts", "proposals", "members"})


def _where(body: Any, loc: tuple[int | str, ...]) -> str:
    """A field of a file's content in words: ``RG-001 1.1 value`` rather than
    ``reviews.0.scores.3.value``, where the file names the review and the criterion."""
    words: list[str] = []
    node = body
    for position, step in enumerate(loc):
        listed = position + 1 < len(loc) and isinstance(loc[position + 1], int)
        child = None
        if isinstance(node, dict):
            child = node.get(step) if isinstance(step, str) else None
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            child = node[step]
        if isinstance(step, int) and isinstance(child, dict):
            name = child.get("reference", child.get("criterion"))
            words.append(name if isinstance(name, str) and name else f"item {step + 1}")
        elif isinstance(step, str) and not (listed and step in _LISTS):
            words.append(step)
        elif isinstance(step, int):
            words.append(f"item {step + 1}")
        node = child
    return " ".join(words) or "the content"


# --- packages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageReport:
    """What an exported package holds."""

    evaluator: str
    path: Path
    proposals: int
    scores: int


def _review_data(review: Review, reference: str) -> dict[str, Any]:
    return {
        "reference": reference,
        "declared_at": _iso(review.declared_at),
        "submitted_at": _iso(review.submitted_at),
        "chair_version": review.chair_version,
        "reopen_reason": review.reopen_reason,
        "scores": [
            {"criterion": s.criterion, "value": f"{s.value.normalize():f}", "comment": s.comment}
            for s in sorted(review.scores, key=lambda s: s.criterion)
        ],
    }


def export_package(*, session: Session, evaluator_name: str, out: Path) -> PackageReport:
    """Write the evaluation package of one evaluator: the call, their proposals, their reviews.

    Nothing about other evaluators is included. A new signing key is issued to the
    evaluator; the workspace keeps its public half to verify their returns.
    """
    require_chair(session, "exporting packages")
    evaluator = find_evaluator(session, evaluator_name)
    rows = session.exec(
        select(Review, Proposal)
        .join(Proposal, col(Proposal.id) == Review.proposal_id)
        .where(Review.evaluator_id == evaluator.id)
        .options(
            selectinload(Review.scores),  # type: ignore[arg-type]
            selectinload(Review.proposal)  # type: ignore[arg-type]
            .selectinload(Proposal.members)  # type: ignore[arg-type]
            .selectinload(Member.organisation),  # type: ignore[arg-type]
        )
        .order_by(col(Proposal.reference))
    ).all()
    if not rows:
        raise ExchangeError(f"{evaluator.name} has no proposals assigned; there is no package.")
    workspace_id, chair_key = _chair_identity(session)
    call = session.exec(select(Call)).one()
    evaluator_key = Ed25519PrivateKey.generate()
    package_id = str(uuid.uuid4())
    body = {
        "format": FORMAT,
        "kind": "package",
        "package_id": package_id,
        "created_at": utc_now().isoformat(),
        "revision": _last_revision(session, evaluator),
        "call": {"id": call.code, "definition": call.definition},
        "chair": {
            "workspace_id": workspace_id,
            "public_key": _b64(chair_key.public_key().public_bytes_raw()),
        },
        "evaluator": {
            "name": evaluator.name,
            "country": evaluator.country,
            "email": evaluator.email,
            "private_key": _b64(evaluator_key.private_bytes_raw()),
        },
        "proposals": [
            {
                "reference": p.reference,
                "title": p.title,
                "summary": p.summary,
                "priority_area": p.priority_area,
                "topics": list(p.topics),
                "requested_amount": f"{p.requested_amount:.2f}",
                "duration_months": p.duration_months,
                "members": [
                    {
                        "organisation": m.organisation.name,
                        "country": m.organisation.country,
                        "org_type": m.organisation.org_type,
                        "role": m.role,
                    }
                    for m in p.members
                ],
            }
            for _, p in rows
        ],
        "reviews": [_review_data(r, p.reference) for r, p in rows],
    }
    session.add(
        Package(
            package_id=package_id,
            evaluator_id=evaluator.id,
            public_key=_b64(evaluator_key.public_key().public_bytes_raw()),
            issued={str(r.id): r.chair_version for r, _ in rows},
        )
    )
    session.flush()
    write_on_commit(session, out, seal("package", body, chair_key))
    return PackageReport(evaluator.name, out, len(rows), sum(len(r.scores) for r, _ in rows))


def write_on_commit(session: Session, out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` when the session's transaction commits, whole or not at all.

    The bytes go to a hidden file beside ``out`` now, so that a full disk refuses the action
    before anything is committed; the file takes its name only after the commit, and is
    deleted if the transaction is rolled back: no package or returns file exists that the
    workspace does not know it made.
    """
    if out.is_dir():
        raise ExchangeError(f"{out} is a folder; give the name of the file to write.")
    if out.is_symlink() or (out.exists() and not out.is_file()):
        # Renaming over a link or a device would replace it, not write where it points.
        raise ExchangeError(f"{out} is not a regular file; give the name of a file to write.")
    if not out.parent.is_dir():
        raise ExchangeError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExchangeError(f"Cannot write {out}: {exc.strerror or exc}.") from None

    def committed(_session: Session) -> None:
        event.remove(session, "after_soft_rollback", rolled_back)
        try:
            os.replace(partial, out)
        except OSError:
            partial.unlink(missing_ok=True)
            raise

    def rolled_back(_session: Session, _previous: Any) -> None:
        event.remove(session, "after_commit", committed)
        partial.unlink(missing_ok=True)

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_soft_rollback", rolled_back, once=True)


def _last_revision(session: Session, evaluator: Evaluator) -> int:
    revisions = session.exec(
        select(ReturnsImport.revision).where(ReturnsImport.evaluator_id == evaluator.id)
    ).all()
    return max(revisions, default=0)


def read_package(path: Path) -> PackageBody:
    """A verified evaluation package."""
    envelope = open_envelope(path, "package")
    chair = envelope.body.get("chair")
    claimed = chair.get("public_key") if isinstance(chair, dict) else None
    if isinstance(claimed, str):
        _verify(path, envelope, claimed, "the chair's workspace")
    body = _parse(
        path, envelope, PackageBody, "evaluation package", signed=isinstance(claimed, str)
    )
    _verify(path, envelope, body.chair.public_key, "the chair's workspace")
    return body


def open_package(*, package: Path, workspace: Path) -> str:
    """Create the evaluator's workspace from their package; returns the evaluator's name."""
    body = read_package(package)
    spec = parse_call(body.call.definition, source=f"the call in {package.name}")

    def populate(session: Session) -> None:
        session.add(call_row(spec, body.call.definition))
        evaluator = Evaluator(
            key=fold(body.evaluator.name),
            name=body.evaluator.name,
            country=body.evaluator.country,
            email=body.evaluator.email,
        )
        session.add(evaluator)
        organisations: dict[tuple[str, str], Organisation] = {}
        proposals: dict[str, Proposal] = {}
        for item in body.proposals:
            proposal = Proposal(
                reference=item.reference,
                title=item.title,
                summary=item.summary,
                priority_area=item.priority_area,
                topics=list(item.topics),
                requested_amount=Decimal(item.requested_amount),
                duration_months=item.duration_months,
                eligible=True,
                reasons=[],
                source_file=package.name,
            )
            for position, m in enumerate(item.members):
                pair = (m.organisation, m.country)
                if pair not in organisations:
                    organisations[pair] = Organisation(
                        key=f"{fold(m.organisation)}|{fold(m.country)}",
                        name=m.organisation,
                        country=m.country,
                        org_type=m.org_type,
                    )
                proposal.members.append(
                    Member(organisation=organisations[pair], role=m.role, position=position)
                )
            session.add(proposal)
            proposals[item.reference] = proposal
        session.flush()
        for given in body.reviews:
            review = Review(
                evaluator_id=evaluator.id,
                proposal_id=proposals[given.reference].id,
                declared_at=_moment(given.declared_at),
                submitted_at=_moment(given.submitted_at),
                chair_version=given.chair_version,
                reopen_reason=given.reopen_reason,
            )
            review.scores = [
                Score(criterion=s.criterion, value=Decimal(s.value), comment=s.comment)
                for s in given.scores
            ]
            session.add(review)
        for name, value in (
            ("evaluator", body.evaluator.name),
            ("package_id", body.package_id),
            ("chair_workspace_id", body.chair.workspace_id),
            ("chair_public_key", body.chair.public_key),
            ("signing_key", body.evaluator.private_key),
            ("revision", str(body.revision)),
        ):
            session.add(Setting(key=name, value=value))

    try:
        create_workspace(workspace, populate)
    except (KeyError, ArithmeticError, ValueError) as exc:
        raise ExchangeError(
            f"{package.name} is not consistent ({exc}); it cannot be used."
        ) from None
    except IntegrityError:
        raise ExchangeError(
            f"{package.name} is not consistent: it lists the same proposal or review twice; "
            "it cannot be used."
        ) from None
    return body.evaluator.name


# --- returns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnsReport:
    """What an exported returns file holds."""

    path: Path
    revision: int
    reviews: int
    submitted: int
    scores: int


def export_returns(*, session: Session, out: Path) -> ReturnsReport:
    """Write the evaluator's declarations, scores and submissions, signed, with a new revision."""
    evaluator = own_evaluator(session)
    if evaluator is None:
        raise ExchangeError(
            "Returns are sent from an evaluator's workspace (made with open-package); "
            "this is the chair's workspace."
        )
    revision = int(setting(session, "revision") or "0") + 1
    _set(session, "revision", str(revision))
    rows = reviews_of(session, evaluator)
    conflicts = session.exec(
        select(Conflict, Proposal)
        .join(Proposal, col(Proposal.id) == Conflict.proposal_id)
        .where(Conflict.evaluator_id == evaluator.id)
        .order_by(col(Proposal.reference))
    ).all()
    body = {
        "format": FORMAT,
        "kind": "returns",
        "package_id": setting(session, "package_id"),
        "created_at": utc_now().isoformat(),
        "revision": revision,
        "call_id": stored_call(session).call.id,
        "chair_workspace_id": setting(session, "chair_workspace_id"),
        "evaluator": evaluator.name,
        "reviews": [_review_data(r, p.reference) for r, p in rows],
        "conflicts": [{"reference": p.reference, "reason": c.reason} for c, p in conflicts],
    }
    key = Ed25519PrivateKey.from_private_bytes(_unb64(setting(session, "signing_key") or ""))
    write_on_commit(session, out, seal("returns", body, key))
    return ReturnsReport(
        out,
        revision,
        len(rows),
        sum(1 for r, _ in rows if r.submitted_at is not None),
        sum(len(r.scores) for r, _ in rows),
    )


@dataclass
class MergeResult:
    """What importing one returns file did."""

    source: str
    evaluator: str
    revision: int
    status: str  # imported | unchanged
    reviews: int = 0
    scores: int = 0
    submitted: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence for the user."""
        if self.status == "unchanged":
            return (
                f"{self.source}: already imported ({self.evaluator}, revision {self.revision}); "
                "nothing changed."
            )
        kept = (
            f"; {plural(len(self.conflicts), 'review')} not merged (listed below)"
            if self.conflicts
            else ""
        )
        return (
            f"{self.source}: imported revision {self.revision} from {self.evaluator}: "
            f"{plural(self.reviews, 'review')}, {plural(self.scores, 'score')}, "
            f"{self.submitted} submitted{kept}."
        )


def import_returns(*, session: Session, path: Path) -> MergeResult:
    """Verify one returns file and merge it, all or nothing.

    The newest revision of an evaluator's returns wins; the same or an older revision
    changes nothing. A review the chair changed after the evaluator's package was made
    (reopened, excluded, overridden) is kept as it is and reported.
    """
    require_chair(session, "importing returns")
    envelope = open_envelope(path, "returns")
    # The signature first: a changed byte is damage, whatever it now seems to say.
    claimed = envelope.body.get("package_id")
    package = (
        session.exec(select(Package).where(Package.package_id == claimed)).first()
        if isinstance(claimed, str)
        else None
    )
    if package is not None:
        _verify(path, envelope, package.public_key, "the evaluator")
    body = _parse(path, envelope, ReturnsBody, "returns file", signed=package is not None)
    if package is None:
        raise ExchangeError(
            f"{path.name} was not made from a package of this workspace; it cannot be imported."
        )
    spec = stored_call(session)
    if body.call_id != spec.call.id:
        raise ExchangeError(f"{path.name} is for the call {body.call_id}, not {spec.call.id}.")
    if body.chair_workspace_id != setting(session, "workspace_id"):
        raise ExchangeError(f"{path.name} belongs to another chair's workspace.")
    # The package (whose key signed the file) says who the evaluator is, whatever name the
    # file carries: the chair may have corrected the spelling since.
    evaluator = session.get(Evaluator, package.evaluator_id)
    assert evaluator is not None
    if _already_imported(path, session, evaluator, package, body.revision, envelope.sha256):
        return MergeResult(path.name, evaluator.name, body.revision, "unchanged")
    reviews = _held_reviews(session, evaluator)
    conflicted = set(
        session.exec(
            select(Proposal.reference)
            .join(Conflict, col(Conflict.proposal_id) == Proposal.id)
            .where(Conflict.evaluator_id == evaluator.id)
        ).all()
    )
    problems = []
    seen: set[str] = set()
    released: set[str] = set()
    checked: dict[tuple[str, str], _Checked] = {}
    for data in body.reviews:
        if data.reference in seen:
            problems.append(f"{data.reference} is listed more than once")
        elif data.reference in conflicted and data.reference not in reviews:
            # The chair recorded a conflict after the package was sent: that review is no
            # longer theirs to give, but their other reviews still count.
            released.add(data.reference)
        elif data.reference not in reviews:
            problems.append(f"{data.reference} is not assigned to {evaluator.name}")
        else:
            problems += _review_problems(spec, data, checked)
        seen.add(data.reference)
    problems += [
        f"{c.reference} is not assigned to {evaluator.name}"
        for c in body.conflicts
        if c.reference not in reviews and c.reference not in conflicted
    ]
    declared = Counter(c.reference for c in body.conflicts)
    problems += [
        f"{ref}: a conflict of interest is declared more than once"
        for ref, times in sorted(declared.items())
        if times > 1
    ]
    last = _last_revision(session, evaluator)
    if body.revision > last + MAX_REVISION_STEP:
        problems.append(
            f"revision {body.revision} lies far beyond the last one imported from "
            f"{evaluator.name} ({last}); an evaluator's workspace counts its returns one by one"
        )
    problems += [
        problem
        for data in body.reviews
        if data.reference in reviews
        for problem in _date_problems(package, reviews[data.reference], data)
    ]
    if problems:
        raise ExchangeError(
            f"{path.name} was not imported: {plural(len(problems), 'problem')}, nothing was "
            "changed.",
            [f"{path.name}: {p}" for p in problems],
        )
    result = MergeResult(path.name, evaluator.name, body.revision, "imported")
    merge = _Merge()
    listed = {c.reference for c in body.conflicts}
    for data in body.reviews:
        if data.reference in released:
            result.conflicts.append(
                f"{data.reference}: {evaluator.name} has a conflict of interest recorded for it; "
                "this review is left out"
            )
            continue
        review = reviews[data.reference]
        kept = _chair_keeps(package, review, data, evaluator.name)
        if kept is None and data.reference in listed:
            kept = (
                f"{data.reference}: these returns give both a review and a conflict of interest "
                "for it; it is kept as the chair holds it"
            )
        if kept is not None:
            result.conflicts.append(kept)
            merge.kept(review, kept)
            continue
        merge.replace(review, data, evaluator.name)
        result.reviews += 1
        result.scores += len(data.scores)
        result.submitted += data.submitted_at is not None
    for conflict in body.conflicts:
        if conflict.reference in conflicted or conflict.reference in seen:
            continue  # already recorded, or kept with the review the returns also give
        review = reviews[conflict.reference]
        kept = _chair_keeps_conflict(package, review, evaluator.name)
        if kept is not None:
            result.conflicts.append(kept)
            merge.kept(review, kept)
    merge.write(session)
    for conflict in body.conflicts:
        held = reviews.get(conflict.reference)
        if (
            held is None
            or conflict.reference in seen
            or _chair_keeps_conflict(package, held, evaluator.name) is not None
        ):
            continue
        proposal = session.exec(
            select(Proposal).where(Proposal.reference == conflict.reference)
        ).one()
        if conflict.reference not in conflicted:
            add_conflict(
                session=session,
                evaluator=evaluator,
                proposal=proposal,
                reason=conflict.reason,
                declared=True,
            )
    session.add(
        ReturnsImport(
            evaluator_id=evaluator.id,
            package_id=body.package_id,
            revision=body.revision,
            sha256=envelope.sha256,
        )
    )
    session.flush()
    return result


# How far a returns revision may run ahead of the last one imported from the evaluator: their
# workspace adds one per export, so a leap means the file was made by hand, and numbering it
# ever higher would soon leave no revision their workspace could send.
MAX_REVISION_STEP = 10_000
# How far an evaluator's clock may be off: a moment of a review from before their package was
# made, or from after the import, beyond this, cannot be when they declared or submitted.
CLOCK_SLACK = timedelta(days=1)


def _date_problems(package: Package, review: _HeldReview, data: ReviewData) -> list[str]:
    """Why the moments of ``data`` cannot be when the evaluator declared and submitted."""
    declared, submitted = _moment(data.declared_at), _moment(data.submitted_at)
    problems = []
    if declared is not None and submitted is not None and submitted < declared:
        problems.append(
            f"{review.reference} is marked submitted ({data.submitted_at}) before its "
            f"declaration ({data.declared_at})"
        )
    earliest = _aware(package.exported_at) - CLOCK_SLACK
    latest = utc_now() + CLOCK_SLACK
    for what, moment, held in (
        ("declared", declared, review.declared_at),
        ("submitted", submitted, review.submitted_at),
    ):
        if moment is None or (held is not None and moment == held):
            continue  # unchanged: made with an earlier package, or already held
        if not earliest <= moment <= latest:
            problems.append(
                f"{review.reference}: {what} at {moment.isoformat()}, outside the time since "
                f"the package was made ({earliest + CLOCK_SLACK:%Y-%m-%d}); the evaluator's "
                "clock may be wrong"
            )
    return problems


def _issued_version(package: Package, review: _HeldReview) -> int | None:
    """The chair_version at which ``package`` issued ``review``; None if it did not issue it.

    A package exported before the chair's side kept what it issued counts as issuing, at
    version 0, the reviews assigned by the time it was exported: returns made from it change
    only those, and only while the chair has not touched them. Review ids are never reused
    (AUTOINCREMENT), so an id names one assignment for good.
    """
    if package.issued is None:
        return 0 if review.assigned_at <= _aware(package.exported_at) else None
    return package.issued.get(str(review.id))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _chair_keeps(
    package: Package, review: _HeldReview, data: ReviewData, evaluator: str
) -> str | None:
    """Why the chair's copy of ``review`` stays as it is whatever ``data`` says; None when the
    returns may change it. Only the chair's own records decide: what the package issued, the
    review's chair_version now, and whether the chair holds it as submitted."""
    reference = review.reference
    issued = _issued_version(package, review)
    if issued is None:
        return (
            f"{reference}: this review was assigned to {evaluator} after the package these "
            "returns come from was made; it is kept as the chair holds it"
        )
    if review.chair_version > issued:
        return (
            f"{reference}: the chair changed this review after {evaluator}'s "
            "package was made; it is kept as the chair left it"
        )
    wanted = {s.criterion: (Decimal(s.value), s.comment) for s in data.scores}
    undone = []
    if review.submitted_at is not None:
        if data.submitted_at is None:
            undone.append("un-submit it")
        elif _moment(data.submitted_at) != review.submitted_at:
            undone.append("change when it was submitted")
        if wanted != review.scores:
            changed = score_changes(review.scores, wanted)
            undone.append(f"change its scores or comments ({plural(len(changed), 'change')})")
    if review.declared_at is not None:
        if data.declared_at is None:
            undone.append("withdraw the declaration of no conflict of interest")
        elif _moment(data.declared_at) != review.declared_at and review.submitted_at is not None:
            undone.append("change when the declaration was made")
    if not undone:
        return None
    held = "holds this review as submitted" if review.submitted_at else "holds this review"
    return (
        f"{reference}: the chair {held}, but these returns {_and(undone)}; it is kept as "
        "the chair holds it until the chair reopens it"
    )


def _chair_keeps_conflict(package: Package, review: _HeldReview, evaluator: str) -> str | None:
    """Why a conflict of interest declared in returns is not recorded for ``review``; None
    when it is, releasing the review."""
    reference = review.reference
    issued = _issued_version(package, review)
    if issued is None or review.chair_version > issued:
        return (
            f"{reference}: the chair changed this review after {evaluator}'s package was made; "
            "the conflict of interest these returns declare is not recorded, ask the chair"
        )
    if review.submitted_at is not None:
        return (
            f"{reference}: the chair holds this review as submitted, but these returns declare "
            "a conflict of interest for it; it is kept as submitted until the chair reopens it"
        )
    return None


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _already_imported(
    path: Path,
    session: Session,
    evaluator: Evaluator,
    package: Package,
    revision: int,
    sha256: str,
) -> bool:
    """Whether returns at least this new were imported for the evaluator.

    Returns are ordered by package (a newer package supersedes an older one), then by
    revision. The same position with other content is refused: it cannot come from one
    evaluator workspace.
    """
    order = {
        p.package_id: p.id
        for p in session.exec(select(Package).where(Package.evaluator_id == evaluator.id)).all()
    }
    imported = session.exec(
        select(ReturnsImport).where(ReturnsImport.evaluator_id == evaluator.id)
    ).all()
    if not imported:
        return False
    newest = max(imported, key=lambda r: (order.get(r.package_id, 0), r.revision))
    mine = (package.id, revision)
    theirs = (order.get(newest.package_id, 0), newest.revision)
    if mine == theirs and sha256 != newest.sha256:
        raise ExchangeError(
            f"{path.name} has the revision of returns already imported from the same package, "
            "but different content; ask the evaluator to send back their scores again."
        )
    return mine <= theirs  # type: ignore[operator]


# A score's text checked against its criterion: its value, or None when it is not a number;
# and what is wrong with it, if anything.
_Checked = tuple[Decimal | None, str | None]


def _check_score(spec: CallSpec, criterion: str, text: str) -> _Checked:
    try:
        value = Decimal(text)
        if not value.is_finite():
            raise ArithmeticError
    except ArithmeticError:
        return None, f"“{text}” is not a score"
    try:
        problem = score_problem(criterion_of(spec, criterion), value)
    except EvaluatorError as exc:
        problem = exc.message
    return value, problem


def _review_problems(
    spec: CallSpec, data: ReviewData, checked: dict[tuple[str, str], _Checked]
) -> list[str]:
    """Why one review of a returns file cannot be merged; empty when it can.

    ``checked`` remembers each (criterion, text) already judged: a returns file repeats the
    same few scores thousands of times.
    """
    problems = []
    scores: dict[str, tuple[Decimal, str]] = {}
    for score in data.scores:
        key = (score.criterion, score.value)
        if key not in checked:
            checked[key] = _check_score(spec, score.criterion, score.value)
        value, problem = checked[key]
        if problem:
            problems.append(f"{data.reference} {score.criterion}: {problem}")
        elif score.criterion in scores:
            problems.append(f"{data.reference} {score.criterion}: scored more than once")
        else:
            assert value is not None
            scores[score.criterion] = (value, score.comment)
    if data.submitted_at is not None and not problems:
        # What ``submit`` would have refused: the evaluator's application cannot send it.
        unfinished = missing_for(spec, declared=data.declared_at is not None, scores=scores)
        if unfinished:
            problems.append(f"{data.reference} is marked submitted but {'; '.join(unfinished)}")
    return problems


@dataclass
class _HeldReview:
    """The chair's copy of one review of the evaluator, as stored."""

    id: int
    reference: str
    declared_at: datetime | None
    submitted_at: datetime | None
    chair_version: int
    assigned_at: datetime
    scores: dict[str, tuple[Decimal, str]] = field(default_factory=dict)


def _held_reviews(session: Session, evaluator: Evaluator) -> dict[str, _HeldReview]:
    """The evaluator's reviews in the chair's workspace with their scores, by reference."""
    # Read as plain rows, past the ORM: a merge touches thousands of scores.
    session.flush()
    connection = session.connection()
    reviews: dict[str, _HeldReview] = {}
    by_id: dict[int | None, _HeldReview] = {}
    for review_id, reference, declared, submitted, version, assigned in connection.execute(
        core_select(
            col(Review.id),
            col(Proposal.reference),
            col(Review.declared_at),
            col(Review.submitted_at),
            col(Review.chair_version),
            col(Review.assigned_at),
        )
        .join(Proposal, col(Proposal.id) == col(Review.proposal_id))
        .where(col(Review.evaluator_id) == evaluator.id)
    ):
        assert review_id is not None
        review = _HeldReview(review_id, reference, declared, submitted, version, assigned)
        reviews[reference] = by_id[review_id] = review
    for review_id, criterion, value, comment in connection.execute(
        core_select(
            col(Score.review_id), col(Score.criterion), col(Score.value), col(Score.comment)
        )
        .join(Review, col(Review.id) == col(Score.review_id))
        .where(col(Review.evaluator_id) == evaluator.id)
    ):
        by_id[review_id].scores[criterion] = (value, comment)
    return reviews


def score_changes(
    have: dict[str, tuple[Decimal, str]], wanted: dict[str, tuple[Decimal, str]]
) -> dict[str, tuple[str | None, str | None]]:
    """What a merge changes in one review's scores, for the audit trail, criterion by
    criterion: ``code: (old, new)`` for a value (None where there was none, or is none now)
    and ``"code comment": (old, new)`` where the comment of a score already there changes.

    The comment a new score comes with is not repeated here: it is in the score itself, and
    any later change records it as the old side, so every comment can be traced.
    """
    changes: dict[str, tuple[str | None, str | None]] = {}
    for code in sorted(have.keys() | wanted.keys()):
        old = have.get(code)
        new = wanted.get(code)
        if old == new:
            continue
        if old is None:
            assert new is not None
            changes[code] = (None, str(new[0]))
            continue
        if new is None or old[0] != new[0]:
            changes[code] = (str(old[0]), None if new is None else str(new[0]))
        new_comment = None if new is None else new[1] or None
        if (old[1] or None) != new_comment:
            changes[f"{code} comment"] = (old[1] or None, new_comment)
    return changes


@dataclass
class _Merge:
    """The chair's copies of reviews becoming the evaluator's, score for score: gathered review
    by review, then written in a few statements, each change with its audit entry."""

    # (id, declared_at, submitted_at) of the reviews whose dates change.
    dated: list[dict[str, Any]] = field(default_factory=list)
    # Reviews whose scores are replaced, and every score they get: (review id, criterion,
    # value, comment).
    cleared: list[dict[str, Any]] = field(default_factory=list)
    scores: list[tuple[int, str, Decimal, str]] = field(default_factory=list)
    # Audit entries: the scores of each review, then the dates of each review, as the flush
    # hook recorded them when the merge went through the ORM. Their (old, new) pairs are
    # tuples, which JSON writes as lists: the garbage collector soon stops tracking tuples of
    # plain values, and a merge holds thousands of pairs until it writes them.
    scored: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    refused: list[Change] = field(default_factory=list)

    def replace(self, review: _HeldReview, data: ReviewData, evaluator: str) -> None:
        """Plan the chair's copy of ``review`` becoming ``data``."""
        reference = review.reference
        dates = {
            "declared_at": (review.declared_at, _moment(data.declared_at)),
            "submitted_at": (review.submitted_at, _moment(data.submitted_at)),
        }
        # A date changes when it is not equal to the stored one, as the flush hook judged it:
        # the same moment written with another offset is no change.
        moved = {name: (plain(old), plain(new)) for name, (old, new) in dates.items() if new != old}
        if moved:
            self.dated.append(
                {
                    "review": review.id,
                    "declared": dates["declared_at"][1],
                    "submitted": dates["submitted_at"][1],
                }
            )
            self.touched.add(review.id)
            self.changed.append(("changed", f"{reference} review by {evaluator}", reference, moved))
        wanted = {s.criterion: (Decimal(s.value), s.comment) for s in data.scores}
        have = review.scores
        if wanted == have:
            return
        self.touched.add(review.id)
        if have:
            self.cleared.append({"review": review.id})
        self.scored.append(
            (
                "returns merged",
                f"{reference} scores by {evaluator}",
                reference,
                score_changes(have, wanted),
            )
        )
        self.scores += [
            (review.id, code, value, comment) for code, (value, comment) in wanted.items()
        ]

    def kept(self, review: _HeldReview, why: str) -> None:
        """Record that returns asked to change ``review`` and the chair's copy was kept."""
        self.refused.append(("returns not merged", f"{review.reference} review", review.reference,
                             {"kept": why}))  # fmt: skip

    def write(self, session: Session) -> None:
        """Write what was planned, within the session's transaction."""
        connection = session.connection()
        # One executemany per statement rather than an ORM object per row: a merge writes
        # thousands of scores, and the flush hook's per-row work made it many times slower.
        if self.dated:
            connection.execute(
                update(Review)
                .where(col(Review.id) == bindparam("review"))
                .values(declared_at=bindparam("declared"), submitted_at=bindparam("submitted")),
                self.dated,
            )
        if self.cleared:
            connection.execute(
                delete(Score).where(col(Score.review_id) == bindparam("review")), self.cleared
            )
        if self.scores:
            _insert_scores(connection, self.scores)
        append_many(session, self.scored + self.changed + self.refused)
        # Copies the session already holds would otherwise show what was there before.
        for row in list(session.identity_map.values()):
            if isinstance(row, Review) and row.id in self.touched:
                session.expire(row)


_SCORE_COLUMNS = ["review_id", "criterion", "value", "comment", "updated_at"]


def _insert_scores(connection: Connection, scores: list[tuple[int, str, Decimal, str]]) -> None:
    """Insert (review id, criterion, value, comment) rows, all updated now, with one
    executemany of the driver (see ``driver_insert``): the moment is converted once."""
    statement, stored = driver_insert(connection, Score, _SCORE_COLUMNS)
    points, now = stored["value"], stored["updated_at"](utc_now())
    connection.exec_driver_sql(
        statement,
        [(review, code, points(value), comment, now) for review, code, value, comment in scores],
    )


@dataclass(frozen=True)
class ExchangeStatus:
    """Per evaluator: the last package exported and the last returns imported."""

    evaluator: str
    package_exported_at: datetime | None
    returns_revision: int | None
    returns_imported_at: datetime | None


def exchange_status(session: Session) -> dict[str, ExchangeStatus]:
    """The exchange status of every evaluator, by name."""
    packages = session.exec(select(Package)).all()
    order = {p.package_id: p.id or 0 for p in packages}
    imports = session.exec(select(ReturnsImport)).all()
    status = {}
    for evaluator in session.exec(select(Evaluator)).all():
        exported = [p.exported_at for p in packages if p.evaluator_id == evaluator.id]
        returns = [r for r in imports if r.evaluator_id == evaluator.id]
        # Newest as the import rule orders returns: by package, then revision.
        newest = max(returns, key=lambda r: (order.get(r.package_id, 0), r.revision), default=None)
        status[evaluator.name] = ExchangeStatus(
            evaluator.name,
            max(exported, default=None),
            newest.revision if newest else None,
            newest.imported_at if newest else None,
        )
    return status
