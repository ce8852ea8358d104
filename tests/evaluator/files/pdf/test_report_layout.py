"""The report's layout as the committee signing it sees it: numbered pages, none blank, the
budget line and the comments where they belong, the signatures, and no text over other text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import Session, select

from evaluator.files.pdf.fonts import BOLD, FONT
from evaluator.files.pdf.report import write_report
from evaluator.rules.statuses import Status
from evaluator.rules.words import STATUS_WORDS
from evaluator.services.identity import set_setting
from evaluator.services.reconcile import ranking, reconciliation
from evaluator.storage.models import Evaluator, Proposal
from evaluator.storage.workspace import open_path
from tests.cli_helpers import ok
from tests.factories import new_workspace, reconciled_demo, reviewed_workspace

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as the committee signs its report: after the README's first task."""
    return reconciled_demo(tmp_path_factory.mktemp("layout") / "demo.gew")


@contextmanager
def trial(workspace: Path) -> Iterator[Session]:
    """A session whose changes the report sees and the workspace never keeps."""
    with open_path(workspace) as opened, opened.session() as session:
        try:
            yield session
        finally:
            session.rollback()


def render(session: Session, out: Path) -> list[str]:
    """The report of what ``session`` sees, one text per page, words as a reader sees them."""
    write_report(session=session, out=out, today=TODAY, invariant=True)
    return [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]


def body(page: str) -> str:
    """A page's text without the footer every page carries."""
    return re.sub(r"Audit head: \S+ \(\d+ entr(y|ies)\)|Page \d+( of \d+)?", "", page).strip()


def test_every_page_is_numbered_page_i_of_n(demo: Path, tmp_path: Path) -> None:
    with trial(demo) as session:
        pages = render(session, tmp_path / "report.pdf")
    assert len(pages) > 20
    for number, page in enumerate(pages, start=1):
        assert re.findall(r"Page \d+ of \d+", page) == [f"Page {number} of {len(pages)}"]


def _set_title(session: Session, reference: str, title: str) -> None:
    proposal = session.exec(select(Proposal).where(Proposal.reference == reference)).one()
    proposal.title = title
    session.flush()


def test_no_page_is_blank_when_the_last_summary_just_fills_its_page(tmp_path: Path) -> None:
    workspace = reviewed_workspace(
        tmp_path / "ws", {"RG-001": {"Ana Petrović": "5 5 5", "Besnik Hoxha": "4 4 4"}}
    )
    words = ("Regional monitoring of public procurement and open data " * 200).split()

    def pages(count: int) -> list[str]:
        # The last summary's title grows a word at a time: somewhere it no longer fits on
        # the page, the place where a gap after it (or a page break) makes a blank page.
        with trial(workspace) as session:
            _set_title(session, "RG-001", " ".join(words[:count]))
            return render(session, tmp_path / f"report-{count}.pdf")

    low, high = 1, len(words)
    first = len(pages(low))
    assert len(pages(high)) > first
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if len(pages(middle)) == first else (low, middle)
    for count in (low, high):
        texts = pages(count)
        assert all(body(page) for page in texts), (count, [len(body(p)) for p in texts])
        assert texts[-1].endswith(f"Page {len(texts)} of {len(texts)}")


def test_the_budget_line_is_a_labelled_row_under_the_last_funded(
    demo: Path, tmp_path: Path
) -> None:
    with trial(demo) as session:
        result = ranking(session)
        text = " ".join(render(session, tmp_path / "report.pdf"))
    funded = [o for o in result.outcomes if o.status == Status.FUNDED]
    reserve = [o for o in result.outcomes if o.status == Status.RESERVE]
    assert funded and reserve
    label = (
        f"Budget line: 480,000.00 EUR available · {result.budget - result.committed:,.2f} EUR "
        f"left · awarded to the {len(funded)} funded proposals above: {result.committed:,.2f}"
    )
    assert label == (
        "Budget line: 480,000.00 EUR available · 2,850.00 EUR left · awarded to the 9 funded "
        "proposals above: 477,150.00"
    )
    at = text.index(label)
    assert text.rindex(funded[-1].title, 0, at) < at < text.index(reserve[0].title, at)


