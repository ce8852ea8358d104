"""Reading a user's spreadsheet (CSV or XLSX, first sheet) into rows of text cells."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from evaluator.errors import EvaluatorError

MAX_FILE_BYTES = 50_000_000
MAX_ROWS = 50_000


class Problems:
    """Problems found in a user's sheet, each naming the file, the row and the column."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: list[str] = []

    def add(self, row: int, column: str, message: str) -> None:
        """A problem in one cell (row 1 is the header)."""
        self.lines.append(f"{self.source}, row {row}, column {column}: {message}")

    def note(self, message: str) -> None:
        """A problem of the whole file."""
        self.lines.append(f"{self.source}: {message}")

    def summary(self) -> str:
        """The sentence that heads the list."""
        noun = "error" if len(self.lines) == 1 else "errors"
        return (
            f"{self.source} was not imported: {len(self.lines)} {noun} found, nothing was changed."
        )


def check_header(
    table: Table, required: tuple[str, ...], optional: tuple[str, ...], problems: Problems
) -> dict[str, int] | None:
    """Map each known column (case-insensitive) to its index; None if required ones are missing.

    Unknown and repeated columns are problems, but only missing ones stop the rows from being
    checked, so that the user learns every error at once.
    """
    columns: dict[str, int] = {}
    known = set(required) | set(optional)
    for index, heading in enumerate(table.header):
        name = heading.lower()
        if name not in known:
            shown = heading or "(empty heading)"
            problems.add(1, shown, f"unknown column “{shown}”")
        elif name in columns:
            problems.add(1, heading, f"the column “{heading}” appears twice")
        else:
            columns[name] = index
    missing = [c for c in required if c not in columns]
    if missing:
        problems.add(1, missing[0], f"required columns are missing: {', '.join(missing)}")
    return None if missing else columns


@dataclass(frozen=True)
class Table:
    """A sheet as the user sees it: header cells, and data rows numbered as a spreadsheet does."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def read_table(path: Path) -> Table:
    """The header and non-blank rows of a ``.csv`` or ``.xlsx`` file; cells as stripped text."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise EvaluatorError(f"{path.name} is neither a .csv nor an .xlsx file.")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise EvaluatorError(f"File {path} does not exist.") from None
    if size > MAX_FILE_BYTES:
        raise EvaluatorError(f"{path.name} is {size:,} bytes; the limit is 50 MB.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluatorError(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    raw = _csv_rows(path.name, data) if suffix == ".csv" else _xlsx_rows(path.name, data)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    for number, cells in enumerate(raw, start=1):
        if header is None:
            header = [c.strip() for c in cells]
            while header and not header[-1]:
                header.pop()
            continue
        stripped = [c.strip() for c in cells]
        if any(stripped):
            if len(rows) >= MAX_ROWS:
                raise EvaluatorError(f"{path.name} has more than {MAX_ROWS:,} rows.")
            rows.append((number, stripped))
    if not header:
        raise EvaluatorError(f"{path.name} is empty: it has no header row.")
    return Table(header, rows)


def _csv_rows(name: str, data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvaluatorError(
            f"{name} is not UTF-8 text (bad byte at position {exc.start}); save it as “CSV UTF-8”."
        ) from None
    if "\x00" in text:
        raise EvaluatorError(f"{name} is not a text file (it contains NUL bytes).")
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in many European locales save CSV with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise EvaluatorError(f"{name} is not a well-formed CSV file: {exc}.") from None


def _xlsx_rows(name: str, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # imported here: loading openpyxl costs a second

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise EvaluatorError(f"{name} is not an Excel workbook (.xlsx).")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files; all mean the same
        raise EvaluatorError(f"{name} cannot be read as an Excel workbook: {exc}.") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise EvaluatorError(f"{name} has no worksheet.")
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            if len(rows) > MAX_ROWS + 1:
                raise EvaluatorError(f"{name} has more than {MAX_ROWS:,} rows.")
            rows.append([_cell_text(v) for v in values])
        return rows
    except EvaluatorError:
        raise
    except Exception as exc:  # see above: a damaged sheet can fail while it is being read
        raise EvaluatorError(f"{name} cannot be read as an Excel workbook: {exc}.") from None
    finally:
        workbook.close()


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
