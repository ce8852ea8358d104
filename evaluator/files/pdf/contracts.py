"""Grant contract drafts for the funded proposals, as PDF, from the wording in resources/.

The drafts' data is a service (``evaluator.services.contracts``), their arithmetic a rule
(``evaluator.rules.contracts``) and a batch's machinery ``batch``; this module draws one draft
and writes a batch of them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import unescape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_to
from evaluator.files.pdf.batch import draw_batch
from evaluator.files.pdf.fonts import BOLD, FONT, a4_document, grid_style, register_fonts
from evaluator.files.pdf.templates import (
    check_placeholders,
    filled,
    read_template,
    shipped_template,
)
from evaluator.i18n import N_, SOURCE, _, speaking
from evaluator.rules.contracts import add_months, amount_in_words, tranches
from evaluator.rules.export_text import pdf_markup, pdf_plain
from evaluator.services.contracts import (
    MISSING,
    ContractData,
    contract_data,
    contract_placeholders,
)
from evaluator.services.proposals import Progress
from evaluator.storage import audit

__all__ = [
    "MISSING",
    "BatchReport",
    "ContractData",
    "NumberedCanvas",
    "add_months",
    "amount_in_words",
    "contract_data",
    "contract_placeholders",
    "load_template",
    "record_batch",
    "record_draft",
    "render_contract",
    "template_path",
    "tranches",
    "write_contracts",
]


def template_path(language: str = SOURCE) -> Path:
    """The contract wording shipped in resources/, in ``language``."""
    return shipped_template("contracts", "grant-contract", language)


def load_template(path: Path | None = None, language: str = SOURCE) -> dict[str, Any]:
    """The contract wording; every placeholder must be one the drafts can fill."""
    source = path or template_path(language)
    template = read_template(source, N_("contract"))
    absent = [key for key in TEMPLATE_TEXTS if not isinstance(template.get(key), str)]
    absent += [
        f"articles[{n}].{key}"
        for n, article in enumerate(template.get("articles", []), start=1)
        for key in ("heading", "text")
        if not isinstance(article.get(key), str)
    ]
    if absent:
        raise EvaluatorError(
            _("The contract template {name} lacks the text of {join}.").format(
                name=source.name, join=", ".join(absent)
            )
        )
    texts = [v for v in template.values() if isinstance(v, str)]
    texts += [a for a in template.get("annexes", [])]
    texts += [a[key] for a in template.get("articles", []) for key in ("heading", "text")]
    check_placeholders(source, N_("contract"), texts, set(contract_placeholders()))
    return template


# The texts render_contract prints from the template; without one of them it cannot draw.
TEMPLATE_TEXTS = (
    "title",
    "subtitle",
    "header",
    "parties_heading",
    "authority_role",
    "beneficiary_role",
    "partners_heading",
    "partners_intro",
    "payments_heading",
    "payments_intro",
    "annexes_heading",
    "signatures_heading",
    "missing_heading",
)

# How much of a text a table cell of a draft holds (a table row cannot be taller than a page,
# and reportlab refuses one that is); in the running text the whole of it prints.
CELL_LIMIT = 300
NAME_LIMIT = 120


def render_contract(
    data: ContractData, template: dict[str, Any], out: Path | BinaryIO, invariant: bool = False
) -> Path | BinaryIO:
    """Write one contract draft to ``out`` (a file, or a binary stream for previews)."""
    register_fonts()
    story, first = _part(data, template)
    decoration = _Decoration([first])
    if data.parallel is not None:
        # A bilingual contract: the same draft again in the second language, from a new page,
        # under that language's header, mark, footer and page numbers.
        second_story, second = _part(data.parallel, load_template(language=data.parallel.language))
        decoration.parts.append(second)
        story += [_NextPart(decoration), PageBreak(), *second_story]
    with speaking(data.language):
        title = pdf_plain(
            _("Grant contract {number} (draft)").format(number=data.number), NAME_LIMIT
        )

    def build(handle: BinaryIO) -> None:
        _build(handle, story, decoration, title=title, invariant=invariant)

    write_to(out, build)  # whole or not at all: never a PDF stopped halfway
    return out


def _part(data: ContractData, template: dict[str, Any]) -> tuple[list[Any], _Page]:
    """One language's draft: its story and what its pages carry, in its language."""
    with speaking(data.language):
        draft = _Draft(data, template)
        mark = _plain(pdf_markup(template.get("draft_mark", "DRAFT"), 40))
        # Drawn on the canvas, which does not wrap: cut to what fits beside the draft mark.
        header = _fit(_plain(draft.fill(template["header"])), FONT, 8, A4[0] - 60 * mm)
        footer = _("Audit head: {audit_head}").format(audit_head=data.audit_head)
        page = _Page(header, mark, footer if data.audit_head else "", _("Page {value} of {total}"))
        return draft.story(), page


