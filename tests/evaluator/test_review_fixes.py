"""Regression tests for the defects found in review (each failed before its fix).

Every test checks what the user sees: the message, the exit code, the stored data, and on a
refusal a workspace left byte for byte.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from evaluator.errors import EvaluatorError
from evaluator.files.exchange import open_package
from evaluator.files.pdf.report import export_ranking
from evaluator.services.evaluators import (
    ConflictView,
    add_conflict,
    find_evaluator,
    find_proposal,
    list_conflicts,
    update_evaluator,
)
from evaluator.services.reconcile import reconciliation
from evaluator.services.scoring import review_sheet
from tests.cli_helpers import ok, run
from tests.factories import (
    EVALUATORS,
    SMALL_CALL,
    Round,
    consortium,
    declare_no_conflict,
    demo_call_text,
    edit_call,
    edit_criterion,
    eligible_members,
    exchange_workspace,
    import_file,
    member_rows,
    merge_returns,
    new_workspace,
    reading,
    references_of,
    reviewed_workspace,
    score_everything,
    score_review,
    scoring_workspace,
    sha256_of,
    stored_scores,
    transaction,
    typed_scores,
    write_call,
    write_csv,
    write_package,
    write_returns,
)

ANA, BESNIK, DRAGANA = (name for name, _country in EVALUATORS[:3])
NIKSIC = eligible_members()[0][0]  # “Sos Helpline Nikšić”, Montenegro, CSO


def refused(
    capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str | Path, code: int = 1
) -> str:
    """The stderr of a refused command; nothing on stdout and the workspace byte-identical."""
    before = workspace.read_bytes()
    exit_code, out, err = run(capsys, "-w", workspace, *argv)
    assert (exit_code, out) == (code, "")
    assert workspace.read_bytes() == before
    return err


def typed(name: str, reference: str) -> dict[str, tuple[Decimal, str]]:
    """The scores ``name`` typed for ``reference`` (``typed_scores``), as stored."""
    return {
        code: (Decimal(value), comment)
        for code, (value, comment) in typed_scores(name, reference).items()
    }


# --- 1. replacing a proposal keeps its conflicts of interest -------------------------------


def test_a_replaced_proposal_keeps_its_conflicts_and_is_never_assigned_to_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = new_workspace(tmp_path)
    first = write_csv(tmp_path / "first.csv", member_rows("RG-001", eligible_members()))
    ok(capsys, workspace, "import-proposals", first)
    for name, country in EVALUATORS[:3]:
        ok(capsys, workspace, "evaluator-add", name, "--country", country)
    ok(capsys, workspace, "conflict-add", ANA, "RG-001", "--reason", "Board member of the lead")
    corrected = write_csv(
        tmp_path / "corrected.csv",
        member_rows("RG-001", eligible_members(), title="Regional cooperation (corrected)"),
    )

    replaced = ok(capsys, workspace, "import-proposals", corrected, "--replace")
    said = ok(capsys, workspace, "assign", "--per-proposal", "2")
    assignments = json.loads(ok(capsys, workspace, "assignments", "--format", "json"))

    assert replaced == (
        "Imported 1 proposal (3 consortium members, 0 new organisations), replacing 1 from "
        "corrected.csv; it is eligible.\n"
    )
    assert said == "Assigned 2 reviews to 2 evaluators.\n"
    assert sorted((a["reference"], a["evaluator"]) for a in assignments["assignments"]) == [
        ("RG-001", BESNIK),
        ("RG-001", DRAGANA),
    ]
    with reading(workspace) as session:
        assert list_conflicts(session) == [
            ConflictView(ANA, "RG-001", "Board member of the lead", False)
        ]
    evaluators = json.loads(ok(capsys, workspace, "evaluators", "--format", "json"))
    assert {e["name"]: e["conflicts"] for e in evaluators["evaluators"]}[ANA] == 1


# --- 2. an organisation's type cannot change under other proposals ------------------------


@pytest.fixture
def shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """RG-001 and RG-002 share their three CSO members."""
    workspace = new_workspace(tmp_path)
    rows = [*member_rows("RG-001", eligible_members()), *member_rows("RG-002", eligible_members())]
    ok(capsys, workspace, "import-proposals", write_csv(tmp_path / "shared.csv", rows))
    return workspace


def retyped(reference: str) -> list[list[str]]:
    """Rows of ``reference`` whose lead, “Sos Helpline Nikšić”, is now a public body."""
    members = eligible_members()
    members[0] = (NIKSIC, "Montenegro", "Public body", "lead")
    return member_rows(reference, members)


def test_a_new_proposal_cannot_change_the_type_of_an_organisation_in_use(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "new.csv", retyped("RG-003"))

    err = refused(capsys, shared, "import-proposals", path)

    assert err == (
        "grant-evaluator: new.csv was not imported: 1 error found, nothing was changed.\n"
        f"  new.csv, row 2, column org_type: “{NIKSIC}” (Montenegro) is “CSO” in RG-001, "
        "RG-002; a different type here would change their eligibility\n"
    )


def test_a_replaced_proposal_cannot_change_the_type_under_another_one(
    shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "replace.csv", retyped("RG-002"))

    err = refused(capsys, shared, "import-proposals", path, "--replace")
    listed = json.loads(ok(capsys, shared, "eligibility", "--format", "json"))

    assert err == (
        "grant-evaluator: replace.csv was not imported: 1 error found, nothing was changed.\n"
        f"  replace.csv, row 2, column org_type: “{NIKSIC}” (Montenegro) is “CSO” in RG-001; "
        "a different type here would change their eligibility\n"
    )
    assert [p["eligible"] for p in listed["proposals"]] == [True, True]


# --- 3. a consensus score does not turn away a third evaluator's returns -------------------


def test_returns_of_a_divergent_proposals_third_evaluator_merge_after_a_consensus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # RG-002 is divergent (30 against 13); Dragana, who reviews only RG-001, is the only
    # evaluator free to take it.
    chair = reviewed_workspace(
        tmp_path / "chair",
        {
            "RG-001": {ANA: "4 3 4", DRAGANA: "4 3 4"},
            "RG-002": {ANA: "5 5 5", BESNIK: "2 3 2"},
        },
        call_text=SMALL_CALL,
    )
    assert ok(capsys, chair, "assign", "--divergent") == "Assigned 1 review to 1 evaluator.\n"
    write_package(chair, DRAGANA, tmp_path / "dragana.gep")
    evaluator = tmp_path / "dragana.gew"
    open_package(package=tmp_path / "dragana.gep", workspace=evaluator)
    # The panel settles 1.1 while Dragana's review is under way.
    ok(capsys, chair, "consensus", "RG-002", "1.1", "4", "--reason", "Agreed in the panel")
    score_review(
        evaluator,
        DRAGANA,
        "RG-002",
        {"1.1": ("4", ""), "1.2": ("4", ""), "2.1": ("3", "")},
        submitted=True,
    )
    returns = write_returns(evaluator, tmp_path / "dragana.ger")

    said = ok(capsys, chair, "import-returns", returns.path)

    assert said == (
        f"dragana.ger: imported revision 1 from {DRAGANA}: 2 reviews, 6 scores, 2 submitted.\n"
    )
    assert stored_scores(chair, DRAGANA, "RG-002") == {
        "1.1": (Decimal(4), ""),
        "1.2": (Decimal(4), ""),
        "2.1": (Decimal(3), ""),
    }
    with reading(chair) as session:
        assert review_sheet(session, find_evaluator(session, DRAGANA), "RG-002").submitted
        item = next(i for i in reconciliation(session) if i.reference == "RG-002")
    assert item.consensus == {"1.1": (Decimal(4), "Agreed in the panel")}


# --- 4. returns are ordered by package, then by revision -----------------------------------


def test_returns_are_ordered_by_package_then_revision(tmp_path: Path) -> None:
    chair = exchange_workspace(tmp_path)
    first = references_of(chair, ANA)[0]
    write_package(chair, ANA, tmp_path / "a.gep")
    open_package(package=tmp_path / "a.gep", workspace=tmp_path / "a.gew")
    # A new package before any returns came back (e.g. the first one was lost).
    write_package(chair, ANA, tmp_path / "b.gep")
    open_package(package=tmp_path / "b.gep", workspace=tmp_path / "b.gew")
    score_review(tmp_path / "a.gew", ANA, first, {"1.1": ("3", ""), "1.2": ("4", "")})
    r1 = write_returns(tmp_path / "a.gew", tmp_path / "r1.ger")
    score_everything(tmp_path / "b.gew", ANA)
    r2 = write_returns(tmp_path / "b.gew", tmp_path / "r2.ger")

    older = merge_returns(chair, r1.path)
    newer = merge_returns(chair, r2.path)
    after_newer = sha256_of(chair)
    r3 = write_returns(tmp_path / "a.gew", tmp_path / "r3.ger")  # revision 2, older package
    stale = merge_returns(chair, r3.path)

    assert (r1.revision, r2.revision, r3.revision) == (1, 1, 2)
    assert (
        older.summary()
        == f"r1.ger: imported revision 1 from {ANA}: 3 reviews, 2 scores, 0 submitted."
    )
    assert newer.summary() == (
        f"r2.ger: imported revision 1 from {ANA}: 3 reviews, 36 scores, 3 submitted."
    )
    assert stale.summary() == f"r3.ger: already imported ({ANA}, revision 2); nothing changed."
    assert sha256_of(chair) == after_newer
    for reference in references_of(chair, ANA):
        assert stored_scores(chair, ANA, reference) == typed(ANA, reference)


def test_the_same_revision_of_the_same_package_with_other_content_is_refused(
    tmp_path: Path,
) -> None:
    chair = exchange_workspace(tmp_path)
    first = references_of(chair, ANA)[0]
    write_package(chair, ANA, tmp_path / "ana.gep")
    open_package(package=tmp_path / "ana.gep", workspace=tmp_path / "ana.gew")
    twin = tmp_path / "twin.gew"  # the same package opened on a second laptop
    twin.write_bytes((tmp_path / "ana.gew").read_bytes())
    score_everything(tmp_path / "ana.gew", ANA)
    score_review(twin, ANA, first, {"1.1": ("1", "Weak link to the call"), "1.2": ("2", "Thin")})
    merge_returns(chair, write_returns(tmp_path / "ana.gew", tmp_path / "ana.ger").path)
    other = write_returns(twin, tmp_path / "twin.ger")
    before = chair.read_bytes()

    with pytest.raises(EvaluatorError) as caught:
        merge_returns(chair, other.path)

    assert other.revision == 1
    assert caught.value.message == (
        "twin.ger has the revision of returns already imported from the same package, but "
        "different content; ask the evaluator to send back their scores again."
    )
    assert chair.read_bytes() == before
    assert stored_scores(chair, ANA, first) == typed(ANA, first)


# --- 5. a renamed evaluator's returns still import ---------------------------------------


def test_returns_import_after_the_chair_corrects_the_evaluators_name(game: Round) -> None:
    renamed = "Ana Petrović-Marković"
    with transaction(game.chair) as session:
        update_evaluator(
            session=session, name=ANA, new_name=renamed, country="Serbia", email="ana@example.org"
        )

    result = merge_returns(game.chair, game.returns[ANA])

    assert result.summary() == (
        f"returns-1.ger: imported revision 1 from {renamed}: 3 reviews, 36 scores, 3 submitted."
    )
    for reference in references_of(game.chair, renamed):
        assert stored_scores(game.chair, renamed, reference) == typed(ANA, reference)


# --- 6. a conflict recorded after the package left only takes out that review --------------


def test_returns_still_import_when_the_chair_recorded_a_conflict_after_the_package(
    game: Round, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = references_of(game.chair, ANA)
    released = mine[1]
    with transaction(game.chair) as session:
        add_conflict(
            session=session,
            evaluator=find_evaluator(session, ANA),
            proposal=find_proposal(session, released),
            reason="Her brother chairs the lead applicant",
        )

    code, out, err = run(capsys, "-w", game.chair, "import-returns", game.returns[ANA])
    result_lines = out.splitlines()

    assert (code, err) == (0, "")
    assert result_lines[0].startswith(
        f"returns-1.ger: imported revision 1 from {ANA}: 2 reviews, 24 scores, 2 submitted"
    )
    assert len(result_lines) == 2
    assert result_lines[1].endswith(
        f"{released}: {ANA} has a conflict of interest recorded for it; this review is left out"
    )
    assert references_of(game.chair, ANA) == [r for r in mine if r != released]
    for reference in references_of(game.chair, ANA):
        assert stored_scores(game.chair, ANA, reference) == typed(ANA, reference)
    with reading(game.chair) as session:
        assert [c for c in list_conflicts(session) if c.evaluator == ANA] == [
            ConflictView(ANA, released, "Her brother chairs the lead applicant", False)
        ]


# --- 7. workspace file names with % or ? -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "not_this"), [("p%41.gew", "pA.gew"), ("what?.gew", "what")], ids=["percent", "query"]
)
def test_a_workspace_name_with_url_characters_is_the_file_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, not_this: str
) -> None:
    path = tmp_path / name

    said = ok(capsys, path, "demo")
    listed = json.loads(ok(capsys, path, "proposals", "--format", "json"))

    assert said == f"Created the demo workspace {path}: 30 proposals, 21 eligible.\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [name]
    assert not (tmp_path / not_this).exists()
    assert len(listed["proposals"]) == 30


# --- 8. huge or absurd numbers are refused in one sentence ---------------------------------

HUGE = "9" * 32


def test_an_absurd_award_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = scoring_workspace(tmp_path)

    err = refused(capsys, workspace, "award", "RG-001", "--amount", HUGE)

    assert err == (
        f"grant-evaluator: “{HUGE}” is not an amount; write it like 45000, 45000.00 or 45,000.00.\n"
    )


@pytest.mark.parametrize(
    ("amount", "months", "message"),
    [
        (
            HUGE,
            "12",
            f"column requested_amount: “{HUGE}” is not an amount; "
            "write it like 58000, 58000.00 or 58,000.00",
        ),
        (
            "45000",
            "9" * 20,
            f"column duration_months: “{'9' * 20}” is not a whole number of months",
        ),
    ],
    ids=["amount", "duration"],
)
def test_an_absurd_amount_or_duration_in_a_proposals_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], amount: str, months: str, message: str
) -> None:
    workspace = new_workspace(tmp_path)
    rows = member_rows("RG-001", eligible_members()[:1], amount=amount, months=months)
    path = write_csv(tmp_path / "absurd.csv", rows)

    err = refused(capsys, workspace, "import-proposals", path)

    assert err == (
        "grant-evaluator: absurd.csv was not imported: 1 error found, nothing was changed.\n"
        f"  absurd.csv, row 2, {message}\n"
    )


@pytest.mark.parametrize(
    "value", ["1e999999999", "2.0000000000000000000000000001"], ids=["overflow", "long-fraction"]
)
def test_an_absurd_score_is_refused_as_not_a_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    workspace = scoring_workspace(tmp_path)
    declare_no_conflict(workspace, ANA, "RG-001")

    err = refused(capsys, workspace, "score", "RG-001", "1.1", value, "--as", ANA)

    assert err == f"grant-evaluator: “{value}” is not a score; type a number.\n"
    assert stored_scores(workspace, ANA, "RG-001") == {}


# --- 9. call files: number_format fields and huge scales ------------------------------------


@pytest.mark.parametrize(
    ("number_format", "why"),
    [
        ("{call_id.x}", "'str' object has no attribute 'x'"),
        ("{seq[0]}", "'int' object is not subscriptable"),
    ],
    ids=["attribute", "index"],
)
def test_a_number_format_with_fields_inside_fields_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number_format: str, why: str
) -> None:
    text = edit_call(
        demo_call_text(),
        'number_format = "{call_id}/{seq:03d}"',
        f'number_format = "{number_format}"',
    )
    call = write_call(tmp_path, text)
    workspace = tmp_path / "call.gew"

    code, out, err = run(capsys, "-w", workspace, "new", "--call", call)

    assert (code, out) == (1, "")
    problem = (
        f"contract.number_format: '{number_format}' may only use {{call_id}} and {{seq}} ({why})"
    )
    assert err == (
        f"grant-evaluator: call.toml is not a valid call file (1 problem): {problem}\n"
        f"  call.toml: {problem}\n"
    )
    assert not workspace.exists()


def test_a_huge_scale_in_a_call_file_gives_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call = write_call(tmp_path, edit_criterion(demo_call_text(), "1.1", "scale_max", '"1e30"'))
    workspace = tmp_path / "call.gew"

    code, out, err = run(capsys, "-w", workspace, "new", "--call", call)

    # Either a call whose scale is huge, or a refusal naming the key: never a traceback.
    if code == 0:
        assert (out.startswith(f"Created {workspace} for SB-RG-2023"), err) == (True, "")
        assert workspace.exists()
    else:
        assert (code, out) == (1, "")
        assert err.startswith("grant-evaluator: call.toml is not a valid call file")
        assert "1.1" in err and "scale_max" in err
        assert "Traceback" not in err
        assert not workspace.exists()


# --- 11. the ranking XLSX holds applicants' text as text ------------------------------------


def test_a_title_that_looks_like_a_formula_is_text_in_the_ranking_xlsx(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path, call_text=SMALL_CALL)
    rows = member_rows(
        "RG-001", consortium("RG-001", ["Albania", "Kosovo", "Serbia"]), title="=1+1"
    )
    import_file(workspace, write_csv(tmp_path / "proposals.csv", rows))
    out = tmp_path / "ranking.xlsx"

    with reading(workspace) as session:
        assert export_ranking(session=session, out=out) == 1

    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    title = sheet.cell(row=2, column=header.index("title") + 1)
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert sheet.cell(row=2, column=header.index("reference") + 1).value == "RG-001"
