"""The signed envelope of packages and returns: sealed, opened and checked, written on commit."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import event
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import partial_name
from evaluator.files.exchange.values import printable
from evaluator.i18n import N_, Words, _
from evaluator.services.identity import key_bytes
from evaluator.storage.sqlite import HEADER_BYTES, is_workspace

# The format each kind of file is written in, and those still read. Format 2 of a package
# carries the proposals' documents after its signature line (see ``open_envelope``); returns
# did not change, so they stay at format 1 and an older chair's application still reads them.
FORMAT = 1
WRITTEN = {"package": 2, "returns": FORMAT}
READ = {"package": (1, 2), "returns": (1,)}
MAGIC = {"package": "GRANT-EVALUATOR PACKAGE", "returns": "GRANT-EVALUATOR RETURNS"}
NOUN = Words({"package": N_("evaluation package"), "returns": N_("returns file")})
A_NOUN = Words({"package": N_("an evaluation package"), "returns": N_("a returns file")})
# The signed part of a file: a returns file and a format 1 package whole; the part of a
# format 2 package before its documents.
MAX_FILE_BYTES = 50_000_000
SIGNATURE_PREFIX = b"SIGNATURE ed25519 "
CHUNK = 1 << 20


class ExchangeError(EvaluatorError):
    """A package or returns file that cannot be used."""


def seal(kind: str, body: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The signed file holding ``body``."""
    signed = (
        f"{MAGIC[kind]} {WRITTEN[kind]}\n".encode()
        + json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        + b"\n"
    )
    return signed + SIGNATURE_PREFIX + base64.b64encode(key.sign(signed)) + b"\n"


@dataclass(frozen=True)
class Envelope:
    """A file opened but not yet trusted: its content and the bytes its signature covers.

    ``payload`` is where the bytes after the signature line start, and how many there are:
    a format 2 package's documents, which its content lists with their SHA-256.
    """

    body: dict[str, Any]
    signed: bytes
    signature: bytes
    sha256: str
    version: int = FORMAT
    payload: tuple[int, int] = (0, 0)
    # The file read (device, inode, size, modification time): the documents are read later,
    # through another handle, and must come from the same file.
    identity: tuple[int, ...] = ()


def open_envelope(path: Path, kind: str) -> Envelope:
    """Read a package or returns file, checking its form; the signature is checked later.

    Only the signed part is read: the documents that may follow it are read (and hashed)
    when they are stored.
    """
    with _opened(path, kind) as handle:
        try:
            data, first_line, cut, end = _signed_bytes(path, kind, handle)
            identity = file_identity(handle)
        except OSError as exc:
            raise ExchangeError(
                _("Cannot read {name}: {value}.").format(name=path.name, value=exc.strerror or exc)
            ) from None
    version = int(first_line[len(MAGIC[kind]) + 1 :])
    if cut < 0 or not data[:end].endswith(b"\n") or cut < len(first_line):
        raise ExchangeError(
            _("{name} is incomplete: its signature is missing (cut short?).").format(name=path.name)
        )
    signed, signature_line = data[: cut + 1], data[cut + 1 + len(SIGNATURE_PREFIX) : end - 1]
    try:
        signature = base64.b64decode(signature_line, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(
            _("{name} is damaged: its signature is unreadable.").format(name=path.name)
        ) from None
    # Base64 ignores the spare low bits of its last character: without this check a changed
    # character there would decode to the same signature and the change would go unnoticed.
    if base64.b64encode(signature) != signature_line:
        raise ExchangeError(
            _("{name} is damaged: its signature is unreadable.").format(name=path.name)
        )
    body = _content(path, signed[len(first_line) + 1 :])
    if not isinstance(body, dict) or body.get("kind") != kind:
        raise ExchangeError(
            _("{name} is damaged: it does not describe {A_NOUN}.").format(
                name=path.name, A_NOUN=A_NOUN[kind]
            )
        )
    digest = hashlib.sha256(data[:end]).hexdigest()
    return Envelope(body, signed, signature, digest, version, (end, identity[2] - end), identity)


def file_identity(handle: IO[bytes]) -> tuple[int, ...]:
    """What tells one file from another, and whether it changed: device, inode, size and
    modification time."""
    info = os.fstat(handle.fileno())
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _signed_bytes(path: Path, kind: str, handle: IO[bytes]) -> tuple[bytes, bytes, int, int]:
    """The bytes read of a file, its first line, and where its signature line starts and ends
    (-1 where there is none)."""
    data = handle.read(CHUNK)
    first_line = _check_heading(path, kind, data)
    if first_line != MAGIC[kind].encode() + b" 1":
        signed, cut, end = _signed_part(path, kind, handle, data)
        return signed, first_line, cut, end
    data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            _("{name} is larger than 50 MB; it is not {A_NOUN}.").format(
                name=path.name, A_NOUN=A_NOUN[kind]
            )
        )
    return data, first_line, data.rfind(b"\n" + SIGNATURE_PREFIX), len(data)


