"""Importing a proposals file: all or nothing, every error named by row and column."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from evaluator.errors import Cancelled, ProposalFileError
from evaluator.files import tabular
from evaluator.files.proposals_file import import_proposals
from evaluator.storage.workspace import open_path
from tests.factories import (
    HEADER,
    eligible_members,
    import_file,
    member_rows,
    new_workspace,
    proposals_of,
    workspace_with,
    write_csv,
    write_ods,
    write_xlsx,
)

MIOS = "International association “Interactive open schools” – MIOS"
CYRILLIC = "Центар за медијско описмењавање"


def done_when_rows() -> list[list[str]]:
    """Two proposals as a chair's spreadsheet exports them; one partner is in both."""
    return [
        *member_rows(
            "RG-001",
            [
                ("Sos Helpline Nikšić", "Montenegro", "CSO", "lead"),
                (CYRILLIC, "Serbia", "CSO", "partner"),
                ("Lëvizja Rinore Prizren", "Kosovo", "CSO", "partner"),
            ],
            title="“Safe Everywhere” – Regional Helpline Network",
            amount="58,000.00",
            months="18",
        ),
        *member_rows(
            "RG-002",
            [
                (MIOS, "Bosnia and Herzegovina", "CSO", "lead"),
                (CYRILLIC, "Serbia", "CSO", "partner"),
                ("Здружение Граѓанска иницијатива", "North Macedonia", "CSO", "partner"),
            ],
            priority_area="Security and Stability",
            topics="Intercultural dialogue; Social cohesion, reconciliation and peace",
            amount="45,500.50",
            months="12",
        ),
    ]


def import_refused(workspace: Path, path: Path, *, replace: bool = False) -> ProposalFileError:
    """The error importing ``path`` raises, after checking the workspace's bytes did not change."""
    before = workspace.read_bytes()
    with pytest.raises(ProposalFileError) as caught:
        import_file(workspace, path, replace=replace)
    assert workspace.read_bytes() == before
    return caught.value


def stored_organisations(workspace: Path) -> list[tuple[str, str]]:
    """The organisation table as the file holds it: (name, country) rows by id."""
    connection = sqlite3.connect(workspace)
    rows = connection.execute("SELECT name, country FROM organisation ORDER BY id").fetchall()
    connection.close()
    return rows


