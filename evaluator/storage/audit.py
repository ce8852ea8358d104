"""The audit trail: every change to the workspace, who made it, when, from what to what, why.

Entries are written by a hook on every flush, so no change can skip it, and each entry's hash
covers the previous one's: ``verify_chain`` finds an edited or deleted entry. Changes written in
bulk past the ORM (Core statements, which the hook cannot see) add the same entries themselves
through ``append_many``. Sealing at each commit works on the driver's connection, which
``evaluator.storage.sqlite`` hands over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, SQLModel, col, select

from evaluator.errors import TamperedWorkspace
from evaluator.i18n import _
from evaluator.rules.text import clean_name, hidden_reordering
from evaluator.storage import seals, server, sqlite
from evaluator.storage.models import (
    Audit,
    Conflict,
    Consensus,
    Document,
    Evaluator,
    Feedback,
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

GENESIS = "0" * 64
# What is recorded of each kind of row; Setting (keys!) and Call (the whole file) are not.
AUDITED = (
    Proposal,
    Organisation,
    Member,
    Evaluator,
    Conflict,
    Review,
    Score,
    Consensus,
    Package,
    ReturnsImport,
    Document,
    Feedback,
)
SKIPPED_FIELDS = {
    "id",
    "key",
    "public_key",
    "imported_at",
    "updated_at",
    "created_at",
    "set_at",
    "written_at",
}


def default_actor() -> str:
    """Who is at the keyboard, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


# The settings that name the person a workspace's changes are made by: in an evaluator's
# workspace, that evaluator; in the chair's, the chair (``chair-set``), once named.
ACTOR_SETTINGS = ("evaluator", "chair_name")
MAX_ACTOR = 300


def actor_of(session: Session) -> str:
    """Who the trail names for the changes made in this session: the evaluator whose
    workspace it is, or the chair named in it; the operating system's login only while the
    chair has not been named."""
    for key in ACTOR_SETTINGS:
        name = person_named(session, key)
        if name is not None:
            return name
    return default_actor()


def person_named(session: Session, key: str) -> str | None:
    """The person a setting names, or None. Settings are not sealed: a name edited in by
    hand (empty, not text, far too long, with control characters) is not taken for one."""
    with session.no_autoflush:
        row = session.get(Setting, key)
    value = row.value if row is not None else None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ACTOR:
        return None
    return value if clean_name(value) == value and not hidden_reordering(value) else None


def current_actor(session: Session) -> str:
    """Who this session's changes are made by (named once, when its transaction began)."""
    return str(session.info.get("actor") or default_actor())


def plain(value: Any) -> Any:
    """A value as the audit trail stores it (JSON: Decimal and dates as text)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _subject(row: Any) -> tuple[str, str | None]:
    """A row in words, and the proposal it belongs to."""
    if isinstance(row, Proposal):
        return f"proposal {row.reference}", row.reference
    if isinstance(row, Organisation):
        return f"organisation {row.name} ({row.country})", None
    if isinstance(row, Evaluator):
        return f"evaluator {row.name}", None
    if isinstance(row, Member):
        proposal = _related(row, "proposal", Proposal, row.proposal_id)
        organisation = _related(row, "organisation", Organisation, row.organisation_id)
        reference = proposal.reference if proposal else None
        return f"{reference} member {organisation.name if organisation else '?'}", reference
    if isinstance(row, Review):
        reference, name = _reviewed(row)
        return f"{reference} review by {name}", reference
    if isinstance(row, Score):
        reference, name = _reviewed(_related(row, "review", Review, row.review_id))
        return f"{reference} score {row.criterion} by {name}", reference
    if isinstance(row, Document):
        proposal = Session.object_session(row).get(Proposal, row.proposal_id)  # type: ignore[union-attr]
        reference = proposal.reference if proposal else None
        return f"{reference} document {row.name}", reference
    if isinstance(row, Feedback):
        proposal = Session.object_session(row).get(Proposal, row.proposal_id)  # type: ignore[union-attr]
        reference = proposal.reference if proposal else None
        on = f"criterion {row.criterion}" if row.criterion else "the whole proposal"
        return f"{reference} feedback on {on}", reference
    if isinstance(row, Conflict | Consensus):
        proposal = Session.object_session(row).get(Proposal, row.proposal_id)  # type: ignore[union-attr]
        reference = proposal.reference if proposal else None
        what = "conflict of interest" if isinstance(row, Conflict) else f"consensus {row.criterion}"
        return f"{reference} {what}", reference
    return type(row).__name__.lower(), None


def _reviewed(review: Review | None) -> tuple[str | None, str]:
    """The reference a review is of and the name of its evaluator ("?" when unknown)."""
    if review is None:
        return None, "?"
    proposal = _related(review, "proposal", Proposal, review.proposal_id)
    evaluator = _related(review, "evaluator", Evaluator, review.evaluator_id)
    return (proposal.reference if proposal else None), (evaluator.name if evaluator else "?")


def _related(row: Any, name: str, model: type[Any], key: int | None) -> Any:
    """The row ``row.<name>`` refers to, also while only its id is set (a row made with
    ``Review(evaluator_id=…, proposal_id=…)`` has no related objects until it is loaded)."""
    related = getattr(row, name)
    if related is None and key is not None:
        session = Session.object_session(row)
        related = session.get(model, key) if session is not None else None
    return related


def _changes(row: Any, kind: str) -> dict[str, Any]:
    state = inspect(row)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in SKIPPED_FIELDS or name.endswith("_id"):
            continue
        history = state.attrs[name].history
        if kind == "created":
            value = getattr(row, name)
            if value not in (None, "", [], {}):
                changes[name] = [None, plain(value)]
        elif kind == "deleted":
            value = getattr(row, name)
            if value not in (None, "", [], {}):
                changes[name] = [plain(value), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if plain(old) != plain(new):
                changes[name] = [plain(old), plain(new)]
    return changes


def entry_hash(prev_hash: str, entry: Audit) -> str:
    """The hash of an entry: its content and the previous entry's hash."""
    return _digest(
        prev_hash,
        entry.at,
        entry.actor,
        entry.action,
        entry.subject,
        entry.reference,
        entry.changes,
        entry.reason,
    )


