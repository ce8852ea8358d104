"""Proposal documents from the user's folders and files: checked in full before anything is
stored, read again (and hashed again) as they are stored, written out unchanged."""

from __future__ import annotations

import codecs
import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from evaluator.errors import EvaluatorError
from evaluator.i18n import _
from evaluator.rules.documents import (
    HEAD_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_NAME,
    content_problem,
    kind_of,
)
from evaluator.rules.text import clean_name, hidden_reordering

CHUNK = 1 << 20
# Files a file manager leaves in folders, never a proposal's document: skipped, and counted.
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class Incoming:
    """A file checked to become one of a proposal's documents."""

    reference: str  # as the folder or the command line names it
    name: str
    path: Path
    size: int
    sha256: str
    media_type: str


@dataclass
class Scan:
    """What a folder or a list of files offers, and every problem found in it."""

    files: list[Incoming]
    problems: list[str]
    skipped: int = 0  # hidden and system files, left out


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower() in SYSTEM_FILES


def check_file(path: Path, reference: str, shown: str) -> Incoming | str:
    """``path`` as a document of ``reference``, or the problem with it (``shown`` names it)."""
    try:
        info = path.lstat()
    except OSError as error:
        return _("{shown}: cannot be read ({value})").format(
            shown=shown, value=error.strerror or error
        )
    if stat.S_ISLNK(info.st_mode):
        return _("{shown}: is a link; attach the file itself").format(shown=shown)
    if stat.S_ISDIR(info.st_mode):
        return _("{shown}: is a folder, not a file").format(shown=shown)
    if not stat.S_ISREG(info.st_mode):
        return _("{shown}: is not a regular file").format(shown=shown)
    name = clean_name(path.name)
    if hidden_reordering(path.name) or not name:
        return _("{shown}: its name holds characters that change how it reads; rename it").format(
            shown=shown
        )
    if len(name) > MAX_NAME:
        return _("{shown}: its name is longer than {MAX_NAME} characters").format(
            shown=shown, MAX_NAME=MAX_NAME
        )
    if info.st_size == 0:
        return _("{shown}: is empty").format(shown=shown)
    if info.st_size > MAX_DOCUMENT_BYTES:
        return _("{shown}: is {st_size:,} bytes; a document is at most 100 MB").format(
            shown=shown, st_size=info.st_size
        )
    kind = kind_of(name)
    if kind is None:
        return f"{shown}: {content_problem(name, b'')}"
    try:
        digest, head, text = _hash(path, text=kind.starts is None)
    except OSError as error:
        return _("{shown}: cannot be read ({value})").format(
            shown=shown, value=error.strerror or error
        )
    problem = content_problem(name, head, text)
    if problem is not None:
        return f"{shown}: {problem}"
    return Incoming(reference, name, path, info.st_size, digest, kind.media_type)


def _hash(path: Path, *, text: bool) -> tuple[str, bytes, str | None]:
    """The file's SHA-256, its first bytes and, when it should be ``text``, why it is not."""
    digest = hashlib.sha256()
    head = b""
    problem: str | None = None
    decoder = codecs.getincrementaldecoder("utf-8")() if text else None
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            head += chunk[: max(0, HEAD_BYTES - len(head))]
            if decoder is not None and problem is None:
                problem = _text_problem(decoder, chunk)
    if decoder is not None and problem is None:
        problem = _text_problem(decoder, b"", final=True)
    return digest.hexdigest(), head, problem


def _text_problem(
    decoder: codecs.IncrementalDecoder, chunk: bytes, final: bool = False
) -> str | None:
    if b"\x00" in chunk:
        return _("it is not text")
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return _("it is not UTF-8 text")
    return None


def scan_folder(folder: Path) -> Scan:
    """Each subfolder of ``folder`` named after a reference; each regular file in it one of
    that proposal's documents. Every problem is listed, naming the file."""
    if not folder.is_dir():
        raise EvaluatorError(_("{folder} is not a folder.").format(folder=folder))
    scan = Scan([], [])
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if _skipped(entry.name):
            scan.skipped += 1
            continue
        if entry.is_symlink() or not entry.is_dir():
            scan.problems.append(
                _(
                    "{name}: stands beside the proposals' folders; put each document in "
                    "the folder named after its proposal's reference"
                ).format(name=entry.name)
            )
            continue
        for path in sorted(entry.iterdir(), key=lambda p: p.name):
            if _skipped(path.name):
                scan.skipped += 1
                continue
            found = check_file(path, entry.name, f"{entry.name}/{path.name}")
            _add(scan, found)
    return scan


def scan_files(reference: str, paths: list[Path]) -> Scan:
    """``paths`` as documents of ``reference``; every problem listed, naming the file."""
    scan = Scan([], [])
    for path in paths:
        _add(scan, check_file(path, reference, path.name))
    return scan


def _add(scan: Scan, found: Incoming | str) -> None:
    if isinstance(found, str):
        scan.problems.append(found)
    else:
        scan.files.append(found)


def read_checked(incoming: Incoming) -> bytes:
    """The file's bytes as they are now, refused if they changed since they were checked."""
    try:
        # At most one byte more than was checked: a file grown since is refused, not loaded.
        with incoming.path.open("rb") as handle:
            data = handle.read(incoming.size + 1)
    except OSError as error:
        raise EvaluatorError(
            _("{name} cannot be read ({value}); nothing was changed.").format(
                name=incoming.path.name, value=error.strerror or error
            )
        ) from None
    if len(data) != incoming.size or hashlib.sha256(data).hexdigest() != incoming.sha256:
        raise EvaluatorError(
            _("{name} changed while it was being imported; nothing was changed.").format(
                name=incoming.path.name
            )
        )
    return data