def _signed_part(path: Path, kind: str, handle: IO[bytes], data: bytes) -> tuple[bytes, int, int]:
    """A format 2 file's signed part, read up to the end of its signature line: the bytes,
    where the signature line starts and where it ends (-1, -1: there is none).

    JSON writes a line break inside a string as ``\\n``, so the first line that starts with
    the signature's prefix is the signature line; what follows it is not searched.
    """
    buffer = bytearray(data)
    searched = 0
    while True:
        cut = buffer.find(b"\n" + SIGNATURE_PREFIX, searched)
        if cut >= 0:
            end = buffer.find(b"\n", cut + 1)
            if end >= 0:
                return bytes(buffer[: end + 1]), cut, end + 1
        if len(buffer) > MAX_FILE_BYTES:
            raise ExchangeError(
                _(
                    "{name} is not usable: the part before its documents is larger than 50 "
                    "MB; it is not {A_NOUN}."
                ).format(name=path.name, A_NOUN=A_NOUN[kind])
            )
        searched = max(0, len(buffer) - len(SIGNATURE_PREFIX) - 1) if cut < 0 else cut
        chunk = handle.read(CHUNK)
        if not chunk:
            return bytes(buffer), -1, -1
        buffer += chunk


def _opened(path: Path, kind: str) -> IO[bytes]:
    """``path`` open for reading, refused in one sentence when it cannot be (a pipe or a
    device is refused before it is opened: reading one could wait for ever)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ExchangeError(
                _("{name} is a folder, not {A_NOUN}.").format(name=path.name, A_NOUN=A_NOUN[kind])
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExchangeError(
                _("{name} is not a regular file; it is not {A_NOUN}.").format(
                    name=path.name, A_NOUN=A_NOUN[kind]
                )
            )
        return path.open("rb")
    except FileNotFoundError:
        raise ExchangeError(_("{name} does not exist.").format(name=path.name)) from None
    except OSError as exc:
        raise ExchangeError(
            _("Cannot read {name}: {value}.").format(name=path.name, value=exc.strerror or exc)
        ) from None


def _check_heading(path: Path, kind: str, data: bytes) -> bytes:
    """The first line of ``data``, refused unless it names ``kind`` in a format read here."""
    magic = MAGIC[kind].encode()
    if not data.startswith(magic + b" "):
        other = next(
            (k for k, m in MAGIC.items() if k != kind and data.startswith(m.encode() + b" ")),
            None,
        )
        if other is not None:
            raise ExchangeError(
                _("{name} is {other}, not {kind}.").format(
                    name=path.name, other=A_NOUN[other], kind=A_NOUN[kind]
                )
            )
        raise ExchangeError(
            _("{name} is not a Grant Evaluator {NOUN}.").format(name=path.name, NOUN=NOUN[kind])
        )
    newline = data.find(b"\n")
    first_line = data if newline < 0 else data[:newline]
    version = first_line[len(magic) + 1 :]
    if version.endswith(b"\r") and version[:-1] in {str(known).encode() for known in READ[kind]}:
        raise ExchangeError(
            _(
                "{name} is damaged: its line endings were changed (LF to CR LF) on the "
                "way; copy the original file again, as a binary file."
            ).format(name=path.name)
        )
    if version not in {str(known).encode() for known in READ[kind]}:
        shown = "".join(c if c.isprintable() else "?" for c in version.decode("ascii", "replace"))
        shown = shown[:20]
        raise ExchangeError(
            _(
                "{name} uses format version “{shown}”, which this version of Grant "
                "Evaluator does not know; update the application."
            ).format(name=path.name, shown=shown)
        )
    return first_line


def _content(path: Path, text: bytes) -> Any:
    """The JSON content of a file, refused when it is unreadable or ambiguous."""
    try:
        return json.loads(
            text.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constant
        )
    except _RepeatedKey as exc:
        raise ExchangeError(
            _("{name} is not usable: its content gives the key “{printable}” twice.").format(
                name=path.name, printable=printable(str(exc))
            )
        ) from None
    # ValueError: also a number of more digits than Python converts, or NaN and Infinity.
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ExchangeError(
            _("{name} is damaged: its content is unreadable.").format(name=path.name)
        ) from None


class _RepeatedKey(ValueError):
    """A JSON object that gives the same key twice: which value counts would be a guess."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # rare: then find which key came twice
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _RepeatedKey(key)
            seen.add(key)
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(_("{name} is not a number").format(name=name))


