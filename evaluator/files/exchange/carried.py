"""The documents a package carries: listed, with their SHA-256, in its signed content; their
bytes after its signature line, one after the other, in the order of that list.

Nothing is unpacked or decompressed: a document is a run of bytes whose length the signed list
gives, so its size is known (and checked against the caps) before a byte of it is read, and
its name is a file name, never a path. Each document is read, hashed and stored in turn; the
package is never held whole in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from io import BufferedReader
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.exchange.bodies import DocumentData, PackageBody
from evaluator.files.exchange.envelope import CHUNK, Envelope, ExchangeError, file_identity
from evaluator.files.exchange.values import iso, printable, where
from evaluator.i18n import _
from evaluator.rules.documents import MAX_PACKAGE_BYTES
from evaluator.rules.text import fold
from evaluator.services.documents import (
    DocumentView,
    add_received,
    documents_of,
    store_blob,
    stored_bytes,
)
from evaluator.services.proposals import Progress
from evaluator.storage.models import Proposal

GB = 1024**3


def carried(session: Session, proposal_ids: list[int], evaluator: str) -> list[DocumentView]:
    """The documents of the proposals a package holds, refused when they are more than a
    package may carry."""
    documents = documents_of(session, proposal_ids)
    total = sum(d.bytes for d in documents)
    if total > MAX_PACKAGE_BYTES:
        raise ExchangeError(
            _(
                "The documents of {evaluator}'s proposals come to {count:.2f} GB, more "
                "than the {count2} GB a package may carry; assign fewer proposals to "
                "this evaluator or replace the largest documents by smaller ones."
            ).format(evaluator=evaluator, count=total / GB, count2=MAX_PACKAGE_BYTES // GB)
        )
    return documents


def listed(documents: list[DocumentView]) -> list[dict[str, Any]]:
    """The package's list of its documents (each a ``DocumentData``)."""
    return [
        {
            "reference": d.reference,
            "name": d.name,
            "media_type": d.media_type,
            "size": d.bytes,
            "sha256": d.sha256,
            "added_by": d.added_by,
            "added_at": iso(d.added_at),
        }
        for d in documents
    ]


