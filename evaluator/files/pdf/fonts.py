"""What every PDF shares: its fonts, DejaVu Sans, which prints every script the region writes
in (reportlab's built-in Helvetica cannot print š, đ or Cyrillic), its table style, its page."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, TableStyle

from evaluator.resources_path import resources_dir

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def register_fonts() -> None:
    """Make DejaVu Sans (regular and bold) available to reportlab, once."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # So that <b> in paragraphs picks the bold face.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def grid_style(size: float) -> TableStyle:
    """The table style of every PDF: a shaded bold header row and thin grey rules."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, size),
            ("FONT", (0, 0), (-1, 0), BOLD, size),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9AA4B2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


def a4_document(handle: Any, *, margin: float, title: str, invariant: bool) -> SimpleDocTemplate:
    """An A4 document written to ``handle``: 15 mm margins left and right, ``margin`` above
    and below, ``title`` in its properties; ``invariant`` makes the same content give the
    same bytes (for tests)."""
    return SimpleDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        invariant=1 if invariant else 0,
    )