def verify(path: Path, envelope: Envelope, public_key: str, what: str) -> None:
    """Refuse ``envelope`` unless ``public_key`` (as a file writes it) signed it; ``what``
    names the signer in the message."""
    try:
        key = Ed25519PublicKey.from_public_bytes(key_bytes(public_key))
        key.verify(envelope.signature, envelope.signed)
    except (InvalidSignature, ValueError, binascii.Error):
        raise ExchangeError(
            _("{name} was changed or damaged after {what} signed it; it cannot be used.").format(
                name=path.name, what=what
            )
        ) from None


def write_on_commit(session: Session, out: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or pieces of them made one at a time) to ``out`` when the
    session's transaction commits, whole or not at all.

    The bytes go to a hidden file beside ``out`` now, so that a full disk refuses the action
    before anything is committed; the file takes its name only after the commit, and is
    deleted if the transaction is rolled back: no package or returns file exists that the
    workspace does not know it made.
    """
    if out.is_dir():
        raise ExchangeError(
            _("{out} is a folder; give the name of the file to write.").format(out=out)
        )
    if out.is_symlink() or (out.exists() and not out.is_file()):
        # Renaming over a link or a device would replace it, not write where it points.
        raise ExchangeError(
            _("{out} is not a regular file; give the name of a file to write.").format(out=out)
        )
    if not out.parent.is_dir():
        raise ExchangeError(
            _("Cannot write {out}: the folder {parent} does not exist.").format(
                out=out, parent=out.parent
            )
        )
    _not_a_workspace(out)
    # A fresh name, created (never opened through a link planted under a name known ahead).
    partial = partial_name(out)
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExchangeError(
            _("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)
        ) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExchangeError(
            _("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)
        ) from None
    except BaseException:  # a piece refused while it was made: nothing is left behind
        partial.unlink(missing_ok=True)
        raise

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


def _not_a_workspace(out: Path) -> None:
    """Refuse to write over a workspace (this one, a backup, another's): it would be lost."""
    try:
        with out.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError:
        return  # not there (or unreadable: writing it says why)
    if is_workspace(header):
        raise ExchangeError(
            _(
                "{out} is a Grant Evaluator workspace; choose another file name "
                "(writing there would destroy it)."
            ).format(out=out)
        )
