"""Reports for staff: the ranking as CSV or XLSX, and the PDF ranking and evaluation summaries."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_atomic, write_bytes_atomic
from evaluator.files.export_text import csv_cell, cut, pdf_markup, pdf_plain, xlsx_cell
from evaluator.resources_path import resources_dir
from evaluator.rules.call import CallSpec
from evaluator.rules.eligibility import explain
from evaluator.rules.ranking import Outcome, Ranking, round_half_up
from evaluator.rules.words import STATUS_WORDS
from evaluator.services.calls import stored_call
from evaluator.services.proposals import list_proposals
from evaluator.services.reconcile import Reconciliation, ranking, reconciliation
from evaluator.services.scoring import points
from evaluator.storage import audit

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

# How much of a user's text a PDF table cell holds (a table row cannot be taller than a page,
# and reportlab refuses one that is); the whole text prints where it can run over pages.
TITLE_LIMIT = 400
CELL_LIMIT = 300
NAME_LIMIT = 120


def _two(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def ranking_table(spec: CallSpec, result: Ranking) -> tuple[list[str], list[list[str]]]:
    """The ranking as a sheet: header and one row of text cells per proposal."""
    sections = [s.name for s in spec.sections]
    header = [
        "rank",
        "reference",
        "title",
        "status",
        "final_score",
        *sections,
        "requested",
        "awarded",
        "reviews",
        "flags",
    ]
    rows = [
        [
            str(o.rank or ""),
            o.reference,
            o.title,
            o.status,
            _two(o.final_score),
            *(_two((o.section_scores or {}).get(name)) for name in sections),
            f"{o.requested:.2f}",
            _two(o.awarded),
            str(o.reviews),
            " ".join(o.flags),
        ]
        for o in result.outcomes
    ]
    return header, rows


def export_ranking(*, session: Session, out: Path) -> int:
    """Write the ranking to ``out`` (.csv or .xlsx), whole or not at all; returns the number
    of proposals."""
    header, rows = ranking_table(stored_call(session), ranking(session))
    suffix = out.suffix.lower()
    try:
        if suffix == ".csv":
            write_bytes_atomic(out, ranking_csv(header, rows))
        elif suffix == ".xlsx":
            _write_xlsx(out, header, rows)
        else:
            raise EvaluatorError(f"{out.name}: the ranking is exported as .csv or .xlsx.")
    except OSError as exc:
        raise EvaluatorError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return len(rows)


def ranking_csv(header: list[str], rows: list[list[str]]) -> bytes:
    """The ranking as the bytes of a CSV file (UTF-8 with a BOM, for spreadsheets), every
    cell neutralised so that no spreadsheet runs an applicant's title as a formula."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([csv_cell(cell) for cell in header])
    writer.writerows([[csv_cell(cell) for cell in row] for row in rows])
    return text.getvalue().encode("utf-8-sig")


