"""The ranking as a sheet for staff: CSV or XLSX, every cell safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_atomic, write_bytes_atomic
from evaluator.i18n import _
from evaluator.rules.call import CallSpec
from evaluator.rules.export_text import MONEY_FORMAT, SCORE_FORMAT, csv_cell, xlsx_cell
from evaluator.rules.ranking import Ranking
from evaluator.services.calls import stored_call
from evaluator.services.reconcile import ranking


def two_places(value: Decimal | None) -> str:
    """A score or an amount of the ranking with two decimals; empty when there is none."""
    return "" if value is None else f"{value:.2f}"


def ranking_table(spec: CallSpec, result: Ranking) -> tuple[list[str], list[list[str]]]:
    """The ranking as a sheet: header and one row of text cells per proposal."""
    sections = [s.name for s in spec.sections]
    header = [
        "rank",
        "reference",
        "title",
        "status",
        "final_score",
        *sections,
        "requested",
        "awarded",
        "reviews",
        "flags",
    ]
    rows = [
        [
            str(o.rank or ""),
            o.reference,
            o.title,
            o.status,
            two_places(o.final_score),
            *(two_places((o.section_scores or {}).get(name)) for name in sections),
            f"{o.requested:.2f}",
            two_places(o.awarded),
            str(o.reviews),
            " ".join(o.flags),
        ]
        for o in result.outcomes
    ]
    return header, rows


def export_ranking(*, session: Session, out: Path) -> int:
    """Write the ranking to ``out`` (.csv or .xlsx), whole or not at all; returns the number
    of proposals."""
    header, rows = ranking_table(stored_call(session), ranking(session))
    suffix = out.suffix.lower()
    try:
        if suffix == ".csv":
            write_bytes_atomic(out, ranking_csv(header, rows))
        elif suffix == ".xlsx":
            _write_xlsx(out, header, rows)
        else:
            raise EvaluatorError(
                _("{name}: the ranking is exported as .csv or .xlsx.").format(name=out.name)
            )
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)
        ) from None
    return len(rows)


def ranking_csv(header: list[str], rows: list[list[str]]) -> bytes:
    """The ranking as the bytes of a CSV file (UTF-8 with a BOM, for spreadsheets), every
    cell neutralised so that no spreadsheet runs an applicant's title as a formula."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([csv_cell(cell) for cell in header])
    writer.writerows([[csv_cell(cell) for cell in row] for row in rows])
    return text.getvalue().encode("utf-8-sig")


def _write_xlsx(out: Path, header: list[str], rows: list[list[str]]) -> None:
    # Imported here, as for every spreadsheet: loading openpyxl costs a third of a second,
    # which no command that writes no sheet should pay.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Ranking"
    sheet.append([xlsx_cell(cell) for cell in header])
    numeric = {
        i for i, h in enumerate(header) if h not in ("reference", "title", "status", "flags")
    }
    # As the ranking prints them: money with thousands and cents, scores with two decimals
    # (a spreadsheet's General format shows 89.5 and 30000).
    formats = {
        i: MONEY_FORMAT
        if h in ("requested", "awarded")
        else "0"
        if h in ("rank", "reviews")
        else SCORE_FORMAT
        for i, h in enumerate(header)
        if i in numeric
    }
    for row in rows:
        # Numbers as numbers, so that the sheet can sum and sort them; names stay text, with
        # what XML cannot hold taken out (openpyxl refuses a control character).
        sheet.append(
            [
                Decimal(cell) if i in numeric and cell else (xlsx_cell(cell) if cell else None)
                for i, cell in enumerate(row)
            ]
        )
        for i, cell in enumerate(sheet[sheet.max_row]):
            if i not in numeric and isinstance(cell.value, str):
                # A title starting with "=" is text from an applicant, never a formula.
                cell.data_type = "s"
            elif i in formats:
                cell.number_format = formats[i]
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    write_atomic(out, workbook.save)
