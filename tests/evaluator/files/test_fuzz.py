"""Fuzzing the importers with mutated valid files: call files, proposals CSV and XLSX, packages,
returns files and scoresheets. Each mutated file is imported or refused with an EvaluatorError
sentence, never another exception, and a refusal leaves the workspace byte-identical."""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import io
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from evaluator.errors import EvaluatorError
from evaluator.files.call_file import load_call
from evaluator.files.exchange import (
    MAGIC,
    SIGNATURE_PREFIX,
    WRITTEN,
    open_package,
    own_evaluator,
    setting,
)
from evaluator.files.pdf.report import export_ranking, write_report
from evaluator.files.scoresheets import SCORE_COLUMNS, export_scoresheet, import_scores
from evaluator.services.assignment import assign_one
from evaluator.services.calls import call_row
from evaluator.services.evaluators import find_evaluator
from evaluator.services.proposals import OPTIONAL_COLUMNS, list_proposals
from evaluator.services.scoring import my_reviews, reviews_of
from evaluator.storage.workspace import create_workspace, verify
from tests.attacks.sheets import declared
from tests.factories import (
    EVALUATORS,
    FULL_SCORES,
    HEADER,
    Round,
    add_conflicts,
    add_evaluators,
    canonical_dump,
    consortium,
    declare_no_conflict,
    demo_call_text,
    eligible_members,
    envelope_body,
    exchange_round,
    import_file,
    member_rows,
    merge_returns,
    new_workspace,
    proposals_of,
    reading,
    score_review,
    scoring_workspace,
    sha256_of,
    transaction,
    write_csv,
)

# The default run is small and the same on every machine; ``-m slow`` runs 1,000 cases per
# importer. Importing takes milliseconds, but some cases build a workbook: no deadline.
DEFAULT = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)
SLOW = settings(DEFAULT, max_examples=1_000)
BUDGETS = [
    pytest.param(DEFAULT, id="default"),
    pytest.param(SLOW, marks=pytest.mark.slow, id="slow"),
]

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])

# --- mutations ---------------------------------------------------------------------------------

# Numbers a careless or hostile hand might put where a number was.
HOSTILE_NUMBERS = (
    "0",
    "-0",
    "-1",
    "-45000",
    "1e999999",
    "9e999999",
    "1e-999999",
    "-1e999999",
    "NaN",
    "nan",
    "sNaN",
    "inf",
    "-Infinity",
    "99999999999999999999999999999999",
    "0.0000000001",
    "4.5",
    "4,5",
    "45,000.00",
    "1_000",
    "0x10",
    "١٢",
    "²",
    "1/2",
    "",
    " ",
)
NUMBERS = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
)
# Text without surrogates (which cannot be written as UTF-8) or control characters (which a
# workbook cannot hold).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
INSERTS = st.one_of(
    st.binary(min_size=1, max_size=16),
    st.text(min_size=1, max_size=8).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"\x00",
            b"\r",
            b"\n",
            b"\r\n",
            b'"',
            b",",
            b";",
            b"\t",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"=cmd|' /C calc'!A0",
            "Nikšić".encode(),
            "\u202e".encode(),
            "\U0001f600".encode(),
            b"[[criteria]]\n",
            b"\nSIGNATURE ed25519 ",
        ]
    ),
)
NUMBER_IN_BYTES = re.compile(rb"-?\d+(?:\.\d+)?")

Draw = Callable[[st.SearchStrategy[Any]], Any]


def _position(draw: Draw, data: bytes, *, end: bool = True) -> int:
    return int(draw(st.integers(0, len(data) if end else max(len(data) - 1, 0))))


def _span(draw: Draw, data: bytes) -> tuple[int, int]:
    start = _position(draw, data)
    return start, min(len(data), start + draw(st.integers(0, 64)))


def _flip(draw: Draw, data: bytes) -> bytes:
    if not data:
        return data
    at = _position(draw, data, end=False)
    return data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]


def _delete(draw: Draw, data: bytes) -> bytes:
    start, stop = _span(draw, data)
    return data[:start] + data[stop:]


