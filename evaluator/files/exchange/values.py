"""The values a package or returns file may hold, each checked before it is trusted.

Whatever the evaluator's workspace holds went through the same application, so anything outside
these bounds was made by hand: it is refused in one sentence before it reaches the database or
any file made later.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from evaluator.i18n import N_, _

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


def printable(text: str, limit: int = 40) -> str:
    """``text`` safe to print in a message: control, format and unpaired surrogate characters
    become "?", and a long text is cut with "…"."""
    visible = "".join(
        "?" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") else c for c in text
    )
    return visible if len(visible) <= limit else visible[: limit - 1] + "…"


def no_surrogates(text: str) -> None:
    """Refuse ``text`` if it holds an unpaired surrogate (ValueError)."""
    if _SURROGATE.search(text):
        raise ValueError(_("holds an unpaired surrogate, which is not a character"))


def _name(text: str) -> str:
    """A name or code: printable characters only, on one line."""
    if not text.isprintable():  # unpaired surrogates are not printable either
        no_surrogates(text)
    if len(text) > MAX_NAME:
        raise ValueError(_("is longer than {MAX_NAME} characters").format(MAX_NAME=MAX_NAME))
    if not text.strip():
        raise ValueError(_("is empty"))
    if not text.isprintable() and any(
        unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn") for c in text
    ):
        raise ValueError(_("holds control or invisible characters"))
    return text


def _text(text: str) -> str:
    """A free text (a comment, a summary): any characters but control ones, line breaks and
    tabs allowed."""
    if len(text) > MAX_TEXT:
        raise ValueError(_("is longer than {MAX_TEXT:,} characters").format(MAX_TEXT=MAX_TEXT))
    if _UNFIT.search(text):
        no_surrogates(text)
        raise ValueError(_("holds control characters"))
    return text


def _pattern(regex: re.Pattern[str], what: str) -> AfterValidator:
    def check(text: str) -> str:
        if not regex.fullmatch(text):
            raise ValueError(
                _("“{printable}” is not {what}").format(printable=printable(text), what=what)
            )
        return text

    return AfterValidator(check)


def _instant(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("“{printable}” is not a date and time").format(printable=printable(text))
        ) from None
    if moment.utcoffset() is None:
        raise ValueError(_("“{printable}” has no time zone").format(printable=printable(text)))
    try:
        plausible = EARLIEST <= moment.astimezone(UTC) < LATEST
    except OverflowError:
        plausible = False
    if not plausible:
        raise ValueError(
            _("“{printable}” is not a plausible date and time").format(printable=printable(text))
        )
    return text


Name = Annotated[str, AfterValidator(_name)]
Text = Annotated[str, AfterValidator(_text)]
Number = Annotated[str, _pattern(_NUMBER, "a number")]
Amount = Annotated[str, _pattern(_AMOUNT, N_("an amount"))]
Key = Annotated[str, _pattern(_KEY, "a key")]
Instant = Annotated[str, AfterValidator(_instant)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


def iso(moment: datetime | None) -> str | None:
    """A moment as a file writes it (an ``Instant``), or None."""
    return moment.isoformat() if moment is not None else None


def moment_of(text: str | None) -> datetime | None:
    """The moment an ``Instant`` of a file gives, or None."""
    return datetime.fromisoformat(text) if text is not None else None


_LISTS = frozenset({"reviews", "scores", "conflicts", "proposals", "members", "documents"})


def where(body: Any, loc: tuple[int | str, ...]) -> str:
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
            words.append(
                name if isinstance(name, str) and name else _("item {count}").format(count=step + 1)
            )
        elif isinstance(step, str) and not (listed and step in _LISTS):
            words.append(step)
        elif isinstance(step, int):
            words.append(_("item {count}").format(count=step + 1))
        node = child
    return " ".join(words) or _("the content")