class _Draft:
    """One contract draft laid out: the template's texts filled in with the draft's values."""

    def __init__(self, data: ContractData, template: dict[str, Any]) -> None:
        self.data = data
        self.template = template
        self.values = _marked(data, None)
        self.short = _marked(data, NAME_LIMIT)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=BOLD, fontSize=11, spaceBefore=8
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11, spaceAfter=0)
        self.grid = grid_style(9)

    def fill(self, text: str) -> str:
        """A text of the template as markup, its placeholders filled in."""
        return filled(pdf_markup(text), self.values)

    def text(self, key: str, style: ParagraphStyle) -> Paragraph:
        """The template's text ``key``, filled in, as a paragraph."""
        return Paragraph(self.fill(self.template[key]), style)

    def story(self) -> list[Any]:
        """Everything the draft prints, from the title to the data still missing."""
        return [
            *self.parties(),
            *self.partners(),
            *self.articles(),
            self.text("annexes_heading", self.heading),
            *[Paragraph(f"• {self.fill(a)}", self.body) for a in self.template.get("annexes", [])],
            self.signatures(),
            *self.missing(),
        ]

    def parties(self) -> list[Any]:
        """The title, the contract number and the two parties."""
        v, body = self.values, self.body
        title = ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, alignment=1
        )
        centre = ParagraphStyle("centre", parent=body, alignment=1)
        return [
            self.text("title", title),
            self.text("subtitle", centre),
            Paragraph(_("No. {number}").format(number=v["contract_number"]), centre),
            Spacer(1, 4 * mm),
            self.text("parties_heading", self.heading),
            Paragraph(
                _(
                    "<b>{authority_name}</b>, {authority_address}, represented by "
                    "{authority_representative}, {fill},"
                ).format(
                    authority_name=v["authority_name"],
                    authority_address=v["authority_address"],
                    authority_representative=v["authority_representative"],
                    fill=self.fill(self.template["authority_role"]),
                ),
                body,
            ),
            Paragraph(_("and"), body),
            Paragraph(
                _(
                    "<b>{beneficiary_name}</b>, {beneficiary_address}, "
                    "{beneficiary_country}, registration number "
                    "{beneficiary_registration}, represented by "
                    "{beneficiary_representative}, {fill}."
                ).format(
                    beneficiary_name=v["beneficiary_name"],
                    beneficiary_address=v["beneficiary_address"],
                    beneficiary_country=v["beneficiary_country"],
                    beneficiary_registration=v["beneficiary_registration"],
                    beneficiary_representative=v["beneficiary_representative"],
                    fill=self.fill(self.template["beneficiary_role"]),
                ),
                body,
            ),
        ]

    def partners(self) -> list[Any]:
        """The consortium's other members, as a table."""
        limits = (CELL_LIMIT, NAME_LIMIT, NAME_LIMIT)
        rows = [
            [_("Partner"), _("Country"), _("Type")],
            *[
                [
                    Paragraph(pdf_markup(text, limit), self.cell)
                    for text, limit in zip(row, limits, strict=True)
                ]
                for row in self.data.partners
            ],
        ]
        table = Table(rows, colWidths=[100 * mm, 45 * mm, 35 * mm], repeatRows=1)
        table.setStyle(self.grid)
        return [
            self.text("partners_heading", self.heading),
            self.text("partners_intro", self.body),
            table,
            Spacer(1, 3 * mm),
        ]

    def articles(self) -> list[Any]:
        """The template's articles, with the payment schedule after the article on the
        maximum amount (the third), or after the last article if the template has fewer."""
        articles = self.template.get("articles", [])
        story: list[Any] = []
        for number, article in enumerate(articles):
            story += [
                Paragraph(self.fill(article["heading"]), self.heading),
                Paragraph(self.fill(article["text"]), self.body),
            ]
            if number == min(2, len(articles) - 1):
                story += self.schedule()
        return story

    def schedule(self) -> list[Any]:
        """The payment schedule: each instalment's share and amount, and the total."""
        rows = [
            [
                _("Instalment"),
                _("Share"),
                _("Amount ({currency})").format(currency=self.values["currency"]),
            ],
            *[
                [Paragraph(pdf_markup(label, CELL_LIMIT), self.cell), share, amount]
                for label, share, amount in self.data.payments
            ],
        ]
        rows.append([_("Total"), "100 %" if self.data.payments else "", self.values["amount"]])
        table = Table(rows, colWidths=[110 * mm, 25 * mm, 45 * mm])
        style = TableStyle(self.grid.getCommands())
        style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
        style.add("FONT", (0, -1), (-1, -1), BOLD, 9)
        table.setStyle(style)
        return [
            self.text("payments_heading", self.heading),
            self.text("payments_intro", self.body),
            table,
        ]

    def signatures(self) -> Any:
        """The signature blocks of both parties, kept on one page with their heading."""
        lines = self.template.get("signature_lines", [])
        blocks = []
        for party, name in (
            (_("For the Contracting Authority"), self.short["authority_representative"]),
            (_("For the Beneficiary"), self.short["beneficiary_representative"]),
        ):
            block = [Paragraph(f"<b>{party}</b>", self.body)]
            for number, line in enumerate(lines):
                filled = name if number == 0 else ""  # the first line names the signatory
                block.append(
                    Paragraph(
                        f"{pdf_markup(line, NAME_LIMIT)}: {filled}<br/>" + "_" * 38, self.body
                    )
                )
            blocks.append(block)
        table = Table([blocks], colWidths=[90 * mm, 90 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return KeepTogether([self.text("signatures_heading", self.heading), table])

    def missing(self) -> list[Any]:
        """What the draft still lacks, listed at its end (nothing when it is complete)."""
        if not self.data.missing:
            return []
        return [
            self.text("missing_heading", self.heading),
            *[Paragraph(f"• {pdf_markup(item)}", self.body) for item in self.data.missing],
        ]


def _marked(data: ContractData, limit: int | None) -> dict[str, str]:
    """The draft's values as markup: what the applicant gave prints as text (markup escaped,
    controls out), missing data in red. ``limit`` cuts for table cells, whose rows cannot run
    over a page."""
    values = {k: pdf_markup(v, limit) for k, v in data.values.items()}
    for key, value in values.items():
        if data.values[key] == _(MISSING):
            values[key] = f'<font color="#A52A1F"><b>{value}</b></font>'
    return values


@dataclass(frozen=True)
class _Page:
    """What every page of one language's draft carries: the header, the draft mark, the audit
    footer, and the words of "Page x of y"."""

    header: str
    mark: str
    footer: str
    numbering: str


@dataclass
class _Decoration:
    """Draws each page's ``_Page``: the first part's, and after a ``_NextPart`` the next's."""

    parts: list[_Page]
    current: int = 0

    def __call__(self, canvas: Canvas, _document: Any) -> None:
        page = self.parts[self.current]
        # Read back by NumberedCanvas when it numbers the pages, once their count is known.
        canvas.numbering = page.numbering
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#4A5568"))
        canvas.drawString(15 * mm, A4[1] - 10 * mm, page.header)
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(colors.HexColor("#A52A1F"))
        canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 10 * mm, page.mark)
        if page.footer:
            # Small, on every page, left of "Page x of y": the trail the draft was made from.
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(colors.HexColor("#4A5568"))
            canvas.drawString(15 * mm, 28, page.footer)
        canvas.setFont(BOLD, 90)
        canvas.setFillColor(colors.Color(0.65, 0.16, 0.12, alpha=0.07))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, page.mark)
        canvas.restoreState()


