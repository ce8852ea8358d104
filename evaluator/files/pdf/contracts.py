"""Grant contract drafts for the funded proposals, as PDF, from the wording in resources/."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from string import Formatter
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files.atomic import sync_folder, write_atomic
from evaluator.files.export_text import pdf_markup, pdf_plain
from evaluator.files.pdf.report import BOLD, FONT, grid_style, register_fonts
from evaluator.resources_path import resources_dir
from evaluator.rules.money import CENT
from evaluator.services.calls import stored_call
from evaluator.services.proposals import Progress
from evaluator.services.reconcile import ranking
from evaluator.storage import audit
from evaluator.storage.models import Member, Proposal

MISSING = "[to be completed]"


def template_path() -> Path:
    """The contract wording shipped in resources/."""
    return Path(str(resources_dir() / "contracts" / "grant-contract.toml"))


def amount_in_words(amount: Decimal, currency: str) -> str:
    """``58000.50 EUR`` → "fifty-eight thousand euro, fifty cents"."""
    from num2words import num2words

    try:
        words = str(num2words(amount, lang="en", to="currency", currency=currency))
        return words.removesuffix(", zero cents")
    except NotImplementedError:
        whole = int(amount)
        cents = int((amount - whole) * 100)
        return f"{num2words(whole, lang='en')} {currency}, {cents:02d}/100"


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day if it is shorter)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    days = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return date(year, month, min(start.day, days))


def tranches(
    amount: Decimal, payments: list[tuple[str, Decimal]]
) -> list[tuple[str, Decimal, Decimal]]:
    """(label, percent, amount) per instalment; each rounded half-up to the cent, and the cent
    left by rounding goes on the last one, so that they sum exactly to ``amount``."""
    result = []
    paid = Decimal("0.00")
    for index, (label, percent) in enumerate(payments):
        if index == len(payments) - 1:
            share = amount - paid
        else:
            share = (amount * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
            paid += share
        result.append((label, percent, share))
    return result


@dataclass(frozen=True)
class ContractData:
    """Everything one contract draft prints."""

    number: str
    values: dict[str, str]
    partners: list[tuple[str, str, str]]
    payments: list[tuple[str, str, str]]
    missing: list[str] = field(default_factory=list)
    # The audit trail's head when the draft's data was read: "<64 hex> (<N> entries)".
    audit_head: str = ""

    @property
    def file_name(self) -> str:
        """The contract number made safe as a file name, with .pdf."""
        safe = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in self.number)
        return f"{safe.strip(' .') or 'contract'}.pdf"


def contract_data(session: Session, references: list[str] | None = None) -> list[ContractData]:
    """The data of the funded proposals' contracts, numbered by rank among the funded."""
    spec = stored_call(session)
    funded = [o for o in ranking(session).outcomes if o.status == "funded"]
    if not funded:
        raise EvaluatorError("No proposal is funded yet; there is no contract to draw up.")
    if references:
        known = {o.reference for o in funded}
        strangers = [r for r in references if r not in known]
        if strangers:
            raise EvaluatorError(
                f"Not funded, so no contract: {', '.join(strangers)}; the funded proposals are "
                f"{', '.join(sorted(known))}."
            )
    proposals = {
        p.reference: p
        for p in session.exec(
            select(Proposal)
            .where(col(Proposal.reference).in_([o.reference for o in funded]))
            .options(selectinload(Proposal.members).selectinload(Member.organisation))  # type: ignore[arg-type]
        ).all()
    }
    terms = spec.contract
    authority = spec.contracting_authority
    currency = spec.call.currency
    hash_, entries = audit.head(session)
    head = f"{hash_} ({entries} {'entry' if entries == 1 else 'entries'})"
    result = []
    for seq, outcome in enumerate(funded, start=1):
        if references and outcome.reference not in references:
            continue
        proposal = proposals[outcome.reference]
        amount = outcome.awarded or outcome.requested
        lead = next((m for m in proposal.members if m.role == "lead"), None)
        missing: list[str] = []

        def given(value: str | None, what: str, missing: list[str] = missing) -> str:
            if value:
                return value
            missing.append(what)
            return MISSING

        number_format = terms.number_format if terms else "{call_id}/{seq:03d}"
        number = number_format.format(call_id=spec.call.id, seq=seq)
        start = terms.start_date if terms else None
        end = add_months(start, proposal.duration_months) - timedelta(days=1) if start else None
        organisation = lead.organisation if lead else None
        values = {
            "contract_number": number,
            "call_id": spec.call.id,
            "call_title": spec.call.title,
            "currency": currency,
            "authority_name": given(
                authority.name if authority else None, "contracting authority: name"
            ),
            "authority_address": given(
                authority.address if authority else None, "contracting authority: address"
            ),
            "authority_representative": given(
                authority.representative if authority else None,
                "contracting authority: representative",
            ),
            "beneficiary_name": given(
                organisation.name if organisation else None, "beneficiary: name"
            ),
            "beneficiary_country": given(
                organisation.country if organisation else None, "beneficiary: country"
            ),
            "beneficiary_address": given(
                organisation.address if organisation else None, "beneficiary: address"
            ),
            "beneficiary_registration": given(
                organisation.registration_number if organisation else None,
                "beneficiary: registration number",
            ),
            "beneficiary_representative": given(
                organisation.representative if organisation else None, "beneficiary: representative"
            ),
            "reference": proposal.reference,
            "title": proposal.title,
            "priority_area": proposal.priority_area,
            "topics": "; ".join(proposal.topics),
            "partners": ", ".join(
                m.organisation.name for m in proposal.members if m.role != "lead"
            ),
            "duration_months": str(proposal.duration_months),
            "start_date": given(start.isoformat() if start else None, "start date of the action"),
            "end_date": given(end.isoformat() if end else None, "end date of the action"),
            "amount": f"{amount:,.2f}",
            "amount_words": amount_in_words(amount, currency),
        }
        schedule = tranches(amount, [(p.label, p.percent) for p in terms.payments] if terms else [])
        if not schedule:
            missing.append("payment schedule ([contract].payments in the call file)")
        result.append(
            ContractData(
                number=number,
                values=values,
                partners=[
                    (m.organisation.name, m.organisation.country, m.organisation.org_type)
                    for m in proposal.members
                    if m.role != "lead"
                ],
                payments=[
                    (label, f"{percent.normalize():f} %", f"{share:,.2f}")
                    for label, percent, share in schedule
                ],
                missing=missing,
                audit_head=head,
            )
        )
    return result


