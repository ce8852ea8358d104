"""Outcome letters for the applicants of the decided proposals, as PDF, from the wording in
resources/, in the contracts' typography.

The letters' data is a service (``evaluator.services.letters``); this module draws one letter
and writes a batch of them with ``letters.csv`` for mail merge.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_to
from evaluator.files.pdf.batch import draw_batch
from evaluator.files.pdf.contracts import NumberedCanvas
from evaluator.files.pdf.fonts import BOLD, FONT, a4_document, grid_style, register_fonts
from evaluator.files.pdf.templates import (
    check_placeholders,
    filled,
    read_template,
    shipped_template,
)
from evaluator.files.ranking_export import ranking_csv
from evaluator.i18n import N_, SOURCE, _, speaking
from evaluator.rules.export_text import pdf_markup, pdf_plain
from evaluator.rules.statuses import Status
from evaluator.services.letters import LetterData, letter_data, letter_placeholders
from evaluator.services.proposals import Progress
from evaluator.storage import audit

__all__ = [
    "LetterBatch",
    "LetterData",
    "letter_data",
    "load_template",
    "record_batch",
    "render_letter",
    "template_path",
    "write_letters",
]

MAIL_MERGE = "letters.csv"
MAIL_MERGE_COLUMNS = ["reference", "organisation", "email", "status", "file"]

# The texts render_letter prints from the template; without one of them it cannot draw.
TEMPLATE_TEXTS = (
    "header",
    "sender",
    "subject",
    "greeting",
    "scores_heading",
    "scores_intro",
    "total_label",
    "reasons_heading",
    "feedback_heading",
    "criteria_heading",
    "closing",
    "signature",
)
OUTCOME_TEXTS = ("heading", "text")

# The colour of each outcome's heading: good news green, the reserve amber, the rest sober.
OUTCOME_COLOURS = {
    Status.FUNDED: "#1F6B3A",
    Status.RESERVE: "#8A5A00",
    Status.BELOW_THRESHOLD: "#7A2E1F",
    Status.INELIGIBLE: "#7A2E1F",
}
GREY = "#4A5568"


def template_path(language: str = SOURCE) -> Path:
    """The letter wording shipped in resources/, in ``language``."""
    return shipped_template("letters", "outcome-letter", language)


def load_template(path: Path | None = None, language: str = SOURCE) -> dict[str, Any]:
    """The letter wording: a text per outcome, every placeholder one a letter can fill."""
    source = path or template_path(language)
    template = read_template(source, N_("letter"))
    outcomes = template.get("outcomes")
    outcomes = outcomes if isinstance(outcomes, dict) else {}
    absent = [key for key in TEMPLATE_TEXTS if not isinstance(template.get(key), str)]
    absent += [
        f"outcomes.{status}.{key}"
        for status in OUTCOME_COLOURS
        for key in OUTCOME_TEXTS
        if not isinstance((outcomes.get(status) or {}).get(key), str)
    ]
    if absent:
        raise EvaluatorError(
            _("The letter template {name} lacks the text of {join}.").format(
                name=source.name, join=", ".join(absent)
            )
        )
    texts = [template[key] for key in TEMPLATE_TEXTS]
    if isinstance(template.get("date_line"), str):
        texts.append(template["date_line"])
    texts += [
        text
        for status in OUTCOME_COLOURS
        for text in outcomes[status].values()
        if isinstance(text, str)
    ]
    check_placeholders(source, N_("letter"), texts, set(letter_placeholders()))
    return template


def render_letter(
    data: LetterData, template: dict[str, Any], out: Path | BinaryIO, invariant: bool = False
) -> Path | BinaryIO:
    """Write one outcome letter to ``out`` (a file, or a binary stream for previews)."""
    register_fonts()
    with speaking(data.language):
        story = _Letter(data, template).story()
        header = pdf_plain(filled(template["header"], data.values), 150)
        footer = _("Audit head: {audit_head}").format(audit_head=data.audit_head)
        title = pdf_plain(_("Outcome letter {reference}").format(reference=data.reference), 120)
        numbering = _("Page {value} of {total}")
    footer = footer if data.audit_head else ""

    def build(handle: BinaryIO) -> None:
        document = a4_document(handle, margin=20 * mm, title=title, invariant=invariant)
        decorate = _Decoration(header, footer, numbering)
        document.build(
            story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=NumberedCanvas
        )

    write_to(out, build)  # whole or not at all: never a PDF stopped halfway
    return out


class _Letter:
    """One letter laid out: the template's texts filled in with the letter's values."""

    def __init__(self, data: LetterData, template: dict[str, Any]) -> None:
        self.data = data
        self.template = template
        self.outcome = template["outcomes"][str(data.status)]
        self.values = {k: pdf_markup(v) for k, v in data.values.items()}
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=6)
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=BOLD, fontSize=11, spaceBefore=8
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11, spaceAfter=0)

    def fill(self, text: str) -> str:
        """A text of the template as markup, its placeholders filled in, lines kept."""
        return filled("<br/>".join(pdf_markup(line) for line in text.split("\n")), self.values)

    def story(self) -> list[Any]:
        """Everything the letter prints, from the addressee to the signature."""
        story = [*self.addressee(), *self.outcome_part()]
        if self.data.status == Status.INELIGIBLE:
            story += self.reasons()
        else:
            story += self.scores()
        return [*story, *self.feedback(), *self.signature()]

    def addressee(self) -> list[Any]:
        """The sender, the lead applicant's name and address, the subject."""
        v = self.values
        small = ParagraphStyle("small", parent=self.body, fontSize=8, textColor=GREY)
        lines = [f"<b>{v['organisation']}</b>"] + [
            v[key] for key in ("address", "country") if v[key]
        ]
        subject = ParagraphStyle("subject", parent=self.heading, fontSize=12, leading=16)
        dated = ParagraphStyle("dated", parent=self.body, alignment=TA_RIGHT)
        # A template from before letters were dated has no date line: the date alone, then.
        date_line = self.template.get("date_line")
        return [
            Paragraph(self.fill(self.template["sender"]), small),
            Spacer(1, 4 * mm),
            Paragraph("<br/>".join(lines), self.body),
            Paragraph(self.fill(date_line if isinstance(date_line, str) else "{date}"), dated),
            Spacer(1, 4 * mm),
            Paragraph(self.fill(self.template["subject"]), subject),
            Paragraph(_("Reference: {reference}").format(reference=v["reference"]), self.body),
        ]

    def outcome_part(self) -> list[Any]:
        """The outcome in words: its heading, the greeting, the outcome's text."""
        colour = OUTCOME_COLOURS[self.data.status]
        heading = ParagraphStyle(
            "outcome", parent=self.heading, fontSize=14, leading=18, textColor=colour
        )
        story = [
            Paragraph(self.fill(self.outcome["heading"]), heading),
            Paragraph(self.fill(self.template["greeting"]), self.body),
            Paragraph(self.fill(self.outcome["text"]), self.body),
        ]
        reason = self.outcome.get("award_reason")
        if self.data.values.get("award_reason") and isinstance(reason, str):
            story.append(Paragraph(self.fill(reason), self.body))
        return story

    def reasons(self) -> list[Any]:
        """Each reason the proposal is not eligible, in words."""
        return [
            Paragraph(self.fill(self.template["reasons_heading"]), self.heading),
            *[Paragraph(f"• {pdf_markup(r)}", self.body) for r in self.data.reasons],
        ]

    def scores(self) -> list[Any]:
        """Each section's final score against its maximum and pass mark, and the total."""
        v = self.values
        rows: list[list[Any]] = [[_("Section"), _("Score"), _("Maximum"), _("Pass mark")]]
        lines = [
            (pdf_markup(line.name, 120), line.score, line.maximum, line.pass_mark, line.passed)
            for line in self.data.sections
        ]
        total = f"<b>{pdf_markup(self.template['total_label'], 40)}</b>"
        lines.append(
            (total, v["final_score"], v["max_total"], v["pass_total"], self.data.total_passed)
        )
        # The pass mark wraps: "65, not reached" runs longer in the region's languages.
        reached = ParagraphStyle("reached", parent=self.cell, alignment=TA_RIGHT)
        missed = ParagraphStyle("missed", parent=reached, textColor=colors.HexColor("#7A2E1F"))
        for number, (name, score, maximum, mark, passed) in enumerate(lines, start=1):
            said = (mark or "—") if passed else _("{mark}, not reached").format(mark=mark)
            said = pdf_markup(said, 80)
            if number == len(lines):
                said = f"<b>{said}</b>"
            rows.append(
                [
                    Paragraph(name, self.cell),
                    score,
                    maximum,
                    Paragraph(said, reached if passed else missed),
                ]
            )
        table = Table(rows, colWidths=[84 * mm, 24 * mm, 24 * mm, 48 * mm], repeatRows=1)
        style = TableStyle(grid_style(9).getCommands())
        style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
        style.add("FONT", (1, -1), (-1, -1), BOLD, 9)
        table.setStyle(style)
        return [
            KeepTogether(
                [
                    Paragraph(self.fill(self.template["scores_heading"]), self.heading),
                    Paragraph(self.fill(self.template["scores_intro"]), self.body),
                    table,
                ]
            ),
            Spacer(1, 2 * mm),
        ]

    def feedback(self) -> list[Any]:
        """The chair's feedback on the whole proposal and on each criterion (none: nothing)."""
        if not self.data.feedback and not self.data.criteria:
            return []
        story: list[Any] = [Paragraph(self.fill(self.template["feedback_heading"]), self.heading)]
        if self.data.feedback:
            story += _paragraphs(self.data.feedback, self.body)
        if self.data.criteria:
            label = ParagraphStyle("label", parent=self.body, fontName=BOLD, spaceAfter=2)
            story.append(Paragraph(self.fill(self.template["criteria_heading"]), self.heading))
            for note in self.data.criteria:
                story.append(
                    Paragraph(f"{pdf_markup(note.code)} {pdf_markup(note.text, 300)}", label)
                )
                story += _paragraphs(note.feedback, self.body)
        return story

    def signature(self) -> list[Any]:
        """The closing and who signs, kept together."""
        return [
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    Paragraph(self.fill(self.template["closing"]), self.body),
                    Spacer(1, 10 * mm),
                    Paragraph(self.fill(self.template["signature"]), self.body),
                ]
            ),
        ]


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """A text the chair wrote, a paragraph per blank-line-separated block, lines kept."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [
        Paragraph("<br/>".join(pdf_markup(line) for line in block.split("\n")), style)
        for block in blocks
    ]


@dataclass(frozen=True)
class _Decoration:
    """What every page of a letter carries: the header and the audit footer."""

    header: str
    footer: str
    numbering: str  # "Page {value} of {total}" in the letter's language

    def __call__(self, canvas: Canvas, _document: Any) -> None:
        canvas.numbering = self.numbering  # read by NumberedCanvas
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor(GREY))
        canvas.drawString(15 * mm, A4[1] - 12 * mm, self.header)
        canvas.setStrokeColor(colors.HexColor("#9AA4B2"))
        canvas.setLineWidth(0.25)
        canvas.line(15 * mm, A4[1] - 14 * mm, A4[0] - 15 * mm, A4[1] - 14 * mm)
        if self.footer:
            canvas.setFont(FONT, 6.5)
            canvas.drawString(15 * mm, 28, self.footer)
        canvas.restoreState()


@dataclass(frozen=True)
class LetterBatch:
    """What a batch of letters wrote: the folder, the letters' files, the mail-merge list."""

    folder: Path
    files: list[Path]
    mail_merge: Path
    letters: list[LetterData] = field(default_factory=list)  # file by file


