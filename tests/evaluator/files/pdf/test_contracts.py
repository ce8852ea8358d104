"""Contract drafts of the funded proposals, read back from the PDF as staff would read them."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

import evaluator.files.pdf.batch as batch
import evaluator.files.pdf.contracts as contracts
from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files.pdf.contracts import (
    ContractData,
    contract_data,
    load_template,
    render_contract,
    write_contracts,
)
from evaluator.services.proposals import ProposalView, list_proposals
from evaluator.services.reconcile import ranking
from evaluator.storage.workspace import open_path
from tests.factories import (
    CONTRACT_TERMS,
    SMALL_CALL,
    contract_members,
    edit_call,
    funded_workspace,
    reading,
    reconciled_demo,
)

# The demo's funded proposals in rank order once the chair has reconciled the divergent one
# (the README's first task): the seed's nine winners, with their contract numbers.
FUNDED = [
    "RG-001",
    "RG-008",
    "RG-004",
    "RG-002",
    "RG-009",
    "RG-006",
    "RG-003",
    "RG-007",
    "RG-005",
]
NUMBERS = [f"SB-RG-2023/{seq:03d}" for seq in range(1, 10)]
FILES = [f"SB-RG-2023-{seq:03d}.pdf" for seq in range(1, 10)]


def pdf_text(path: Path) -> str:
    """The words of a PDF as a reader sees them: line breaks inside a paragraph are spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return reconciled_demo(tmp_path_factory.mktemp("contracts") / "demo.gew")


