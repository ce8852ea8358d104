"""Rows of text cells read from a spreadsheet, header checks, and problems found in them."""

from __future__ import annotations

from dataclasses import dataclass

from evaluator.i18n import _, plural


class Problems:
    """Problems found in a user's sheet, each naming the file, the row and the column."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: list[str] = []

    def add(self, row: int, column: str, message: str) -> None:
        """A problem in one cell (row 1 is the header)."""
        self.lines.append(
            _("{source}, row {row}, column {column}: {message}").format(
                source=self.source, row=row, column=column, message=message
            )
        )

    def note(self, message: str) -> None:
        """A problem of the whole file."""
        self.lines.append(f"{self.source}: {message}")

    def summary(self) -> str:
        """The sentence that heads the list."""
        return _("{source} was not imported: {errors} found, nothing was changed.").format(
            source=self.source, errors=plural(len(self.lines), "{count} error", "{count} errors")
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
            shown = heading or _("(empty heading)")
            problems.add(1, shown, _("unknown column “{shown}”").format(shown=shown))
        elif name in columns:
            problems.add(
                1, heading, _("the column “{heading}” appears twice").format(heading=heading)
            )
        else:
            columns[name] = index
    missing = [c for c in required if c not in columns]
    if missing:
        problems.add(
            1, missing[0], _("required columns are missing: {join}").format(join=", ".join(missing))
        )
    return None if missing else columns


@dataclass(frozen=True)
class Table:
    """A sheet as the user sees it: header cells, and data rows numbered as a spreadsheet does."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    # A semicolon CSV, as spreadsheets in the region save one: its amounts may take decimal
    # commas (48000,00 or 48.000,00).
    decimal_comma: bool = False


def column_letter(index: int) -> str:
    """The spreadsheet letters of the column at 0-based ``index``: 0 is A, 26 is AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
