"""The PDF ranking and consensus report the committee signs: the ranking with its budget line,
the committee's signatures, then each proposal's scores with the comments beside them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from evaluator.files.pdf.contracts import NumberedCanvas
from evaluator.files.pdf.fonts import BOLD, FONT, a4_document, grid_style, register_fonts
from evaluator.files.ranking_export import export_ranking, ranking_csv, ranking_table
from evaluator.i18n import _, decimal, money, plural, two_places
from evaluator.rules.call import CallSpec
from evaluator.rules.eligibility import explain
from evaluator.rules.export_text import pdf_markup, pdf_plain
from evaluator.rules.ranking import Outcome, Ranking, round_half_up
from evaluator.rules.statuses import Status
from evaluator.rules.words import STATUS_WORDS
from evaluator.services.calls import stored_call
from evaluator.services.evaluators import list_evaluators
from evaluator.services.identity import chair_name
from evaluator.services.proposals import ProposalView, list_proposals
from evaluator.services.reconcile import Reconciliation, ReviewLine, ranking, reconciliation
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
COMMENT_LIMIT = 900

WIDTH = A4[0] - 30 * mm  # the frame: A4 less 15 mm each side
SIZE = 8  # the tables' type size
PAD = 4  # a table cell's padding left and right, in points
RULE = colors.HexColor("#9AA4B2")
RED = colors.HexColor("#A52A1F")
GREY = colors.HexColor("#4A5568")


@dataclass(frozen=True)
class _Styles:
    """The paragraph and table styles of the report."""

    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    figure: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    grid: TableStyle

    @classmethod
    def make(cls) -> _Styles:
        """The report's styles, in its fonts (registered first)."""
        body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
        small = ParagraphStyle("small", parent=body, fontSize=SIZE, leading=10)
        grid = TableStyle(
            [
                *grid_style(SIZE).getCommands(),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ]
        )
        return cls(
            body=body,
            small=small,
            bold=ParagraphStyle("bold", parent=small, fontName=BOLD),
            figure=ParagraphStyle("figure", parent=small, alignment=TA_RIGHT),
            note=ParagraphStyle("note", parent=small, textColor=colors.HexColor("#2D3748")),
            heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=15, leading=19),
            subheading=ParagraphStyle(
                # Space before a proposal's heading, none at the top of a page (reportlab drops
                # it there): no gap can end the report on a page of its own.
                "subheading",
                parent=body,
                fontName=BOLD,
                fontSize=11,
                leading=14,
                spaceBefore=6 * mm,
            ),
            grid=grid,
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
    members = [e.name for e in list_evaluators(session)]
    styles = _Styles.make()
    call = spec.call
    story: list[object] = [
        styles.para(f"{call.title} ({call.id})", styles.heading),
        styles.para(
            _(
                "Ranking and consensus report · {day} · budget {budget} "
                "{currency}, committed {committed} {currency}"
            ).format(
                day=(today or date.today()).isoformat(),
                budget=money(result.budget),
                currency=call.currency,
                committed=money(result.committed),
            ),
            styles.body,
        ),
        Spacer(1, 5 * mm),
        _ranking_table(result, call.currency, styles)
        if result.outcomes
        else styles.para(
            _("No proposal is in the workspace yet: there is nothing to rank."), styles.body
        ),
        _signatures(chair_name(session), members, styles),
    ]
    if result.outcomes:
        story.append(PageBreak())
    for o in result.outcomes:
        summary = _sheet(spec, o, sheets.get(o.reference), proposals[o.reference], styles)
        story.append(KeepTogether(summary))
    hash_, entries = audit.head(session)
    footer = _("Audit head: {hash_} ({entries})").format(
        hash_=hash_, entries=plural(entries, "{count} entry", "{count} entries")
    )
    title = pdf_plain(
        _("{title} — ranking and consensus report").format(title=call.title), TITLE_LIMIT
    )

    def build(handle: Any) -> None:
        _build(handle, story, footer=footer, title=title, invariant=invariant)

    try:
        # Drawn whole before the old report is replaced: a layout or disk failure keeps it.
        write_atomic(out, build)
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)
        ) from None
    return len(result.outcomes)


def _natural(texts: Iterable[str], font: str = FONT) -> float:
    """The width a column needs to print the longest of ``texts`` on one line."""
    return max((stringWidth(t, font, SIZE) for t in texts), default=0.0) + 2 * PAD + 1


