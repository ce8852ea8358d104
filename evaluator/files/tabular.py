"""Reading a user's spreadsheet (CSV or XLSX, first sheet) into rows of text cells."""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from evaluator.errors import EvaluatorError
from evaluator.files.zip_checks import MAX_UNPACKED_BYTES, ODS, check_zip
from evaluator.i18n import _
from evaluator.rules.table import Table, column_letter

# What a sheet may hold. A file beyond one of these is refused in one sentence before it can
# cost more than seconds and a few hundred megabytes; a real proposals file or scoresheet is
# far inside every one of them. (README: "Limits on imported spreadsheets".)
MAX_FILE_BYTES = 50_000_000  # the file as it lies on disk
MAX_ROWS = 50_000  # rows below the header, blank ones included
MAX_COLUMNS = 64  # the widest known header has 15 columns
MAX_CELL_CHARS = 32_767  # Excel's own limit on the text of one cell


def read_table(path: Path) -> Table:
    """The header and non-blank rows of a ``.csv``, ``.xlsx`` or ``.ods`` file; cells as
    stripped text.

    Every row the file holds is read, whatever size the file declares for its sheet; a file
    beyond the limits above is refused (EvaluatorError) without reading it further.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".ods"):
        raise EvaluatorError(
            _("{name} is neither a .csv, an .xlsx nor an .ods file.").format(name=path.name)
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise EvaluatorError(_("File {path} does not exist.").format(path=path)) from None
    if size > MAX_FILE_BYTES:
        raise EvaluatorError(
            _("{name} is {size:,} bytes; the limit is 50 MB.").format(name=path.name, size=size)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot read {name}: {value}.").format(name=path.name, value=exc.strerror or exc)
        ) from None
    if suffix == ".csv":
        text = _csv_text(path.name, data)
        delimiter = _delimiter(text)
        table = _table(path.name, _csv_rows(path.name, text, delimiter))
        return replace(table, decimal_comma=delimiter == ";")
    if suffix == ".ods":
        return _ods_table(path.name, data)
    return _xlsx_table(path.name, data)


def _table(name: str, raw: Iterable[tuple[int, list[str]]]) -> Table:
    """The header and non-blank data rows of numbered rows, each checked against the limits."""
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    for number, cells in raw:
        if number > MAX_ROWS + 1:
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}: the sheet goes on past row {count:,}; the "
                    "limit is {MAX_ROWS:,} rows below the header."
                ).format(name=name, number=number, count=MAX_ROWS + 1, MAX_ROWS=MAX_ROWS)
            )
        stripped = _within_limits(name, number, cells, header)
        if header is None:
            header = stripped
            while header and not header[-1]:
                header.pop()
            continue
        if any(stripped):
            rows.append((number, stripped))
    if not header:
        raise EvaluatorError(_("{name} is empty: it has no header row.").format(name=name))
    return Table(header, rows)


def _within_limits(name: str, number: int, cells: list[str], header: list[str] | None) -> list[str]:
    """The row's cells stripped, without the empty ones beyond ``MAX_COLUMNS``; a value
    beyond it, or a cell longer than ``MAX_CELL_CHARS``, is refused."""
    if len(cells) > MAX_COLUMNS:
        extra = next((i for i in range(MAX_COLUMNS, len(cells)) if cells[i].strip()), None)
        if extra is not None:
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}, column {column_letter}: a value stands beyond "
                    "column {column_letter2}; the limit is {MAX_COLUMNS} columns."
                ).format(
                    name=name,
                    number=number,
                    column_letter=column_letter(extra),
                    column_letter2=column_letter(MAX_COLUMNS - 1),
                    MAX_COLUMNS=MAX_COLUMNS,
                )
            )
        cells = cells[:MAX_COLUMNS]
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            shown = header[index] if header and index < len(header) and header[index] else None
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}, column {value}: the cell holds {count:,} "
                    "characters; the limit is {MAX_CELL_CHARS:,}."
                ).format(
                    name=name,
                    number=number,
                    value=shown or column_letter(index),
                    count=len(cell),
                    MAX_CELL_CHARS=MAX_CELL_CHARS,
                )
            )
    return [c.strip() for c in cells]


def _csv_text(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvaluatorError(
            _(
                "{name} is not UTF-8 text (bad byte at position {start}); save it as “CSV UTF-8”."
            ).format(name=name, start=exc.start)
        ) from None
    if "\x00" in text:
        raise EvaluatorError(
            _("{name} is not a text file (it contains NUL bytes).").format(name=name)
        )
    return text


def _delimiter(text: str) -> str:
    """Spreadsheets in many European locales save CSV with semicolons (and decimal commas)."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _csv_rows(name: str, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The csv module refuses a cell over its own limit (131,072) before we see it.
            if "field larger than field limit" in str(exc):
                raise EvaluatorError(
                    _(
                        "{name}, line {line_num:,}: a cell holds more than {MAX_CELL_CHARS:,} "
                        "characters, the limit."
                    ).format(name=name, line_num=reader.line_num, MAX_CELL_CHARS=MAX_CELL_CHARS)
                ) from None
            raise EvaluatorError(
                _("{name}, line {line_num:,}, is not well-formed CSV: {exc}.").format(
                    name=name, line_num=reader.line_num, exc=exc
                )
            ) from None
        number += 1
        yield number, cells