def check_signable(body: dict[str, Any]) -> None:
    """Refuse to sign a package the evaluator's application would refuse to open: what a
    workspace edited past the application may hold (a document's name made a path, two names
    that read alike, a date out of range…)."""
    try:
        parsed = PackageBody.model_validate(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        place = printable(where(body, first["loc"]), 80)
        message = printable(first["msg"].removeprefix("Value error, "), 120)
        raise ExchangeError(
            _(
                "No package was written: the workspace holds what the evaluator's "
                "application would refuse ({place}: {message}); `verify` says more."
            ).format(place=place, message=message)
        ) from None
    seen: set[tuple[str, str]] = set()
    for document in parsed.documents:
        key = (document.reference, fold(document.name))
        if key in seen:
            raise ExchangeError(
                _(
                    "No package was written: the workspace lists {printable}'s "
                    "“{printable2}” twice, under names that read alike; `verify` says more."
                ).format(
                    printable=printable(document.reference), printable2=printable(document.name)
                )
            )
        seen.add(key)


def pieces(session: Session, head: bytes, documents: list[DocumentView]) -> Iterator[bytes]:
    """The package's bytes: its signed part, then each document's, read one at a time and
    checked against their SHA-256, so that a damaged workspace cannot send bytes the chair's
    signature does not cover."""
    yield head
    for document in documents:
        try:
            yield stored_bytes(session, document)
        except EvaluatorError as error:
            raise ExchangeError(_("No package was written: {error}").format(error=error)) from None


def check_listed(path: Path, body: PackageBody, payload: tuple[int, int]) -> None:
    """Refuse a package whose list of documents does not fit what it holds: a document of a
    proposal it does not carry, one listed twice, or bytes more or fewer than listed."""
    references = {item.reference for item in body.proposals}
    seen: set[tuple[str, str]] = set()
    for document in body.documents:
        shown = f"{printable(document.reference)}'s “{printable(document.name)}”"
        if document.reference not in references:
            raise ExchangeError(
                _(
                    "{name} is not consistent: it carries {shown}, a proposal it does not "
                    "hold; it cannot be used."
                ).format(name=path.name, shown=shown)
            )
        key = (document.reference, fold(document.name))
        if key in seen:
            raise ExchangeError(
                _("{name} is not consistent: it lists {shown} twice; it cannot be used.").format(
                    name=path.name, shown=shown
                )
            )
        seen.add(key)
    listed_bytes = sum(d.size for d in body.documents)
    if listed_bytes > MAX_PACKAGE_BYTES:
        raise ExchangeError(
            _(
                "{name} is not usable: its documents come to more than the {count} GB "
                "a package may carry."
            ).format(name=path.name, count=MAX_PACKAGE_BYTES // GB)
        )
    if payload[1] < listed_bytes:
        raise ExchangeError(
            _(
                "{name} is incomplete: it holds {payload:,} bytes of documents where "
                "its list gives {listed_bytes:,} (cut short?); it cannot be used."
            ).format(name=path.name, payload=payload[1], listed_bytes=listed_bytes)
        )
    if payload[1] > listed_bytes:
        raise ExchangeError(
            _(
                "{name} is not usable: it holds {count:,} bytes after its documents "
                "that its signature does not cover."
            ).format(name=path.name, count=payload[1] - listed_bytes)
        )


def store_carried(
    session: Session,
    path: Path,
    body: PackageBody,
    into: tuple[Envelope, dict[str, Proposal]],
    progress: Progress | None = None,
) -> None:
    """Read each document the package carries from where its bytes start (``into``: the
    envelope read, and the proposals by reference), check it against the SHA-256 its signed
    list gives, and store it as one of its proposal's documents."""
    envelope, proposals = into
    start = envelope.payload[0]
    stored: set[str] = set()
    documents = body.documents
    try:
        # The next document is read and hashed (in a thread: hashing and reading let go of
        # the interpreter) while this one is stored, so that at most two are in memory. The
        # documents are flushed (and entered in the trail) together at the end.
        with path.open("rb") as handle, session.no_autoflush, ThreadPoolExecutor(1) as reader:
            _same_file(path, handle, envelope)
            handle.seek(start)
            coming = reader.submit(_read_one, path, handle, documents[0]) if documents else None
            for done, document in enumerate(documents):
                if progress:
                    progress(done, len(documents))
                assert coming is not None
                data = coming.result()
                following = documents[done + 1] if done + 1 < len(documents) else None
                coming = reader.submit(_read_one, path, handle, following) if following else None
                if document.sha256 not in stored:  # a new workspace: no blob is there yet
                    store_blob(session, document.sha256, data, new=True)
                    stored.add(document.sha256)
                del data
                add_received(
                    session,
                    proposals[document.reference],
                    name=document.name,
                    media_type=document.media_type,
                    size=document.size,
                    sha256=document.sha256,
                    added_by=document.added_by,
                    added_at=datetime.fromisoformat(document.added_at),
                )
            if handle.read(1):  # grown since its size was checked
                raise ExchangeError(_changed(path))
    except OSError as exc:
        raise ExchangeError(
            _("Cannot read {name}: {value}.").format(name=path.name, value=exc.strerror or exc)
        ) from None


def _same_file(path: Path, handle: BufferedReader, envelope: Envelope) -> None:
    """Refuse to read documents from another file than the one whose head was verified (the
    name may have been given to another file since), or from the same file changed."""
    if envelope.identity and file_identity(handle) != envelope.identity:
        raise ExchangeError(_changed(path))


def _changed(path: Path) -> str:
    return _("{name} changed while it was being opened; open it again.").format(name=path.name)


def _read_one(path: Path, handle: BufferedReader, document: DocumentData) -> bytearray:
    """One document's bytes, read in pieces into one buffer and hashed as they come."""
    digest = hashlib.sha256()
    data = bytearray(document.size)
    view = memoryview(data)
    done = 0
    while done < document.size:
        got = handle.readinto(view[done : done + CHUNK])
        if not got:
            raise ExchangeError(
                _(
                    "{name} is incomplete: the bytes of {printable}'s “{printable2}” are "
                    "cut short; it cannot be used."
                ).format(
                    name=path.name,
                    printable=printable(document.reference),
                    printable2=printable(document.name),
                )
            )
        digest.update(view[done : done + got])
        done += got
    view.release()
    if digest.hexdigest() != document.sha256:
        raise ExchangeError(
            _(
                "{name} was changed or damaged after the chair's workspace signed it: "
                "the bytes of {printable}'s “{printable2}” do not match their SHA-256; "
                "it cannot be used."
            ).format(
                name=path.name,
                printable=printable(document.reference),
                printable2=printable(document.name),
            )
        )
    return data
