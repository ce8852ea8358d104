"""A user's zipped spreadsheet (XLSX, ODS) checked before it is unpacked: a zip bomb, a
member that lies about its size or a file with thousands of parts is refused in one sentence,
having cost no more than reading the zip's directory."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, _

MAX_UNPACKED_BYTES = 100_000_000  # an XLSX's zip members, uncompressed, all together
MAX_RATIO = 100  # uncompressed / compressed size of one zip member larger than RATIO_FROM
RATIO_FROM = 1_000_000
MAX_MEMBERS = 1_000  # zip members of an XLSX (Excel writes about a dozen)
_CHUNK = 1 << 20
_END_OF_ZIP = b"PK\x05\x06"


XLSX = (N_("Excel workbook"), ".xlsx", N_("workbooks"))
ODS = (N_("OpenDocument spreadsheet"), ".ods", N_("spreadsheets"))


def check_zip(name: str, data: bytes, kind: tuple[str, str, str] = XLSX) -> None:
    """Refuse a zip whose members unpack to more than the limits allow, before a reader
    reads them: by their declared sizes first, then by decompressing each one, which zipfile
    stops at its declared size (a member lying about its size fails its checksum)."""
    what, suffix, plural = _(kind[0]), kind[1], _(kind[2])
    tail = data[-(0xFFFF + 22) :]
    end = tail.rfind(_END_OF_ZIP)
    if end < 0 or len(tail) - end < 22 or not zipfile.is_zipfile(io.BytesIO(data)):
        raise EvaluatorError(
            _("{name} is not an {what} ({suffix}).").format(name=name, what=what, suffix=suffix)
        )
    # The count from the end record, before zipfile builds an object for every member.
    (entries,) = struct.unpack_from("<H", tail, end + 10)
    if entries > MAX_MEMBERS:
        raise EvaluatorError(
            _("{name} holds {entries:,} parts; an {what} has a few dozen at most.").format(
                name=name, entries=entries, what=what
            )
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise EvaluatorError(
                    _("{name} holds {count:,} parts; an {what} has a few dozen at most.").format(
                        name=name, count=len(members), what=what
                    )
                )
            total = sum(m.file_size for m in members)
            if total > MAX_UNPACKED_BYTES:
                raise EvaluatorError(
                    _("{name} unpacks to {total:,} bytes; the limit is {count} MB.").format(
                        name=name, total=total, count=MAX_UNPACKED_BYTES // 1_000_000
                    )
                )
            for member in members:
                _check_member(name, archive, member, what, plural)
    # zipfile's ways of saying the archive is damaged (a bad offset is a ValueError).
    except (
        zipfile.BadZipFile,
        EOFError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OSError,
    ) as exc:
        raise EvaluatorError(
            _("{name} is a damaged {what}: {exc}.").format(name=name, what=what, exc=exc)
        ) from None


def _check_member(
    name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo, what: str, plural: str
) -> None:
    if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * member.compress_size:
        raise EvaluatorError(
            _(
                "{name} is a zip bomb: its part {filename} is compressed {count:,} to "
                "1; {plural} are compressed less than {MAX_RATIO} to 1."
            ).format(
                name=name,
                filename=member.filename,
                count=member.file_size // max(member.compress_size, 1),
                plural=plural,
                MAX_RATIO=MAX_RATIO,
            )
        )
    unpacked = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            unpacked += len(chunk)
    if unpacked != member.file_size:
        raise EvaluatorError(
            _(
                "{name} is a damaged {what}: its part {filename} unpacks to "
                "{unpacked:,} bytes, not the {file_size:,} it declares."
            ).format(
                name=name,
                what=what,
                filename=member.filename,
                unpacked=unpacked,
                file_size=member.file_size,
            )
        )