def _ranking_widths(header: list[str], cells: list[list[str]], committed: str) -> list[float]:
    """The ranking's column widths: each short column as wide as its longest text (reference
    and status up to a cap, beyond which they wrap), the title the rest. The budget line's
    committed sum, in bold, stands in the Awarded column."""
    columns = list(zip(*cells, strict=True)) if cells else [()] * len(header)
    caps = [14 * mm, 30 * mm, None, 32 * mm, 16 * mm, 28 * mm, 28 * mm]
    bold = [[name] for name in header]
    bold[-1].append(committed)
    widths = [
        min(max(_natural(column), _natural(heading, BOLD)), cap) if cap else 0.0
        for heading, column, cap in zip(bold, columns, caps, strict=True)
    ]
    widths[2] = WIDTH - sum(widths)
    return widths


def _ranking_table(result: Ranking, currency: str, styles: _Styles) -> Table:
    """The ranking, the funded proposals marked, the budget line a labelled row of its own."""
    header = [
        _("Rank"),
        _("Reference"),
        _("Title"),
        _("Status"),
        _("Final"),
        _("Requested"),
        _("Awarded"),
    ]
    cells = [
        [
            str(o.rank or ""),
            pdf_plain(o.reference, CELL_LIMIT),
            pdf_plain(o.title, TITLE_LIMIT),
            STATUS_WORDS[o.status],
            two_places(o.final_score) or "",
            money(o.requested),
            money(o.awarded) if o.awarded is not None else "",
        ]
        for o in result.outcomes
    ]
    figures = {0, 4, 5, 6}
    rows: list[list[object]] = [
        [
            Paragraph(h, styles.bold if n not in figures else _right(styles.bold))
            for n, h in enumerate(header)
        ]
    ]
    rows += [
        [
            styles.para(text, styles.figure if n in figures else styles.small)
            for n, text in enumerate(row)
        ]
        for row in cells
    ]
    # The budget line runs under the last funded proposal (with ``fill``, reserve proposals can
    # stand above it: their status says so); above the first ranked one when none is funded.
    funded = [n for n, o in enumerate(result.outcomes, start=1) if o.status == Status.FUNDED]
    ranked = any(o.rank is not None for o in result.outcomes)
    line_at = (funded[-1] + 1 if funded else 1) if ranked else None
    if line_at is not None:
        label = _budget_label(result, len(funded), currency)
        sum_ = Paragraph(money(result.committed), _red(_right(styles.bold)))
        rows.insert(line_at, [Paragraph(label, _red(styles.small)), *[""] * 5, sum_])
    table = Table(
        rows, colWidths=_ranking_widths(header, cells, money(result.committed)), repeatRows=1
    )
    style = TableStyle(styles.grid.getCommands())
    for number, o in enumerate(result.outcomes, start=1):
        if o.status == Status.FUNDED:
            style.add("BACKGROUND", (3, number), (3, number), colors.HexColor("#DFF3E4"))
    if line_at is not None:
        style.add("SPAN", (0, line_at), (-2, line_at))
        style.add("BACKGROUND", (0, line_at), (-1, line_at), colors.HexColor("#FBEDEB"))
        style.add("LINEABOVE", (0, line_at), (-1, line_at), 1.6, RED)
        style.add("LINEBELOW", (0, line_at), (-1, line_at), 1.6, RED)
    table.setStyle(style)
    return table


def _budget_label(result: Ranking, funded: int, currency: str) -> str:
    """The budget line's words: the money available and left, and what the committed sum
    (in the Awarded column) pays for."""
    left = _money(result.budget - result.committed, currency)
    above = (
        plural(
            funded,
            "awarded to the {count} funded proposal above:",
            "awarded to the {count} funded proposals above:",
        )
        if funded
        else _("no ranked proposal fits within it, nothing awarded:")
    )
    return _("<b>Budget line: {money} available</b> · {left} left · {above}").format(
        money=_money(result.budget, currency), left=left, above=above
    )


def _money(amount: Decimal, currency: str) -> str:
    """An amount as the report prints it: 1,200,000.00 EUR."""
    return f"{money(amount)} {currency}"


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-centred", parent=style, alignment=TA_CENTER)