def _xlsx_table(name: str, data: bytes) -> Table:
    check_zip(name, data)
    try:
        return _table(name, _xlsx_rows(name, data))
    except EvaluatorError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files; all mean the same
        # openpyxl wraps what the XML parser raised; defusedxml's refusal is the cause.
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, DefusedXmlException):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise EvaluatorError(
                _(
                    "{name} declares XML entities, which no workbook needs and which can "
                    "make a reader expand a small file without end or read other files; it "
                    "was not read."
                ).format(name=name)
            ) from None
        detail = " ".join(str(exc).split()).rstrip(".")  # one line, as every refusal is
        raise EvaluatorError(
            _("{name} cannot be read as an Excel workbook: {detail}.").format(
                name=name, detail=detail
            )
        ) from None


# What a zip-based spreadsheet is called in a refusal, its suffix, and such files together.
def _xlsx_rows(name: str, data: bytes) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's rows, numbered as the sheet numbers them."""
    from openpyxl import load_workbook  # imported here: loading openpyxl costs a second

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise EvaluatorError(_("{name} has no worksheet.").format(name=name))
        previous = 0
        for number, cells in _parsed_rows(workbook, sheet):
            if number <= previous:
                raise EvaluatorError(
                    _(
                        "{name}, row {number:,}: the row comes again after row {previous:,}; "
                        "the workbook is damaged (save it again from the spreadsheet)."
                    ).format(name=name, number=number, previous=previous)
                )
            previous = number
            yield number, _row_cells(name, number, cells)
    finally:
        workbook.close()


def _parsed_rows(workbook: Any, sheet: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Each ``<row>`` of the sheet as openpyxl's parser reads it: (number, cells).

    Not ``sheet.iter_rows``: that trusts the sheet's declared dimension (rows past it are
    dropped, every row is padded to its width), silently drops a row numbered out of order,
    and lets a repeated cell overwrite another; here each of those is seen and refused.
    """
    from openpyxl.worksheet._reader import WorkSheetParser  # see _xlsx_rows

    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        yield from parser.parse()


def _row_cells(name: str, number: int, cells: list[dict[str, Any]]) -> list[str]:
    """The texts of a row's cells by column; refuses a cell far out or written twice."""
    values: dict[int, str] = {}
    seen: set[int] = set()
    for cell in cells:
        column, value = cell["column"], cell["value"]
        if column in seen:
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}, column {column_letter}: the cell is written "
                    "twice; the workbook is damaged (save it again from the spreadsheet)."
                ).format(name=name, number=number, column_letter=column_letter(column - 1))
            )
        seen.add(column)
        if value is None:
            continue
        text = _cell_text(value)
        if column > MAX_COLUMNS and text.strip():
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}, column {column_letter}: a value stands beyond "
                    "column {column_letter2}; the limit is {MAX_COLUMNS} columns."
                ).format(
                    name=name,
                    number=number,
                    column_letter=column_letter(column - 1),
                    column_letter2=column_letter(MAX_COLUMNS - 1),
                    MAX_COLUMNS=MAX_COLUMNS,
                )
            )
        if column <= MAX_COLUMNS:
            values[column] = text
    width = max(values, default=0)
    return [values.get(column, "") for column in range(1, width + 1)]