# What json.dumps(..., ensure_ascii=False, sort_keys=True, default=str) uses, made once: the
# same text, without a new encoder for every entry.
_HASHED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    reference: str | None,
    changes: dict[str, Any],
    reason: str | None,
) -> str:
    content = _HASHED_JSON.encode(
        [prev_hash, at.isoformat(), actor, action, subject, reference, changes, reason]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _last_hash(session: Session) -> str:
    """The hash the next entry chains to: the newest entry's, or the genesis."""
    with session.no_autoflush:
        last = session.info.get("audit_last_hash")
        if last is None and session.connection().dialect.name == "postgresql":
            # On a server the trail is not everyone's to read; its head is (row security).
            last = session.connection().exec_driver_sql("SELECT ge_audit_head()").scalar()
            last = last or GENESIS
        elif last is None:
            last = (
                session.exec(select(Audit.hash).order_by(col(Audit.id).desc()).limit(1)).first()
                or GENESIS
            )
    return last


def append(
    session: Session,
    action: str,
    subject: str,
    reference: str | None,
    changes: dict[str, Any],
    reason: str | None = None,
) -> Audit:
    """Add one entry to the chain (within the caller's transaction). In a transaction that
    chains at commit (``CHAIN_AT_COMMIT``) the entry waits for the commit instead."""
    entry = Audit(
        at=utc_now(),
        actor=current_actor(session),
        action=action,
        subject=subject,
        reference=reference,
        changes=changes,
        reason=session.info.get("reason") if reason is None else reason,
        prev_hash="",
        hash="",
    )
    if session.info.get(CHAIN_AT_COMMIT):
        session.info.setdefault(_PENDING, []).append(
            (entry.at, entry.actor, action, subject, reference, changes, entry.reason)
        )
        return entry
    last = _last_hash(session)
    entry.prev_hash = last
    entry.hash = entry_hash(last, entry)
    session.info["audit_last_hash"] = entry.hash
    session.add(entry)
    return entry


# A transaction whose audit entries are chained at its commit, the writer lock taken only at
# its first write (see ``_chain_at_commit``); and where its entries wait meanwhile.
CHAIN_AT_COMMIT = "chain_at_commit"
_PENDING = "audit_pending"
_LOCKED = "writer_locked"

# One change for ``append_many``: action, subject, reference and changes, as ``append`` takes them.
Change = tuple[str, str, str | None, dict[str, Any]]
_COLUMNS = [
    "at",
    "actor",
    "action",
    "subject",
    "reference",
    "changes",
    "reason",
    "prev_hash",
    "hash",
]


def append_many(session: Session, changes: Iterable[Change]) -> int:
    """Add one entry per change to the chain, in order, in one statement (within the caller's
    transaction); the entries are those ``append`` would add one by one, made at one moment.
    Returns how many.

    For changes written past the ORM (Core statements), which the flush hook cannot see.
    """
    # Pending entries first: the chain is verified in id order.
    session.flush()
    at, actor, reason = utc_now(), current_actor(session), session.info.get("reason")
    entries = [
        (at, actor, action, subject, reference, detail, reason)
        for action, subject, reference, detail in changes
    ]
    if entries:
        if session.info.get(CHAIN_AT_COMMIT):
            session.info.setdefault(_PENDING, []).extend(entries)
        else:
            session.info["audit_last_hash"] = _write(
                session.connection(), _last_hash(session), entries
            )
    return len(entries)


Entry = tuple[datetime, str, str, str, str | None, dict[str, Any], str | None]


def _write(connection: Connection, last: str, entries: list[Entry]) -> str:
    """Insert ``entries`` (at, actor, action, subject, reference, changes, reason) chained
    after ``last``, with one executemany of the driver; returns the new head."""
    statement, stored = driver_insert(connection, Audit, _COLUMNS)
    moment, as_json = stored["at"], stored["changes"]
    rows = []
    for at, actor, action, subject, reference, detail, reason in entries:
        digest = _digest(last, at, actor, action, subject, reference, detail, reason)
        rows.append(
            (moment(at), actor, action, subject, reference, as_json(detail), reason, last, digest)
        )
        last = digest
    # One row as one statement: an executemany of one costs psycopg a pipeline round trip.
    connection.exec_driver_sql(statement, rows[0] if len(rows) == 1 else rows)
    return last


def driver_insert(
    connection: Connection, table: type[SQLModel], columns: list[str]
) -> tuple[str, dict[str, Callable[[Any], Any]]]:
    """The INSERT of ``columns`` into ``table`` as the database driver takes it (rows are
    tuples in the order of ``columns``, which follow the table's), and for each column how a
    value becomes what it stores, as SQLAlchemy would convert it.

    For rows written with one executemany of the driver: SQLAlchemy's own handling of each
    row's parameters took longer than SQLite's work.
    """
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    statement = compiled.string
    if not dialect.positional:  # psycopg's named parameters: its %s takes the rows' order
        name = table.__tablename__
        statement = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        )
    elif compiled.positiontup != columns:
        raise ValueError(
            _("{table} takes its columns in the order {columns}").format(
                table=table.__name__, columns=compiled.positiontup
            )
        )
    return statement, {
        name: compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) or _as_is
        for name in columns
    }


