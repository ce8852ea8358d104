"""Benchmark: 100 contract drafts against bare reportlab building the same number of pages.

Run on demand: ``pytest -m benchmark -s tests/benchmarks/test_contracts.py``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from time import perf_counter

import pytest
from pypdf import PdfReader

import evaluator.contracts as contracts
from evaluator.contracts import ContractData, contract_data, load_template, render_contract
from evaluator.demo import create_demo
from evaluator.reports import FONT, register_fonts
from tests.factories import reading

pytestmark = pytest.mark.benchmark

ROUNDS = 10  # the demo's 10 funded proposals, 10 times over: 100 drafts

PARAGRAPH = (
    "The Beneficiary submits a narrative and financial interim report at the middle of the "
    "implementation period and a final report within 60 days after the end of the action, "
    "using the templates of the annexes – Nikšić, Korçë, Штип. "
)


def hundred_drafts(demo: Path) -> list[ContractData]:
    """The demo's 10 contracts, 10 times, each copy with its own number (and file name)."""
    with reading(demo) as session:
        ten = contract_data(session)
    drafts = []
    for round_ in range(ROUNDS):
        for data in ten:
            number = f"{data.number}-{round_}"
            values = {**data.values, "contract_number": number}
            drafts.append(replace(data, number=number, values=values))
    return drafts


def bare_reportlab(pages: list[int], folder: Path) -> float:
    """Seconds for plain SimpleDocTemplates of simple paragraphs in the same TTF font, one
    document per draft with as many pages as that draft."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    start = perf_counter()
    for index, count in enumerate(pages):
        story = []
        for page in range(count):
            story += [Paragraph(PARAGRAPH * 2, body) for _ in range(9)]
            if page < count - 1:
                story.append(PageBreak())
        SimpleDocTemplate(
            str(folder / f"bare-{index:03d}.pdf"),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            invariant=1,
        ).build(story)
    return perf_counter() - start


def test_100_contract_drafts_against_bare_reportlab(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = tmp_path / "demo.gew"
    create_demo(demo)
    drafts = hundred_drafts(demo)
    template = load_template()
    out = tmp_path / "drafts"
    bare = tmp_path / "bare"
    out.mkdir()
    bare.mkdir()
    render_contract(drafts[0], template, tmp_path / "warm-up.pdf", invariant=True)

    start = perf_counter()
    for data in drafts:
        render_contract(data, template, out / data.file_name, invariant=True)
    elapsed = perf_counter() - start

    pages = [len(PdfReader(out / data.file_name).pages) for data in drafts]
    baseline = bare_reportlab(pages, bare)
    assert len(pages) == 100
    assert sum(len(PdfReader(p).pages) for p in bare.iterdir()) == sum(pages)

    # The whole batch through write_contracts: all cores, then one process.
    monkeypatch.setattr(contracts, "contract_data", lambda _session, _references: drafts)
    timings = {}
    for workers in (None, 1):
        folder = tmp_path / f"batch-{workers}"
        folder.mkdir()
        with reading(demo) as session:
            start = perf_counter()
            batch = contracts.write_contracts(
                session=session, folder=folder, invariant=True, workers=workers
            )
            timings[workers] = perf_counter() - start
        assert len(batch.files) == 100
    for data in drafts[:10]:
        assert (tmp_path / "batch-None" / data.file_name).read_bytes() == (
            out / data.file_name
        ).read_bytes()

    print(
        f"\ncontracts: 100 drafts ({sum(pages)} pages) in {elapsed:.2f} s; bare reportlab, "
        f"same pages, {baseline:.2f} s; ratio {elapsed / baseline:.2f}×\n"
        f"write_contracts 100 drafts: {os.cpu_count()} cores {timings[None]:.2f} s, "
        f"1 process {timings[1]:.2f} s; speed-up {timings[1] / timings[None]:.2f}×"
    )
