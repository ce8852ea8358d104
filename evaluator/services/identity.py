"""The workspace's identity: the chair's or one evaluator's, its signing key and its settings."""

from __future__ import annotations

import base64
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.text import clean_name, hidden_reordering
from evaluator.services.evaluators import find_evaluator
from evaluator.storage.audit import append, person_named
from evaluator.storage.models import Evaluator, Setting
from evaluator.storage.server import signed_in_name

MAX_PERSON_NAME = 200


def setting(session: Session, key: str) -> str | None:
    """A workspace setting, or None if it was never set."""
    row = session.get(Setting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    """Set (or replace) a workspace setting."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def key_text(raw: bytes) -> str:
    """A key's bytes as the text a setting, package or returns file holds (base64)."""
    return base64.b64encode(raw).decode("ascii")


def key_bytes(text: str) -> bytes:
    """The bytes of a key written with ``key_text``; ValueError if it is not base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- the chair's workspace --------------------------------------------------------------------


def chair_identity(session: Session) -> tuple[str, Ed25519PrivateKey]:
    """The chair workspace's id and signing key, made on first use."""
    workspace_id = setting(session, "workspace_id")
    secret = setting(session, "signing_key")
    if workspace_id is None or secret is None:
        workspace_id = str(uuid.uuid4())
        key = Ed25519PrivateKey.generate()
        set_setting(session, "workspace_id", workspace_id)
        set_setting(session, "signing_key", key_text(key.private_bytes_raw()))
        return workspace_id, key
    return workspace_id, Ed25519PrivateKey.from_private_bytes(key_bytes(secret))


def workspace_id(session: Session) -> str | None:
    """The chair workspace's id, which its packages carry; None before the first package."""
    return setting(session, "workspace_id")


def require_chair(session: Session, action: str) -> None:
    """Refuse ``action`` in an evaluator's workspace."""
    name = own_evaluator_name(session)
    if name is not None:
        raise EvaluatorError(
            _(
                "This is {name}'s evaluation workspace; {action} is done in the chair's workspace."
            ).format(name=name, action=action)
        )


def chair_name(session: Session) -> str | None:
    """The chair named in the workspace (``name_chair``), or None."""
    return person_named(session, "chair_name")


def name_chair(session: Session, name: str) -> str:
    """Name the chair: the person the trail names for the changes made from now on (until
    now, the operating system's login); returns the name as kept."""
    require_chair(session, _("naming the chair"))
    kept = clean_name(name)
    if not kept:
        raise EvaluatorError(_("The chair's name is empty; give the name the committee knows."))
    if len(kept) > MAX_PERSON_NAME:
        raise EvaluatorError(
            _("The chair's name is longer than {MAX_PERSON_NAME} characters.").format(
                MAX_PERSON_NAME=MAX_PERSON_NAME
            )
        )
    reason = hidden_reordering(name)
    if reason:
        raise EvaluatorError(_("The chair's name {reason}.").format(reason=reason))
    before = chair_name(session)
    if before == kept:
        raise EvaluatorError(
            _("The chair is already named {kept}; nothing changed.").format(kept=kept)
        )
    set_setting(session, "chair_name", kept)
    append(session, "chair named", f"chair {kept}", None, {"name": [before, kept]})
    session.info["actor"] = kept
    return kept


# --- an evaluator's workspace (made from a package) -------------------------------------------


def record_package(
    session: Session,
    *,
    evaluator: str,
    package_id: str,
    chair_workspace_id: str,
    chair_public_key: str,
    signing_key: str,
    revision: int,
) -> None:
    """Make a new workspace the evaluator's, from the package it was made from."""
    for name, value in (
        ("evaluator", evaluator),
        ("package_id", package_id),
        ("chair_workspace_id", chair_workspace_id),
        ("chair_public_key", chair_public_key),
        ("signing_key", signing_key),
        ("revision", str(revision)),
    ):
        session.add(Setting(key=name, value=value))


def own_evaluator_name(session: Session) -> str | None:
    """In an evaluator's workspace, that evaluator's name; on a server, the evaluator whose
    login the session signed in with; in the chair's, None."""
    name = setting(session, "evaluator")
    if name is None and session.connection().dialect.name == "postgresql":
        return signed_in_evaluator(session)
    return name


def signed_in_evaluator(session: Session) -> str | None:
    """On a server, the evaluator whose login is the session's database role, if any."""
    return signed_in_name(session)


def own_evaluator(session: Session) -> Evaluator | None:
    """In an evaluator's workspace (made from a package), that evaluator; else None."""
    name = own_evaluator_name(session)
    return find_evaluator(session, name) if name is not None else None


def own_package(session: Session) -> tuple[str | None, str | None]:
    """In an evaluator's workspace: the id of its package and of the chair's workspace that
    made it, which its returns name."""
    return setting(session, "package_id"), setting(session, "chair_workspace_id")


def own_signing_key(session: Session) -> Ed25519PrivateKey:
    """In an evaluator's workspace, the key its package issued to sign the returns with."""
    return Ed25519PrivateKey.from_private_bytes(key_bytes(setting(session, "signing_key") or ""))


def next_returns_revision(session: Session) -> int:
    """The revision the next returns file of this evaluator's workspace gets."""
    return int(setting(session, "revision") or "0") + 1


def take_returns_revision(session: Session) -> int:
    """The next returns revision, counted as used: each returns file gets a new one."""
    revision = next_returns_revision(session)
    set_setting(session, "revision", str(revision))
    return revision