def load_template(path: Path | None = None) -> dict[str, Any]:
    """The contract wording; every placeholder must be one the drafts can fill."""
    source = path or template_path()
    try:
        template = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EvaluatorError(
            f"The contract template {source.name} cannot be read: {exc}."
        ) from None
    absent = [key for key in TEMPLATE_TEXTS if not isinstance(template.get(key), str)]
    absent += [
        f"articles[{n}].{key}"
        for n, article in enumerate(template.get("articles", []), start=1)
        for key in ("heading", "text")
        if not isinstance(article.get(key), str)
    ]
    if absent:
        raise EvaluatorError(
            f"The contract template {source.name} lacks the text of {', '.join(absent)}."
        )
    known = set(contract_placeholders())
    texts = [v for v in template.values() if isinstance(v, str)]
    texts += [a for a in template.get("annexes", [])]
    texts += [a[key] for a in template.get("articles", []) for key in ("heading", "text")]
    for text in texts:
        try:
            names = [name for _, name, _, _ in Formatter().parse(text)]
        except ValueError:
            raise EvaluatorError(
                f"The contract template {source.name} has an unmatched brace in “{text}”; "
                "write {{ and }} for a brace that is not a placeholder."
            ) from None
        for name in names:
            if name is not None and name not in known:
                raise EvaluatorError(
                    f"The contract template {source.name} uses the unknown placeholder {{{name}}}."
                )
    return template


# The texts render_contract prints from the template; without one of them it cannot draw.
TEMPLATE_TEXTS = (
    "title", "subtitle", "header", "parties_heading", "authority_role", "beneficiary_role",
    "partners_heading", "partners_intro", "payments_heading", "payments_intro",
    "annexes_heading", "signatures_heading", "missing_heading",
)  # fmt: skip


def contract_placeholders() -> list[str]:
    """The placeholders a contract template may use."""
    return [
        "contract_number", "call_id", "call_title", "currency", "authority_name",
        "authority_address", "authority_representative", "beneficiary_name",
        "beneficiary_country", "beneficiary_address", "beneficiary_registration",
        "beneficiary_representative", "reference", "title", "priority_area", "topics",
        "partners", "duration_months", "start_date", "end_date", "amount", "amount_words",
    ]  # fmt: skip


