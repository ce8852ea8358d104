"""Benchmark: 100 contract drafts against bare reportlab building the same number of pages.

Run on demand: ``pytest -m benchmark -s tests/benchmarks/test_contracts.py``.
"""

from __future__ import annotations

import os
import resource
from dataclasses import replace
from pathlib import Path
from statistics import median
from time import perf_counter

import pytest
from pypdf import PdfReader

import evaluator.files.pdf.contracts as contracts
from evaluator.actions.workspace import create_demo
from evaluator.files.pdf.contracts import (
    ContractData,
    contract_data,
    load_template,
    render_contract,
)
from evaluator.files.pdf.report import FONT, register_fonts
from tests.factories import reading

pytestmark = pytest.mark.benchmark

ROUNDS = 10  # the demo's 10 funded proposals, 10 times over: 100 drafts
ROUNDS_TIMED = 3

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
    document per draft with as many pages as that draft.

    These pages hold twice the drafts' text, yet cost reportlab roughly 0.6× the drafts' CPU
    time: one embedded font instead of two (regular and bold), no tables, no header, draft
    mark or page numbers. A stricter baseline than the drafts' own pages would be; kept so."""
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


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def test_100_contract_drafts_against_bare_reportlab(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load = os.getloadavg()
    demo = tmp_path / "demo.gew"
    create_demo(path=demo)
    drafts = hundred_drafts(demo)
    template = load_template()
    out = tmp_path / "drafts"
    out.mkdir()
    render_contract(drafts[0], template, tmp_path / "warm-up.pdf", invariant=True)

    start = perf_counter()
    for data in drafts:
        render_contract(data, template, out / data.file_name, invariant=True)
    elapsed = perf_counter() - start

    pages = [len(PdfReader(out / data.file_name).pages) for data in drafts]
    assert len(pages) == 100

    # The whole batch through write_contracts, on all cores and in one process, against bare
    # reportlab in one process; in turns, best of ROUNDS_TIMED each, since other programs may
    # share the machine. CPU seconds (workers included) show the work done whatever the load.
    monkeypatch.setattr(contracts, "contract_data", lambda _session, _references, _lang: drafts)
    wall: dict[str, list[float]] = {"bare": [], "cores": [], "one": []}
    cpu: dict[str, list[float]] = {"bare": [], "cores": [], "one": []}
    for round_ in range(ROUNDS_TIMED):
        bare = tmp_path / f"bare-{round_}"
        bare.mkdir()
        before = cpu_seconds()
        wall["bare"].append(bare_reportlab(pages, bare))
        cpu["bare"].append(cpu_seconds() - before)
        assert sum(len(PdfReader(p).pages) for p in bare.iterdir()) == sum(pages)
        for key, workers in (("cores", None), ("one", 1)):
            folder = tmp_path / f"batch-{key}-{round_}"
            folder.mkdir()
            with reading(demo) as session:
                before = cpu_seconds()
                start = perf_counter()
                batch = contracts.write_contracts(
                    session=session, folder=folder, invariant=True, workers=workers
                )
                wall[key].append(perf_counter() - start)
                cpu[key].append(cpu_seconds() - before)
            assert len(batch.files) == 100
            for data in drafts:
                assert (folder / data.file_name).read_bytes() == (
                    out / data.file_name
                ).read_bytes(), data.file_name

    best = {key: min(times) for key, times in wall.items()}
    rounds = "; ".join(
        f"{key} " + " ".join(f"{t:.2f}" for t in times) for key, times in wall.items()
    )
    print(
        f"\ncontracts: 100 drafts ({sum(pages)} pages), bare reportlab (same page count, one "
        f"process) {best['bare']:.2f} s\n"
        f"write_contracts, {os.cpu_count()} cores: {best['cores']:.2f} s; "
        f"ratio {best['cores'] / best['bare']:.2f}× (target ≤ 1.0×)\n"
        f"write_contracts, 1 process: {best['one']:.2f} s; ratio "
        f"{best['one'] / best['bare']:.2f}×; speed-up on {os.cpu_count()} cores "
        f"{best['one'] / best['cores']:.2f}×\n"
        f"render_contract loop, 1 process: {elapsed:.2f} s; ratio {elapsed / best['bare']:.2f}×\n"
        f"CPU seconds (median; workers included): bare {median(cpu['bare']):.2f}, "
        f"1 process {median(cpu['one']):.2f}, {os.cpu_count()} cores {median(cpu['cores']):.2f}\n"
        f"rounds (s): {rounds}; load average before {load[0]:.2f}, after {os.getloadavg()[0]:.2f}"
    )