def _as_is(value: Any) -> Any:
    return value


@event.listens_for(OrmSession, "before_flush")
def _record(session: OrmSession, _context: Any, _instances: Any) -> None:
    """Turn what this flush writes into audit entries (then, in a transaction that chains at
    commit, take the writer lock: the flush writes next)."""
    if not isinstance(session, Session):
        return
    with session.no_autoflush:
        for kind, rows in (
            ("created", list(session.new)),
            ("changed", [r for r in session.dirty if session.is_modified(r)]),
            ("deleted", list(session.deleted)),
        ):
            for row in rows:
                if not isinstance(row, AUDITED):
                    continue
                changes = _changes(row, kind)
                if kind == "changed" and not changes:
                    continue
                subject, reference = _subject(row)
                append(session, kind, subject, reference, changes)
        if session.info.get(CHAIN_AT_COMMIT):
            _lock_before_writing(session)


@event.listens_for(OrmSession, "before_commit")
def _seal(session: OrmSession) -> None:
    """Seal the rows this transaction wrote, and enter the seals' sum in the trail."""
    if not isinstance(session, Session) or not session.in_transaction():
        return
    session.flush()
    connection = session.connection()
    if not connection.connection.info.get("sealing"):
        return
    raw = sqlite.driver_connection(connection)
    changed = seals.touched(raw)
    if not changed:
        return
    _refuse_tampered(raw, changed)
    state, data = seals.reseal(raw, changed)
    if data:
        append(
            session,
            "sealed",
            "workspace data",
            None,
            {"rows": state.rows, "sum": seals.as_hex(state.total)},
        )
        session.flush()
    last = _last_hash(session)
    seals.write_state(raw, state, last)


def _refuse_tampered(raw: sqlite.Connection, changed: dict[str, dict[Any, str | None]]) -> None:
    """Refuse to write over evidence: a row another program changed, added or deleted that
    this transaction touches, a trail that no longer ends where the application left it, or
    AUTOINCREMENT counters set back. Sealing anew would make such a change look like the
    application's own."""
    state = seals.stored_state(raw)
    written = [key for key in changed.get("audit", {}) if isinstance(key, int)]
    before_ours = raw.execute(
        "SELECT hash FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1",
        (min(written) if written else 2**63 - 1,),
    ).fetchone()
    problem = seals.tampering(raw, changed)
    if problem is None and state.head is not None and (before_ours or [None])[0] != state.head:
        problem = _("the audit trail does not end where the application left it")
    if problem is None and state.sequence is not None:
        recorded = dict(part.split("=") for part in state.sequence.split(";") if part)
        now = dict(part.split("=") for part in seals.sequence(raw).split(";") if part)
        if any(int(now.get(name, 0)) < int(seq) for name, seq in recorded.items()):
            problem = _("SQLite's AUTOINCREMENT counters were set back outside the application")
    if problem is not None:
        name = sqlite.file_name(raw) or "workspace"
        raise TamperedWorkspace(
            _(
                "{name}: {problem}, so the application does not write over it; nothing "
                "was changed. `verify` lists every such change; restore a backup to go "
                "on."
            ).format(name=name, problem=problem)
        )


