"""The workspace's tables (SQLModel) and the column types they share."""

# No ``from __future__ import annotations`` here: SQLModel reads relationship annotations at
# class creation, so forward references are written as quoted names instead.
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, Relationship, SQLModel

from evaluator.rules.money import to_cents


class Money(TypeDecorator[Decimal]):
    """A Decimal stored as exact text with two decimals (SQLite has no decimal type)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(to_cents(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Points(TypeDecorator[Decimal]):
    """A score stored as exact text (a criterion's scale may have steps like 0.5)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else f"{value.normalize():f}"

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def utc_now() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class Call(SQLModel, table=True):
    """The one call a workspace holds; ``definition`` is its validated call file."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    title: str
    definition: str
    created_at: datetime = Field(default_factory=utc_now)


class Organisation(SQLModel, table=True):
    """An applicant organisation, stored once per workspace (same name and country)."""

    __table_args__ = (UniqueConstraint("key", name="uq_organisation_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(description="folded name and country: the identity of the organisation")
    name: str
    country: str
    org_type: str
    address: str = ""
    registration_number: str = ""
    representative: str = ""
    email: str = ""

    memberships: list["Member"] = Relationship(back_populates="organisation")


class Proposal(SQLModel, table=True):
    """A proposal submitted by a consortium, with its stored eligibility result."""

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    title: str
    summary: str = ""
    priority_area: str
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    requested_amount: Decimal = Field(sa_column=Column(Money, nullable=False))
    duration_months: int
    eligible: bool | None = None
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # The chair's reconciliation and award decisions.
    resolved_at: datetime | None = None
    resolve_note: str | None = None
    awarded_amount: Decimal | None = Field(default=None, sa_column=Column(Money, nullable=True))
    # Why the chair awarded less than requested (required then; None otherwise).
    award_reason: str | None = None
    source_file: str = ""
    imported_at: datetime = Field(default_factory=utc_now)

    members: list["Member"] = Relationship(
        back_populates="proposal",
        sa_relationship_kwargs={"order_by": "Member.position", "cascade": "all, delete-orphan"},
    )


class Member(SQLModel, table=True):
    """An organisation's place in a proposal's consortium."""

    __table_args__ = (
        UniqueConstraint("proposal_id", "organisation_id", name="uq_member_organisation"),
    )

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False),
    )
    organisation_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("organisation.id"), nullable=False)
    )
    role: str
    position: int

    proposal: Proposal = Relationship(back_populates="members")
    organisation: Organisation = Relationship(back_populates="memberships")


class Evaluator(SQLModel, table=True):
    """A person who scores proposals; ``key`` (the folded name) makes names unique."""

    __table_args__ = (
        UniqueConstraint("key", name="uq_evaluator_key"),
        Index("uq_evaluator_login", "login", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str
    name: str
    country: str = ""
    email: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    # On a server: the database role this evaluator signs in with (None: packages only).
    login: str | None = Field(default=None, sa_column=Column(String, nullable=True))


class Conflict(SQLModel, table=True):
    """A conflict of interest between an evaluator and a proposal: they never review it.

    ``declared`` is true when the evaluator declared it, false when the chair recorded it.
    """

    __table_args__ = (UniqueConstraint("evaluator_id", "proposal_id", name="uq_conflict_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluator_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("evaluator.id", ondelete="CASCADE"), nullable=False),
    )
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False),
    )
    reason: str = ""
    declared: bool = False
    created_at: datetime = Field(default_factory=utc_now)


class Review(SQLModel, table=True):
    """One evaluator's review of one proposal: created by assignment, filled by scoring.

    ``declared_at`` is when the evaluator declared no conflict of interest (required before
    scoring); ``submitted_at`` locks the review until the chair reopens it.
    """

    # AUTOINCREMENT: an id is never used again, so a package's record of what it issued (by
    # review id) can never be taken to mean a later assignment.
    __table_args__ = (
        UniqueConstraint("evaluator_id", "proposal_id", name="uq_review_pair"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluator_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("evaluator.id"), nullable=False),
    )
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id"), nullable=False),
    )
    assigned_at: datetime = Field(default_factory=utc_now)
    declared_at: datetime | None = None
    submitted_at: datetime | None = None
    reopen_reason: str = ""
    # Grows with every change the chair makes to the review (reopen, exclusion, override): a
    # returns file made from an older state cannot silently undo such a decision.
    chair_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    excluded: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    exclusion_reason: str | None = None

    evaluator: Evaluator = Relationship()
    proposal: Proposal = Relationship()
    scores: list["Score"] = Relationship(
        back_populates="review",
        sa_relationship_kwargs={"cascade": "all, delete-orphan"},
    )


class Score(SQLModel, table=True):
    """The score of one criterion in one review, with its justification."""

    __table_args__ = (UniqueConstraint("review_id", "criterion", name="uq_score_criterion"),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("review.id", ondelete="CASCADE"), nullable=False),
    )
    criterion: str
    value: Decimal = Field(sa_column=Column(Points, nullable=False))
    comment: str = ""
    updated_at: datetime = Field(default_factory=utc_now)

    review: Review = Relationship(back_populates="scores")


class Setting(SQLModel, table=True):
    """Facts about the workspace itself: its identity, role and signing keys."""

    key: str = Field(primary_key=True)
    value: str


class Package(SQLModel, table=True):
    """An evaluation package the chair exported, with the public key it issued."""

    id: int | None = Field(default=None, primary_key=True)
    package_id: str = Field(unique=True)
    evaluator_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("evaluator.id", ondelete="CASCADE"), nullable=False),
    )
    public_key: str
    exported_at: datetime = Field(default_factory=utc_now)
    # What the chair issued in the package: each review's id and its chair_version then. Only
    # these reviews, as the chair left them then, can be changed by returns made from it; None
    # for a package exported before this was kept (its returns change only untouched reviews).
    issued: dict[str, int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class ReturnsImport(SQLModel, table=True):
    """A returns file merged into the chair's workspace."""

    __tablename__ = "returns_import"

    id: int | None = Field(default=None, primary_key=True)
    evaluator_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("evaluator.id", ondelete="CASCADE"), nullable=False),
    )
    package_id: str
    revision: int
    sha256: str
    imported_at: datetime = Field(default_factory=utc_now)


