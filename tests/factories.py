"""Factories for tests: call files, proposals files and workspaces built from them."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import Session, col, select

from evaluator.actions.decisions import resolve
from evaluator.actions.workspace import create_demo
from evaluator.files.call_file import demo_call_path, load_call
from evaluator.files.demo import demo_table
from evaluator.files.exchange import (
    MergeResult,
    PackageReport,
    ReturnsReport,
    export_package,
    export_returns,
    import_returns,
    open_package,
    seal,
    setting,
)
from evaluator.files.proposals_file import import_proposals
from evaluator.rules.call import parse_call
from evaluator.services.assignment import AssignmentView, assign, assign_one, list_assignments
from evaluator.services.calls import call_row
from evaluator.services.demo import DIVERGENT
from evaluator.services.evaluators import add_conflict, add_evaluator, find_evaluator, find_proposal
from evaluator.services.proposals import (
    REQUIRED_COLUMNS,
    ImportReport,
    ProposalView,
    import_table,
    list_proposals,
)
from evaluator.services.scoring import declare, points, record_score, review_of, submit
from evaluator.storage.models import Evaluator, Proposal, Review, Score
from evaluator.storage.workspace import create_workspace, open_path

HEADER = REQUIRED_COLUMNS


# The winning organisations as the seed names them, with their countries.
SEED_WINNERS = [
    ("Cooperation and development institute", "Albania"),
    ("Sos Helpline Nikšić", "Montenegro"),
    ("Novi Sad School of journalism", "Serbia"),
    ("Albanian Disability Right Foundation", "Albania"),
    ("European Policy Centre", "Serbia"),
    ("Institute for strategic Research and Education", "North Macedonia"),
    ("Children & youth", "Serbia"),
    ("International association “Interactive open schools” – MIOS", "Bosnia and Herzegovina"),
    ("FINANCE THINK – Economic Research and Policy Institute", "North Macedonia"),
]


# The note the README's first task has the chair type to resolve the demo's divergent proposal.
FIRST_TASK_NOTE = "Both reviews heard at the meeting; the committee keeps the mean of the two."


def reconciled_demo(path: Path) -> Path:
    """The demo at ``path`` after the README's first task: the chair resolves the divergent
    proposal, and the seed's nine winners are funded."""
    create_demo(path=path)
    with open_path(path) as workspace:
        resolve(workspace=workspace, reference=DIVERGENT, note=FIRST_TASK_NOTE)
    return path


def demo_call_text() -> str:
    """The text of the shipped SMART Balkans call file."""
    return demo_call_path().read_text(encoding="utf-8")


def new_workspace(folder: Path, name: str = "call.gew", call_text: str | None = None) -> Path:
    """A fresh workspace holding the SMART Balkans call (or ``call_text``), no proposals."""
    call_file = folder / "call.toml"
    call_file.write_text(call_text or demo_call_text(), encoding="utf-8")
    spec, text = load_call(call_file)
    path = folder / name
    create_workspace(path, lambda session: session.add(call_row(spec, text)))
    return path


def member_rows(
    reference: str,
    members: Sequence[tuple[str, str, str, str]],
    *,
    title: str = "Regional cooperation",
    priority_area: str = "Governance",
    topics: str = "Corruption, including high level corruption",
    amount: str = "45000",
    months: str = "12",
) -> list[list[str]]:
    """Rows of one proposal; each member is (organisation, country, org_type, role)."""
    return [
        [reference, title, priority_area, topics, amount, months, *member] for member in members
    ]


def eligible_members(suffix: str = "") -> list[tuple[str, str, str, str]]:
    """A lead and two partners: three CSOs from three beneficiary countries."""
    return [
        (f"Sos Helpline Nikšić{suffix}", "Montenegro", "CSO", "lead"),
        (f"Центар за медијско описмењавање{suffix}", "Serbia", "CSO", "partner"),
        (f"Qendra për Zhvillim Rajonal{suffix}", "Albania", "CSO", "partner"),
    ]


