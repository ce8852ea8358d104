"""What a proposal's document may be: its kinds (by extension), their signatures and the limits."""

from __future__ import annotations

from dataclasses import dataclass

from evaluator.i18n import _, plural

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024  # 100 MB, as INTERFACE.md promises
# What one evaluation package may carry, all its documents together: a package is written and
# read a document at a time, so this bounds the disk it takes, not the memory.
MAX_PACKAGE_BYTES = 2 * 1024**3  # 2 GB
MAX_NAME = 255  # characters of a document's name (a file name on every system)

_ZIP = (b"PK\x03\x04",)
_OOXML = "application/vnd.openxmlformats-officedocument."
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)


@dataclass(frozen=True)
class Kind:
    """A kind of document: its media type, and how its content starts (None: plain text)."""

    media_type: str
    starts: tuple[bytes, ...] | None


KINDS: dict[str, Kind] = {
    ".pdf": Kind("application/pdf", (b"%PDF-",)),
    ".docx": Kind(_OOXML + "wordprocessingml.document", _ZIP),
    ".xlsx": Kind(_OOXML + "spreadsheetml.sheet", _ZIP),
    ".pptx": Kind(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", _ZIP
    ),
    ".odt": Kind("application/vnd.oasis.opendocument.text", _ZIP),
    ".ods": Kind("application/vnd.oasis.opendocument.spreadsheet", _ZIP),
    ".odp": Kind("application/vnd.oasis.opendocument.presentation", _ZIP),
    ".zip": Kind("application/zip", _ZIP),
    ".doc": Kind("application/msword", _OLE),
    ".xls": Kind("application/vnd.ms-excel", _OLE),
    ".ppt": Kind("application/vnd.ms-powerpoint", _OLE),
    ".rtf": Kind("application/rtf", (b"{\\rtf",)),
    ".png": Kind("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": Kind("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": Kind("image/jpeg", (b"\xff\xd8\xff",)),
    ".txt": Kind("text/plain", None),
    ".csv": Kind("text/csv", None),
    ".md": Kind("text/markdown", None),
}
# How many bytes of a file's start tell its kind.
HEAD_BYTES = 16


def kind_of(name: str) -> Kind | None:
    """The kind a file's extension says it is; None for an extension this app does not know."""
    dot = name.rfind(".")
    return KINDS.get(name[dot:].lower()) if dot > 0 else None


def content_problem(name: str, head: bytes, text: str | None = None) -> str | None:
    """Why the first bytes of ``name`` are not what its extension says; None when they are.

    For the text kinds, ``text`` is what reading the whole file found: None when it is UTF-8
    without NUL characters, else the reason it is not.
    """
    kind = kind_of(name)
    if kind is None:
        known = ", ".join(sorted(KINDS))
        return _("its kind is not one a proposal's document may be ({known})").format(known=known)
    if kind.starts is None:
        return None if text is None else _("{text}, as its extension says it is").format(text=text)
    if not head.startswith(kind.starts):
        return _("its content is not a {kind} file").format(
            kind=name[name.rfind(".") + 1 :].upper()
        )
    return None


def size_text(count: int) -> str:
    """A number of bytes as a person reads it: ``1.2 MB``, ``340.0 KB``, ``12 B``."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} B"


def documents_text(count: int, size: int) -> str:
    """How many documents travelled, and their size: ``3 documents of 1.2 MB``."""
    return _("{documents} of {size_text}").format(
        documents=plural(count, "{count} document", "{count} documents"), size_text=size_text(size)
    )
