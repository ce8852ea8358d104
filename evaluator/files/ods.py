"""A workbook the app built with openpyxl, written as an OpenDocument spreadsheet (.ods), the
format LibreOffice Calc saves by default, for the committees that use it.

The same sheets, values, bold header rows, number formats (two decimals, money with
thousands) and data validation (a list of allowed scores, or a range, with its prompt and
its error message), as the OpenDocument format (ODF 1.3) writes them.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from evaluator.rules.export_text import MONEY_FORMAT, SCORE_FORMAT

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"'
)
# Cell styles: bold (a header), two decimals, money; each number style with its data style.
_STYLES = (
    '<number:number-style style:name="N2"><number:number number:decimal-places="2" '
    'number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>'
    '<number:number-style style:name="N3"><number:number number:decimal-places="2" '
    'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
    "</number:number-style>"
    '<style:style style:name="bold" style:family="table-cell"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="score" style:family="table-cell" style:data-style-name="N2"/>'
    '<style:style style:name="money" style:family="table-cell" style:data-style-name="N3"/>'
)
_CELL_STYLES = {SCORE_FORMAT: "score", MONEY_FORMAT: "money"}


def save_as_ods(workbook: Any, handle: BinaryIO) -> None:
    """Write ``workbook`` (openpyxl) to ``handle`` as an .ods: the mimetype first and
    uncompressed, as the format requires, then the content and the manifest."""
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", _content(workbook))
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}" '
            'manifest:version="1.3"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>',
        )


def _content(workbook: Any) -> str:
    validations: list[str] = []
    named: dict[int, str] = {}  # id of an openpyxl validation -> its name here
    tables = []
    for sheet in workbook.worksheets:
        by_cell: dict[str, str] = {}
        for validation in sheet.data_validations.dataValidation:
            name = named.setdefault(id(validation), f"val{len(named) + 1}")
            if len(named) > len(validations):
                validations.append(_validation(name, sheet.title, validation))
            for cells in validation.sqref.ranges:
                for row in cells.rows:
                    for cell in row:
                        by_cell[_address(*cell)] = name
        tables.append(_table(sheet, by_cell))
    checks = (
        f"<table:content-validations>{''.join(validations)}</table:content-validations>"
        if validations
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES}>'
        f"<office:automatic-styles>{_STYLES}</office:automatic-styles><office:body>"
        f"<office:spreadsheet>{checks}{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )


def _address(row: int, column: int) -> str:
    return f"{row}:{column}"


def _table(sheet: Any, validated: dict[str, str]) -> str:
    rows = []
    for row in sheet.iter_rows():
        cells = "".join(_cell(cell, validated.get(_address(cell.row, cell.column))) for cell in row)
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    return f"<table:table table:name={quoteattr(sheet.title)}>{''.join(rows)}</table:table>"


def _cell(cell: Any, validation: str | None) -> str:
    attributes = []
    if cell.font is not None and cell.font.b:
        attributes.append('table:style-name="bold"')
    elif cell.number_format in _CELL_STYLES:
        attributes.append(f'table:style-name="{_CELL_STYLES[cell.number_format]}"')
    if validation is not None:
        attributes.append(f'table:content-validation-name="{validation}"')
    value = cell.value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        shown = (
            f"{number:,.2f}"
            if cell.number_format == MONEY_FORMAT
            else (f"{number:.2f}" if cell.number_format == SCORE_FORMAT else str(value))
        )
        plain = format(number.normalize(), "f") if number else "0"
        attributes.append(f'office:value-type="float" office:value="{plain}"')
        return f"<table:table-cell {' '.join(attributes)}>{_paragraphs(shown)}</table:table-cell>"
    if value is None or value == "":
        return f"<table:table-cell {' '.join(attributes)}/>"
    attributes.append('office:value-type="string"')
    return f"<table:table-cell {' '.join(attributes)}>{_paragraphs(str(value))}</table:table-cell>"


def _paragraphs(text: str) -> str:
    """Text as ODF paragraphs: one per line, runs of spaces and tabs kept."""
    return "".join(f"<text:p>{_spaced(line)}</text:p>" for line in text.split("\n"))


def _spaced(line: str) -> str:
    out: list[str] = []
    run = 0
    for char in line:
        if char == " ":
            run += 1
            continue
        out.append(_spaces(run, leading=not out))
        run = 0
        out.append("<text:tab/>" if char == "\t" else escape(char))
    out.append(_spaces(run, leading=not out))
    return "".join(out)


def _spaces(run: int, *, leading: bool) -> str:
    """``run`` spaces as ODF keeps them: one as is (unless it leads the line), the rest in a
    ``text:s``."""
    if not run:
        return ""
    if leading:
        return f'<text:s text:c="{run}"/>'
    return " " + (f'<text:s text:c="{run - 1}"/>' if run > 1 else "")


def _validation(name: str, sheet: str, validation: Any) -> str:
    if validation.type == "list":
        allowed = validation.formula1.strip('"').split(",")
        condition = "of:cell-content-is-in-list(" + ";".join(f'"{v}"' for v in allowed) + ")"
    else:
        condition = (
            f"of:cell-content-is-decimal-number() and "
            f"of:cell-content-is-between({validation.formula1};{validation.formula2})"
        )
    return (
        f"<table:content-validation table:name={quoteattr(name)} "
        f"table:condition={quoteattr(condition)} table:allow-empty-cell="
        f'"{"true" if validation.allow_blank else "false"}" table:display-list="unsorted" '
        f"table:base-cell-address={quoteattr(f'{sheet}.A1')}>"
        f"<table:help-message table:title={quoteattr(validation.promptTitle or '')} "
        f'table:display="true">{_paragraphs(validation.prompt or "")}</table:help-message>'
        f"<table:error-message table:title={quoteattr(validation.errorTitle or '')} "
        f'table:message-type="stop" table:display="true">{_paragraphs(validation.error or "")}'
        "</table:error-message></table:content-validation>"
    )
