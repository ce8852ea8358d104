"""Reading a call file (TOML) from disk, and where the shipped demo call is."""

from __future__ import annotations

from pathlib import Path

from evaluator.errors import CallFileError
from evaluator.i18n import _
from evaluator.resources_path import resources_dir
from evaluator.rules.call import CallSpec, parse_call

MAX_CALL_FILE_BYTES = 1_000_000


def demo_call_path() -> Path:
    """The shipped SMART Balkans call file."""
    return Path(str(resources_dir() / "calls" / "smart-balkans-regional.toml"))


def load_call(path: Path) -> tuple[CallSpec, str]:
    """Read and validate a call file; returns the call and the file's text."""
    try:
        size = path.stat().st_size
        if size > MAX_CALL_FILE_BYTES:
            raise CallFileError(
                _("{name} is {size:,} bytes; a call file is at most 1 MB.").format(
                    name=path.name, size=size
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise CallFileError(_("Call file {path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise CallFileError(_("{path} is a folder, not a call file.").format(path=path)) from None
    except PermissionError:
        raise CallFileError(
            _("Call file {path} cannot be read: permission denied.").format(path=path)
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CallFileError(
            _(
                "{name} is not UTF-8 text (bad byte at position {start}); save it with "
                "UTF-8 encoding."
            ).format(name=path.name, start=exc.start)
        ) from None
    return parse_call(text, source=path.name), text
