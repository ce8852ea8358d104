"""The PDF ranking and consensus report for staff: the ranking, then each proposal's summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_atomic
from evaluator.files.pdf.fonts import BOLD, FONT, a4_document, grid_style, register_fonts
from evaluator.files.ranking_export import (
    export_ranking,
    ranking_csv,
    ranking_table,
    two_places,
)
from evaluator.rules.call import CallSpec
from evaluator.rules.eligibility import explain
from evaluator.rules.export_text import cut, pdf_markup, pdf_plain
from evaluator.rules.ranking import Outcome, Ranking, round_half_up
from evaluator.rules.statuses import Status
from evaluator.rules.words import STATUS_WORDS
from evaluator.services.calls import stored_call
from evaluator.services.proposals import ProposalView, list_proposals
from evaluator.services.reconcile import Reconciliation, ranking, reconciliation
from evaluator.services.scoring import points
from evaluator.storage import audit

__all__ = [
    "BOLD",
    "FONT",
    "STATUS_WORDS",
    "export_ranking",
    "grid_style",
    "ranking_csv",
    "ranking_table",
    "register_fonts",
    "write_report",
]

# How much of a user's text a PDF table cell holds (a table row cannot be taller than a page,
# and reportlab refuses one that is); the whole text prints where it can run over pages.
TITLE_LIMIT = 400
CELL_LIMIT = 300
NAME_LIMIT = 120


@dataclass(frozen=True)
class _Styles:
    """The paragraph and table styles of the report."""

    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    grid: TableStyle

    @classmethod
    def make(cls) -> _Styles:
        """The report's styles, in its fonts (registered first)."""
        body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
        return cls(
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=15, leading=19),
            subheading=ParagraphStyle(
                "subheading", parent=body, fontName=BOLD, fontSize=11, leading=14
            ),
            grid=grid_style(8),
        )

    def para(
        self, text: str, style: ParagraphStyle | None = None, limit: int | None = None
    ) -> Paragraph:
        """Whatever an applicant or evaluator typed, printed as text (markup escaped, controls
        out) in ``style`` (small by default); ``limit`` cuts what a table cell must hold (a
        row cannot be taller than a page)."""
        return Paragraph(pdf_markup(text, limit), style or self.small)


def write_report(
    *, session: Session, out: Path, today: date | None = None, invariant: bool = False
) -> int:
    """The ranking and consensus report as a PDF; returns the number of pages' proposals.

    ``invariant`` makes the same workspace give the same bytes (for tests).
    """
    register_fonts()
    spec = stored_call(session)
    result = ranking(session)
    sheets = {r.reference: r for r in reconciliation(session)}
    proposals = {p.reference: p for p in list_proposals(session)}
    styles = _Styles.make()
    call = spec.call
    story: list[object] = [
        styles.para(f"{call.title} ({call.id})", styles.heading),
        styles.para(
            f"Ranking and consensus report · {(today or date.today()).isoformat()} · budget "
            f"{result.budget:,.2f} {call.currency}, committed {result.committed:,.2f} "
            f"{call.currency}",
            styles.body,
        ),
        Spacer(1, 5 * mm),
        _ranking_table(result, styles),
        PageBreak(),
    ]
    for o in result.outcomes:
        summary = _sheet(spec, o, sheets.get(o.reference), proposals[o.reference], styles)
        story.append(KeepTogether(summary))
        story.append(Spacer(1, 6 * mm))
    hash_, entries = audit.head(session)
    footer = f"Audit head: {hash_} ({entries} {'entry' if entries == 1 else 'entries'})"
    title = pdf_plain(f"{call.title} — ranking and consensus report", TITLE_LIMIT)

    def build(handle: Any) -> None:
        _build(handle, story, footer=footer, title=title, invariant=invariant)

    try:
        # Drawn whole before the old report is replaced: a layout or disk failure keeps it.
        write_atomic(out, build)
    except OSError as exc:
        raise EvaluatorError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return len(result.outcomes)