def write_csv(
    path: Path,
    rows: Iterable[Sequence[str]],
    header: Sequence[str] = HEADER,
    *,
    bom: bool = False,
) -> Path:
    """A proposals CSV file, UTF-8 (with a BOM if asked), header first."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path, rows: Iterable[Sequence[object]], header: Sequence[str] = HEADER
) -> Path:
    """A proposals workbook, first sheet, header first."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def ods_cell(value: object) -> str:
    """One ``table:table-cell`` as LibreOffice Calc writes it: numbers as floats with their
    text, dates as dates, text in a paragraph (runs of spaces as ``text:s``)."""
    from datetime import date, datetime
    from xml.sax.saxutils import escape, quoteattr

    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, datetime | date):
        shown = value.isoformat()
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{shown}" '
            f'calcext:value-type="date"><text:p>{shown}</text:p></table:table-cell>'
        )
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}" '
            f'calcext:value-type="float"><text:p>{value}</text:p></table:table-cell>'
        )
    text = escape(str(value))
    text = re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', text)
    return (
        f"<table:table-cell office:value-type={quoteattr('string')} "
        f'calcext:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def write_ods(
    path: Path,
    rows: Iterable[Sequence[object]],
    header: Sequence[str] = HEADER,
    *,
    content: str | None = None,
) -> Path:
    """A spreadsheet as LibreOffice Calc saves it (.ods): the mimetype first and stored, the
    first sheet holding the header and rows, each row ending in the repeated empty cells of
    the sheet's width, and the sheet in a million repeated empty rows; a second sheet after.
    ``content`` replaces content.xml as written."""
    import zipfile

    def row_xml(cells: Sequence[object]) -> str:
        filled = "".join(ods_cell(v) for v in cells)
        empty = f'<table:table-cell table:number-columns-repeated="{16_384 - len(cells)}"/>'
        return f'<table:table-row table:style-name="ro1">{filled}{empty}</table:table-row>'

    body = "".join(row_xml(r) for r in [list(header), *rows])
    xml = content or (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
        ' office:version="1.3"><office:body><office:spreadsheet>'
        '<table:table table:name="Sheet1"><table:table-column table:number-columns-repeated='
        f'"16384"/>{body}<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        '</table:table><table:table table:name="Sheet2"><table:table-row>'
        f"{ods_cell('not read')}</table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", xml)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
    return path


def edit_call(text: str, old: str, new: str) -> str:
    """The call text with ``old`` (which must occur exactly once) replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the call text"
    return text.replace(old, new)


def edit_criterion(text: str, code: str, key: str, value: str) -> str:
    """The call text with ``key = value`` set in the ``[[criteria]]`` block of ``code``."""
    blocks = text.split("[[criteria]]")
    found = [i for i, block in enumerate(blocks) if f'code = "{code}"\n' in block]
    assert len(found) == 1, f"criterion {code} is not in the call text once"
    block = blocks[found[0]]
    lines = block.split("\n")
    keyed = [i for i, line in enumerate(lines) if line.startswith(f"{key} = ")]
    assert len(keyed) == 1, f"criterion {code} has no single {key} line"
    lines[keyed[0]] = f"{key} = {value}"
    blocks[found[0]] = "\n".join(lines)
    return "[[criteria]]".join(blocks)


def write_call(folder: Path, text: str, name: str = "call.toml") -> Path:
    """A call file holding ``text`` (UTF-8)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def import_file(workspace: Path, path: Path, *, replace: bool = False) -> ImportReport:
    """Import a proposals file into the workspace, as the chair's one action does."""
    with open_path(workspace) as ws, ws.transaction() as session:
        return import_proposals(session=session, path=path, replace=replace)


def proposals_of(workspace: Path) -> dict[str, ProposalView]:
    """The workspace's proposals as the lists show them, by reference."""
    with open_path(workspace) as ws, ws.session() as session:
        return {p.reference: p for p in list_proposals(session)}


def workspace_with(folder: Path, rows: Iterable[Sequence[str]]) -> Path:
    """A fresh workspace into which a CSV of ``rows`` (in ``HEADER`` order) was imported."""
    workspace = new_workspace(folder)
    import_file(workspace, write_csv(folder / "proposals.csv", rows))
    return workspace


