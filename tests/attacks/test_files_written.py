"""Every file the app writes: whole or not at all, and hostile or huge text never breaks it."""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import signal
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import col, select

import evaluator.files.atomic as atomic
import evaluator.files.pdf.contracts as contracts
from evaluator.cli import signals
from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_atomic, write_bytes_atomic
from evaluator.files.pdf.contracts import ContractData, write_contracts
from evaluator.files.pdf.report import export_ranking, write_report
from evaluator.files.scoresheets import export_scoresheet
from evaluator.rules.export_text import (
    XLSX_CELL_LIMIT,
    csv_cell,
    pdf_markup,
    pdf_plain,
    xlsx_cell,
    xlsx_text,
)
from evaluator.services.evaluators import find_evaluator
from evaluator.storage import audit
from evaluator.storage.models import Evaluator, Member, Organisation, Proposal, Review, Score
from tests.cli_helpers import ok, run
from tests.factories import contract_members, funded_workspace, reading, transaction

# Text that passed an import but is hostile to every format: formulas, markup, control
# characters (NUL, vertical tab, escape, bell, backspace), bidirectional overrides.
TITLE = '=HYPERLINK("http://x","y") <b>bold</b> & “Zajedno” \x00\x0b\x1b \u202etxet\u202c end'
LEAD = "+381 Udruženje <Sigurna> & kuća\x07 – Nikšić"
REPRESENTATIVE = "-Dragana\x0cĐurić"
ADDRESS = "@Njegoševa 12\r\nNikšić"
PARTNER = "\tЦентар за медије\x1f"
COMMENT = "=1+1 <script>alert(1)</script>\x00 fine"
EVALUATOR = "@Ana Petrović\x08"

# Very long text: a 20,000-character title and a 5,000-character word without a space.
LONG = " ".join(["Sigurna linija – “Zajedno” protiv korupcije"] * 460)
WORD = "Ž" * 5000


def pdf_text(path: Path) -> str:
    """The words of a PDF as a reader sees them."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def entries(folder: Path) -> list[str]:
    """Every name in ``folder``, hidden ones included."""
    return sorted(p.name for p in folder.iterdir())


def funded(folder: Path) -> Path:
    """A workspace whose RG-001 and RG-002 are funded and RG-003 is on the reserve list."""
    return funded_workspace(
        folder,
        {f"RG-00{n}": contract_members(f" {n}") for n in (1, 2, 3)},
    )


def poison(
    workspace: Path,
    *,
    title: str = TITLE,
    lead: str = LEAD,
    representative: str = REPRESENTATIVE,
    address: str = ADDRESS,
    partner: str = PARTNER,
    comment: str = COMMENT,
    evaluator: str = EVALUATOR,
) -> None:
    """Put hostile text into RG-001 straight through the ORM, as if an import had let it in."""
    with transaction(workspace) as session:
        proposal = session.exec(select(Proposal).where(Proposal.reference == "RG-001")).one()
        proposal.title = title
        for member in session.exec(select(Member).where(Member.proposal_id == proposal.id)):
            organisation = session.get(Organisation, member.organisation_id)
            assert organisation is not None
            if member.role == "lead":
                organisation.name = lead
                organisation.representative = representative
                organisation.address = address
            else:
                organisation.name = partner + organisation.name[-2:]
        for review in session.exec(select(Review).where(Review.proposal_id == proposal.id)):
            for score in session.exec(select(Score).where(Score.review_id == review.id)):
                score.comment = comment
        first = session.exec(select(Evaluator).order_by(col(Evaluator.id))).first()
        assert first is not None
        first.name = evaluator


@pytest.fixture(scope="module")
def pristine_hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workspace = funded(tmp_path_factory.mktemp("hostile"))
    poison(workspace)
    return workspace


@pytest.fixture
def hostile(pristine_hostile: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "hostile.gew"
    copy.write_bytes(pristine_hostile.read_bytes())
    return copy


# --- The helper ------------------------------------------------------------------------------


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "ranking.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_atomic(target, lambda handle: handle.write(b"new and longer"))
    assert target.read_bytes() == b"new and longer"
    assert target.stat().st_mode & 0o777 == 0o640  # the owner's permissions are kept
    assert entries(tmp_path) == ["ranking.csv"]


def test_a_write_failing_midway_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "ranking.csv"
    target.write_bytes(b"old")
    seen: list[str] = []

    def half(handle: BinaryIO) -> None:
        handle.write(b"half of the new")
        handle.flush()
        seen.extend(entries(tmp_path))
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, half)
    # While it was being written, the new text lay in a hidden file beside the target.
    assert [re.sub(r"-[0-9a-f]{8}$", "-X", name) for name in seen] == [
        ".ranking.csv.partial-X",
        "ranking.csv",
    ]
    assert target.read_bytes() == b"old"
    assert entries(tmp_path) == ["ranking.csv"]


def test_an_interrupted_write_leaves_nothing_behind(tmp_path: Path) -> None:
    def interrupted(handle: BinaryIO) -> None:
        handle.write(b"%PDF-1.4 half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "report.pdf", interrupted)
    assert entries(tmp_path) == []


def test_a_disk_that_cannot_sync_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "package.bin"
    target.write_bytes(b"old")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert entries(tmp_path) == ["package.bin"]


def test_a_refused_rename_keeps_what_was_there_and_leaves_no_partial(tmp_path: Path) -> None:
    # A folder stands where the file should go: the rename is refused, even for root.
    (tmp_path / "report.pdf").mkdir()
    with pytest.raises(OSError):
        write_bytes_atomic(tmp_path / "report.pdf", b"%PDF")
    assert entries(tmp_path) == ["report.pdf"]
    assert (tmp_path / "report.pdf").is_dir()


def test_sigterm_unwinds_like_ctrl_c_while_files_are_written() -> None:
    before = signal.getsignal(signal.SIGTERM)
    cleaned = []
    with pytest.raises(signals.Terminated) as stopped, signals.terminate_as_exception():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the signal arrives long before this ends
        finally:
            cleaned.append(True)
    assert (stopped.value.code, cleaned) == (143, [True])
    assert signal.getsignal(signal.SIGTERM) == before


# --- The app's files, failing ------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine_funded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return funded(tmp_path_factory.mktemp("funded"))


@pytest.fixture
def workspace(pristine_funded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "funded.gew"
    copy.write_bytes(pristine_funded.read_bytes())
    return copy


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file the app writes fails at its last step, as on a full disk."""

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)


