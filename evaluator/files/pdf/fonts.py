"""The fonts and the table style every PDF shares: DejaVu Sans, which prints every script the
region writes in (reportlab's built-in Helvetica cannot print š, đ or Cyrillic)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

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