def _duplicate(draw: Draw, data: bytes) -> bytes:
    start, stop = _span(draw, data)
    return data[:stop] + data[start:stop] + data[stop:]


def _insert(draw: Draw, data: bytes) -> bytes:
    at = _position(draw, data)
    return data[:at] + draw(INSERTS) + data[at:]


def _truncate(draw: Draw, data: bytes) -> bytes:
    return data[: _position(draw, data)]


def _splice(draw: Draw, data: bytes) -> bytes:
    """A piece of the file written over another piece: a cell, key or line in the wrong place."""
    start, stop = _span(draw, data)
    source, end = _span(draw, data)
    return data[:start] + data[source:end] + data[stop:]


def _lines(draw: Draw, data: bytes) -> tuple[list[bytes], int, int]:
    lines = data.split(b"\n")
    return lines, draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))


def _swap_lines(draw: Draw, data: bytes) -> bytes:
    lines, one, two = _lines(draw, data)
    lines[one], lines[two] = lines[two], lines[one]
    return b"\n".join(lines)


def _duplicate_line(draw: Draw, data: bytes) -> bytes:
    lines, one, two = _lines(draw, data)
    lines.insert(two, lines[one])
    return b"\n".join(lines)


def _delete_line(draw: Draw, data: bytes) -> bytes:
    lines, one, _ = _lines(draw, data)
    del lines[one]
    return b"\n".join(lines)


def _number(draw: Draw, data: bytes) -> bytes:
    """A number of the file made huge, negative, not a number, or not quite a number."""
    found = list(NUMBER_IN_BYTES.finditer(data))
    if not found:
        return _insert(draw, data)
    match = draw(st.sampled_from(found))
    new = draw(NUMBERS).encode()
    return data[: match.start()] + new + data[match.end() :]


BYTE_MUTATIONS = (
    _flip,
    _delete,
    _duplicate,
    _insert,
    _truncate,
    _splice,
    _swap_lines,
    _duplicate_line,
    _delete_line,
    _number,
    _number,  # twice: numbers are where the rules are
)


@st.composite
def mutated(draw: Draw, original: bytes) -> bytes:
    """``original`` after one to three byte- or line-level mutations."""
    data = original
    for _ in range(draw(st.integers(1, 3))):
        data = draw(st.sampled_from(BYTE_MUTATIONS))(draw, data)
    return data


# A sheet as rows of cells, header first; the edits a spreadsheet user can make.
Rows = list[list[Any]]
CELLS = st.one_of(
    TEXT,
    NUMBERS,
    st.integers(-(10**20), 10**20),
    st.floats(),
    st.booleans(),
    st.none(),
    st.dates(),
    st.sampled_from(
        [
            *("RG-001", "RG-002", "RG-003", "lead", "partner", "LEAD", "Serbia", "CSO"),
            *("Governance", "1.1", "5.2", "=1+1", "=A1", "@SUM(A1)", "reference", "score"),
            # Names with invisible or reordering characters, and a cell longer than Excel's.
            *("Sos\u200b Helpline Nikšić 2", "RG-002\u200b", "\ufeff1.1", "RG-\u202e100"),
            *("Serbia\u2060", "CSO\u00ad", "lead\u200e", "a" * 40_000),
        ]
    ),
)
# What a workbook may declare as its sheet's dimension, true or not.
DIMENSIONS = st.sampled_from(["A1", "A1:N2", "A1:XFD1048576", "B3:C4", "A1:J1048576", "A1:A1"])


def _cell(draw: Draw, rows: Rows) -> tuple[list[Any], int]:
    row = rows[draw(st.integers(0, len(rows) - 1))]
    column = draw(st.integers(0, len(row)))
    row.extend([None] * (column + 1 - len(row)))
    return row, column


def _set_cell(draw: Draw, rows: Rows) -> None:
    row, column = _cell(draw, rows)
    row[column] = draw(CELLS)


def _swap_cells(draw: Draw, rows: Rows) -> None:
    (one, i), (two, j) = _cell(draw, rows), _cell(draw, rows)
    one[i], two[j] = two[j], one[i]