def _red(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-red", parent=style, textColor=RED)


def _signatures(chair: str | None, members: list[str], styles: _Styles) -> KeepTogether:
    """The committee's signatures under the ranking: the chair, each member, place and date,
    as lines to sign and fill in."""
    rows: list[list[object]] = [
        [Paragraph(h, styles.bold) for h in (_("Role"), _("Name"), _("Signature"))],
        [_("Chair"), styles.para(chair or "", styles.body, NAME_LIMIT), ""],
        *[[_("Member"), styles.para(name, styles.body, NAME_LIMIT), ""] for name in members],
    ]
    table = Table(
        rows,
        colWidths=[28 * mm, 72 * mm, 80 * mm],
        minRowHeights=[0, *[11 * mm] * (len(rows) - 1)],
        repeatRows=1,
    )
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
        ("LINEBELOW", (2, 1), (2, -1), 0.4, GREY),
    ]
    if not chair:
        commands.append(("LINEBELOW", (1, 1), (1, 1), 0.4, GREY))
    table.setStyle(TableStyle(commands))
    where = Table(
        [[_("Place"), "", _("Date"), ""]],
        colWidths=[28 * mm, 72 * mm, 20 * mm, 60 * mm],
        minRowHeights=[11 * mm],
    )
    where.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.4, GREY),
                ("LINEBELOW", (3, 0), (3, 0), 0.4, GREY),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(_("Committee signatures"), styles.subheading),
            styles.para(
                _(
                    "The evaluation committee approves the ranking above and the budget line "
                    "drawn in it."
                ),
                styles.body,
            ),
            Spacer(1, 2 * mm),
            table,
            where,
        ]
    )


def _build(handle: Any, story: list[object], *, footer: str, title: str, invariant: bool) -> None:
    """Lay ``story`` out on A4 pages into ``handle``, each with ``footer`` and “Page x of y”."""

    def decorate(canvas: Any, _document: Any) -> None:
        # Small, on every page, left of "Page x of y": the trail this report was made from, to
        # check it against later.
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawString(15 * mm, 28, footer)
        canvas.restoreState()

    document = a4_document(handle, margin=15 * mm, title=title, invariant=invariant)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=NumberedCanvas)


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
    standing = [
        _("Requested {requested} {currency}").format(
            requested=money(outcome.requested), currency=spec.call.currency
        ),
        _("status: {STATUS_WORDS}").format(STATUS_WORDS=STATUS_WORDS[outcome.status]),
    ]
    if outcome.rank:
        standing.append(_("rank {rank}").format(rank=outcome.rank))
    if outcome.final_score is not None:
        standing.append(
            _("final score {final_score}").format(final_score=decimal(outcome.final_score))
        )
    parts: list[object] = [
        para(f"{outcome.reference} — {outcome.title}", styles.subheading),
        para(_("Lead applicant: {lead}").format(lead=lead), body),
        para(" · ".join(standing), body),
        Spacer(1, 1.5 * mm),
    ]
    if outcome.status == Status.INELIGIBLE:
        parts.append(
            para(_("Not eligible: ") + " ".join(explain(spec, c) for c in proposal.reasons), body)
        )
        return parts
    if sheet is None or not sheet.reviews:
        parts.append(para(_("No reviews yet."), body))
        return parts
    parts.append(_scores_table(spec, outcome, sheet, styles))
    notes = _notes(spec, sheet)
    if notes:
        parts.append(Spacer(1, 1.5 * mm))
    parts += [para(note, styles.note) for note in notes]
    return parts


def _score_widths(reviews: int) -> list[float]:
    """The criterion column takes what the score columns (narrow: they hold a number under
    the evaluator's name) leave."""
    final = 22 * mm
    each = min(30 * mm, (WIDTH - 70 * mm - final) / reviews)
    return [WIDTH - final - each * reviews, *[each] * reviews, final]