def seal_everything(session: Session, why: str) -> None:
    """Seal every row as it is now, with an entry saying why (an upgrade to sealed schema)."""
    session.flush()
    raw = sqlite.driver_connection(session)
    state = seals.reseal_all(raw)
    append(
        session,
        "sealed",
        "workspace data",
        None,
        {"rows": state.rows, "sum": seals.as_hex(state.total)},
        why,
    )
    session.flush()
    seals.write_state(raw, state, _last_hash(session))


@event.listens_for(OrmSession, "before_commit")
def _chain_at_commit(session: OrmSession) -> None:
    """On a server, the entries of a transaction that chains at commit: its writes flushed
    (the writer lock taken before the first), the trail's head read, the entries written in
    one statement, then the commit. Many such transactions (evaluators saving scores) so
    read and check at once and queue only for the time these take."""
    if not isinstance(session, Session) or not session.info.get(CHAIN_AT_COMMIT):
        return
    session.flush()
    pending: list[Entry] = session.info.pop(_PENDING, [])
    if not pending:
        return
    _lock_before_writing(session)
    connection = session.connection()
    # A statement of its own: one statement reads what was committed when it began, which
    # would be before the wait for the lock ended.
    head = connection.exec_driver_sql("SELECT ge_audit_head()").scalar()
    _write(connection, head or GENESIS, pending)


def _lock_before_writing(session: Session) -> None:
    """Take the writer lock, once, before this transaction's first write: waiting for it
    while holding a row lock could deadlock with a writer that holds it."""
    if not session.info.get(_LOCKED):
        server.one_writer(session.connection())
        session.info[_LOCKED] = True


@event.listens_for(OrmSession, "after_rollback")
def _forget(session: OrmSession) -> None:
    session.info.pop("audit_last_hash", None)
    session.info.pop(_PENDING, None)
    session.info.pop(_LOCKED, None)


def verify_chain(session: Session) -> list[str]:
    """Where the audit chain is broken: an edited entry, or a missing one."""
    problems = []
    previous = GENESIS
    previous_id = 0
    for entry in session.exec(select(Audit).order_by(col(Audit.id))).all():
        if entry.prev_hash != previous:
            problems.append(
                _("audit entries are missing between {value} and {id}").format(
                    value=previous_id or _("the start"), id=entry.id
                )
            )
        if entry_hash(entry.prev_hash, entry) != entry.hash:
            problems.append(
                _("audit entry {id} ({subject}) was changed after it was written").format(
                    id=entry.id, subject=entry.subject
                )
            )
        previous = entry.hash
        previous_id = entry.id or 0
    return problems


def position(session: Session) -> int:
    """Where the trail stands: the newest entry's id (0 for an empty trail). A screen that
    loaded at one position can later ask what changed after it (``changed_since``)."""
    return int(session.connection().exec_driver_sql("SELECT max(id) FROM audit").scalar() or 0)


def changed_since(session: Session, reference: str, seen: int) -> str | None:
    """Who last changed ``reference`` after the trail stood at ``seen``; None if nobody."""
    with session.no_autoflush:
        return session.exec(
            select(Audit.actor)
            .where(Audit.reference == reference, col(Audit.id) > seen)
            .order_by(col(Audit.id).desc())
            .limit(1)
        ).first()


def history(session: Session, reference: str) -> list[Audit]:
    """Every entry about one proposal, oldest first."""
    return list(
        session.exec(
            select(Audit).where(Audit.reference == reference).order_by(col(Audit.id))
        ).all()
    )


def head(session: Session) -> tuple[str, int]:
    """The audit head: the newest entry's hash (the genesis when there is none), and how many
    entries the trail holds. Printed on every report, contract and letter, and by ``verify``,
    so that a copy written down can later prove the trail was not rewritten."""
    session.flush()
    connection = session.connection()
    last = connection.exec_driver_sql("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").scalar()
    count = connection.exec_driver_sql("SELECT count(*) FROM audit").scalar() or 0
    return (last or GENESIS), int(count)