def _ranking_table(result: Ranking, styles: _Styles) -> Table:
    """The ranking, with the funded proposals marked and the budget line drawn."""
    para = styles.para
    rows: list[list[object]] = [
        ["Rank", "Reference", "Title", "Status", "Final", "Requested", "Awarded"]
    ]
    funded = [n for n, o in enumerate(result.outcomes, start=1) if o.status == Status.FUNDED]
    # The budget line runs under the last funded proposal (with ``fill``, reserve proposals
    # can stand above it: they are marked as such).
    has_reserve = any(o.status == Status.RESERVE for o in result.outcomes)
    line_at = (funded[-1] + 1 if funded else 1) if has_reserve else None
    for o in result.outcomes:
        rows.append(
            [
                str(o.rank or ""),
                para(o.reference, limit=CELL_LIMIT),
                para(o.title, limit=TITLE_LIMIT),
                STATUS_WORDS[o.status],
                two_places(o.final_score),
                f"{o.requested:,.2f}",
                f"{o.awarded:,.2f}" if o.awarded is not None else "",
            ]
        )
    table = Table(
        rows,
        colWidths=[11 * mm, 18 * mm, 66 * mm, 34 * mm, 14 * mm, 22 * mm, 22 * mm],
        repeatRows=1,
    )
    style = TableStyle(styles.grid.getCommands())
    for number, o in enumerate(result.outcomes, start=1):
        if o.status == Status.FUNDED:
            style.add("BACKGROUND", (3, number), (3, number), colors.HexColor("#DFF3E4"))
    if line_at is not None:
        # The budget line: between the last funded and the first reserve proposal.
        style.add("LINEABOVE", (0, line_at), (-1, line_at), 1.6, colors.HexColor("#A52A1F"))
    table.setStyle(style)
    return table


def _build(handle: Any, story: list[object], *, footer: str, title: str, invariant: bool) -> None:
    """Lay ``story`` out on A4 pages into ``handle``, each with ``footer`` and its number."""

    def decorate(canvas: Any, document: Any) -> None:
        # Small, on every page: the trail this report was made from, to check it against later.
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(colors.HexColor("#4A5568"))
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Page {document.page}")
        canvas.restoreState()

    document = a4_document(handle, margin=15 * mm, title=title, invariant=invariant)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)


def _sheet(
    spec: CallSpec,
    outcome: Outcome,
    sheet: Reconciliation | None,
    proposal: ProposalView,
    styles: _Styles,
) -> list[object]:
    """One proposal's evaluation summary: reviews, final score per criterion, reasons."""
    para, body = styles.para, styles.body
    lead = proposal.lead.organisation if proposal.lead else "—"
    parts: list[object] = [
        para(f"{outcome.reference} — {outcome.title}", styles.subheading),
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
    if outcome.status == Status.INELIGIBLE:
        parts.append(
            para("Not eligible: " + " ".join(explain(spec, c) for c in proposal.reasons), body)
        )
        return parts
    if sheet is None or not sheet.reviews:
        parts.append(para("No reviews yet.", body))
        return parts
    parts.append(_scores_table(spec, outcome, sheet, styles))
    parts += [para(note) for note in _notes(spec, sheet)]
    return parts


def _scores_table(
    spec: CallSpec, outcome: Outcome, sheet: Reconciliation, styles: _Styles
) -> Table:
    """Each review's scores beside the final score, criterion by criterion, and the totals."""
    para, reviews = styles.para, sheet.reviews
    header = [
        "Criterion",
        *[cut(r.evaluator, NAME_LIMIT) + ("" if r.included else " (excluded)") for r in reviews],
        "Final",
    ]
    rows: list[list[object]] = [[para(h, limit=CELL_LIMIT) for h in header]]
    finals = outcome.criterion_scores or {}
    for criterion in spec.criteria:
        final = finals.get(criterion.code)
        mark = " (consensus)" if criterion.code in sheet.consensus else ""
        rows.append(
            [
                para(f"{criterion.code} {criterion.text}", limit=CELL_LIMIT),
                *[
                    points(r.scores[criterion.code]) if criterion.code in r.scores else "–"
                    for r in reviews
                ],
                (f"{round_half_up(final):.2f}" if final is not None else "") + mark,
            ]
        )
    rows.append(["Total", *[f"{r.total:.2f}" for r in reviews], two_places(outcome.final_score)])
    width = 180 * mm
    first = 70 * mm
    rest = (width - first) / (len(header) - 1)
    table = Table(rows, colWidths=[first, *[rest] * (len(header) - 1)])
    table.setStyle(styles.grid)
    return table


def _notes(spec: CallSpec, sheet: Reconciliation) -> list[str]:
    """The comments, exclusions, consensus and resolution of one proposal's reviews."""
    notes = []
    for r in sheet.reviews:
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
    return notes