class _NextPart(Flowable):
    """Drawn last on the first part's last page: the pages after it are the next part's."""

    def __init__(self, decoration: _Decoration) -> None:
        super().__init__()
        self.decoration = decoration

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.decoration.current += 1


def _build(
    handle: BinaryIO, story: list[Any], decorate: _Decoration, *, title: str, invariant: bool
) -> None:
    """Lay ``story`` out on A4 pages into ``handle``, each decorated and numbered."""
    document = a4_document(handle, margin=18 * mm, title=title, invariant=invariant)
    document.build(
        story,
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=NumberedCanvas,
    )


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with "…" to fit ``width`` points in ``font`` at ``size``."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def _plain(markup: str) -> str:
    """Markup-free text for drawing directly on the canvas."""
    return unescape(markup.replace('<font color="#A52A1F"><b>', "").replace("</b></font>", ""))


class NumberedCanvas(Canvas):
    """A canvas that prints “Page x of y” once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColorRGB(0.29, 0.33, 0.41)
            width = self._pagesize[0]
            numbering = state.get("numbering") or _("Page {value} of {total}")
            self.drawRightString(
                width - 42.5, 28, numbering.format(value=self._pageNumber, total=total)
            )
            super().showPage()
        super().save()


@dataclass(frozen=True)
class BatchReport:
    """What a batch of contract drafts wrote."""

    folder: Path
    files: list[Path]
    drafts: list[ContractData] = field(default_factory=list)  # file by file


def write_contracts(
    *,
    session: Session,
    folder: Path,
    references: list[str] | None = None,
    progress: Progress | None = None,
    invariant: bool = False,
    workers: int | None = None,
    language: str | None = None,
) -> BatchReport:
    """Write the contract drafts of the funded proposals into ``folder``, all or none.

    ``folder`` and its parents are created when missing. The drafts are drawn on all CPU
    cores (or ``workers``) into a hidden scratch folder inside ``folder``; they appear in
    ``folder`` only once every one of them is complete. A refused, failed, cancelled or
    interrupted batch leaves nothing behind: no draft, no scratch folder, and no folder it
    created.
    """
    drafts = contract_data(session, references, language)
    template = load_template(language=drafts[0].language if drafts else SOURCE)
    names = [d.file_name for d in drafts]
    if len(set(names)) != len(names):
        raise EvaluatorError(
            _("Two contracts would get the same file name; change [contract].number_format.")
        )
    files = draw_batch(
        drafts,
        template,
        folder,
        render=render_contract,
        invariant=invariant,
        workers=workers,
        progress=progress,
    )
    return BatchReport(folder, files, drafts)


def record_draft(
    session: Session, draft: ContractData, action: str, file: Path | None = None
) -> None:
    """Enter a contract draft into the audit trail: which contract, for which proposal, for
    how much and, for a file, its name and SHA-256, so that a draft found later can be
    matched with its entry. ``action``: "contract drafted" or "contract printed"."""
    facts = {"number": draft.number, "amount": draft.award}
    if file is not None:
        facts |= {"file": file.name, "sha256": hashlib.sha256(file.read_bytes()).hexdigest()}
    reference = draft.values["reference"]
    # As every entry records a change: from nothing to what was drafted.
    changes = {name: [None, value] for name, value in facts.items()}
    audit.append(session, action, f"{draft.number} for {reference}", reference, changes)
    session.flush()


def record_batch(session: Session, report: BatchReport) -> None:
    """Enter every draft of a batch into the audit trail (see ``record_draft``)."""
    for draft, file in zip(report.drafts, report.files, strict=True):
        record_draft(session, draft, "contract drafted", file)
