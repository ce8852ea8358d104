"""The call as the workspace stores it: read once, validated, cached."""

from __future__ import annotations

from functools import lru_cache

from sqlmodel import Session, select

from evaluator.i18n import N_
from evaluator.rules.call import CallSpec, parse_call
from evaluator.storage.models import Call


@lru_cache(maxsize=8)
def _parse_stored(text: str) -> CallSpec:
    return parse_call(text, source=N_("the workspace's call"))


def stored_call(session: Session) -> CallSpec:
    """The call of the open workspace."""
    return _parse_stored(session.exec(select(Call.definition)).one())


def call_row(spec: CallSpec, text: str) -> Call:
    """The workspace row that stores a validated call file."""
    return Call(code=spec.call.id, title=spec.call.title, definition=text)