def _drop_row(draw: Draw, rows: Rows) -> None:
    del rows[draw(st.integers(0, len(rows) - 1))]


def _copy_row(draw: Draw, rows: Rows) -> None:
    rows.insert(draw(st.integers(0, len(rows))), list(draw(st.sampled_from(rows))))


def _swap_rows(draw: Draw, rows: Rows) -> None:
    one, two = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(rows) - 1))
    rows[one], rows[two] = rows[two], rows[one]


def _drop_column(draw: Draw, rows: Rows) -> None:
    column = draw(st.integers(0, len(rows[0])))
    for row in rows:
        del row[column : column + 1]


def _copy_column(draw: Draw, rows: Rows) -> None:
    column = draw(st.integers(0, max(len(rows[0]) - 1, 0)))
    for row in rows:
        row.insert(column, row[column] if column < len(row) else None)


ROW_EDITS = (
    _set_cell,
    _set_cell,
    _swap_cells,
    _drop_row,
    _copy_row,
    _swap_rows,
    _drop_column,
    _copy_column,
)


@st.composite
def edited_rows(draw: Draw, original: Rows) -> Rows:
    """The sheet after one to three edits of cells, rows or columns."""
    rows = [list(row) for row in original]
    for _ in range(draw(st.integers(1, 3))):
        if not rows:
            break
        draw(st.sampled_from(ROW_EDITS))(draw, rows)
    return rows


def csv_bytes(rows: Rows) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["" if v is None else str(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: Rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def redeclared(data: bytes) -> st.SearchStrategy[bytes]:
    """The workbook declaring another dimension for its sheet than it has."""
    return DIMENSIONS.map(lambda ref: declared(data, ref))


def sheet_cases(rows: Rows, original_csv: bytes, original_xlsx: bytes) -> st.SearchStrategy[Any]:
    """(suffix, bytes) of a sheet mutated byte by byte or edited cell by cell, as CSV or XLSX."""
    return st.one_of(
        st.tuples(st.just(".csv"), mutated(original_csv)),
        st.tuples(st.just(".csv"), edited_rows(rows).map(csv_bytes)),
        st.tuples(st.just(".xlsx"), mutated(original_xlsx)),
        st.tuples(st.just(".xlsx"), edited_rows(rows).map(xlsx_bytes)),
        st.tuples(st.just(".xlsx"), edited_rows(rows).map(xlsx_bytes).flatmap(redeclared)),
    )


# Hostile values for a JSON field: wrong types, out of range, not numbers, empty containers.
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    TEXT,
    NUMBERS,
    st.just([]),
    st.just({}),
    st.lists(st.integers(), max_size=3),
    st.sampled_from(["RG-001", "RG-002", "RG-999", "1.1", "9.9", "2024-02-30T25:00:00", ANA]),
    # What a hostile hand holding the evaluator's key writes (issue: trust under attack).
    st.sampled_from(
        [
            2**63,
            2**64 + 1,
            -(2**63) - 1,
            10**300,
            "9999-12-31T23:59:59-14:00",
            "0001-01-01T00:00:00+14:00",
            "2026-11-27T10:15:00",
            "Dobro \ud800",
            "\udfff",
            "a\x00b",
            "\x1b[2J",
            "RG-001\u200b",
            "\u202eRG-001",
            '=HYPERLINK("http://x")',
            "1E+999999999",
            "-0",
            "Infinity",
            "x" * 25_000,
        ]
    ),
    st.recursive(st.just("x"), lambda inner: st.lists(inner, max_size=2), max_leaves=60),
)


def _nodes(value: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) of a JSON document."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        yield value, key
        if isinstance(child, dict | list):
            yield from _nodes(child)


@st.composite
def edited_json(draw: Draw, original: dict[str, Any]) -> bytes:
    """The document after one to three edits of its fields, as the JSON a file holds."""
    body = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        nodes = list(_nodes(body))
        if not nodes:
            break
        container, key = draw(st.sampled_from(nodes))
        action = draw(st.sampled_from(["set", "set", "mutate", "delete", "copy"]))
        value = container[key]
        if action == "mutate" and isinstance(value, str):
            # The text itself damaged: a score "4" becomes "4e999999", a call file loses a line.
            data = draw(mutated(value.encode("utf-8")))
            container[key] = data.decode("utf-8", "replace")
        elif action == "delete":
            del container[key]
        elif action == "copy" and isinstance(container, list):
            container.insert(key, copy.deepcopy(value))
        elif action == "copy":
            container[f"{key}_copy"] = copy.deepcopy(value)
        else:
            container[key] = draw(JSON_VALUES)
    return content_of(body)


def content_of(body: dict[str, Any]) -> bytes:
    """The JSON of a package or returns file, as the application writes it (a lone surrogate,
    which UTF-8 cannot hold, as the ASCII escape an editor would write)."""
    try:
        return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body, ensure_ascii=True, sort_keys=True, indent=1).encode("ascii")


