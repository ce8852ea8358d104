"""What a package and a returns file hold, field by field, and how an envelope's content is
read as one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from evaluator.files.exchange.envelope import Envelope, ExchangeError
from evaluator.files.exchange.values import (
    MAX_COUNT,
    Amount,
    Count,
    Instant,
    Key,
    Name,
    Number,
    Text,
    iso,
    no_surrogates,
    printable,
    where,
)
from evaluator.i18n import _
from evaluator.rules.documents import MAX_DOCUMENT_BYTES, kind_of
from evaluator.rules.documents import MAX_NAME as MAX_DOCUMENT_NAME
from evaluator.rules.text import clean_name, hidden_reordering
from evaluator.storage.models import Review


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
    definition: Annotated[str, AfterValidator(lambda text: (no_surrogates(text), text)[1])]


def _document_name(name: str) -> str:
    """A document's name as attaching it would have stored it: a file name, never a path."""
    problem = (
        _("is not a file name")
        if clean_name(name) != name or hidden_reordering(name) or any(c in name for c in "/\\")
        else _("is longer than a document's name may be")
        if len(name) > MAX_DOCUMENT_NAME
        else _("is not of a kind a document may be")
        if kind_of(name) is None or name.startswith(".")
        else None
    )
    if problem:
        raise ValueError(f"“{printable(name)}” {problem}")
    return name


class DocumentData(_Model):
    """One of a proposal's documents; its bytes follow the package's signature line, in the
    order the package lists them."""

    reference: Name
    name: Annotated[str, AfterValidator(_document_name)]
    media_type: Name
    size: Annotated[int, Field(ge=1, le=MAX_DOCUMENT_BYTES)]
    sha256: Annotated[str, Field(pattern="^[0-9a-f]{64}$")]
    added_by: Name
    added_at: Instant

    @model_validator(mode="after")
    def _media_type_of_its_name(self) -> DocumentData:
        """The media type attaching the file gave it: the one its extension says."""
        kind = kind_of(self.name)
        if kind is not None and kind.media_type != self.media_type:
            raise ValueError(
                _("“{printable}” is not the media type of “{printable2}”").format(
                    printable=printable(self.media_type), printable2=printable(self.name)
                )
            )
        return self


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
    documents: Annotated[list[DocumentData], Field(max_length=100_000)] = []


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


def parse_body(path: Path, envelope: Envelope, model: type[M], noun: str, *, signed: bool) -> M:
    """The file's content as ``model``; ``signed`` says whether its signature was checked
    first: if not (the key it names cannot be found), a content that does not fit is taken
    for damage rather than for what its author meant."""
    try:
        return model.model_validate(envelope.body)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        # The field names and the message may quote what the file holds: never print it raw.
        place = printable(where(envelope.body, first["loc"]), 80)
        message = printable(first["msg"].removeprefix("Value error, "), 120)
        sentence = (
            _("{name} is not a valid {noun} ({place}: {message}).")
            if signed
            else _("{name} is damaged: it is not a valid {noun} ({place}: {message}).")
        )
        raise ExchangeError(
            sentence.format(name=path.name, noun=noun, place=place, message=message)
        ) from None


def review_data(review: Review, reference: str) -> dict[str, Any]:
    """A review as a package or returns file gives it (a ``ReviewData``)."""
    return {
        "reference": reference,
        "declared_at": iso(review.declared_at),
        "submitted_at": iso(review.submitted_at),
        "chair_version": review.chair_version,
        "reopen_reason": review.reopen_reason,
        "scores": [
            {"criterion": s.criterion, "value": f"{s.value.normalize():f}", "comment": s.comment}
            for s in sorted(review.scores, key=lambda s: s.criterion)
        ],
    }