def _write_xlsx(out: Path, header: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Ranking"
    sheet.append([xlsx_cell(cell) for cell in header])
    numeric = {
        i for i, h in enumerate(header) if h not in ("reference", "title", "status", "flags")
    }
    for row in rows:
        # Numbers as numbers, so that the sheet can sum and sort them; names stay text, with
        # what XML cannot hold taken out (openpyxl refuses a control character).
        sheet.append(
            [
                Decimal(cell) if i in numeric and cell else (xlsx_cell(cell) if cell else None)
                for i, cell in enumerate(row)
            ]
        )
        for i, cell in enumerate(sheet[sheet.max_row]):
            if i not in numeric and isinstance(cell.value, str):
                # A title starting with "=" is text from an applicant, never a formula.
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    write_atomic(out, workbook.save)


def grid_style(size: float) -> Any:
    """The table style of every PDF: a shaded bold header row and thin grey rules."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, size),
            ("FONT", (0, 0), (-1, 0), BOLD, size),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9AA4B2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


def register_fonts() -> None:
    """Make DejaVu Sans (regular and bold) available to reportlab, once."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # So that <b> in paragraphs picks the bold face.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def write_report(
    *, session: Session, out: Path, today: date | None = None, invariant: bool = False
) -> int:
    """The ranking and consensus report as a PDF; returns the number of pages' proposals.

    ``invariant`` makes the same workspace give the same bytes (for tests).
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    spec = stored_call(session)
    result = ranking(session)
    sheets = {r.reference: r for r in reconciliation(session)}
    proposals = {p.reference: p for p in list_proposals(session)}
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=15, leading=19)
    subheading = ParagraphStyle("subheading", parent=body, fontName=BOLD, fontSize=11, leading=14)
    grid = grid_style(8)

    def para(text: str, style: ParagraphStyle = small, limit: int | None = None) -> Paragraph:
        # Whatever an applicant or evaluator typed prints as text: markup escaped, controls
        # out; ``limit`` cuts what a table cell must hold (a row cannot be taller than a page).
        return Paragraph(pdf_markup(text, limit), style)

    call = spec.call
    story: list[object] = [
        para(f"{call.title} ({call.id})", heading),
        para(
            f"Ranking and consensus report · {(today or date.today()).isoformat()} · budget "
            f"{result.budget:,.2f} {call.currency}, committed {result.committed:,.2f} "
            f"{call.currency}",
            body,
        ),
        Spacer(1, 5 * mm),
    ]
    rows: list[list[object]] = [
        ["Rank", "Reference", "Title", "Status", "Final", "Requested", "Awarded"]
    ]
    funded = [n for n, o in enumerate(result.outcomes, start=1) if o.status == "funded"]
    # The budget line runs under the last funded proposal (with ``fill``, reserve proposals
    # can stand above it: they are marked as such).
    has_reserve = any(o.status == "reserve" for o in result.outcomes)
    line_at = (funded[-1] + 1 if funded else 1) if has_reserve else None
    for o in result.outcomes:
        rows.append(
            [
                str(o.rank or ""),
                para(o.reference, limit=CELL_LIMIT),
                para(o.title, limit=TITLE_LIMIT),
                STATUS_WORDS[o.status],
                _two(o.final_score),
                f"{o.requested:,.2f}",
                f"{o.awarded:,.2f}" if o.awarded is not None else "",
            ]
        )
    table = Table(
        rows,
        colWidths=[11 * mm, 18 * mm, 66 * mm, 34 * mm, 14 * mm, 22 * mm, 22 * mm],
        repeatRows=1,
    )
    style = TableStyle(grid.getCommands())
    for number, o in enumerate(result.outcomes, start=1):
        if o.status == "funded":
            style.add("BACKGROUND", (3, number), (3, number), colors.HexColor("#DFF3E4"))
    if line_at is not None:
        # The budget line: between the last funded and the first reserve proposal.
        style.add("LINEABOVE", (0, line_at), (-1, line_at), 1.6, colors.HexColor("#A52A1F"))
    table.setStyle(style)
    story += [table, PageBreak()]
    for o in result.outcomes:
        story.append(
            KeepTogether(
                _sheet(
                    spec,
                    o,
                    sheets.get(o.reference),
                    proposals[o.reference],
                    para,
                    body,
                    subheading,
                    grid,
                    mm,
                )
            )
        )
        story.append(Spacer(1, 6 * mm))
    hash_, entries = audit.head(session)
    footer = f"Audit head: {hash_} ({entries} {'entry' if entries == 1 else 'entries'})"

    def decorate(canvas: Any, document: Any) -> None:
        # Small, on every page: the trail this report was made from, to check it against later.
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(colors.HexColor("#4A5568"))
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Page {document.page}")
        canvas.restoreState()

    def build(handle: Any) -> None:
        document = SimpleDocTemplate(
            handle,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            title=pdf_plain(f"{call.title} — ranking and consensus report", TITLE_LIMIT),
            invariant=1 if invariant else 0,
        )
        document.build(story, onFirstPage=decorate, onLaterPages=decorate)

    try:
        # Drawn whole before the old report is replaced: a layout or disk failure keeps it.
        write_atomic(out, build)
    except OSError as exc:
        raise EvaluatorError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return len(result.outcomes)


def _score(value: Decimal | None) -> str:
    return "–" if value is None else points(value)


def _sheet(
    spec,
    outcome: Outcome,
    sheet: Reconciliation | None,
    proposal,
    para,
    body,  # type: ignore[no-untyped-def]
    subheading,
    grid,
    mm,
) -> list[object]:
    """One proposal's evaluation summary: reviews, final score per criterion, reasons."""
    from reportlab.platypus import Table

    lead = proposal.lead.organisation if proposal.lead else "—"
    cell = CELL_LIMIT
    parts: list[object] = [
        para(f"{outcome.reference} — {outcome.title}", subheading),
        para(
            f"Lead applicant: {lead} · requested {outcome.requested:,.2f} {spec.call.currency} · "
            f"status: {STATUS_WORDS[outcome.status]}"
            + (f" · rank {outcome.rank}" if outcome.rank else "")
            + (
                f" · final score {outcome.final_score:.2f}"
                if outcome.final_score is not None
                else ""
            ),
            body,
        ),
    ]
    if outcome.status == "ineligible":
        parts.append(
            para("Not eligible: " + " ".join(explain(spec, c) for c in proposal.reasons), body)
        )
        return parts
    if sheet is None or not sheet.reviews:
        parts.append(para("No reviews yet.", body))
        return parts
    reviews = sheet.reviews
    header = [
        "Criterion",
        *[cut(r.evaluator, NAME_LIMIT) + ("" if r.included else " (excluded)") for r in reviews],
        "Final",
    ]
    rows: list[list[object]] = [[para(h, limit=cell) for h in header]]
    finals = outcome.criterion_scores or {}
    for criterion in spec.criteria:
        final = finals.get(criterion.code)
        mark = " (consensus)" if criterion.code in sheet.consensus else ""
        rows.append(
            [
                para(f"{criterion.code} {criterion.text}", limit=cell),
                *[
                    points(r.scores[criterion.code]) if criterion.code in r.scores else "–"
                    for r in reviews
                ],
                (f"{round_half_up(final):.2f}" if final is not None else "") + mark,
            ]
        )
    rows.append(["Total", *[f"{r.total:.2f}" for r in reviews], _two(outcome.final_score)])
    width = 180 * mm
    first = 70 * mm
    rest = (width - first) / (len(header) - 1)
    table = Table(rows, colWidths=[first, *[rest] * (len(header) - 1)])
    table.setStyle(grid)
    parts.append(table)
    notes = []
    for r in reviews:
        for criterion in spec.criteria:
            comment = r.comments.get(criterion.code, "")
            if comment:
                notes.append(f"{r.evaluator} on {criterion.code}: {comment}")
        if not r.included:
            notes.append(f"Review by {r.evaluator} excluded: {r.exclusion_reason}")
    for code, (value, reason) in sheet.consensus.items():
        notes.append(f"Consensus on {code}: {points(value)} — {reason}")
    if sheet.resolved:
        notes.append(f"Resolved: {sheet.resolve_note}")
    parts += [para(note) for note in notes]
    return parts