# --- Evaluators, assignment and scoring ---------------------------------------------------

# Evaluators of the region, with the country each works in.
EVALUATORS: tuple[tuple[str, str], ...] = (
    ("Ana Petrović", "Serbia"),
    ("Besnik Hoxha", "Kosovo"),
    ("Dragana Đurić", "Montenegro"),
    ("Elvira Čaušević", "Bosnia and Herzegovina"),
    ("Goran Stojanovski", "North Macedonia"),
    ("Jonida Lika", "Albania"),
    ("Marko Ilić", "Serbia"),
    ("Nora Berisha", "Kosovo"),
)


@contextmanager
def transaction(workspace: Path) -> Iterator[Session]:
    """One user action on the workspace: committed at the end, or not at all."""
    with open_path(workspace) as ws, ws.transaction() as session:
        yield session


@contextmanager
def reading(workspace: Path) -> Iterator[Session]:
    """A session that only reads the workspace."""
    with open_path(workspace) as ws, ws.session() as session:
        yield session


def consortium(reference: str, countries: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """CSO members from ``countries``, the first of them the lead."""
    return [
        (f"Udruženje {reference}-{index}", country, "CSO", "lead" if index == 0 else "partner")
        for index, country in enumerate(countries)
    ]


def add_evaluators(workspace: Path, evaluators: Iterable[tuple[str, str]]) -> None:
    """Register evaluators given as (name, country)."""
    with transaction(workspace) as session:
        for name, country in evaluators:
            add_evaluator(session=session, name=name, country=country)


def add_conflicts(workspace: Path, pairs: Iterable[tuple[str, str]]) -> None:
    """Record conflicts of interest given as (evaluator name, reference), as the chair does."""
    with transaction(workspace) as session:
        for name, reference in pairs:
            add_conflict(
                session=session,
                evaluator=find_evaluator(session, name),
                proposal=find_proposal(session, reference),
                reason="Board member of the lead applicant",
            )


def run_assign(workspace: Path, per_proposal: int | None = None) -> list[AssignmentView]:
    """Assign evaluators, as the chair's one action does; the assignments it added."""
    with transaction(workspace) as session:
        return assign(session=session, per_proposal=per_proposal)


def assignments_of(workspace: Path) -> list[AssignmentView]:
    """Every assignment of the workspace, as the lists show them."""
    with reading(workspace) as session:
        return list_assignments(session)


def demo_workspace(folder: Path, evaluators: int = 0) -> Path:
    """The demo workspace (21 eligible proposals of 30) with the first ``evaluators`` of
    ``EVALUATORS`` registered."""
    path = new_workspace(folder, "demo.gew")
    # The demo's proposals only: the demo's own committee (evaluators, reviews) is left out.
    with transaction(path) as session:
        import_table(session=session, table=demo_table(), source="demo proposals")
    add_evaluators(path, EVALUATORS[:evaluators])
    return path


def scoring_workspace(folder: Path) -> Path:
    """Three eligible proposals RG-001..RG-003 and three evaluators, two per proposal.

    Ana Petrović has a conflict with RG-003 and reviews RG-001 and RG-002; Besnik Hoxha
    reviews RG-001 and RG-003; Dragana Đurić RG-002 and RG-003 (assigned by hand, so that
    the tests do not depend on how ``assign`` breaks ties).
    """
    rows = [
        row
        for reference in ("RG-001", "RG-002", "RG-003")
        for row in member_rows(
            reference, eligible_members(), title=f"Regional helpline {reference}"
        )
    ]
    workspace = workspace_with(folder, rows)
    add_evaluators(workspace, EVALUATORS[:3])
    add_conflicts(workspace, [("Ana Petrović", "RG-003")])
    with transaction(workspace) as session:
        for name, reference in (
            ("Ana Petrović", "RG-001"),
            ("Ana Petrović", "RG-002"),
            ("Besnik Hoxha", "RG-001"),
            ("Besnik Hoxha", "RG-003"),
            ("Dragana Đurić", "RG-002"),
            ("Dragana Đurić", "RG-003"),
        ):
            assign_one(session=session, evaluator_name=name, reference=reference)
    return workspace


# A complete review of the demo call: criterion -> (score, comment); 1, 2 and 5 are justified.
FULL_SCORES: dict[str, tuple[str, str]] = {
    "1.1": ("5", "Squarely on disinformation and citizens’ influence in Kosovo and Serbia."),
    "1.2": ("4", ""),
    "1.3": ("3", ""),
    "2.1": ("4", ""),
    "2.2": ("2", "Consultations are one-off events with no route to decision makers."),
    "2.3": ("3", ""),
    "3.1": ("4", ""),
    "3.2": ("1", "No financial statements for the partner in Nikšić."),
    "4.1": ("3", ""),
    "4.2": ("4", ""),
    "5.1": ("3", ""),
    "5.2": ("5", "Costs are realistic and fully justified — ćirilica i latinica."),
}


def declare_no_conflict(workspace: Path, name: str, reference: str) -> None:
    """The evaluator ``name`` declares no conflict of interest with ``reference``."""
    with transaction(workspace) as session:
        declare(session=session, evaluator=find_evaluator(session, name), reference=reference)


def score_review(
    workspace: Path,
    name: str,
    reference: str,
    scores: dict[str, tuple[str, str]] | None = None,
    *,
    submitted: bool = False,
) -> None:
    """Declare no conflict, record ``scores`` (default: ``FULL_SCORES``), optionally submit."""
    declare_no_conflict(workspace, name, reference)
    with transaction(workspace) as session:
        review = review_of(session, find_evaluator(session, name), reference)
        for code, (value, comment) in (FULL_SCORES if scores is None else scores).items():
            record_score(
                session=session,
                review=review,
                criterion=code,
                value=Decimal(value),
                comment=comment,
            )
        if submitted:
            submit(session=session, review=review)


def stored_scores(workspace: Path, name: str, reference: str) -> dict[str, tuple[Decimal, str]]:
    """The Score rows of one review: criterion -> (value, comment)."""
    with reading(workspace) as session:
        review = review_of(session, find_evaluator(session, name), reference)
        return {s.criterion: (s.value, s.comment) for s in review.scores}


# --- Offline exchange: packages, evaluator workspaces, returns ------------------------------


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes: equal before and after means the file is unchanged."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def exchange_workspace(folder: Path, proposals: int = 4, name: str = "chair.gew") -> Path:
    """A chair workspace: ``proposals`` eligible proposals RG-001…, the first three evaluators
    of ``EVALUATORS`` registered and assigned two per proposal, nothing scored yet."""
    rows = [
        row
        for number in range(1, proposals + 1)
        for row in member_rows(
            f"RG-{number:03d}",
            eligible_members(),
            title=f"Regional helpline {number} – “Sigurni zajedno”",
        )
    ]
    folder.mkdir(parents=True, exist_ok=True)
    workspace = new_workspace(folder, name)
    import_file(workspace, write_csv(folder / "proposals.csv", rows))
    add_evaluators(workspace, EVALUATORS[:3])
    run_assign(workspace)
    return workspace


def write_package(chair: Path, name: str, out: Path) -> PackageReport:
    """The chair exports the package of evaluator ``name`` to ``out``."""
    with transaction(chair) as session:
        return export_package(session=session, evaluator_name=name, out=out)


def write_returns(workspace: Path, out: Path) -> ReturnsReport:
    """The evaluator's workspace exports its returns to ``out``."""
    with transaction(workspace) as session:
        return export_returns(session=session, out=out)


def merge_returns(chair: Path, path: Path) -> MergeResult:
    """The chair imports one returns file, as one action."""
    with transaction(chair) as session:
        return import_returns(session=session, path=path)


def references_of(workspace: Path, name: str) -> list[str]:
    """The references assigned to evaluator ``name``, in order."""
    return [a.reference for a in assignments_of(workspace) if a.evaluator == name]


def typed_scores(name: str, reference: str) -> dict[str, tuple[str, str]]:
    """A complete review that differs by evaluator and proposal; 1, 2 and 5 are justified."""
    scores = {}
    for index, code in enumerate(FULL_SCORES):
        value = 1 + (index + len(name) + int(reference[-3:])) % 5
        comment = (
            f"{name} on {reference} {code}: ocjena {value} — обоснование"
            if value
            in (
                1,
                2,
                5,
            )
            else ("" if index % 3 else f"Napomena {name} / {reference} / {code}")
        )
        scores[code] = (str(value), comment)
    return scores


def stored_typed_scores(name: str, reference: str) -> dict[str, tuple[Decimal, str]]:
    """The scores ``name`` typed for ``reference`` (``typed_scores``), as stored."""
    return {
        code: (Decimal(value), comment)
        for code, (value, comment) in typed_scores(name, reference).items()
    }


def score_everything(workspace: Path, name: str, *, submitted: bool = True) -> None:
    """Evaluator ``name`` declares, scores (``typed_scores``) and submits every review."""
    for reference in references_of(workspace, name):
        score_review(workspace, name, reference, typed_scores(name, reference), submitted=submitted)


@dataclass(frozen=True)
class Round:
    """A full exchange round: the chair, each evaluator's package, workspace and returns."""

    chair: Path
    packages: dict[str, Path]
    workspaces: dict[str, Path]
    returns: dict[str, Path]


def exchange_round(folder: Path, proposals: int = 4, call_text: str | None = None) -> Round:
    """Chair exports three packages; each evaluator opens theirs, scores and submits every
    review (``typed_scores``) and exports returns revision 1. Nothing is imported yet."""
    folder.mkdir(parents=True, exist_ok=True)
    if call_text is None:
        chair = exchange_workspace(folder, proposals)
    else:
        chair = new_workspace(folder, "chair.gew", call_text)
        rows = [
            row
            for number in range(1, proposals + 1)
            for row in member_rows(f"RG-{number:03d}", eligible_members())
        ]
        import_file(chair, write_csv(folder / "proposals.csv", rows))
        add_evaluators(chair, EVALUATORS[:3])
        run_assign(chair)
    packages, workspaces, returns = {}, {}, {}
    for index, (name, _country) in enumerate(EVALUATORS[:3], start=1):
        packages[name] = folder / f"package-{index}.gep"
        write_package(chair, name, packages[name])
        workspaces[name] = folder / f"evaluator-{index}.gew"
        open_package(package=packages[name], workspace=workspaces[name])
        score_everything(workspaces[name], name)
        returns[name] = folder / f"returns-{index}.ger"
        write_returns(workspaces[name], returns[name])
    return Round(chair, packages, workspaces, returns)


def canonical_dump(workspace: Path) -> list[tuple[str, str, str, str, str, bool]]:
    """Every score of the workspace as sorted rows (reference, evaluator, criterion, value,
    comment, submitted)."""
    with reading(workspace) as session:
        rows = session.exec(
            select(Score, Review, Evaluator, Proposal)
            .join(Review, col(Review.id) == Score.review_id)
            .join(Evaluator, col(Evaluator.id) == Review.evaluator_id)
            .join(Proposal, col(Proposal.id) == Review.proposal_id)
        ).all()
        return sorted(
            (
                p.reference,
                e.name,
                s.criterion,
                points(s.value),
                s.comment,
                r.submitted_at is not None,
            )
            for s, r, e, p in rows
        )


def envelope_body(path: Path) -> dict[str, Any]:
    """The JSON content of a package or returns file, as an editor shows it (up to its
    signature line: a package's documents follow it)."""
    data = path.read_bytes()
    return dict(json.loads(data[data.index(b"\n") + 1 : data.index(b"\nSIGNATURE ed25519 ")]))


def reseal(
    source: Path,
    out: Path,
    edit: Callable[[dict[str, Any]], None],
    *,
    key_of: Path | None = None,
    key: Ed25519PrivateKey | None = None,
) -> Path:
    """A returns file like ``source`` with its content changed by ``edit``, validly signed again
    with the signing key of the evaluator workspace ``key_of`` (or with ``key``): what an
    evaluator's workspace whose data disagrees with the chair's would send."""
    body = envelope_body(source)
    edit(body)
    if key is None:
        assert key_of is not None
        with reading(key_of) as session:
            secret = setting(session, "signing_key")
        assert secret is not None
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
    kind = "package" if source.read_bytes().startswith(b"GRANT-EVALUATOR PACKAGE ") else "returns"
    out.write_bytes(seal(kind, body, key))
    return out


def copy_round(game: Round, folder: Path) -> Round:
    """A copy of every file of ``game`` in ``folder``: a fresh round, without rebuilding it."""
    folder.mkdir(parents=True, exist_ok=True)

    def copy(path: Path) -> Path:
        target = folder / path.name
        target.write_bytes(path.read_bytes())
        return target

    return Round(
        copy(game.chair),
        {name: copy(path) for name, path in game.packages.items()},
        {name: copy(path) for name, path in game.workspaces.items()},
        {name: copy(path) for name, path in game.returns.items()},
    )


# --- Reconciliation and ranking -------------------------------------------------------------

# A call small enough to compute by hand: two sections, three criteria scored 1–5 in steps of 1.
# A review's total is 2×(1.1) + 1×(1.2) + 3×(2.1), at most 30; Relevance (1.1, 1.2) at most 15
# and needing 9, Quality (2.1) at most 15. Pass mark 18; divergent at 6 points on the total or
# 3 on a criterion; budget 100,000 EUR, grants of 5,000 to 60,000 EUR.
SMALL_CALL = """\
[call]
id = "SB-TEST"
title = "Small test call – Nikšić"
currency = "EUR"
budget = "100000"
min_grant = "5000"
max_grant = "60000"
min_duration_months = 12
max_duration_months = 18
countries = ["Albania", "Kosovo", "Montenegro", "Serbia"]

[eligibility]
min_members = 3
min_countries = 3
member_types = ["CSO"]

[[priority_areas]]
name = "Governance"
topics = ["Corruption, including high level corruption"]

[scoring]
reviewers_per_proposal = 2
aggregate = "mean"
divergence_total = "6"
divergence_criterion = "3"
comments_required_for = []
pass_total = "18"
funding = "strict"

[[sections]]
name = "Relevance"
pass_min = "9"

[[sections]]
name = "Quality"

[[criteria]]
code = "1.1"
section = "Relevance"
text = "Relevance to the priority areas of the call"
scale_min = 1
scale_max = 5
step = "1"
weight = "2"

[[criteria]]
code = "1.2"
section = "Relevance"
text = "Needs of the target groups"
scale_min = 1
scale_max = 5
step = "1"
weight = "1"

[[criteria]]
code = "2.1"
section = "Quality"
text = "Soundness of the work plan"
scale_min = 1
scale_max = 5
step = "1"
weight = "3"
"""

SMALL_CODES = ("1.1", "1.2", "2.1")


def small_call(
    *,
    aggregate: str = "mean",
    funding: str = "strict",
    divergence_total: str = "6",
    reviewers: int = 2,
    budget: str = "100000",
    weight_21: str = "3",
) -> str:
    """The text of ``SMALL_CALL`` with some of its rules changed."""
    text = edit_call(SMALL_CALL, 'aggregate = "mean"', f'aggregate = "{aggregate}"')
    text = edit_call(text, 'funding = "strict"', f'funding = "{funding}"')
    text = edit_call(text, 'divergence_total = "6"', f'divergence_total = "{divergence_total}"')
    text = edit_call(text, "reviewers_per_proposal = 2", f"reviewers_per_proposal = {reviewers}")
    text = edit_call(text, 'budget = "100000"', f'budget = "{budget}"')
    return edit_criterion(text, "2.1", "weight", f'"{weight_21}"')


def reviewed_workspace(
    folder: Path,
    reviews: dict[str, dict[str, str]],
    *,
    call_text: str = SMALL_CALL,
    amounts: dict[str, str] | None = None,
    pending: Iterable[tuple[str, str]] = (),
) -> Path:
    """A chair workspace whose eligible proposals are the keys of ``reviews``, in that order.

    Each proposal maps evaluator names (registered in order of appearance, with their country
    from ``EVALUATORS``) to their scores of the call's criteria in call order, written
    ``"4 3 4"``; every review is declared, scored and submitted, except the (reference, name)
    pairs in ``pending``, which stay unsubmitted. ``amounts`` gives requested amounts
    (default 45000).
    """
    codes = [c.code for c in parse_call(call_text).criteria]
    rows = [
        row
        for reference in reviews
        for row in member_rows(
            reference,
            eligible_members(),
            title=f"Sigurna linija {reference} – “Zajedno”",
            amount=(amounts or {}).get(reference, "45000"),
        )
    ]
    folder.mkdir(parents=True, exist_ok=True)
    workspace = new_workspace(folder, "ranking.gew", call_text)
    import_file(workspace, write_csv(folder / "proposals.csv", rows))
    countries = dict(EVALUATORS)
    names = list(dict.fromkeys(name for panel in reviews.values() for name in panel))
    add_evaluators(workspace, [(name, countries.get(name, "")) for name in names])
    unsubmitted = set(pending)
    with transaction(workspace) as session:
        for reference, panel in reviews.items():
            for name, written in panel.items():
                review = assign_one(session=session, evaluator_name=name, reference=reference)
                declare(
                    session=session, evaluator=find_evaluator(session, name), reference=reference
                )
                for code, value in zip(codes, written.split(), strict=True):
                    record_score(
                        session=session, review=review, criterion=code, value=Decimal(value)
                    )
                if (reference, name) not in unsubmitted:
                    submit(session=session, review=review)
    return workspace


# --- Contract drafts -------------------------------------------------------------------------

# The contract terms of a call: who signs for the authority, numbering, start and payments.
CONTRACT_TERMS = """
[contracting_authority]
name = "Centar za promociju civilnog društva (CPCD)"
address = "Mehmeda Spahe 26, 71000 Sarajevo, Bosnia and Herzegovina"
representative = "Ivana Kovačević"

[contract]
number_format = "{call_id}/{seq:03d}"
start_date = "2024-01-01"
payments = [["Pre-financing on signature", "80"], ["Final payment", "20"]]
"""

SMALL_TOPIC = "Corruption, including high level corruption"

# A member with its contract details: (organisation, country, org_type, role, address,
# registration number, representative); empty text is data the applicant did not give.
ContractMember = tuple[str, str, str, str, str, str, str]


def contract_members(
    suffix: str = "",
    *,
    address: str = "Njegoševa 12, 81400 Nikšić",
    representative: str = "Dragana Đurić",
) -> list[ContractMember]:
    """A lead and two partners whose names carry diacritics, Cyrillic, quotes and dashes
    (organisations are one row per name, so give each proposal its own ``suffix``)."""
    return [
        (
            f"Udruženje “Sigurna kuća” – Nikšić{suffix}",
            "Montenegro",
            "CSO",
            "lead",
            address,
            "02345678",
            representative,
        ),
        (f"Центар за медијско описмењавање{suffix}", "Serbia", "CSO", "partner", "", "", ""),
        (
            f"Qendra për Zhvillim Rajonal ’Ura’ Korçë{suffix}",
            "Albania",
            "CSO",
            "partner",
            "",
            "",
            "",
        ),
    ]


def funded_workspace(
    folder: Path,
    proposals: dict[str, Sequence[ContractMember]],
    *,
    call_text: str = SMALL_CALL + CONTRACT_TERMS,
    amount: str = "45000",
    months: str = "12",
) -> Path:
    """A chair workspace whose proposals (reference -> members with contract details, in
    rank order) are each reviewed "5 5 5", "5 5 4", … by Ana Petrović and Besnik Hoxha, all
    submitted, so that with the small call's budget the first two are funded."""
    codes = [c.code for c in parse_call(call_text).criteria]
    header = (*HEADER, "address", "registration_number", "representative")
    rows = [
        [reference, f"Sigurna linija {reference}", "Governance", SMALL_TOPIC, amount, months, *m]
        for reference, members in proposals.items()
        for m in members
    ]
    folder.mkdir(parents=True, exist_ok=True)
    workspace = new_workspace(folder, "contracts.gew", call_text)
    import_file(workspace, write_csv(folder / "proposals.csv", rows, header))
    add_evaluators(workspace, EVALUATORS[:2])
    with transaction(workspace) as session:
        for rank, reference in enumerate(proposals):
            for name, _country in EVALUATORS[:2]:
                review = assign_one(session=session, evaluator_name=name, reference=reference)
                declare(
                    session=session, evaluator=find_evaluator(session, name), reference=reference
                )
                for index, code in enumerate(codes):
                    value = Decimal(5 - (rank if index == len(codes) - 1 else 0))
                    record_score(session=session, review=review, criterion=code, value=value)
                submit(session=session, review=review)
    return workspace


# --- Fuzzing and crash safety ------------------------------------------------------------------


def big_proposals_csv(path: Path, proposals: int) -> Path:
    """A proposals CSV of ``proposals`` eligible proposals RG-0001…, each with its own three
    organisations: large enough that importing it takes a noticeable time."""
    rows = [
        row
        for number in range(1, proposals + 1)
        for row in member_rows(
            f"RG-{number:04d}",
            eligible_members(f" {number}"),
            title=f"Regional helpline {number} – “Sigurni zajedno”",
        )
    ]
    return write_csv(path, rows)


def big_exchange_round(folder: Path, proposals: int) -> Round:
    """Like ``exchange_round`` but sized for ``proposals`` proposals: each evaluator scores
    (``typed_scores``) and submits all their reviews in one action, then exports returns."""
    chair = exchange_workspace(folder, proposals)
    packages, workspaces, returns = {}, {}, {}
    for index, (name, _country) in enumerate(EVALUATORS[:3], start=1):
        packages[name] = folder / f"package-{index}.gep"
        write_package(chair, name, packages[name])
        workspaces[name] = folder / f"evaluator-{index}.gew"
        open_package(package=packages[name], workspace=workspaces[name])
        with transaction(workspaces[name]) as session:
            evaluator = find_evaluator(session, name)
            for reference in [r.reference for r in list_assignments(session)]:
                declare(session=session, evaluator=evaluator, reference=reference)
                review = review_of(session, evaluator, reference)
                for code, (value, comment) in typed_scores(name, reference).items():
                    record_score(
                        session=session,
                        review=review,
                        criterion=code,
                        value=Decimal(value),
                        comment=comment,
                    )
                submit(session=session, review=review)
        returns[name] = folder / f"returns-{index}.ger"
        write_returns(workspaces[name], returns[name])
    return Round(chair, packages, workspaces, returns)


def three_proposal_chair(folder: Path, evaluators: Sequence[tuple[str, str]]) -> Path:
    """A chair's workspace: RG-001…RG-003 eligible, ``evaluators`` registered and assigned
    (two per proposal)."""
    rows = [
        row
        for number in (1, 2, 3)
        for row in member_rows(f"RG-00{number}", eligible_members(f" {number}"))
    ]
    (folder / "chair").mkdir()
    path = workspace_with(folder / "chair", rows)
    with transaction(path) as session:
        for name, country in evaluators:
            add_evaluator(session=session, name=name, country=country)
        assign(session=session)
    return path


def edit_with_sqlite(workspace: Path, *statements: str) -> None:
    """Change a workspace file as any SQLite tool would, past the application."""
    connection = sqlite3.connect(workspace)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def demo_rows() -> list[dict[str, str]]:
    """Every member row of every demo proposal, in file order, by column name."""
    table = demo_table()
    return [dict(zip(table.header, cells, strict=True)) for _, cells in table.rows]