def test_csv_with_bom_cyrillic_and_grouped_amounts_imports(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = write_csv(tmp_path / "proposals.csv", done_when_rows(), bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    report = import_file(workspace, path)

    assert (report.proposals, report.members, report.new_organisations) == (2, 6, 5)
    assert report.eligible == 2
    assert report.summary("proposals.csv") == (
        "Imported 2 proposals (6 consortium members, 5 new organisations) from proposals.csv; "
        "2 of them are eligible."
    )
    proposals = proposals_of(workspace)
    assert list(proposals) == ["RG-001", "RG-002"]
    first, second = proposals["RG-001"], proposals["RG-002"]
    assert first.requested_amount == Decimal("58000.00")
    assert str(first.requested_amount) == "58000.00"
    assert second.requested_amount == Decimal("45500.50")
    assert (first.duration_months, second.duration_months) == (18, 12)
    assert first.title == "“Safe Everywhere” – Regional Helpline Network"
    assert second.topics == ["Intercultural dialogue", "Social cohesion, reconciliation and peace"]
    assert [(m.organisation, m.country, m.role) for m in first.members] == [
        ("Sos Helpline Nikšić", "Montenegro", "lead"),
        (CYRILLIC, "Serbia", "partner"),
        ("Lëvizja Rinore Prizren", "Kosovo", "partner"),
    ]
    assert second.lead is not None
    assert second.lead.organisation == MIOS


def test_names_are_stored_byte_exact(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    import_file(workspace, write_csv(tmp_path / "p.csv", done_when_rows(), bom=True))

    stored = {name.encode("utf-8") for name, _ in stored_organisations(workspace)}

    for name in ("Sos Helpline Nikšić", MIOS, CYRILLIC, "Здружение Граѓанска иницијатива"):
        assert name.encode("utf-8") in stored
    # The same, spelled as code points: š U+0161, ć U+0107, “ ” U+201C/D, – U+2013.
    assert b"Sos Helpline Nik\xc5\xa1i\xc4\x87" in stored
    assert b"\xe2\x80\x9cInteractive open schools\xe2\x80\x9d \xe2\x80\x93 MIOS" in b"|".join(
        stored
    )


def test_same_organisation_in_two_proposals_is_stored_once(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    import_file(workspace, write_csv(tmp_path / "p.csv", done_when_rows()))

    organisations = stored_organisations(workspace)

    assert organisations.count((CYRILLIC, "Serbia")) == 1
    assert len(organisations) == 5
    proposals = proposals_of(workspace)
    assert CYRILLIC in [m.organisation for m in proposals["RG-001"].members]
    assert CYRILLIC in [m.organisation for m in proposals["RG-002"].members]


def test_amount_forms_all_give_the_same_decimal(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [
        *member_rows("A", eligible_members(" A"), amount="58000"),
        *member_rows("B", eligible_members(" B"), amount="58000.00"),
        *member_rows("C", eligible_members(" C"), amount="58,000.00"),
        *member_rows("D", eligible_members(" D"), amount="58000.5"),
    ]
    import_file(workspace, write_csv(tmp_path / "p.csv", rows))

    amounts = {r: p.requested_amount for r, p in proposals_of(workspace).items()}

    assert amounts == {
        "A": Decimal("58000.00"),
        "B": Decimal("58000.00"),
        "C": Decimal("58000.00"),
        "D": Decimal("58000.50"),
    }


def test_malformed_csv_names_every_error_and_changes_nothing(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    header = [*HEADER, "notes"]
    ok = eligible_members()
    rows = [
        [*member_rows("RG-001", ok[:1])[0], ""],  # row 2: fine
        [*member_rows("RG-001", ok[1:2])[0], ""],  # row 3: fine
        [*member_rows("RG-001", [("", "Albania", "CSO", "partner")])[0], ""],  # row 4
        [*member_rows("RG-002", ok[:1], amount="58.000,00")[0], ""],  # row 5
        [*member_rows("RG-002", ok[1:2], months="abc")[0], ""],  # row 6
        [*member_rows("RG-002", [(ok[2][0], "Albania", "CSO", "boss")])[0], ""],  # row 7
        [*member_rows("RG-001", ok[2:], title="Another title")[0], ""],  # row 8
    ]
    path = write_csv(tmp_path / "broken.csv", rows, header)

    error = import_refused(workspace, path)

    assert str(error) == "broken.csv was not imported: 6 errors found, nothing was changed."
    assert error.details == [
        "broken.csv, row 1, column notes: unknown column “notes”",
        "broken.csv, row 4, column organisation: this cell is empty",
        "broken.csv, row 5, column requested_amount: “58.000,00” is not an amount; "
        "write it like 58000, 58000.00 or 58,000.00",
        "broken.csv, row 6, column duration_months: “abc” is not a whole number of months",
        "broken.csv, row 7, column role: “boss” must be lead or partner",
        "broken.csv, row 8, column title: “Another title” differs from “Regional cooperation” "
        "on row 2 of proposal RG-001; a proposal's columns must agree on all its rows",
    ]
    assert proposals_of(workspace) == {}


def test_rows_are_numbered_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [
        *member_rows("RG-001", eligible_members()),
        ["", "", "", "", "", "", "", "", "", ""],
        [],
        *member_rows("RG-002", eligible_members(), months="1²"),
    ]
    path = write_csv(tmp_path / "gaps.csv", rows)

    error = import_refused(workspace, path)

    assert error.details == [
        f"gaps.csv, row {n}, column duration_months: “1²” is not a whole number of months"
        for n in (7, 8, 9)
    ]


def test_missing_required_columns_are_listed(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    header = [h for h in HEADER if h not in ("role", "country")]
    path = write_csv(
        tmp_path / "short.csv", [["RG-1", "t", "Governance", "x", "1", "12", "o", "CSO"]], header
    )

    error = import_refused(workspace, path)

    assert error.details == [
        "short.csv, row 1, column country: required columns are missing: country, role"
    ]


def test_header_only_file_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)

    error = import_refused(workspace, write_csv(tmp_path / "empty.csv", []))

    assert error.details == ["empty.csv: the file has a header but no proposal rows"]


def test_non_utf8_csv_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = tmp_path / "ansi.csv"
    head = (",".join(HEADER) + "\nRG-1,Nik").encode()
    path.write_bytes(head + "šić".encode("cp1250") + b",x\n")

    error = import_refused(workspace, path)

    assert str(error) == (
        f"ansi.csv is not UTF-8 text (bad byte at position {len(head)}); save it as “CSV UTF-8”."
    )


def test_malformed_xlsx_names_every_error_and_changes_nothing(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows: list[list[object]] = [
        ["RG-001", "Title", "Governance", "Digitalization", 58000.0, 18, *m]
        for m in eligible_members()
    ]
    rows[0][4] = "58.000,00"
    rows[1][5] = "abc"
    rows[2][9] = "boss"
    rows.append(
        [
            "RG-002",
            "Title",
            "Governance",
            "Digitalization",
            40000,
            18.5,
            "O",
            "Serbia",
            "CSO",
            "lead",
        ]
    )
    path = write_xlsx(tmp_path / "broken.xlsx", rows)

    error = import_refused(workspace, path)

    assert error.details == [
        "broken.xlsx, row 2, column requested_amount: “58.000,00” is not an amount; "
        "write it like 58000, 58000.00 or 58,000.00",
        "broken.xlsx, row 3, column duration_months: “abc” is not a whole number of months",
        "broken.xlsx, row 4, column role: “boss” must be lead or partner",
        "broken.xlsx, row 5, column duration_months: “18.5” is not a whole number of months",
    ]


def test_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = tmp_path / "proposals.xlsx"
    path.write_text("reference,title\nRG-1,x\n", encoding="utf-8")

    error = import_refused(workspace, path)

    assert str(error) == "proposals.xlsx is not an Excel workbook (.xlsx)."


def test_damaged_workbook_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    whole = write_xlsx(tmp_path / "whole.xlsx", member_rows("RG-1", eligible_members()))
    path = tmp_path / "damaged.xlsx"
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    error = import_refused(workspace, path)

    assert str(error).startswith("damaged.xlsx ")
    assert "Excel workbook" in str(error)


def test_other_file_types_are_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = tmp_path / "proposals.numbers"
    path.write_bytes(b"PK\x03\x04")

    error = import_refused(workspace, path)

    assert str(error) == "proposals.numbers is neither a .csv, an .xlsx nor an .ods file."


def test_an_ods_from_libreoffice_imports_as_its_xlsx_would(tmp_path: Path) -> None:
    rows = [
        ["RG-001", "Regional  cooperation", "Governance", "Digitalization", 58000.5, 18, *m]
        for m in eligible_members()
    ]
    for folder in ("ods", "xlsx"):
        (tmp_path / folder).mkdir()
    ods, xlsx = new_workspace(tmp_path / "ods"), new_workspace(tmp_path / "xlsx")

    import_file(ods, write_ods(tmp_path / "proposals.ods", rows))
    import_file(xlsx, write_xlsx(tmp_path / "proposals.xlsx", rows))

    assert proposals_of(ods) == proposals_of(xlsx)
    proposal = proposals_of(ods)["RG-001"]
    assert proposal.title == "Regional cooperation"  # two spaces (text:s) cleaned to one
    assert (proposal.requested_amount, proposal.duration_months) == (Decimal("58000.50"), 18)
    assert [m.organisation for m in proposal.members] == [m[0] for m in eligible_members()]


def test_an_ods_date_cell_and_bad_values_are_named_like_an_xlsx(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [["RG-001", "Title", "Governance", "Digitalization", 58000, datetime(1900, 1, 18),
             *eligible_members()[0]]]  # fmt: skip
    rows += [["RG-002", "Title", "Governance", "Digitalization", "58.000,00", 18,
              *eligible_members()[0]]]  # fmt: skip

    error = import_refused(workspace, write_ods(tmp_path / "calc.ods", rows))

    assert error.details == [
        "calc.ods, row 2, column duration_months: “1900-01-18T00:00:00” is not a whole number "
        "of months: the spreadsheet formats the cell as a date; format the column as numbers "
        "and type the value again",
        "calc.ods, row 3, column requested_amount: “58.000,00” is not an amount; write it like "
        "58000, 58000.00 or 58,000.00",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "proposals.ods is not an OpenDocument spreadsheet (.ods)."),
        (
            "<office:document-content",
            "proposals.ods cannot be read as an OpenDocument spreadsheet: unclosed token: line "
            "1, column 0.",
        ),
        (
            '<?xml version="1.0" encoding="x-no-such"?><d/>',
            "proposals.ods cannot be read as an OpenDocument spreadsheet: unknown encoding: "
            "x-no-such.",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>',
            "proposals.ods declares XML entities, which no spreadsheet needs and which can make a "
            "reader expand a small file without end or read other files; it was not read.",
        ),
    ],
)
def test_a_broken_ods_is_refused_in_one_sentence(
    tmp_path: Path, content: str | None, message: str
) -> None:
    workspace = new_workspace(tmp_path)
    path = tmp_path / "proposals.ods"
    if content is None:
        path.write_bytes(b"PK\x03\x04 not a zip")
    else:
        write_ods(path, [], content=content)

    assert str(import_refused(workspace, path)) == message


def test_an_ods_cannot_repeat_a_row_into_gigabytes(tmp_path: Path) -> None:
    # 738 bytes on disk: one row of ten 32,767-character cells, repeated 49,999 times, would
    # spell out 16 GB of cells.
    workspace = new_workspace(tmp_path)
    row = text_row(
        "y" * 32_767,
        row='table:number-rows-repeated="49999"',
        cell='table:number-columns-repeated="10"',
    )
    path = write_ods(tmp_path / "repeated.ods", [], content=ods_content(row))

    assert str(import_refused(workspace, path)) == (
        "repeated.ods, row 306: its repeated rows spell out more than 100 MB of cells, the "
        "limit; a proposals file or scoresheet holds far less."
    )


def test_an_ods_made_of_empty_elements_is_refused_once_it_exceeds_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limit is 2,000,000 elements (about 10 s of reading); a lower one shows the rule.
    monkeypatch.setattr(tabular, "MAX_ODS_ELEMENTS", 1_000)
    workspace = new_workspace(tmp_path)
    path = write_ods(tmp_path / "junk.ods", [], content=ods_content("<table:table-row/>" * 2_000))

    assert str(import_refused(workspace, path)) == (
        "junk.ods holds more than 1,000 XML elements; a proposals file or scoresheet needs far "
        "fewer."
    )


def test_an_ods_cell_nested_too_deep_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    row = text_row("<text:span>" * 60 + "x" + "</text:span>" * 60)
    path = write_ods(tmp_path / "deep.ods", [], content=ods_content(row))

    assert str(import_refused(workspace, path)) == (
        "deep.ods, row 1: a cell holds more than 10,000 XML elements or nests them more than 50 "
        "deep; no spreadsheet writes a cell so."
    )


def text_row(paragraph: str, *, row: str = "", cell: str = "") -> str:
    """A ``table:table-row`` of one text cell holding ``paragraph`` (XML), with the row's and
    the cell's extra attributes."""
    return (
        f'<table:table-row {row}><table:table-cell {cell} office:value-type="string">'
        f"<text:p>{paragraph}</text:p></table:table-cell></table:table-row>"
    )


def ods_content(rows: str) -> str:
    """A content.xml whose first sheet holds ``rows`` (table-row elements) only."""
    return (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f"<office:spreadsheet><table:table>{rows}</table:table></office:spreadsheet>"
        "</office:body></office:document-content>"
    )


def test_an_ods_value_past_the_last_column_is_refused(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    row = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p>'
        '</table:table-cell><table:table-cell table:number-columns-repeated="100000" '
        'office:value-type="string"><text:p>y</text:p></table:table-cell></table:table-row>'
    )
    path = write_ods(tmp_path / "wide.ods", [], content=ods_content(row))

    assert str(import_refused(workspace, path)) == (
        "wide.ods, row 1, column BM: a value stands beyond column BL; the limit is 64 columns."
    )


def test_more_than_fifty_errors_are_capped_with_a_count(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [
        member_rows(f"RG-{n:03d}", [(f"Org {n}", "Serbia", "CSO", "boss")])[0] for n in range(1, 61)
    ]

    error = import_refused(workspace, write_csv(tmp_path / "many.csv", rows))

    assert str(error) == "many.csv was not imported: 60 errors found, nothing was changed."
    assert len(error.details) == 51
    assert error.details[0] == "many.csv, row 2, column role: “boss” must be lead or partner"
    assert error.details[49] == "many.csv, row 51, column role: “boss” must be lead or partner"
    assert error.details[50] == "… and 10 more errors"


def test_duplicate_reference_is_refused_without_replace(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    import_file(
        workspace, write_csv(tmp_path / "first.csv", member_rows("RG-001", eligible_members()))
    )
    again = write_csv(
        tmp_path / "again.csv",
        [
            *member_rows("RG-001", eligible_members(" (new)")),
            *member_rows("RG-002", eligible_members()),
        ],
    )

    error = import_refused(workspace, again)

    assert error.existing == ["RG-001"]
    assert error.details == [
        "again.csv, row 2, column reference: RG-001 is already in the workspace; "
        "import with “replace” to overwrite it."
    ]
    assert list(proposals_of(workspace)) == ["RG-001"]


def test_replace_really_replaces_the_consortium(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    import_file(
        workspace,
        write_csv(
            tmp_path / "first.csv", member_rows("RG-001", eligible_members(), amount="40000")
        ),
    )
    corrected = [
        ("Sos Helpline Nikšić", "Montenegro", "CSO", "lead"),
        ("Ženski centar “Ružica” Kraljevo", "Serbia", "CSO", "partner"),
        ("Лёвизја", "Kosovo", "CSO", "partner"),
    ]
    path = write_csv(tmp_path / "second.csv", member_rows("RG-001", corrected, amount="41,000.00"))

    report = import_file(workspace, path, replace=True)

    assert report.replaced == ["RG-001"]
    proposal = proposals_of(workspace)["RG-001"]
    assert [(m.organisation, m.country, m.role) for m in proposal.members] == [
        (name, country, role) for name, country, _, role in corrected
    ]
    assert proposal.requested_amount == Decimal("41000.00")
    # The organisations only the old consortium had are gone; the lead was kept, not doubled.
    assert sorted(stored_organisations(workspace)) == sorted(
        (name, country) for name, country, _, _ in corrected
    )


def test_semicolon_delimited_csv_imports(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = tmp_path / "excel-de.csv"
    lines = [";".join(HEADER)] + [
        ";".join(row)
        for row in member_rows(
            "RG-001", eligible_members(), amount="58000.00", topics="Digitalization"
        )
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")

    import_file(workspace, path)

    proposal = proposals_of(workspace)["RG-001"]
    assert proposal.requested_amount == Decimal("58000.00")
    assert [m.organisation for m in proposal.members] == [m[0] for m in eligible_members()]
    assert proposal.eligible is True


def semicolon_csv(path: Path, amounts: dict[str, str]) -> Path:
    """A proposals file as a spreadsheet in the region saves it: semicolons, and the
    requested amounts written as given, by reference."""
    lines = [";".join(HEADER)] + [
        ";".join(row)
        for reference, amount in amounts.items()
        for row in member_rows(reference, eligible_members(), amount=amount)
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def test_a_semicolon_csv_reads_decimal_commas(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = semicolon_csv(
        tmp_path / "libreoffice-sr.csv",
        {"RG-001": "48000,00", "RG-002": "48.000,00", "RG-003": "58.500", "RG-004": "58000.50",
         "RG-005": "44,5"},
    )  # fmt: skip

    import_file(workspace, path)

    amounts = {r: p.requested_amount for r, p in proposals_of(workspace).items()}
    assert amounts == {
        "RG-001": Decimal("48000.00"),
        "RG-002": Decimal("48000.00"),
        "RG-003": Decimal("58500"),
        "RG-004": Decimal("58000.50"),  # a decimal point still reads as before
        "RG-005": Decimal("44.5"),
    }


def test_a_semicolon_csv_names_the_decimal_comma_forms_when_refusing(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    path = semicolon_csv(tmp_path / "sr.csv", {"RG-001": "48 000,00", "RG-002": "48,000,00"})

    error = import_refused(workspace, path)

    assert [d for d in error.details if "requested_amount" in d] == [
        f"sr.csv, row {row}, column requested_amount: “{amount}” is not an amount; write it "
        "like 58000, 58000,00 or 58.000,00"
        for rows, amount in (((2, 3, 4), "48 000,00"), ((5, 6, 7), "48,000,00"))
        for row in rows  # every member's row carries its proposal's amount
    ]


def test_xlsx_with_numeric_cells_imports(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [
        ["RG-001", "Title", "Governance", "Digitalization", 58000.0, 18, *m]
        for m in eligible_members()
    ]
    path = write_xlsx(tmp_path / "proposals.xlsx", rows)

    import_file(workspace, path)

    proposal = proposals_of(workspace)["RG-001"]
    assert proposal.requested_amount == Decimal("58000.00")
    assert proposal.duration_months == 18
    assert [m.organisation for m in proposal.members] == [m[0] for m in eligible_members()]
    assert proposal.eligible is True


def test_a_number_cell_formatted_as_a_date_is_explained(tmp_path: Path) -> None:
    # LibreOffice shows 18 in a date-formatted column as 1900-01-18, and saves it as a date.
    workspace = new_workspace(tmp_path)
    rows = [
        ["RG-001", "Title", "Governance", "Digitalization", 58000.0, datetime(1900, 1, 18), *m]
        for m in eligible_members()[:1]
    ]
    rows += [["RG-002", "Title", "Governance", "Digitalization", date(1900, 3, 1), 18, *m]
             for m in eligible_members()[:1]]  # fmt: skip
    path = write_xlsx(tmp_path / "libreoffice.xlsx", rows)

    error = import_refused(workspace, path)

    said = ": the spreadsheet formats the cell as a date; format the column as numbers and type "
    assert [d for d in error.details if "date" in d] == [
        f"libreoffice.xlsx, row 2, column duration_months: “1900-01-18T00:00:00” is not a "
        f"whole number of months{said}the value again",
        f"libreoffice.xlsx, row 3, column requested_amount: “1900-03-01T00:00:00” is not an amount"
        f"{said}the value again",
    ]


def test_header_is_case_insensitive_and_order_free(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    header = [HEADER[i].upper() if i % 2 else HEADER[i].title() for i in order]
    rows = [
        [row[i] for i in order]
        for row in member_rows("RG-001", eligible_members(), amount="33,000.00", months="14")
    ]

    import_file(workspace, write_csv(tmp_path / "shuffled.csv", rows, header))

    proposal = proposals_of(workspace)["RG-001"]
    assert proposal.requested_amount == Decimal("33000.00")
    assert proposal.duration_months == 14
    assert [(m.organisation, m.role) for m in proposal.members] == [
        (m[0], m[3]) for m in eligible_members()
    ]


def test_optional_columns_fill_the_organisation(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    header = [*HEADER, "summary", "representative", "email"]
    rows = [
        [*row, "Helplines agree referral protocols.", rep, mail]
        for row, rep, mail in zip(
            member_rows("RG-001", eligible_members()),
            ["Jelena Đurović", "", ""],
            ["sos.niksic@helpline.example", "", ""],
            strict=True,
        )
    ]
    import_file(workspace, write_csv(tmp_path / "p.csv", rows, header))

    connection = sqlite3.connect(workspace)
    stored = connection.execute(
        "SELECT representative, email FROM organisation WHERE name = ?", ("Sos Helpline Nikšić",)
    ).fetchone()
    connection.close()

    assert stored == ("Jelena Đurović", "sos.niksic@helpline.example")
    assert proposals_of(workspace)["RG-001"].summary == "Helplines agree referral protocols."


def test_bad_email_is_named(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    rows = [[*row, "not an address"] for row in member_rows("RG-001", eligible_members()[:1])]

    error = import_refused(workspace, write_csv(tmp_path / "p.csv", rows, [*HEADER, "email"]))

    assert error.details == [
        "p.csv, row 2, column email: “not an address” is not an e-mail address"
    ]


def test_same_organisation_twice_in_one_consortium_is_named(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    members = [*eligible_members(), ("sos  helpline NIKŠIĆ", "montenegro", "CSO", "partner")]

    error = import_refused(workspace, write_csv(tmp_path / "p.csv", member_rows("RG-1", members)))

    assert error.details == [
        "p.csv, row 5, column organisation: “sos helpline NIKŠIĆ” (Montenegro) is already a "
        "member of RG-1 on row 2"
    ]


def test_cancelling_midway_writes_nothing(tmp_path: Path) -> None:
    workspace = workspace_with(tmp_path, member_rows("RG-001", eligible_members()))
    before = workspace.read_bytes()
    many = [
        row
        for number in range(2, 12)
        for row in member_rows(f"RG-{number:03d}", eligible_members(f" {number}"))
    ]
    path = write_csv(tmp_path / "many.csv", many)
    steps: list[int] = []

    def cancel_after_three(done: int, total: int) -> None:
        steps.append(done)
        if done == 3:
            raise Cancelled

    with pytest.raises(Cancelled), open_path(workspace) as ws, ws.transaction() as session:
        import_proposals(session=session, path=path, progress=cancel_after_three)

    assert steps == [0, 1, 2, 3]
    assert workspace.read_bytes() == before
    assert list(proposals_of(workspace)) == ["RG-001"]