def render_contract(
    data: ContractData, template: dict[str, Any], out: Path | BinaryIO, invariant: bool = False
) -> Path | BinaryIO:
    """Write one contract draft to ``out`` (a file, or a binary stream for previews)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()

    def marked(limit: int | None) -> dict[str, str]:
        # What the applicant gave prints as text (markup escaped, controls out); missing data
        # in red. ``limit`` cuts for table cells, whose rows cannot run over a page.
        values = {k: pdf_markup(v, limit) for k, v in data.values.items()}
        for key, value in values.items():
            if data.values[key] == MISSING:
                values[key] = f'<font color="#A52A1F"><b>{value}</b></font>'
        return values

    escaped = marked(None)
    short = marked(NAME_LIMIT)

    def fill(text: str) -> str:
        return pdf_markup(text).format_map(escaped)

    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    title = ParagraphStyle(
        "title", parent=body, fontName=BOLD, fontSize=17, leading=21, alignment=1
    )
    centre = ParagraphStyle("centre", parent=body, alignment=1)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11, spaceBefore=8)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    grid = grid_style(9)
    v = escaped
    story: list[Any] = [
        Paragraph(fill(template["title"]), title),
        Paragraph(fill(template["subtitle"]), centre),
        Paragraph(f"No. {v['contract_number']}", centre),
        Spacer(1, 4 * mm),
        Paragraph(fill(template["parties_heading"]), heading),
        Paragraph(
            f"<b>{v['authority_name']}</b>, {v['authority_address']}, represented by "
            f"{v['authority_representative']}, {fill(template['authority_role'])},",
            body,
        ),
        Paragraph("and", body),
        Paragraph(
            f"<b>{v['beneficiary_name']}</b>, {v['beneficiary_address']}, "
            f"{v['beneficiary_country']}, registration number {v['beneficiary_registration']}, "
            f"represented by {v['beneficiary_representative']}, "
            f"{fill(template['beneficiary_role'])}.",
            body,
        ),
        Paragraph(fill(template["partners_heading"]), heading),
        Paragraph(fill(template["partners_intro"]), body),
    ]
    limits = (CELL_LIMIT, NAME_LIMIT, NAME_LIMIT)
    partners = [
        ["Partner", "Country", "Type"],
        *[
            [
                Paragraph(pdf_markup(text, limit), cell)
                for text, limit in zip(row, limits, strict=True)
            ]
            for row in data.partners
        ],
    ]
    table = Table(partners, colWidths=[100 * mm, 45 * mm, 35 * mm], repeatRows=1)
    table.setStyle(grid)
    story += [table, Spacer(1, 3 * mm)]
    articles = template.get("articles", [])
    for number, article in enumerate(articles):
        story += [
            Paragraph(fill(article["heading"]), heading),
            Paragraph(fill(article["text"]), body),
        ]
        # The payment schedule follows the article on the maximum amount (the third), or the
        # last article if the template has fewer.
        if number == min(2, len(articles) - 1):
            rows = [
                ["Instalment", "Share", f"Amount ({v['currency']})"],
                *[
                    [Paragraph(pdf_markup(label, CELL_LIMIT), cell), share, amount]
                    for label, share, amount in data.payments
                ],
            ]
            rows.append(["Total", "100 %" if data.payments else "", v["amount"]])
            schedule = Table(rows, colWidths=[110 * mm, 25 * mm, 45 * mm])
            style = TableStyle(grid.getCommands())
            style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
            style.add("FONT", (0, -1), (-1, -1), BOLD, 9)
            schedule.setStyle(style)
            story += [
                Paragraph(fill(template["payments_heading"]), heading),
                Paragraph(fill(template["payments_intro"]), body),
                schedule,
            ]
    story += [Paragraph(fill(template["annexes_heading"]), heading)]
    story += [Paragraph(f"• {fill(a)}", body) for a in template.get("annexes", [])]
    lines = template.get("signature_lines", [])
    blocks = []
    for party, name in (
        ("For the Contracting Authority", short["authority_representative"]),
        ("For the Beneficiary", short["beneficiary_representative"]),
    ):
        block = [Paragraph(f"<b>{party}</b>", body)]
        for line in lines:
            filled = name if line == "Name" else ""
            block.append(
                Paragraph(f"{pdf_markup(line, NAME_LIMIT)}: {filled}<br/>" + "_" * 38, body)
            )
        blocks.append(block)
    signatures = Table([blocks], colWidths=[90 * mm, 90 * mm])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [KeepTogether([Paragraph(fill(template["signatures_heading"]), heading), signatures])]
    if data.missing:
        story += [
            Paragraph(fill(template["missing_heading"]), heading),
            *[Paragraph(f"• {pdf_markup(item)}", body) for item in data.missing],
        ]

    mark = _plain(pdf_markup(template.get("draft_mark", "DRAFT"), 40))
    # Drawn on the canvas, which does not wrap: cut to what fits beside the draft mark.
    header = _fit(_plain(fill(template["header"])), FONT, 8, A4[0] - 60 * mm)
    footer = f"Audit head: {data.audit_head}" if data.audit_head else ""

    def decorate(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#4A5568"))
        canvas.drawString(15 * mm, A4[1] - 10 * mm, header)
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(colors.HexColor("#A52A1F"))
        canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 10 * mm, mark)
        if footer:
            # Small, on every page, left of "Page x of y": the trail the draft was made from.
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(colors.HexColor("#4A5568"))
            canvas.drawString(15 * mm, 28, footer)
        canvas.setFont(BOLD, 90)
        canvas.setFillColor(colors.Color(0.65, 0.16, 0.12, alpha=0.07))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, mark)
        canvas.restoreState()

    def build(handle: BinaryIO) -> None:
        document = SimpleDocTemplate(
            handle,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=pdf_plain(f"Grant contract {data.number} (draft)", NAME_LIMIT),
            invariant=1 if invariant else 0,
        )
        document.build(
            story,
            onFirstPage=decorate,
            onLaterPages=decorate,
            canvasmaker=NumberedCanvas,
        )

    if isinstance(out, Path):
        # Whole or not at all: a draft stopped halfway never lies there as a PDF.
        write_atomic(out, build)
    else:
        build(out)
    return out


# How much of a text a table cell of a draft holds (a table row cannot be taller than a page,
# and reportlab refuses one that is); in the running text the whole of it prints.
CELL_LIMIT = 300
NAME_LIMIT = 120


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with "…" to fit ``width`` points in ``font`` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
    from xml.sax.saxutils import unescape

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
            self.drawRightString(width - 42.5, 28, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


# The most drafts one pool task draws (about a tenth of a second of work): the progress moves
# and Cancel answers quickly.
MAX_RUN = 8

# What every draft of the batch a pool worker draws shares, set once when the worker starts.
_worker_batch: tuple[dict[str, Any], bool] | None = None


def _cores() -> int:
    """The CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_worker(template: dict[str, Any], invariant: bool, parent: int) -> None:
    """Ready a pool worker: it ends with the batch's process, ignores Ctrl-C (the batch's
    process stops it), has the fonts registered and keeps the batch's template."""
    global _worker_batch
    _end_with_parent(parent)
    # Ctrl-C in a terminal reaches the whole process group; the batch's process answers it
    # by shutting the pool down, and a worker interrupted mid-task would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    register_fonts()
    _worker_batch = (template, invariant)