def signed(kind: str, content: bytes, key: Ed25519PrivateKey) -> bytes:
    """A package or returns file holding ``content`` (any bytes), validly signed with ``key``."""
    head = f"{MAGIC[kind]} {WRITTEN[kind]}\n".encode() + content + b"\n"
    return head + SIGNATURE_PREFIX + base64.b64encode(key.sign(head)) + b"\n"


def envelope_cases(
    kind: str, original: bytes, body: dict[str, Any], key: Ed25519PrivateKey
) -> st.SearchStrategy[bytes]:
    """A file mutated byte by byte (its signature then fails), or its content mutated as text
    or field by field and signed again with ``key``: what a hostile hand that holds the key
    can send."""
    return st.one_of(
        mutated(original),
        mutated(content_of(body)).map(lambda c: signed(kind, c, key)),
        edited_json(body).map(lambda c: signed(kind, c, key)),
        edited_json(body).map(lambda c: signed(kind, c, key)),
    )


# --- the check every case passes ---------------------------------------------------------------


@dataclass
class Case:
    """One fuzz case: a folder for the file it imports, and a fresh copy of the workspace."""

    inputs: Path
    workspace: Path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` with the SHA-256 of its bytes."""
    return {path.name: sha256_of(path) for path in folder.iterdir()}


def run_case(base: Path, pristine: bytes | None, importer: Callable[[Case], object]) -> bool:
    """Run ``importer`` on a fresh copy of the workspace (none if ``pristine`` is None);
    True if it imported.

    A refusal must be an EvaluatorError with a sentence, and leave the workspace's folder
    exactly as it was: the workspace byte-identical, no journal, no partial or new file.
    """
    folder = Path(tempfile.mkdtemp(dir=base))
    try:
        inputs, workspace = folder / "input", folder / "workspace" / "workspace.gew"
        inputs.mkdir()
        workspace.parent.mkdir()
        if pristine is not None:
            workspace.write_bytes(pristine)
        before = snapshot(workspace.parent)
        try:
            importer(Case(inputs, workspace))
        except EvaluatorError as error:
            assert error.message.strip(), "a refusal without a sentence"
            assert snapshot(workspace.parent) == before
            event(f"refused ({type(error).__name__})")
            return False
        event("imported")
        return True
    finally:
        shutil.rmtree(folder)


def fuzz(budget: settings, cases: st.SearchStrategy[Any], check: Callable[[Any], None]) -> None:
    """Run ``check`` on the cases ``budget`` allows."""
    budget(given(cases)(check))()


# --- call files --------------------------------------------------------------------------------
# (The proposals sheet defined here is also where the proposals fuzzers start.)


def proposal_rows() -> Rows:
    """A proposals sheet, header first: new, replacing and ineligible proposals, with the
    optional columns filled in, names in three scripts."""
    header = [*HEADER, *OPTIONAL_COLUMNS]
    extra = ["Sažetak – “Zajedno”", "Njegoševa 12, Nikšić", "02345678", "Dragana Đurić"]
    rows: Rows = [header]
    for number in range(2, 6):
        reference = f"RG-{number:03d}"
        for index, member in enumerate(
            member_rows(reference, eligible_members(f" {number}"), amount="45,000.00")
        ):
            rows.append([*member, *extra, f"office{number}{index}@example.org"])
    for member in member_rows("RG-006", consortium("RG-006", ["Serbia", "Austria"]), months="30"):
        rows.append([*member, "", "", "", "", ""])
    return rows


def to_xlsx_rows(rows: Rows) -> Rows:
    """The sheet as Excel holds it: amounts and durations as numbers."""
    amount, months = HEADER.index("requested_amount"), HEADER.index("duration_months")
    typed = [list(rows[0])]
    for row in rows[1:]:
        row = list(row)
        row[amount] = float(str(row[amount]).replace(",", ""))
        row[months] = int(row[months])
        typed.append(row)
    return typed


@pytest.fixture(scope="module")
def calls() -> tuple[bytes, bytes]:
    """The demo call file, and a proposals CSV to import into a workspace made from it."""
    return demo_call_text().encode("utf-8"), csv_bytes(proposal_rows())


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_call_files(calls: tuple[bytes, bytes], tmp_path: Path, budget: settings) -> None:
    call_text, proposals = calls

    def create(case: Case, data: bytes) -> None:
        call_file = case.inputs / "call.toml"
        call_file.write_bytes(data)
        spec, text = load_call(call_file)
        create_workspace(case.workspace, lambda session: session.add(call_row(spec, text)))

    def import_sheet(case: Case, sheet: Path) -> None:
        import_file(case.workspace, sheet)
        assert proposals_of(case.workspace)

    def check(data: bytes) -> None:
        def accepted(case: Case) -> None:
            create(case, data)
            sheet = case.inputs / "proposals.csv"
            sheet.write_bytes(proposals)
            run_case(case.inputs, case.workspace.read_bytes(), lambda c: import_sheet(c, sheet))

        # A refused call file creates no workspace; an accepted one takes a proposals file.
        run_case(tmp_path, None, accepted)

    fuzz(budget, mutated(call_text), check)


# --- proposals ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def proposals_bed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Rows, bytes, bytes]:
    """A workspace holding RG-001 (assigned to an evaluator) and RG-002, and a sheet of
    RG-002…RG-006 as CSV and as XLSX."""
    folder = tmp_path_factory.mktemp("proposals")
    rows = [
        row
        for reference in ("RG-001", "RG-002")
        for row in member_rows(reference, eligible_members(f" {reference[-1]}"))
    ]
    workspace = new_workspace(folder, "bed.gew")
    import_file(workspace, write_csv(folder / "first.csv", rows))
    add_evaluators(workspace, EVALUATORS[:1])
    add_conflicts(workspace, [(ANA, "RG-002")])
    with transaction(workspace) as session:
        assign_one(session=session, evaluator_name=ANA, reference="RG-001")
    sheet = proposal_rows()
    return workspace.read_bytes(), sheet, csv_bytes(sheet), xlsx_bytes(to_xlsx_rows(sheet))


def check_proposals(base: Path, pristine: bytes, suffix: str, data: bytes, replace: bool) -> None:
    def importer(case: Case) -> None:
        sheet = case.inputs / f"proposals{suffix}"
        sheet.write_bytes(data)
        import_file(case.workspace, sheet, replace=replace)
        # What was imported can be listed.
        assert proposals_of(case.workspace)

    run_case(base, pristine, importer)


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_proposals_csv(
    proposals_bed: tuple[bytes, Rows, bytes, bytes], tmp_path: Path, budget: settings
) -> None:
    pristine, rows, original, _ = proposals_bed
    cases = st.tuples(st.one_of(mutated(original), edited_rows(rows).map(csv_bytes)), st.booleans())
    fuzz(budget, cases, lambda case: check_proposals(tmp_path, pristine, ".csv", *case))


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_proposals_xlsx(
    proposals_bed: tuple[bytes, Rows, bytes, bytes], tmp_path: Path, budget: settings
) -> None:
    pristine, rows, _, original = proposals_bed
    cases = st.tuples(
        st.one_of(
            mutated(original),
            edited_rows(to_xlsx_rows(rows)).map(xlsx_bytes),
            edited_rows(to_xlsx_rows(rows)).map(xlsx_bytes).flatmap(redeclared),
        ),
        st.booleans(),
    )
    fuzz(budget, cases, lambda case: check_proposals(tmp_path, pristine, ".xlsx", *case))


# --- packages and returns ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory) -> Round:
    """A round of three evaluators, scored and exported, not imported."""
    return exchange_round(tmp_path_factory.mktemp("round"))


# Anyone can sign a package: it carries the key that checks it. Forged packages are signed
# with this key, and carry its public half.
FORGER = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"forger").digest())


def forged_body(package: Path) -> dict[str, Any]:
    """The content of ``package``, claiming to be signed by ``FORGER``."""
    body = envelope_body(package)
    body["chair"]["public_key"] = base64.b64encode(FORGER.public_key().public_bytes_raw()).decode()
    return body


def evaluator_key(game: Round, name: str) -> Ed25519PrivateKey:
    """The key an evaluator's workspace signs its returns with."""
    with reading(game.workspaces[name]) as session:
        secret = setting(session, "signing_key")
    assert secret is not None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_packages(game: Round, tmp_path: Path, budget: settings) -> None:
    def cases(package: Path) -> st.SearchStrategy[bytes]:
        return envelope_cases("package", package.read_bytes(), forged_body(package), FORGER)

    def check(data: bytes) -> None:
        def importer(case: Case) -> None:
            package = case.inputs / "package.gep"
            package.write_bytes(data)
            name = open_package(package=package, workspace=case.workspace).evaluator
            with reading(case.workspace) as session:
                evaluator = own_evaluator(session)
                assert evaluator is not None and evaluator.name == name
                list_proposals(session)
                my_reviews(session, evaluator)

        # The evaluator's workspace does not exist before; a refusal must not leave one.
        run_case(tmp_path, None, importer)

    fuzz(budget, st.one_of(*(cases(p) for p in game.packages.values())), check)


@pytest.fixture(scope="module")
def chair_bed(game: Round, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The chair's workspace of ``game`` after importing Ana's returns."""
    chair = tmp_path_factory.mktemp("chair") / game.chair.name
    chair.write_bytes(game.chair.read_bytes())
    merge_returns(chair, game.returns[ANA])
    return chair.read_bytes()


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_returns(game: Round, chair_bed: bytes, tmp_path: Path, budget: settings) -> None:
    def cases(name: str) -> st.SearchStrategy[bytes]:
        # Returns re-signed with the evaluator's own key: what their workspace, damaged or
        # edited, could send.
        path, key = game.returns[name], evaluator_key(game, name)
        return envelope_cases("returns", path.read_bytes(), envelope_body(path), key)

    def check(data: bytes) -> None:
        def importer(case: Case) -> None:
            returns = case.inputs / "returns.ger"
            returns.write_bytes(data)
            merge_returns(case.workspace, returns)
            assert canonical_dump(case.workspace)
            # No value that passes an import breaks a later export.
            with reading(case.workspace) as session:
                for suffix in (".csv", ".xlsx"):
                    export_ranking(session=session, out=case.inputs / f"ranking{suffix}")
                write_report(session=session, out=case.inputs / "report.pdf", invariant=True)
            assert verify(case.workspace).problems == []

        run_case(tmp_path, chair_bed, importer)

    fuzz(budget, st.one_of(*(cases(name) for name in (ANA, BESNIK, DRAGANA))), check)


# --- scoresheets ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scores_bed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Rows, bytes, bytes]:
    """A workspace where Ana has declared for RG-001 (half scored) and RG-002 (not scored),
    and her filled-in scoresheet, as CSV and as the XLSX the application exports."""
    folder = tmp_path_factory.mktemp("scores")
    workspace = scoring_workspace(folder)
    half = dict(list(FULL_SCORES.items())[:6])
    score_review(workspace, ANA, "RG-001", half)
    declare_no_conflict(workspace, ANA, "RG-002")
    rows: Rows = [list(SCORE_COLUMNS)]
    for reference in ("RG-001", "RG-002"):
        rows += [
            [reference, code, value, comment] for code, (value, comment) in FULL_SCORES.items()
        ]
    exported = folder / "sheet.xlsx"
    with reading(workspace) as session:
        export_scoresheet(session=session, evaluator=find_evaluator(session, ANA), out=exported)
    return workspace.read_bytes(), rows, csv_bytes(rows), exported.read_bytes()


@pytest.mark.parametrize("budget", BUDGETS)
def test_mutated_scoresheets(
    scores_bed: tuple[bytes, Rows, bytes, bytes], tmp_path: Path, budget: settings
) -> None:
    pristine, rows, original_csv, original_xlsx = scores_bed

    def check(case_data: tuple[str, bytes]) -> None:
        suffix, data = case_data

        def importer(case: Case) -> None:
            sheet = case.inputs / f"scores{suffix}"
            sheet.write_bytes(data)
            with transaction(case.workspace) as session:
                evaluator = find_evaluator(session, ANA)
                import_scores(session=session, evaluator=evaluator, path=sheet)
            with reading(case.workspace) as session:
                evaluator = find_evaluator(session, ANA)
                assert len(reviews_of(session, evaluator)) == 2
                my_reviews(session, evaluator)

        run_case(tmp_path, pristine, importer)

    fuzz(budget, sheet_cases(rows, original_csv, original_xlsx), check)


def test_the_unmutated_files_are_imported(
    calls: tuple[bytes, bytes],
    proposals_bed: tuple[bytes, Rows, bytes, bytes],
    scores_bed: tuple[bytes, Rows, bytes, bytes],
    game: Round,
    chair_bed: bytes,
    tmp_path: Path,
) -> None:
    """The fuzzers start from files that import: what they find is due to the mutation."""
    call_file = tmp_path / "call.toml"
    call_file.write_bytes(calls[0])
    load_call(call_file)
    for suffix, data in ((".csv", proposals_bed[2]), (".xlsx", proposals_bed[3])):
        workspace = tmp_path / f"check{suffix}.gew"
        workspace.write_bytes(proposals_bed[0])
        sheet = tmp_path / f"proposals{suffix}"
        sheet.write_bytes(data)
        report = import_file(workspace, sheet, replace=True)
        assert (report.proposals, report.replaced, report.eligible) == (5, ["RG-002"], 4)
    chair = tmp_path / "chair.gew"
    chair.write_bytes(chair_bed)
    assert merge_returns(chair, game.returns[BESNIK]).status == "imported"
    assert open_package(package=game.packages[ANA], workspace=tmp_path / "ana.gew").evaluator == ANA
    # Signed again, unchanged, the files the fuzzers re-sign are accepted too.
    besnik = tmp_path / "forged.gep"
    besnik.write_bytes(signed("package", content_of(forged_body(game.packages[BESNIK])), FORGER))
    assert open_package(package=besnik, workspace=tmp_path / "besnik.gew").evaluator == BESNIK
    dragana = tmp_path / "resigned.ger"
    content = content_of(envelope_body(game.returns[DRAGANA]))
    dragana.write_bytes(signed("returns", content, evaluator_key(game, DRAGANA)))
    assert merge_returns(chair, dragana).status == "imported"
    for suffix, data in ((".csv", scores_bed[2]), (".xlsx", scores_bed[3])):
        workspace = tmp_path / f"scores{suffix}.gew"
        workspace.write_bytes(scores_bed[0])
        sheet = tmp_path / f"scores{suffix}"
        sheet.write_bytes(data)
        with transaction(workspace) as session:
            imported = import_scores(
                session=session, evaluator=find_evaluator(session, ANA), path=sheet
            )
        # The exported sheet holds what is stored; the CSV completes both reviews.
        expected = (18, 6, 2) if suffix == ".csv" else (0, 6, 0)
        assert (imported.changed, imported.unchanged, imported.proposals) == expected