class Consensus(SQLModel, table=True):
    """The chair's consensus score of one criterion of a proposal: it replaces the aggregate."""

    __table_args__ = (UniqueConstraint("proposal_id", "criterion", name="uq_consensus_criterion"),)

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False),
    )
    criterion: str
    value: Decimal = Field(sa_column=Column(Points, nullable=False))
    reason: str
    set_at: datetime = Field(default_factory=utc_now)


class Feedback(SQLModel, table=True):
    """The chair's feedback for the applicant: on the whole proposal (``criterion`` None) or
    on one criterion. Written by the chair alone; evaluators' comments never flow here."""

    # NULLs are distinct in a unique constraint: the whole proposal's one feedback is kept
    # one by a partial index.
    __table_args__ = (
        UniqueConstraint("proposal_id", "criterion", name="uq_feedback_criterion"),
        Index(
            "uq_feedback_whole",
            "proposal_id",
            unique=True,
            sqlite_where=text("criterion IS NULL"),
            postgresql_where=text("criterion IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False),
    )
    criterion: str | None = None
    text: str
    written_by: str
    written_at: datetime = Field(default_factory=utc_now)


class Blob(SQLModel, table=True):
    """The bytes of a document, stored once by their SHA-256 whatever proposals hold them.

    Not sealed like the other rows: the key is the content's own digest, and ``verify``
    hashes every blob against it.
    """

    sha256: str = Field(primary_key=True)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Document(SQLModel, table=True):
    """One of a proposal's documents (the application form, the budget, an annex)."""

    __table_args__ = (UniqueConstraint("proposal_id", "key", name="uq_document_name"),)

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False),
    )
    name: str
    key: str  # the name folded: two names that read alike are one document
    media_type: str
    size: int
    sha256: str = Field(
        sa_column=Column(String, ForeignKey("blob.sha256"), nullable=False, index=True)
    )
    added_by: str
    added_at: datetime = Field(default_factory=utc_now)


class Audit(SQLModel, table=True):
    """One entry of the append-only, hash-chained history of every change to the workspace.

    ``hash`` covers the entry's content and the previous entry's hash, so that editing or
    deleting an entry breaks the chain where it happened.
    """

    # No INSERT … RETURNING: on a server an evaluator's role may add entries but not read
    # them, so the new id is taken from the sequence first.
    __table_args__ = {"implicit_returning": False}

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now)
    actor: str
    action: str
    subject: str
    reference: str | None = Field(default=None, index=True)
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    reason: str | None = None
    prev_hash: str
    hash: str


class Seal(SQLModel, table=True):
    """The digest of one row of the workspace's data as the application last wrote it.

    ``verify`` compares every row with its seal, and the seals' sum with the one the audit
    trail's newest entry records, so that a row changed, added or deleted by another program
    is named. Rows whose ``tbl`` is empty hold the seals' sum and count and the audit head
    after the last seal.
    """

    __table_args__ = {"sqlite_with_rowid": False}

    tbl: str = Field(primary_key=True)
    pk: str = Field(primary_key=True)
    digest: str
