"""Grant contract drafts for the funded proposals, as PDF, from the wording in resources/."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import tomllib
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from string import Formatter
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from evaluator import audit
from evaluator.calls import stored_call
from evaluator.errors import Cancelled, EvaluatorError
from evaluator.models import CENT, Member, Proposal
from evaluator.proposals import Progress
from evaluator.reconcile import ranking
from evaluator.reports import BOLD, FONT, grid_style, register_fonts
from evaluator.resources_path import resources_dir

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
    escaped = {k: escape(v) for k, v in data.values.items()}
    for key, value in escaped.items():
        if data.values[key] == MISSING:
            escaped[key] = f'<font color="#A52A1F"><b>{value}</b></font>'

    def fill(text: str) -> str:
        return escape(text).format_map(escaped)

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
    partners = [
        ["Partner", "Country", "Type"],
        *[[Paragraph(escape(n), cell), escape(c), escape(t)] for n, c, t in data.partners],
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
                    [Paragraph(escape(label), cell), share, amount]
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
        ("For the Contracting Authority", v["authority_representative"]),
        ("For the Beneficiary", v["beneficiary_representative"]),
    ):
        block = [Paragraph(f"<b>{party}</b>", body)]
        for line in lines:
            filled = name if line == "Name" else ""
            block.append(Paragraph(f"{escape(line)}: {filled}<br/>" + "_" * 38, body))
        blocks.append(block)
    signatures = Table([blocks], colWidths=[90 * mm, 90 * mm])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [KeepTogether([Paragraph(fill(template["signatures_heading"]), heading), signatures])]
    if data.missing:
        story += [
            Paragraph(fill(template["missing_heading"]), heading),
            *[Paragraph(f"• {escape(item)}", body) for item in data.missing],
        ]

    header = fill(template["header"])
    mark = escape(template.get("draft_mark", "DRAFT"))

    def decorate(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#4A5568"))
        canvas.drawString(15 * mm, A4[1] - 10 * mm, _plain(header))
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(colors.HexColor("#A52A1F"))
        canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 10 * mm, _plain(mark))
        canvas.setFont(BOLD, 90)
        canvas.setFillColor(colors.Color(0.65, 0.16, 0.12, alpha=0.07))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, _plain(mark))
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Grant contract {data.number} (draft)",
        invariant=1 if invariant else 0,
    )
    document.build(
        story,
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=NumberedCanvas,
    )
    return out


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


def _start_worker(template: dict[str, Any], invariant: bool) -> None:
    """Ready a pool worker: fonts registered once, the batch's template kept for every task."""
    global _worker_batch
    register_fonts()
    _worker_batch = (template, invariant)


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
        max_workers=workers, initializer=_start_worker, initargs=(template, invariant)
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

    The drafts are drawn on all CPU cores; they appear in ``folder`` only once every one of
    them is complete (a cancelled or failed batch leaves nothing behind).
    """
    if not folder.is_dir():
        raise EvaluatorError(f"The folder {folder} does not exist.")
    drafts = contract_data(session, references)
    template = load_template()
    names = [d.file_name for d in drafts]
    if len(set(names)) != len(names):
        raise EvaluatorError(
            "Two contracts would get the same file name; change [contract].number_format."
        )
    count = min(workers or _cores(), len(drafts))
    scratch = Path(tempfile.mkdtemp(prefix=".contracts-", dir=folder))
    try:
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
        for draft in drafts:
            target = folder / draft.file_name
            os.replace(scratch / draft.file_name, target)
            written.append(target)
        return BatchReport(folder, written, drafts)
    except Cancelled:
        raise
    except OSError as exc:
        raise EvaluatorError(
            f"Cannot write the contracts into {folder}: {exc.strerror or exc}."
        ) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
