"""Files written whole or not at all: a hidden partial file beside the target, then a rename."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PARTIAL = ".partial-"


def partial_name(path: Path) -> Path:
    """A fresh hidden name beside ``path`` for the file being written: ``.NAME.partial-XXXX``."""
    return path.with_name(f".{path.name}{PARTIAL}{secrets.token_hex(4)}")


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through ``write(handle)``, whole or not at all.

    The bytes go to a hidden file in the same folder (so that the rename cannot cross file
    systems), are flushed and synced to the disk, and only then replace ``path``. If ``write``
    or the disk fails (full, read-only, interrupted), the old ``path`` is untouched and the
    partial file is removed; the error propagates as it was raised.
    """
    while True:
        partial = partial_name(path)
        try:
            # 0o666 less the umask, as for any file the user saves; O_EXCL: never someone else's.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Replacing a file keeps the permissions its owner gave it.
            os.chmod(partial, path.stat().st_mode & 0o7777)
        os.replace(partial, path)
    except BaseException:
        # BaseException: a Ctrl-C or a stop request mid-write leaves no partial file either.
        partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see ``write_atomic``)."""
    write_atomic(path, lambda handle: handle.write(data))


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where folders cannot be synced (Windows)."""
    if sys.platform == "win32":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse to sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


def write_to(out: Path | BinaryIO, write: Callable[[BinaryIO], object]) -> None:
    """``write(handle)`` into ``out``: a path is written whole or not at all
    (``write_atomic``), an open handle (a preview in memory) as it is."""
    if isinstance(out, Path):
        write_atomic(out, write)
    else:
        write(out)