def _end_with_parent(parent: int) -> None:
    """Make this worker end when ``parent`` (the process drawing the batch) does, even when it
    is killed outright and cannot shut its pool down: a worker waiting for tasks that never
    come would otherwise run for ever."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    # The parent may have died before the prctl took effect (then this one was adopted), and
    # elsewhere there is no prctl: a watch that looks every half second covers both.
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


# prctl(2): the signal a process gets when its parent ends.
PR_SET_PDEATHSIG = 1


def _render_run(drafts: list[ContractData], folder: Path) -> int:
    """Draw a run of drafts into ``folder`` in a pool worker; returns how many."""
    if _worker_batch is None:
        raise RuntimeError("_render_run runs only in a worker readied by _start_worker")
    template, invariant = _worker_batch
    for draft in drafts:
        render_contract(draft, template, folder / draft.file_name, invariant)
    return len(drafts)


def run_length(left: int, processes: int) -> int:
    """How many of the ``left`` drafts the next pool task draws when ``processes`` draw them.

    A share of what is left (guided scheduling): few tasks to send while much is left, single
    drafts at the end, so that no process waits long for another; never more than ``MAX_RUN``.
    """
    return max(1, min(MAX_RUN, -(-left // (2 * processes))))


def _render_on_cores(
    drafts: list[ContractData],
    template: dict[str, Any],
    folder: Path,
    invariant: bool,
    processes: int,
    progress: Progress | None,
) -> None:
    """Draw ``drafts`` into ``folder`` with ``processes`` processes: this one and a pool of
    the others.

    The pool's workers take runs of drafts from the front of the batch, two runs in flight
    each so that none waits for the next; this process draws the following draft itself
    between handing them out, rather than only wait (it starts at once, while the workers
    are still starting).
    """
    workers = processes - 1
    done = taken = 0
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_start_worker,
        initargs=(template, invariant, os.getpid()),
    ) as pool:
        pending: set[Future[int]] = set()
        try:
            while taken < len(drafts) or pending:
                while taken < len(drafts) and len(pending) < 2 * workers:
                    size = run_length(len(drafts) - taken, processes)
                    pending.add(pool.submit(_render_run, drafts[taken : taken + size], folder))
                    taken += size
                if taken < len(drafts):
                    draft = drafts[taken]
                    taken += 1
                    render_contract(draft, template, folder / draft.file_name, invariant)
                    done += 1
                    finished = {future for future in pending if future.done()}
                else:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    pending.discard(future)
                    done += future.result()
                if progress:
                    progress(done, len(drafts))
        except BaseException:
            # The workers finish the runs they have begun before the scratch folder goes.
            pool.shutdown(cancel_futures=True)
            raise


@dataclass(frozen=True)
class BatchReport:
    """What a batch of contract drafts wrote."""

    folder: Path
    files: list[Path]
    drafts: list[ContractData] = field(default_factory=list)  # file by file


def record_draft(
    session: Session, draft: ContractData, action: str, file: Path | None = None
) -> None:
    """Enter a contract draft into the audit trail: which contract, for which proposal, for
    how much and, for a file, its name and SHA-256, so that a draft found later can be
    matched with its entry. ``action``: "contract drafted" or "contract printed"."""
    facts = {"number": draft.number, "amount": draft.values["amount"]}
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


def write_contracts(
    *,
    session: Session,
    folder: Path,
    references: list[str] | None = None,
    progress: Progress | None = None,
    invariant: bool = False,
    workers: int | None = None,
) -> BatchReport:
    """Write the contract drafts of the funded proposals into ``folder``, all or none.

    ``folder`` and its parents are created when missing. The drafts are drawn on all CPU
    cores into a hidden scratch folder inside ``folder``; they appear in ``folder`` only once
    every one of them is complete. A refused, failed, cancelled or interrupted batch leaves
    nothing behind: no draft, no scratch folder, and no folder it created.
    """
    drafts = contract_data(session, references)
    template = load_template()
    names = [d.file_name for d in drafts]
    if len(set(names)) != len(names):
        raise EvaluatorError(
            "Two contracts would get the same file name; change [contract].number_format."
        )
    count = min(workers or _cores(), len(drafts))
    created = _make_folder(folder)
    scratch: Path | None = None
    try:
        _sweep_scratch(folder)
        # The pid in the name: a later batch knows the folder of one killed outright as stale.
        scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH}{os.getpid()}-", dir=folder))
        # Registered here, before the workers start: forked workers inherit the parsed fonts.
        register_fonts()
        done = 0
        if progress:
            progress(0, len(drafts))
        if count <= 1:
            for draft in drafts:
                render_contract(draft, template, scratch / draft.file_name, invariant)
                done += 1
                if progress:
                    progress(done, len(drafts))
        else:
            _render_on_cores(drafts, template, scratch, invariant, count, progress)
        written = []
        with _signals_held():
            for draft in drafts:
                target = folder / draft.file_name
                os.replace(scratch / draft.file_name, target)
                written.append(target)
        sync_folder(folder)
        created = []  # the batch is written: the folders it made stay
        return BatchReport(folder, written, drafts)
    except Cancelled:
        raise
    except OSError as exc:
        raise EvaluatorError(
            f"Cannot write the contracts into {folder}: {exc.strerror or exc}."
        ) from None
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()  # only if still empty: never what someone else put there


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the finished drafts are moved into place (a few
    renames), so that a stop request gives all of the batch or none, never part of it."""
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# The name every batch's scratch folder starts with, followed by the pid of its process.
SCRATCH = ".contracts-"


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; returns those created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise EvaluatorError(f"{folder} is a file, not a folder for the contracts.") from None
    except OSError as exc:
        raise EvaluatorError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from None
    return missing


def _sweep_scratch(folder: Path) -> None:
    """Remove the scratch folders that batches killed outright (SIGKILL, power cut) left in
    ``folder``: those whose process no longer runs. A running batch's scratch stays."""
    for entry in folder.iterdir():
        found = re.fullmatch(rf"{re.escape(SCRATCH)}(\d+)-\w+", entry.name)
        if found is None or not entry.is_dir() or entry.is_symlink():
            continue
        if not _running(int(found.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (ours or another user's)."""
    if pid == os.getpid() or sys.platform == "win32":
        return True  # on Windows, signal 0 would be a Ctrl-C to the process: never sweep there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: running, as far as we can tell
    return True