@pytest.fixture(scope="module")
def drafts(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder into which the demo's drafts were written (invariant, one process)."""
    folder = tmp_path_factory.mktemp("drafts")
    with open_path(demo) as workspace, workspace.session() as session:
        write_contracts(session=session, folder=folder, invariant=True, workers=1)
    return folder


@pytest.fixture(scope="module")
def texts(drafts: Path) -> dict[str, str]:
    """The text of each draft, by contract number."""
    return {number: pdf_text(drafts / name) for number, name in zip(NUMBERS, FILES, strict=True)}


@pytest.fixture(scope="module")
def proposals(demo: Path) -> dict[str, ProposalView]:
    with open_path(demo) as workspace, workspace.session() as session:
        return {p.reference: p for p in list_proposals(session)}


@pytest.fixture(scope="module")
def awards(demo: Path) -> dict[str, Decimal]:
    """The award of each funded proposal, by reference."""
    with open_path(demo) as workspace, workspace.session() as session:
        outcomes = ranking(session).outcomes
    return {o.reference: o.awarded or o.requested for o in outcomes if o.status == "funded"}


def test_one_draft_per_funded_proposal_numbered_by_rank(
    drafts: Path, texts: dict[str, str], awards: dict[str, Decimal]
) -> None:
    assert list(awards) == FUNDED
    assert sorted(p.name for p in drafts.iterdir()) == FILES
    for number, reference in zip(NUMBERS, FUNDED, strict=True):
        text = texts[number]
        assert f"Grant contract SMART Balkans Regional Grants (SB-RG-2023) No. {number}" in text
        assert f"Annex I — Description of the action (the proposal {reference} as evaluated)" in (
            text
        )
        assert "[to be completed]" not in text
        assert "Data to be completed before signature" not in text


def test_every_page_has_the_header_the_draft_mark_and_page_x_of_n(drafts: Path) -> None:
    for number, name in zip(NUMBERS, FILES, strict=True):
        pages = page_texts(drafts / name)
        assert len(pages) >= 2
        for index, page in enumerate(pages, start=1):
            assert page.startswith(f"Grant contract {number} — draft for signature DRAFT")
            assert page.endswith(f"Page {index} of {len(pages)}")


def test_lead_and_partner_names_print_exactly(
    texts: dict[str, str], proposals: dict[str, ProposalView]
) -> None:
    for number, reference in zip(NUMBERS, FUNDED, strict=True):
        proposal = proposals[reference]
        lead = proposal.lead
        assert lead is not None
        assert f"and {lead.organisation}, " in texts[number]
        partners = [m for m in proposal.members if m.role != "lead"]
        assert partners
        for member in partners:
            assert f"{member.organisation} {member.country} {member.org_type}" in texts[number]
        assert proposal.title in texts[number]
    # Spot checks by hand: Cyrillic, „low“ and “curly” quotes, diacritics, an ampersand.
    mios = texts["SB-RG-2023/002"]
    assert "and International association “Interactive open schools” – MIOS, " in mios
    assert "Центар за медијско описмењавање Serbia CSO" in mios
    assert "Образовен центар „Дигитус“ Куманово North Macedonia CSO" in mios
    assert "and Sos Helpline Nikšić, " in texts["SB-RG-2023/004"]
    assert "Ženski centar “Ružica” Kraljevo Serbia CSO" in texts["SB-RG-2023/004"]
    assert "“Safe Everywhere” – Regional Helpline Network" in texts["SB-RG-2023/004"]
    assert "and Children & youth, " in texts["SB-RG-2023/008"]


def test_the_parties_as_the_demo_gives_them(texts: dict[str, str]) -> None:
    text = texts["SB-RG-2023/001"]
    assert (
        "Between Centar za promociju civilnog društva (CPCD), Mehmeda Spahe 26, 71000 Sarajevo, "
        "Bosnia and Herzegovina, represented by Ivana Kovačević, hereinafter “the Contracting "
        "Authority”, and Cooperation and development institute, Rr. Sami Frashëri 20/3, 1001 "
        "Tiranë, Albania, registration number L41712023N, represented by Arjola Hoxha, "
        "hereinafter “the Beneficiary”"
    ) in text
    assert "For the Contracting Authority Name: Ivana Kovačević" in text
    assert "For the Beneficiary Name: Arjola Hoxha" in text


def test_the_amount_in_figures_and_in_words(
    texts: dict[str, str], awards: dict[str, Decimal]
) -> None:
    for number, reference in zip(NUMBERS, FUNDED, strict=True):
        assert f"The grant shall not exceed {awards[reference]:,.2f} EUR (" in texts[number]
    assert "not exceed 58,000.00 EUR (fifty-eight thousand euro)." in texts["SB-RG-2023/001"]
    assert (
        "not exceed 45,500.00 EUR (forty-five thousand, five hundred euro)."
        in (texts["SB-RG-2023/004"])
    )
    assert (
        "not exceed 59,750.00 EUR (fifty-nine thousand, seven hundred and fifty euro)."
        in (texts["SB-RG-2023/009"])
    )


def test_the_payment_schedule_sums_to_the_award(
    texts: dict[str, str], awards: dict[str, Decimal]
) -> None:
    for number, reference in zip(NUMBERS, FUNDED, strict=True):
        schedule = texts[number].split("Article 4 — Payment schedule")[1].split("Article 5")[0]
        rows = re.findall(r"(\d+) % ([\d,]+\.\d\d)", schedule)
        *instalments, total = [(share, Decimal(amount.replace(",", ""))) for share, amount in rows]
        assert [share for share, _ in instalments] == ["80", "20"]
        assert total == ("100", awards[reference])
        assert sum(amount for _, amount in instalments) == awards[reference]
    # RG-002: 80 % and 20 % of 45,500.00, by hand.
    assert (
        "Pre-financing on signature 80 % 36,400.00 Final payment after approval of the final "
        "report 20 % 9,100.00 Total 100 % 45,500.00"
    ) in texts["SB-RG-2023/004"]


def test_the_dates_of_the_action(texts: dict[str, str]) -> None:
    # The demo's contracts start on 2024-01-01; RG-001 lasts 18 months, RG-007 12.
    text = texts["SB-RG-2023/001"]
    assert "The action lasts 18 months, from 2024-01-01 to 2025-06-30." in text
    assert "a final report within 60 days after 2025-06-30" in text
    assert "The action lasts 12 months, from 2024-01-01 to 2024-12-31." in texts["SB-RG-2023/008"]


def test_only_the_chosen_references_keep_their_rank_number(demo: Path, tmp_path: Path) -> None:
    with open_path(demo) as workspace, workspace.session() as session:
        batch = write_contracts(
            session=session, folder=tmp_path, references=["RG-005", "RG-001"], invariant=True
        )
    assert batch.files == [tmp_path / "SB-RG-2023-001.pdf", tmp_path / "SB-RG-2023-009.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in batch.files]
    assert "No. SB-RG-2023/009" in pdf_text(tmp_path / "SB-RG-2023-009.pdf")


def test_a_reference_that_is_not_funded_is_refused(demo: Path) -> None:
    with reading(demo) as session, pytest.raises(EvaluatorError) as refused:
        contract_data(session, ["RG-002", "RG-010", "RG-999"])
    assert str(refused.value).startswith("Not funded, so no contract: RG-010, RG-999; ")


# --- Same inputs, same bytes ------------------------------------------------------------------


def test_the_same_draft_twice_gives_the_same_bytes(demo: Path, tmp_path: Path) -> None:
    with reading(demo) as session:
        data = contract_data(session, ["RG-004"])[0]
    template = load_template()
    render_contract(data, template, tmp_path / "one.pdf", invariant=True)
    render_contract(data, template, tmp_path / "two.pdf", invariant=True)
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


@pytest.mark.parametrize("workers", [2, 3])
def test_one_process_or_more_give_the_same_bytes(
    demo: Path, drafts: Path, tmp_path: Path, workers: int
) -> None:
    parallel = tmp_path / "parallel"
    parallel.mkdir()
    with reading(demo) as session:
        write_contracts(session=session, folder=parallel, invariant=True, workers=workers)
    assert sorted(p.name for p in parallel.iterdir()) == FILES
    for name in FILES:
        assert (parallel / name).read_bytes() == (drafts / name).read_bytes(), name


# --- Missing data -----------------------------------------------------------------------------


def test_missing_data_is_marked_and_listed_at_the_end(tmp_path: Path) -> None:
    workspace = funded_workspace(
        tmp_path,
        {
            "RG-001": contract_members(address="", representative=""),
            "RG-002": contract_members(" 2"),
        },
        months="18",
    )
    with reading(workspace) as session:
        write_contracts(session=session, folder=tmp_path, invariant=True)
    text = pdf_text(tmp_path / "SB-TEST-001.pdf")
    assert (
        "and Udruženje “Sigurna kuća” – Nikšić, [to be completed], Montenegro, registration "
        "number 02345678, represented by [to be completed], hereinafter “the Beneficiary”"
    ) in text
    assert "For the Beneficiary Name: [to be completed]" in text
    assert text.endswith(
        "Data to be completed before signature • beneficiary: address • beneficiary: "
        "representative Page 2 of 2"
    )
    for partner in ("Центар за медијско описмењавање", "Qendra për Zhvillim Rajonal ’Ura’ Korçë"):
        assert f"{partner} " in text
    # 18 months from 2024-01-01: to 2025-06-30, by hand.
    assert "The action lasts 18 months, from 2024-01-01 to 2025-06-30." in text
    complete = pdf_text(tmp_path / "SB-TEST-002.pdf")
    assert "Njegoševa 12, 81400 Nikšić, Montenegro, registration number 02345678" in complete
    assert "represented by Dragana Đurić" in complete
    assert "[to be completed]" not in complete
    assert "Data to be completed" not in complete


def test_a_call_without_contract_terms_still_gives_a_draft(tmp_path: Path) -> None:
    workspace = funded_workspace(
        tmp_path, {"RG-001": contract_members()}, call_text=SMALL_CALL, amount="5000.01"
    )
    with reading(workspace) as session:
        write_contracts(session=session, folder=tmp_path, invariant=True)
    text = pdf_text(tmp_path / "SB-TEST-001.pdf")
    assert "Between [to be completed], [to be completed], represented by [to be completed]" in (
        text
    )
    assert "from [to be completed] to [to be completed]" in text
    assert "not exceed 5,000.01 EUR (five thousand euro, one cent)" in text
    assert text.split("Data to be completed before signature")[1].split("Page")[0].strip() == (
        "• contracting authority: name • contracting authority: address • contracting "
        "authority: representative • start date of the action • end date of the action "
        "• payment schedule ([contract].payments in the call file)"
    )


# --- Batches: all or none ---------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_counts_every_draft(demo: Path, tmp_path: Path, workers: int) -> None:
    seen: list[tuple[int, int]] = []
    with reading(demo) as session:
        write_contracts(
            session=session,
            folder=tmp_path,
            invariant=True,
            workers=workers,
            progress=lambda done, total: seen.append((done, total)),
        )
    # From none of the nine to all nine, never back.
    assert seen[0] == (0, 9)
    assert seen[-1] == (9, 9)
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})
    if workers == 1:
        assert seen == [(n, 9) for n in range(10)]  # one step per draft
    else:
        assert len(seen) > 3  # a worker reports each run of drafts it finishes


