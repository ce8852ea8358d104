"""What an action changed, so that every view can decide for itself whether to reload."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The kinds of workspace data an action changed (Anki's ``OpChanges``).

    A view that shows any of them reloads; one that shows none of them stays as it is.
    """

    proposals: bool = False  # proposals, their members and eligibility
    evaluators: bool = False  # evaluators and conflicts of interest
    assignments: bool = False  # who reviews what
    reviews: bool = False  # declarations, scores, comments, submissions, reopenings
    decisions: bool = False  # exclusions, consensus scores, resolutions, awarded amounts
    exchange: bool = False  # packages issued, returns imported
    audit: bool = False  # an entry that changes no data (a contract drafted, a report)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def touches(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` (field names) changed."""
        return any(getattr(self, kind) for kind in kinds)


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class Done(Generic[T]):
    """An action's result and what it changed."""

    result: T
    changes: Changes = NOTHING