def _scores_table(
    spec: CallSpec, outcome: Outcome, sheet: Reconciliation, styles: _Styles
) -> Table:
    """Each review's scores beside the final score, criterion by criterion, each criterion's
    comments in a row under its scores, and the totals."""
    para, reviews = styles.para, sheet.reviews
    figure, score = styles.figure, _centred(styles.small)
    rows: list[list[object]] = [
        [
            # The heading repeats on each page the table runs onto: it says whose scores they are.
            para(
                _("Criterion ({reference})").format(reference=outcome.reference),
                styles.bold,
                CELL_LIMIT,
            ),
            *[para(_reviewer(r), _centred(styles.bold), NAME_LIMIT + 20) for r in reviews],
            Paragraph(_("Final"), _right(styles.bold)),
        ]
    ]
    comment_rows: list[int] = []
    finals = outcome.criterion_scores or {}
    for criterion in spec.criteria:
        final = finals.get(criterion.code)
        shown = decimal(round_half_up(final)) if final is not None else ""
        if criterion.code in sheet.consensus:
            shown += "<br/>consensus"
        rows.append(
            [
                para(f"{criterion.code} {criterion.text}", limit=CELL_LIMIT),
                *[
                    Paragraph(points(r.scores[criterion.code]), score)
                    if criterion.code in r.scores
                    else Paragraph("–", score)
                    for r in reviews
                ],
                Paragraph(shown, figure),
            ]
        )
        for who, how, text in _remarks(criterion.code, sheet):
            comment_rows.append(len(rows))
            rows.append([_remark(who, how, text, styles)])
    rows.append(
        [
            Paragraph(_("Total"), styles.bold),
            *[Paragraph(decimal(r.total), _centred(styles.bold)) for r in reviews],
            Paragraph(two_places(outcome.final_score) or "", _right(styles.bold)),
        ]
    )
    table = Table(rows, colWidths=_score_widths(len(reviews)), repeatRows=1)
    table.setStyle(_scores_style(styles, len(rows), comment_rows))
    return table


def _reviewer(review: ReviewLine) -> str:
    """An evaluator's column heading: their name, and whether their review counts."""
    name = pdf_plain(review.evaluator, NAME_LIMIT)
    if not review.included:
        return _("{name} (excluded)").format(name=name)
    return name if review.submitted else _("{name} (not submitted)").format(name=name)


def _remarks(code: str, sheet: Reconciliation) -> list[tuple[str, str, str]]:
    """What justifies one criterion's scores, as (who, how, text): each evaluator's comment
    with the score it justifies, then the chair's reason for a consensus score."""
    found = []
    for r in sheet.reviews:
        comment = r.comments.get(code, "")
        if comment:
            score = points(r.scores[code]) if code in r.scores else _("no score")
            found.append((r.evaluator, f"({score}):", comment))
    if code in sheet.consensus:
        value, reason = sheet.consensus[code]
        found.append(("Consensus", f"on {code}: {points(value)} —", reason))
    return found


def _remark(who: str, how: str, text: str, styles: _Styles) -> Paragraph:
    """One remark in the row under its criterion's scores; a very long one is cut here and
    printed whole under the table."""
    shown = pdf_markup(text, COMMENT_LIMIT)
    if _too_long(text):
        shown += _(" (in full under the table)")
    return Paragraph(
        f"<b>{pdf_markup(who, NAME_LIMIT)}</b> {pdf_markup(how)} {shown}", _indented(styles.note)
    )


def _too_long(text: str) -> bool:
    """Whether a remark is too long for its table row (which cannot run over a page)."""
    return pdf_plain(text, COMMENT_LIMIT) != pdf_plain(text)


def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-indented", parent=style, leftIndent=10)


def _scores_style(styles: _Styles, count: int, comment_rows: list[int]) -> TableStyle:
    """The grid of a scores table, but a comment row hangs under its criterion: no rule
    between them, one shade, and never a page break between a score and its first comment."""
    commands = [c for c in styles.grid.getCommands() if c[0] != "GRID"]
    commands += [
        ("BOX", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    comments = set(comment_rows)
    for row in range(count):
        if row in comments:
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F5F7FA")),
            ]
            if row - 1 not in comments:
                commands.append(("NOSPLIT", (0, row - 1), (-1, row)))
        else:
            commands += [
                ("LINEABOVE", (0, row), (-1, row), 0.25, RULE),
                ("LINEAFTER", (0, row), (-2, row), 0.25, RULE),
            ]
    return TableStyle(commands)


def _notes(spec: CallSpec, sheet: Reconciliation) -> list[str]:
    """Under a proposal's scores: the remarks too long for the table, in full, then the
    exclusions and the resolution."""
    notes = [
        _("{who} on {code}, in full: {text}").format(who=who, code=criterion.code, text=text)
        for criterion in spec.criteria
        for who, _how, text in _remarks(criterion.code, sheet)
        if _too_long(text)
    ]
    notes += [
        _("Review by {evaluator} excluded: {exclusion_reason}").format(
            evaluator=r.evaluator, exclusion_reason=r.exclusion_reason
        )
        for r in sheet.reviews
        if not r.included
    ]
    if sheet.resolved:
        notes.append(_("Resolved: {resolve_note}").format(resolve_note=sheet.resolve_note))
    return notes