def _cell_text(value: object) -> str:
    """A cell as the text a user typed: 18.0 is "18", 58000.5 is "58000.5"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(Decimal(repr(value)))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# --- OpenDocument spreadsheets (LibreOffice's own format) ----------------------------------------

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def _ods_table(name: str, data: bytes) -> Table:
    """The first sheet of an OpenDocument spreadsheet.

    Its ``content.xml`` is read as a stream with defusedxml (a sheet may be 100 MB of XML,
    and may be hostile), one row at a time; a repeated row or cell, which LibreOffice writes
    for the empty rest of a sheet (a million rows, 16,384 columns), counts without being
    spelled out.
    """
    check_zip(name, data, ODS)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
            if mimetype != _ODS_MIMETYPE or "content.xml" not in names:
                raise EvaluatorError(
                    _("{name} is not an OpenDocument spreadsheet (.ods).").format(name=name)
                )
            with archive.open("content.xml") as content:
                events = iterparse(_LargeReads(content), events=("start", "end"))
                return _table(name, _ods_rows(name, events))
    except EvaluatorError:
        raise
    except DefusedXmlException:
        raise EvaluatorError(
            _(
                "{name} declares XML entities, which no spreadsheet needs and which "
                "can make a reader expand a small file without end or read other "
                "files; it was not read."
            ).format(name=name)
        ) from None
    # LookupError: the XML names an encoding Python does not have (or one that is no text).
    except (
        ParseError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        LookupError,
        OSError,
    ) as exc:
        detail = " ".join(str(exc).split()).rstrip(".")
        raise EvaluatorError(
            _("{name} cannot be read as an OpenDocument spreadsheet: {detail}.").format(
                name=name, detail=detail
            )
        ) from None


class _LargeReads:
    """A stream read in large pieces, whatever size the reader asks for: the XML parser
    (expat) reads a token that spans many pieces again with each one, so a 95 MB comment read
    16 KB at a time would take hours."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, _size: int = -1) -> bytes:
        return bytes(self._stream.read(_LARGE_READ))


_LARGE_READ = 2 << 20


# How much XML an OpenDocument sheet may take to say what the limits above allow: 50,000 rows
# of 15 cells need about 1.6 million elements; a cell's rich text, a few dozen.
MAX_ODS_ELEMENTS = 2_000_000
MAX_CELL_ELEMENTS = 10_000
MAX_CELL_DEPTH = 50


def _ods_rows(name: str, events: Iterator[tuple[str, Any]]) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first ``table:table``, numbered as the sheet numbers them.

    Each cell is read when it ends and then dropped from memory, and so is each row and
    anything else the sheet holds. A repeated row is spelled out as often as it repeats; so
    that a small file cannot make the import hold gigabytes, the text spelled out so, all
    together, has the limit of what a zip's parts may unpack to."""
    parents: list[Any] = []  # the open elements, outermost first
    tables = depth = number = spelled = elements = 0
    in_cell = cell_elements = cell_depth = 0
    row = _OdsRow(name)
    for event, element in events:
        if event == "start":
            elements += 1
            if elements > MAX_ODS_ELEMENTS:
                raise EvaluatorError(
                    _(
                        "{name} holds more than {MAX_ODS_ELEMENTS:,} XML elements; a proposals "
                        "file or scoresheet needs far fewer."
                    ).format(name=name, MAX_ODS_ELEMENTS=MAX_ODS_ELEMENTS)
                )
            parents.append(element)
            if in_cell:
                cell_elements, cell_depth = cell_elements + 1, cell_depth + 1
                if cell_elements > MAX_CELL_ELEMENTS or cell_depth > MAX_CELL_DEPTH:
                    raise _nested_too_deep(name, number + 1)
            elif element.tag == f"{_TABLE}table":
                tables, depth = tables + 1, depth + 1
            elif element.tag in _CELLS:
                in_cell, cell_elements, cell_depth = 1, 0, 0
            continue
        parents.pop()
        parent = parents[-1] if parents else None
        if in_cell and cell_depth:
            cell_depth -= 1
            continue  # part of a cell: read with the cell
        if in_cell:  # the cell itself
            in_cell = 0
            if tables == 1 and depth == 1 and parent is not None:
                row.add(number + 1, element)
        elif element.tag == f"{_TABLE}table":
            depth -= 1
            if depth == 0:
                return  # the first sheet ended: the others are not read
        elif tables == 1 and depth == 1 and element.tag == f"{_TABLE}table-row":
            repeat = _repeat(element, "number-rows-repeated")
            cells, row = row.cells(), _OdsRow(name)
            if not any(cells):
                number += repeat  # LibreOffice's empty rest of the sheet
            else:
                size = sum(len(c) for c in cells)
                for _row in range(repeat):  # the limit on rows stops a huge repeat of a filled row
                    number += 1
                    spelled += size
                    if spelled > MAX_UNPACKED_BYTES:
                        raise EvaluatorError(
                            _(
                                "{name}, row {number:,}: its repeated rows spell out more than "
                                "{count} MB of cells, the limit; a proposals file or scoresheet "
                                "holds far less."
                            ).format(
                                name=name, number=number, count=MAX_UNPACKED_BYTES // 1_000_000
                            )
                        )
                    yield number, cells
        element.clear()
        if parent is not None and len(parent) > 64:
            # Read, or built ahead and queued: the parser's events hold those still to come.
            # (Removing one element at a time from a list of thousands is quadratic.)
            del parent[:]