def mail_merge(letters: list[LetterData]) -> bytes:
    """``letters.csv``: one row per letter (reference, organisation, email, status, file)."""
    rows = [
        [d.reference, d.values["organisation"], d.email, str(d.status), d.file_name]
        for d in letters
    ]
    return ranking_csv(MAIL_MERGE_COLUMNS, rows)


def write_letters(
    *,
    session: Session,
    folder: Path,
    references: list[str] | None = None,
    progress: Progress | None = None,
    invariant: bool = False,
    workers: int | None = None,
    dated: date | None = None,
    language: str | None = None,
) -> LetterBatch:
    """Write the outcome letters of the decided proposals and ``letters.csv`` into
    ``folder``, all or none (see ``batch.draw_batch``); refused while a proposal asked for is
    not decided."""
    letters = letter_data(session, references, dated, language)
    template = load_template(language=letters[0].language if letters else SOURCE)
    names = [d.file_name for d in letters]
    if len(set(n.casefold() for n in names)) != len(names) or MAIL_MERGE in names:
        raise EvaluatorError(
            _("Two letters would get the same file name; give the proposals distinct references.")
        )
    files = draw_batch(
        letters,
        template,
        folder,
        render=render_letter,
        invariant=invariant,
        workers=workers,
        progress=progress,
        extra={MAIL_MERGE: mail_merge(letters)},
        what=N_("letters"),
    )
    return LetterBatch(folder, files[: len(letters)], files[-1], letters)


def record_batch(session: Session, batch: LetterBatch) -> None:
    """Enter every letter of a batch into the audit trail: which proposal, which outcome,
    the file's name and SHA-256, so that a letter found later can be matched with its entry."""
    for letter, file in zip(batch.letters, batch.files, strict=True):
        facts = {
            "status": str(letter.status),
            "file": file.name,
            "sha256": hashlib.sha256(file.read_bytes()).hexdigest(),
        }
        changes = {name: [None, value] for name, value in facts.items()}
        audit.append(
            session,
            "letter written",
            f"outcome letter for {letter.reference}",
            letter.reference,
            changes,
        )
    session.flush()