def test_the_committee_signs_under_the_ranking(demo: Path, tmp_path: Path) -> None:
    with trial(demo) as session:
        evaluators = [e.name for e in session.exec(select(Evaluator)).all()]
        outcomes = ranking(session).outcomes
        unnamed = " ".join(render(session, tmp_path / "unnamed.pdf"))
        set_setting(session, "chair_name", "Ivana Kovačević")
        named = " ".join(render(session, tmp_path / "named.pdf"))
    assert len(evaluators) == 5
    for text in (unnamed, named):
        start = text.index("Committee signatures")
        # After the ranking's last row, before the first evaluation summary.
        end = text.index(f"{outcomes[0].reference} — ")
        assert text.index(outcomes[-1].title) < start < end
        block = body(text[start:end])
        assert "approves the ranking above and the budget line" in block
        assert "Role Name Signature Chair" in block
        for name in evaluators:
            assert f"Member {name}" in block
        assert block.endswith("Place Date")
    assert "Chair Member" in unnamed
    assert "Chair Ivana Kovačević Member" in named


def test_each_comment_stands_under_the_score_it_justifies(demo: Path, tmp_path: Path) -> None:
    with trial(demo) as session:
        sheets = {s.reference: s for s in reconciliation(session)}
        pages = render(session, tmp_path / "report.pdf")
    sheet = sheets["RG-005"]  # two evaluators far apart: both commented on their scores
    page = next(p for p in pages if "RG-005 — " in p)
    # Each criterion's text, its scores and final, then its comments, before the next one.
    rows = re.split(r"(?= \d\.\d [A-Z])", page[page.index("Criterion") : page.index("Total")])
    by_code = {row.split()[0]: row for row in rows[1:]}
    comments = 0
    for review in sheet.reviews:
        for code, comment in review.comments.items():
            if not comment:
                continue
            row = by_code[code]
            score = f"{review.scores[code].normalize():f}"
            remark = f"{review.evaluator} ({score}): {comment}"
            assert remark in row, (code, review.evaluator)
            comments += 1
    assert comments == 9
    assert page.count("Excellent: ") + page.count("Weak: ") == comments


@dataclass(frozen=True)
class Run:
    """A piece of text drawn on a page: where its baseline starts and ends."""

    y: float
    start: float
    end: float
    text: str


def runs(page: PageObject) -> list[Run]:
    """The page's text runs as drawn. A run that starts where the previous one did continues
    it in another font (pypdf gives a line of mixed fonts in pieces with one origin)."""
    found: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        piece = text.rstrip("\n")
        if not piece.strip() or font is None:
            return
        face = BOLD if str(font.get("/BaseFont", "")).endswith("-Bold") else FONT
        x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
        width = stringWidth(piece, face, size)
        if found and (found[-1].y, found[-1].start) == (y, x):
            last = found.pop()
            found.append(Run(y, x, last.end + width, last.text + piece))
        else:
            found.append(Run(y, x, x + width, piece))

    page.extract_text(visitor_text=visit)
    return found


def overlaps(path: Path) -> list[tuple[int, str, str]]:
    """Every pair of runs on one baseline of which the first runs into the second."""
    found = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        line = sorted(runs(page), key=lambda r: (round(r.y, 1), r.start))
        for a, b in pairwise(line):
            if round(a.y, 1) == round(b.y, 1) and b.start < a.end - 0.5:
                found.append((number, a.text, b.text))
    return found


def test_no_text_runs_into_other_text(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 60-character status, an evaluator with a long Cyrillic name and titles with long
    # words, in a call whose committed sum has seven figures.
    status = "funded within the budget line, conditional on the consortium"
    assert len(status) == 60
    monkeypatch.setitem(STATUS_WORDS, Status.FUNDED, status)
    monkeypatch.setitem(STATUS_WORDS, Status.RESERVE, "reserve_list_pending_the_chair_decision")
    with trial(demo) as session:
        _set_title(session, "RG-011", "Interregionalnasaradnjaorganizacijacivilnogdruštva " * 4)
        _set_title(session, "RG-019", "International association “Interactive open schools” – MIOS")
        marko = session.exec(select(Evaluator).where(Evaluator.name == "Марко Петровић")).one()
        marko.name = "Марко Александар Петровић-Његошевић Милорадовић"
        session.flush()
        pages = render(session, tmp_path / "report.pdf")
    assert status in " ".join(pages)
    assert overlaps(tmp_path / "report.pdf") == []


def test_a_report_of_a_new_empty_workspace_says_there_is_nothing_to_rank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    out = tmp_path / "report.pdf"

    ok(capsys, workspace, "report", "--out", out)

    (page,) = PdfReader(out).pages
    text = page.extract_text()
    assert "No proposal is in the workspace yet: there is nothing to rank." in text
    assert "Rank" not in text.split("nothing to rank")[0].split("committed")[-1]
    assert "Committee signatures" in text and "Page 1 of 1" in text