def _nested_too_deep(name: str, row: int) -> EvaluatorError:
    return EvaluatorError(
        _(
            "{name}, row {count:,}: a cell holds more than {MAX_CELL_ELEMENTS:,} "
            "XML elements or nests them more than {MAX_CELL_DEPTH} deep; no "
            "spreadsheet writes a cell so."
        ).format(
            name=name,
            count=row,
            MAX_CELL_ELEMENTS=MAX_CELL_ELEMENTS,
            MAX_CELL_DEPTH=MAX_CELL_DEPTH,
        )
    )


class _OdsRow:
    """The cells of the row being read, by column, as each cell ends."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[int, str] = {}
        self.column = 0

    def add(self, number: int, cell: Any) -> None:
        repeat = _repeat(cell, "number-columns-repeated")
        text = _ods_cell_text(cell)
        if not text:
            self.column += repeat
            return
        if self.column + repeat > MAX_COLUMNS:
            raise EvaluatorError(
                _(
                    "{name}, row {number:,}, column {column_letter}: a value stands beyond "
                    "column {column_letter2}; the limit is {MAX_COLUMNS} columns."
                ).format(
                    name=self.name,
                    number=number,
                    column_letter=column_letter(max(self.column, MAX_COLUMNS)),
                    column_letter2=column_letter(MAX_COLUMNS - 1),
                    MAX_COLUMNS=MAX_COLUMNS,
                )
            )
        for _cell in range(repeat):
            self.column += 1
            self.values[self.column] = text

    def cells(self) -> list[str]:
        width = max(self.values, default=0)
        return [self.values.get(c, "") for c in range(1, width + 1)]


def _repeat(element: Any, attribute: str) -> int:
    text = element.get(f"{_TABLE}{attribute}", "1")
    return int(text) if text.isdecimal() and 0 < len(text) <= 9 and int(text) > 0 else 1


def _ods_cell_text(cell: Any) -> str:
    """A cell as the text a user typed: a number as it reads (18, 58000.5), a date as
    ISO 8601 (as an XLSX's date cell reads), text as its paragraphs."""
    kind = cell.get(f"{_OFFICE}value-type")
    if kind in ("float", "percentage", "currency"):
        return _ods_number(cell.get(f"{_OFFICE}value", ""))
    if kind == "date":
        return cell.get(f"{_OFFICE}date-value", "")
    if kind == "boolean":
        return "TRUE" if cell.get(f"{_OFFICE}boolean-value") == "true" else "FALSE"
    if kind == "time":
        return cell.get(f"{_OFFICE}time-value", "")
    paragraphs = [_ods_paragraph(p) for p in cell if p.tag == f"{_TEXT}p"]
    return "\n".join(paragraphs)


def _ods_number(text: str) -> str:
    try:
        value = Decimal(text)
    except ArithmeticError:
        return text
    if not value.is_finite() or abs(value.adjusted()) > 20:
        return text  # as written: no whole number of months or amount looks so
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def _ods_paragraph(element: Any) -> str:
    """The text of a ``text:p``, with its spaces (``text:s``), tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * min(_count(child), MAX_CELL_CHARS + 1))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        else:
            parts.append(_ods_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(element: Any) -> int:
    text = element.get(f"{_TEXT}c", "1")
    return int(text) if text.isdecimal() and len(text) <= 9 else 1