def test_a_failure_midway_leaves_nothing(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    drawn: list[str] = []

    def failing(data: ContractData, template: dict[str, object], out: Path, inv: bool) -> object:
        drawn.append(data.number)
        if len(drawn) == 3:
            raise RuntimeError("disk full")
        return render_contract(data, template, out, inv)

    monkeypatch.setattr(contracts, "render_contract", failing)
    with reading(demo) as session, pytest.raises(RuntimeError):
        write_contracts(session=session, folder=tmp_path, invariant=True, workers=1)
    assert drawn == NUMBERS[:3]
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_cancelling_midway_leaves_nothing(demo: Path, tmp_path: Path) -> None:
    def cancel_at_four(done: int, _total: int) -> None:
        if done == 4:
            raise Cancelled()

    with reading(demo) as session, pytest.raises(Cancelled):
        write_contracts(
            session=session, folder=tmp_path, invariant=True, workers=1, progress=cancel_at_four
        )
    assert list(tmp_path.iterdir()) == []


# With two processes the pool's worker always draws the first three of the demo's nine drafts
# and this process the sixth (the first it takes); the others go to whichever is free.
@pytest.mark.parametrize(("broken", "where"), [(1, "worker"), (5, "here")])
def test_a_failure_on_several_cores_leaves_nothing(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: int, where: str
) -> None:
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    with reading(demo) as session:
        good = contract_data(session)
    # This draft lacks a value its wording needs, so drawing it fails, while the other
    # process goes on drawing good drafts.
    values = {k: v for k, v in good[broken].values.items() if k != "quoted_title"}
    drafts = [*good[:broken], replace(good[broken], values=values), *good[broken + 1 :]]
    monkeypatch.setattr(contracts, "contract_data", lambda _session, _references, _lang: drafts)
    with reading(demo) as session, pytest.raises(KeyError) as failed:
        write_contracts(session=session, folder=tmp_path, invariant=True, workers=2)
    remote = type(failed.value.__cause__).__name__ == "_RemoteTraceback"
    assert remote == (where == "worker")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_cancelling_on_several_cores_leaves_nothing(demo: Path, tmp_path: Path) -> None:
    def cancel_once_started(done: int, _total: int) -> None:
        if done > 0:
            raise Cancelled()

    with reading(demo) as session, pytest.raises(Cancelled):
        write_contracts(
            session=session,
            folder=tmp_path,
            invariant=True,
            workers=2,
            progress=cancel_once_started,
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("processes", [2, 3, 8])
@pytest.mark.parametrize("left", [1, 2, 3, 10, 41, 100, 1000])
def test_pool_tasks_are_short_and_end_with_single_drafts(processes: int, left: int) -> None:
    sizes = []
    while left:
        sizes.append(batch.run_length(left, processes))
        left -= sizes[-1]
    assert all(1 <= size <= batch.MAX_RUN for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-processes:] == [1] * len(sizes[-processes:])


def test_two_contracts_with_the_same_file_name_are_refused(tmp_path: Path) -> None:
    call = edit_call(
        SMALL_CALL + CONTRACT_TERMS, 'number_format = "{call_id}/{seq:03d}"', 'number_format = "X"'
    )
    workspace = funded_workspace(
        tmp_path,
        {"RG-001": contract_members(), "RG-002": contract_members(" 2")},
        call_text=call,
    )
    with reading(workspace) as session, pytest.raises(EvaluatorError) as refused:
        write_contracts(session=session, folder=tmp_path)
    assert "Two contracts would get the same file name" in str(refused.value)
    assert not list(tmp_path.glob("*.pdf"))


# --- The wording template ---------------------------------------------------------------------


def edited_template(tmp_path: Path, old: str, new: str) -> Path:
    text = contracts.template_path().read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "grant-contract.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_the_shipped_template_uses_only_known_placeholders() -> None:
    template = load_template()
    assert template["title"] == "Grant contract"
    assert len(template["articles"]) == 6


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "{end_date}. Costs",
            "{end_date}. {nonsense} Costs",
            "The contract template grant-contract.toml uses the unknown placeholder {nonsense}.",
        ),
        (
            "exceed {amount} {currency}",
            "exceed {amount {currency}",
            "The contract template grant-contract.toml has an unmatched brace in “The grant",
        ),
        (
            'title = "Grant contract"',
            'titel = "Grant contract"',
            "The contract template grant-contract.toml lacks the text of title.",
        ),
        (
            'draft_mark = "DRAFT"',
            'draft_mark = "DRAFT',
            "The contract template grant-contract.toml cannot be read: ",
        ),
    ],
)
def test_a_broken_template_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(EvaluatorError) as refused:
        load_template(edited_template(tmp_path, old, new))
    assert str(refused.value).startswith(message)


def test_staff_wording_reaches_the_draft(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = edited_template(
        tmp_path, 'title = "Grant contract"', 'title = "Ugovor o grantu – {reference}"'
    )
    monkeypatch.setattr(contracts, "template_path", lambda _language: path)
    with reading(demo) as session:
        write_contracts(session=session, folder=tmp_path, references=["RG-001"], invariant=True)
    assert "Ugovor o grantu – RG-001 SMART Balkans" in pdf_text(tmp_path / "SB-RG-2023-001.pdf")


# --- The pieces, by hand ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "file_name"),
    [
        ("SB-RG-2023/001", "SB-RG-2023-001.pdf"),
        ('A:B*C?"D"<E>|F\\G', "A-B-C--D--E--F-G.pdf"),
        ("Ugovor br. 7 – Nikšić", "Ugovor br. 7 – Nikšić.pdf"),
        ("...", "contract.pdf"),
    ],
)
def test_file_names_are_safe(number: str, file_name: str) -> None:
    assert ContractData(number=number, values={}, partners=[], payments=[]).file_name == file_name