@pytest.mark.parametrize("name", ["report.pdf", "ranking.csv", "ranking.xlsx", "sheet.xlsx"])
def test_a_failed_export_keeps_the_old_file(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / name

    def export() -> None:
        with reading(workspace) as session:
            if name == "report.pdf":
                write_report(session=session, out=out, invariant=True)
            elif name.startswith("ranking"):
                export_ranking(session=session, out=out)
            else:
                ana = find_evaluator(session, "Ana Petrović")
                export_scoresheet(session=session, evaluator=ana, out=out)

    export()
    before = out.read_bytes()
    full_disk(monkeypatch)
    with pytest.raises(EvaluatorError, match=f"Cannot write {re.escape(str(out))}: No space"):
        export()
    assert out.read_bytes() == before
    assert entries(out_dir) == [name]


def test_a_failed_export_of_a_new_file_leaves_nothing(
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    full_disk(monkeypatch)
    code, out, err = run(capsys, "-w", workspace, "report", "--out", out_dir / "report.pdf")
    assert (code, out) == (1, "")
    assert err.startswith(f"grant-evaluator: Cannot write {out_dir / 'report.pdf'}: No space")
    assert entries(out_dir) == []


def test_a_failed_contract_batch_leaves_no_draft_and_no_folder_it_made(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = contracts.render_contract
    calls = []

    def second_fails(
        data: ContractData, template: dict[str, Any], out: Path | BinaryIO, invariant: bool = False
    ) -> Path | BinaryIO:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return drawn(data, template, out, invariant)

    monkeypatch.setattr(contracts, "render_contract", second_fails)
    folder = tmp_path / "new" / "drafts"
    with reading(workspace) as session, pytest.raises(EvaluatorError, match="No space left"):
        write_contracts(session=session, folder=folder, workers=1, invariant=True)
    assert entries(tmp_path) == ["funded.gew"]


def test_a_failed_contract_batch_keeps_the_drafts_already_there(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    with reading(workspace) as session:
        write_contracts(session=session, folder=folder, workers=1, invariant=True)
    before = {name: (folder / name).read_bytes() for name in entries(folder)}
    assert list(before) == ["SB-TEST-001.pdf", "SB-TEST-002.pdf"]
    full_disk(monkeypatch)
    with reading(workspace) as session, pytest.raises(EvaluatorError, match="No space left"):
        write_contracts(session=session, folder=folder, workers=1, invariant=True)
    assert {name: (folder / name).read_bytes() for name in entries(folder)} == before


# --- CSV cells are neutralised ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+381 11", "'+381 11"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Plain – “text”", "Plain – “text”"),
        ("a=b", "a=b"),
        ("", ""),
        ("nul\x00inside", "nulinside"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        (3, 3),
        (Decimal("58000.00"), Decimal("58000.00")),
        (None, None),
    ],
)
def test_csv_cells(cell: object, written: object) -> None:
    assert csv_cell(cell) == written


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_csv_listing_neutralises_hostile_text(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proposals = csv_rows(ok(capsys, hostile, "proposals", "--format", "csv"))
    row = next(r for r in proposals if r["reference"] == "RG-001")
    assert row["title"] == "'" + TITLE.replace("\x00", "")
    assert row["lead"] == "'" + LEAD
    ranked = csv_rows(ok(capsys, hostile, "rank", "--format", "csv"))
    assert next(r for r in ranked if r["reference"] == "RG-001")["title"] == row["title"]
    assert [r["requested"] for r in ranked] == ["45000.00"] * 3  # figures stay figures
    evaluators = csv_rows(ok(capsys, hostile, "evaluators", "--format", "csv"))
    assert "'" + EVALUATOR in [r["name"] for r in evaluators]
    assignments = csv_rows(ok(capsys, hostile, "assignments", "--format", "csv"))
    assert "'" + EVALUATOR in [r["evaluator"] for r in assignments]
    reconcile = ok(capsys, hostile, "reconcile", "--format", "csv")
    assert "\x00" not in reconcile
    for listing in (proposals, ranked, evaluators, assignments, csv_rows(reconcile)):
        for cells in listing:
            for value in cells.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_the_ranking_csv_export_neutralises_hostile_text(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranking.csv"
    with reading(hostile) as session:
        export_ranking(session=session, out=out)
    rows = csv_rows(out.read_text(encoding="utf-8-sig"))
    row = next(r for r in rows if r["reference"] == "RG-001")
    assert row["title"] == "'" + TITLE.replace("\x00", "")
    assert row["requested"] == "45000.00"


# --- XLSX and PDF with hostile text -------------------------------------------------------------


def test_the_ranking_xlsx_holds_hostile_text_as_text(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranking.xlsx"
    with reading(hostile) as session:
        export_ranking(session=session, out=out)
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    # The formula stays text; the vertical tab is a line break; NUL, escape are gone.
    assert rows["RG-001"][2] == TITLE.replace("\x00", "").replace("\x0b", "\n").replace("\x1b", "")
    assert rows["RG-001"][7] == Decimal("45000.00") or rows["RG-001"][7] == 45000


def test_the_scoresheet_holds_hostile_text(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.xlsx"
    with reading(hostile) as session:
        first = session.exec(select(Evaluator).order_by(col(Evaluator.id))).first()
        assert first is not None
        export_scoresheet(session=session, evaluator=first, out=out)
    sheet = load_workbook(out)["Scores"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "RG-001"]
    assert rows
    assert {r[3] for r in rows} == {"=1+1 <script>alert(1)</script> fine"}
    assert {r[4] for r in rows} == {xlsx_text(TITLE)}


def test_the_report_prints_hostile_text_as_text(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with reading(hostile) as session:
        write_report(session=session, out=out, invariant=True)
    text = pdf_text(out)
    assert '=HYPERLINK("http://x","y") <b>bold</b> & “Zajedno”' in text
    assert "txet end" in text
    assert "+381 Udruženje <Sigurna> & kuća – Nikšić" in text
    assert "=1+1 <script>alert(1)</script> fine" in text
    assert "@Ana Petrović" in text
    assert not set(text) & {"\x00", "\x07", "\x08", "\x1b", "\u202e"}


def test_a_contract_prints_hostile_text_as_text(hostile: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    with reading(hostile) as session:
        write_contracts(session=session, folder=folder, workers=1, invariant=True)
    text = pdf_text(folder / "SB-TEST-001.pdf")
    assert "+381 Udruženje <Sigurna> & kuća – Nikšić" in text
    assert "@Njegoševa 12 Nikšić" in text
    assert "-Dragana Đurić" in text
    assert "Центар за медије" in text
    assert not set(text) & {"\x00", "\x07", "\x0c", "\x1b", "\x1f"}


def test_every_cli_file_of_a_hostile_workspace_is_written(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, hostile, "report", "--out", tmp_path / "report.pdf")
    ok(capsys, hostile, "contracts", "--out", tmp_path / "drafts")
    # The evaluator's name was changed behind the app's back; its key still finds them.
    ok(
        capsys,
        hostile,
        "export-scoresheet",
        "--as",
        "Ana Petrović",
        "--out",
        tmp_path / "sheet.xlsx",
    )
    assert entries(tmp_path / "drafts") == ["SB-TEST-001.pdf", "SB-TEST-002.pdf"]
    assert load_workbook(tmp_path / "sheet.xlsx")["Scores"].max_row > 1
    assert len(PdfReader(tmp_path / "report.pdf").pages) >= 2


@pytest.mark.parametrize(
    ("text", "xlsx", "plain"),
    [
        ("a\x00b\x01c", "abc", "abc"),
        ("line\x0bbreak\x0cpage", "line\nbreak\npage", "line break page"),
        ("lone \udc80 surrogate", "lone \ufffd surrogate", "lone \ufffd surrogate"),
        ("\u202eevil\u202c \u2066x\u2069", "\u202eevil\u202c \u2066x\u2069", "evil x"),
        ("tab\there\r\n", "tab\there\r\n", "tab here  "),
    ],
)
def test_text_made_safe_per_format(text: str, xlsx: str, plain: str) -> None:
    assert xlsx_text(text) == xlsx
    assert pdf_plain(text) == plain
    assert xlsx_cell(5) == 5


def test_markup_is_escaped_and_long_text_cut() -> None:
    assert pdf_markup("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert pdf_plain("x" * 500, 300) == "x" * 299 + "…"
    assert xlsx_text("y" * 40_000) == "y" * (XLSX_CELL_LIMIT - 1) + "…"


# --- Very long text -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine_long(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workspace = funded(tmp_path_factory.mktemp("long"))
    poison(
        workspace,
        title=LONG,
        lead=f"Udruženje {WORD}",
        representative=WORD,
        address=LONG,
        partner=WORD,
        comment=f"{LONG} {WORD}",
        evaluator=f"Ana {WORD}",
    )
    return workspace


def test_the_report_wraps_very_long_text(pristine_long: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with reading(pristine_long) as session:
        write_report(session=session, out=out, invariant=True)
    text = pdf_text(out)
    # The ranking table holds the title's start, cut; the evaluation summary holds all of it.
    assert "…" in text
    assert text.count("Sigurna linija – “Zajedno” protiv korupcije") >= 2 * 460
    # The 5,000-character word wraps (extracted in pieces, one per line).
    assert text.replace(" ", "").count("Ž" * 5000) >= 1


def test_a_contract_wraps_very_long_text(pristine_long: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    with reading(pristine_long) as session:
        write_contracts(session=session, folder=folder, workers=1, invariant=True)
    text = pdf_text(folder / "SB-TEST-001.pdf")
    assert text.count("Sigurna linija – “Zajedno” protiv korupcije") >= 460  # the address
    # The lead's 5,000-character word and the representative's wrap whole in the parties
    # (a page break may fall inside them, so they are counted, not matched).
    assert text.count("Ž") >= 2 * 5000
    assert "…" in text  # the partner and the signature's name, cut in their table cells


# --- The audit head ------------------------------------------------------------------------------


def test_the_report_and_every_contract_print_the_audit_head(
    workspace: Path, tmp_path: Path
) -> None:
    with reading(workspace) as session:
        hash_, count = audit.head(session)
        write_report(session=session, out=tmp_path / "report.pdf", invariant=True)
        write_contracts(session=session, folder=tmp_path / "drafts", workers=1, invariant=True)
    line = f"Audit head: {hash_} ({count} entries)"
    assert re.fullmatch(r"Audit head: [0-9a-f]{64} \(\d+ entries\)", line)
    for path in [tmp_path / "report.pdf", *sorted((tmp_path / "drafts").iterdir())]:
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
        assert all(line in page for page in pages), path.name


def test_a_draft_prints_the_head_it_was_made_at(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, workspace, "contracts", "--out", tmp_path / "first")
    with reading(workspace) as session:
        hash_, count = audit.head(session)
    # The first batch is in the trail now: the second is drawn at the head after it.
    ok(capsys, workspace, "contracts", "--out", tmp_path / "second")
    assert f"Audit head: {hash_} ({count} entries)" in pdf_text(
        tmp_path / "second" / "SB-TEST-001.pdf"
    )
    assert f"({count} entries)" not in pdf_text(tmp_path / "first" / "SB-TEST-001.pdf")
