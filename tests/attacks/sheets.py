"""Hostile spreadsheets: real workbooks built with openpyxl, then edited byte by byte inside
the zip, and CSV files a hostile hand can write."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.factories import HEADER, eligible_members, member_rows

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


def proposal_rows(count: int) -> list[list[object]]:
    """``count`` eligible proposals RG-001…, three members each, as Excel holds them."""
    rows: list[list[object]] = []
    for number in range(1, count + 1):
        for row in member_rows(f"RG-{number:03d}", eligible_members(f" {number}")):
            rows.append([*row[:4], int(row[4]), int(row[5]), *row[6:]])
    return rows


def workbook_bytes(rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER) -> bytes:
    """A workbook of ``header`` and ``rows`` (first sheet), strings shared as Excel does."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def members(data: bytes) -> dict[str, bytes]:
    """Every member of a zip, by name, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(parts: dict[str, bytes], level: int = 9) -> bytes:
    """A zip of ``parts``, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def edited(data: bytes, name: str, edit: Callable[[bytes], bytes]) -> bytes:
    """The workbook with its member ``name`` rewritten by ``edit``."""
    parts = members(data)
    parts[name] = edit(parts[name])
    return rezip(parts)


def declared(data: bytes, ref: str) -> bytes:
    """The workbook whose first sheet declares its dimension as ``ref`` (e.g. ``A1:N2``)."""

    def edit(xml: bytes) -> bytes:
        new, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml)
        assert count == 1
        return new

    return edited(data, SHEET, edit)


def before_sheet_data_end(data: bytes, name: str, extra: bytes) -> bytes:
    """The workbook with ``extra`` XML put just before ``</sheetData>``."""
    return edited(data, name, lambda xml: xml.replace(b"</sheetData>", extra + b"</sheetData>"))


def far_column_rows(rows: int) -> bytes:
    """A sheet whose rows 2… each hold one value in the last column Excel has (XFD)."""
    extra = b"".join(
        b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
        for n in range(2, rows + 2)
    )
    return before_sheet_data_end(workbook_bytes([]), SHEET, extra)


def row_gap(number: int) -> bytes:
    """A sheet with one proposal row, then a row numbered ``number``."""
    extra = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (number, number)
    return before_sheet_data_end(workbook_bytes(proposal_rows(1)), SHEET, extra)


def whitespace_bomb(megabytes: int) -> bytes:
    """A sheet padded with ``megabytes`` MB of spaces: a small file, a huge unpacked size."""
    pad = b" " * (megabytes << 20)
    return before_sheet_data_end(workbook_bytes(proposal_rows(1)), SHEET, pad)


def lying_sizes(data: bytes) -> bytes:
    """The workbook whose sheet's declared (central directory) size is far below its real one."""
    parts = members(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    raw = bytearray(buffer.getvalue())
    real = len(parts[SHEET])
    # Rewrite the uncompressed size of the sheet in its local header and central directory.
    entry = SHEET.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := raw.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at : name_at + len(entry)] == entry:
                assert int.from_bytes(raw[at + offset : at + offset + 4], "little") == real
                raw[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
            at += 4
    return bytes(raw)


SST = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
TITLE = b'<c r="B2" t="inlineStr"><is><t>Regional cooperation</t></is></c>'


def shared(strings: bytes) -> bytes:
    """A one-proposal workbook whose title cell B2 is the first string of a shared-strings
    table holding ``strings`` (the ``<si>`` elements), as Excel writes titles."""
    parts = members(workbook_bytes(proposal_rows(1)))
    assert TITLE in parts[SHEET]
    parts[SHEET] = parts[SHEET].replace(TITLE, b'<c r="B2" t="s"><v>0</v></c>')
    parts[STRINGS] = SST + strings + b"</sst>"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    return rezip(parts)


def huge_shared_string(megabytes: int) -> bytes:
    """A workbook whose title is a shared string of ``megabytes`` million characters."""
    return shared(b"<si><t>" + b"a" * (megabytes << 20) + b"</t></si>")


def many_shared_strings(count: int) -> bytes:
    """A workbook whose shared-strings table holds ``count`` more (unused) strings."""
    return shared(b"<si><t>Regional cooperation</t></si>" + b"<si><t>x</t></si>" * count)


def deep_shared_string(depth: int) -> bytes:
    """A shared string nested ``depth`` elements deep."""
    deep = b"<si>" + b"<r>" * depth + b"<t>x</t>" + b"</r>" * depth + b"</si>"
    return shared(b"<si><t>Regional cooperation</t></si>" + deep)


def many_columns(columns: int, rows: int) -> bytes:
    """A sheet ``columns`` wide (a number in every cell) and ``rows`` deep."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c).encode() for c in range(1, columns + 1)]
    body = b"".join(
        b'<row r="%d">' % n
        + b"".join(b'<c r="%s%d"><v>1</v></c>' % (letter, n) for letter in letters)
        + b"</row>"
        for n in range(2, rows + 2)
    )
    return before_sheet_data_end(workbook_bytes([]), SHEET, body)


LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n"
)


def _with_doctype(doctype: bytes, entity: bytes) -> bytes:
    """A one-proposal workbook whose sheet declares ``doctype`` and uses ``entity`` in B2."""
    data = workbook_bytes(proposal_rows(1))

    def edit(xml: bytes) -> bytes:
        assert TITLE in xml
        cell = b'<c r="B2" t="inlineStr"><is><t>' + entity + b"</t></is></c>"
        return doctype + xml.replace(TITLE, cell)

    return edited(data, SHEET, edit)


def billion_laughs() -> bytes:
    """A workbook whose sheet expands an entity to a billion ``lol``s."""
    return _with_doctype(LAUGHS, b"&lol9;")


def external_entity() -> bytes:
    """A workbook whose sheet pulls in a local file through an external entity."""
    doctype = (
        b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    )
    return _with_doctype(doctype, b"&xxe;")


def csv_text(rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER) -> str:
    """A proposals CSV's text."""
    import csv

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[str(v) for v in row] for row in rows])
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """``data`` written to ``folder/name`` (text as UTF-8)."""
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
