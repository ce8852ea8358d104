"""Text from users made safe for every file the app writes: CSV cells, XLSX cells, PDF text."""

from __future__ import annotations

import re
from html import escape
from typing import Any

# A spreadsheet opening a CSV runs a cell starting with one of these as a formula (or, for a
# tab or carriage return, strips them and then runs what follows).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Excel's limit on the text of one cell; openpyxl writes more, and Excel then "repairs" the file.
XLSX_CELL_LIMIT = 32_767

ELLIPSIS = "…"

_SURROGATES = re.compile("[\ud800-\udfff]")
# What XML 1.0 (inside every .xlsx) cannot hold: openpyxl raises IllegalCharacterError on these.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Word's manual line break and the form feed are line breaks to the writer; keep them as such.
_SOFT_BREAKS = re.compile("[\x0b\x0c]")
# Controls a PDF cannot show: C0 and C1 controls, and the bidirectional controls, which
# reportlab does not apply (it would print them as empty boxes) and which could only serve
# to make a printed name read otherwise than it is stored.
_PDF_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)
_PDF_SPACES = re.compile("[\t\n\r\x0b\x0c\u2028\u2029]")


def cut(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` - 1 characters and "…" when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def encodable(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 file can hold) as U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def csv_cell(value: Any) -> Any:
    """A CSV cell no spreadsheet runs: a text starting with ``= + - @``, a tab or a carriage
    return gets a leading ``'``.

    Every text is treated so, whoever wrote it: the app's own figures are never negative
    (amounts, scores and spreads), so only an applicant's or an evaluator's text can start
    so, and telling the two apart by content would let ``-1+1`` through. Numbers passed as
    numbers (int, Decimal) are not text and stay as they are.
    """
    if not isinstance(value, str):
        return value
    # NUL goes too: spreadsheets (and Python's own csv reader) stop reading at it.
    value = encodable(value).replace("\x00", "")
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def xlsx_text(value: str) -> str:
    """A text an .xlsx cell can hold: no character XML forbids (a vertical tab or form feed
    becomes a line break, the other controls go), no lone surrogate, at most Excel's 32,767
    characters (cut with "…")."""
    value = _SOFT_BREAKS.sub("\n", encodable(value))
    return cut(_XML_ILLEGAL.sub("", value), XLSX_CELL_LIMIT)


def xlsx_cell(value: Any) -> Any:
    """``xlsx_text`` for text; other values as they are."""
    return xlsx_text(value) if isinstance(value, str) else value


def pdf_plain(value: str, limit: int | None = None) -> str:
    """A text reportlab can draw as it is (on the canvas, in a table cell): line breaks and
    tabs as spaces, invisible controls removed, cut to ``limit`` characters with "…"."""
    value = _PDF_SPACES.sub(" ", _PDF_INVISIBLE.sub("", encodable(value)))
    return cut(value, limit) if limit is not None else value


def pdf_markup(value: str, limit: int | None = None) -> str:
    """``pdf_plain`` escaped for a reportlab Paragraph, so that ``<``, ``>`` and ``&`` in a
    title print as themselves instead of being read as markup."""
    # html.escape, not xml.sax.saxutils (which loads urllib, http and ssl): --help stays fast.
    return escape(pdf_plain(value, limit), quote=False)


# The number formats of the spreadsheets the app writes, as its screens and PDFs show money
# and scores (each spreadsheet shows them with its own locale's separators).
MONEY_FORMAT = "#,##0.00"
SCORE_FORMAT = "0.00"
