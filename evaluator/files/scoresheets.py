"""Scoresheets: an evaluator's scores out to a spreadsheet to fill offline, and back in."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session

from evaluator.errors import EvaluatorError
from evaluator.files.atomic import write_atomic
from evaluator.files.ods import save_as_ods
from evaluator.files.tabular import read_table
from evaluator.i18n import _, plural
from evaluator.rules.call import CallSpec, Criterion
from evaluator.rules.export_text import SCORE_FORMAT, xlsx_cell
from evaluator.rules.table import Problems, Table, check_header
from evaluator.rules.text import clean_name, hidden_reordering
from evaluator.services.calls import stored_call
from evaluator.services.scoring import (
    needs_justification,
    parse_score,
    points,
    record_score,
    reviews_of,
    score_problem,
)
from evaluator.storage.models import Evaluator, Proposal, Review

SCORE_COLUMNS = ("reference", "criterion", "score", "comment")
# Our own scoresheet adds these to help the evaluator; they are read back and ignored.
INFO_COLUMNS = ("title", "criterion_text", "scale", "weight")


@dataclass(frozen=True)
class ScoreImport:
    """What an import of scores changed."""

    changed: int
    unchanged: int
    proposals: int

    def summary(self, source: str) -> str:
        """One sentence for the user."""
        return _("Imported {scores} for {proposals} from {source} ({unchanged} unchanged).").format(
            scores=plural(self.changed, "{count} score", "{count} scores"),
            proposals=plural(self.proposals, "{count} proposal", "{count} proposals"),
            source=source,
            unchanged=self.unchanged,
        )


def _scale(criterion: Criterion) -> str:
    step = "" if criterion.step == 1 else f" by {points(criterion.step)}"
    return f"{points(criterion.scale_min)}–{points(criterion.scale_max)}{step}"


def export_scoresheet(*, session: Session, evaluator: Evaluator, out: Path) -> int:
    """Write the evaluator's reviews, one row per criterion, pre-filled with their scores,
    as an .xlsx or (for LibreOffice) an .ods.

    Score cells carry spreadsheet data validation of the allowed values. Returns the number
    of rows written.
    """
    # Imported here, as for every spreadsheet: loading openpyxl costs a third of a second,
    # which no command that writes no sheet should pay.
    from openpyxl import Workbook

    spec = stored_call(session)
    reviews = reviews_of(session, evaluator)
    if not reviews:
        raise EvaluatorError(
            _("{name} has no proposals assigned; nothing to export.").format(name=evaluator.name)
        )
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".ods"):
        raise EvaluatorError(
            _("{name}: a scoresheet is an .xlsx or an .ods file.").format(name=out.name)
        )
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Scores"
    sheet.append([*SCORE_COLUMNS, *INFO_COLUMNS])
    _add_scores(sheet, spec, reviews)
    _style_scores(sheet)
    guidance = workbook.create_sheet("Guidance")
    guidance.append(["criterion", "section", "text", "guidance", "scale", "weight"])
    for criterion in spec.criteria:
        guidance.append(
            [
                xlsx_cell(v)
                for v in (
                    criterion.code,
                    criterion.section,
                    criterion.text,
                    criterion.guidance,
                    _scale(criterion),
                    float(criterion.weight),
                )
            ]
        )
    try:
        # Whole or not at all: a full disk keeps the sheet the evaluator already has.
        if suffix == ".ods":
            write_atomic(out, lambda handle: save_as_ods(workbook, handle))
        else:
            write_atomic(out, workbook.save)
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot write {out}: {value}.").format(out=out, value=exc.strerror or exc)
        ) from None
    return sheet.max_row - 1


def _add_scores(sheet: Any, spec: CallSpec, reviews: list[tuple[Review, Proposal]]) -> None:
    """One row per review and criterion, with the score's validation of allowed values."""
    validations: dict[str, Any] = {}
    for review, proposal in reviews:
        scores = {s.criterion: s for s in review.scores}
        for criterion in spec.criteria:
            score = scores.get(criterion.code)
            # Text as an .xlsx can hold it: a control character that got into a comment or
            # title would make openpyxl refuse the whole sheet.
            sheet.append(
                [
                    xlsx_cell(v)
                    for v in (
                        proposal.reference,
                        criterion.code,
                        float(score.value) if score else None,
                        score.comment if score else None,
                        proposal.title,
                        criterion.text,
                        _scale(criterion),
                        float(criterion.weight),
                    )
                ]
            )
            row = sheet[sheet.max_row]
            row[2].number_format = row[7].number_format = SCORE_FORMAT  # score and weight
            for cell in row:
                # Text such as "=> strong" is what the evaluator wrote, never a formula:
                # as a formula it would be read back empty (and run in Excel).
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
            scale = _scale(criterion)
            if scale not in validations:
                validations[scale] = _validation(criterion, spec)
            validations[scale].add(f"C{sheet.max_row}")
    for validation in validations.values():
        sheet.add_data_validation(validation)


def _style_scores(sheet: Any) -> None:
    """A bold shaded header, columns wide enough to read, long texts wrapped."""
    from openpyxl.styles import Alignment, Font, PatternFill  # see export_scoresheet

    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8ECF2")
    for letter, width in zip("ABCDEFGH", (12, 10, 8, 60, 40, 60, 10, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row[3:6]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"


def _validation(criterion: Criterion, spec: CallSpec) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation  # see export_scoresheet

    justified = ", ".join(points(v) for v in spec.scoring.comments_required_for)
    prompt = _("Score from {scale}.").format(scale=_scale(criterion))
    if justified:
        prompt += _(" Scores {justified} need a comment.").format(justified=justified)
    steps = int((criterion.scale_max - criterion.scale_min) / criterion.step) + 1
    if steps <= 20:
        values = [points(criterion.scale_min + i * criterion.step) for i in range(steps)]
        validation = DataValidation(type="list", formula1=f'"{",".join(values)}"')
    else:
        validation = DataValidation(
            type="decimal",
            operator="between",
            formula1=points(criterion.scale_min),
            formula2=points(criterion.scale_max),
        )
    validation.allow_blank = True
    validation.error = _("Allowed scores: {scale}.").format(scale=_scale(criterion))
    validation.errorTitle = _("Not a score")
    validation.prompt = prompt
    validation.showErrorMessage = True
    validation.showInputMessage = True
    return validation


def import_scores(*, session: Session, evaluator: Evaluator, path: Path) -> ScoreImport:
    """Import scores from a ``reference,criterion,score,comment`` sheet, all or nothing.

    Rows with an empty score are skipped (not scored yet). Every problem is reported, each
    naming the row and column; on any problem nothing is changed.
    """
    return import_score_table(
        session=session, evaluator=evaluator, table=read_table(path), source=path.name
    )


def import_score_table(
    *, session: Session, evaluator: Evaluator, table: Table, source: str
) -> ScoreImport:
    """Import scores already read from a file named ``source``; see ``import_scores``."""
    spec = stored_call(session)
    problems = Problems(source)
    columns = check_header(table, SCORE_COLUMNS, INFO_COLUMNS, problems)
    if columns is None:
        raise EvaluatorError(problems.summary(), problems.lines)
    rows = _ScoreRows(
        spec=spec,
        evaluator=evaluator,
        problems=problems,
        reviews={p.reference: r for r, p in reviews_of(session, evaluator)},
        criteria={c.code: c for c in spec.criteria},
    )
    for number, cells in table.rows:
        rows.read(number, [_cell(cells, columns, name) for name in SCORE_COLUMNS])
    if problems.lines:
        raise EvaluatorError(problems.summary(), problems.lines)
    for review, code, value, comment in rows.writes:
        record_score(session=session, review=review, criterion=code, value=value, comment=comment)
    return ScoreImport(
        changed=len(rows.writes),
        unchanged=rows.unchanged,
        proposals=len({id(r) for r, *_ignored in rows.writes}),
    )


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    """The text of column ``name`` in a row, stripped; empty where the row is shorter."""
    index = columns[name]
    return cells[index].strip() if index < len(cells) else ""


@dataclass
class _ScoreRows:
    """The rows of a score table, checked one by one against the evaluator's reviews."""

    spec: CallSpec
    evaluator: Evaluator
    problems: Problems
    reviews: dict[str, Review]  # by proposal reference
    criteria: dict[str, Criterion]  # by code
    seen: dict[tuple[str, str], int] = field(default_factory=dict)  # the row of each score
    writes: list[tuple[Review, str, Decimal, str]] = field(default_factory=list)
    unchanged: int = 0

    def read(self, number: int, given: list[str]) -> None:
        """Check the row ``number`` (its reference, criterion, score and comment): plan its
        score, count it unchanged, skip it when empty, or report what is wrong with it."""
        problem = self.problems.add
        reference, code, raw, comment = given
        # The reference and the criterion are names: an invisible character in one must not
        # file the score under another proposal or criterion, or none.
        reordered = [
            (column, why)
            for column, text in (("reference", reference), ("criterion", code))
            if (why := hidden_reordering(text))
        ]
        if reordered:
            for column, why in reordered:
                problem(number, column, why)
            return
        reference, code = clean_name(reference), clean_name(code)
        if not raw:
            if comment:
                problem(number, "score", _("a comment without a score; score it or clear both"))
            return
        review = self.reviews.get(reference)
        if review is None:
            problem(
                number,
                "reference",
                _("“{reference}” is not assigned to {name}").format(
                    reference=reference, name=self.evaluator.name
                ),
            )
            return
        criterion = self.criteria.get(code)
        if criterion is None:
            problem(number, "criterion", _("the call has no criterion “{code}”").format(code=code))
            return
        if (reference, code) in self.seen:
            problem(
                number,
                "criterion",
                _("{reference} {code} is already scored on row {seen}").format(
                    reference=reference, code=code, seen=self.seen[(reference, code)]
                ),
            )
            return
        self.seen[(reference, code)] = number
        self._score(number, reference, review, criterion, raw, comment)

    def _score(
        self,
        number: int,
        reference: str,
        review: Review,
        criterion: Criterion,
        raw: str,
        comment: str,
    ) -> None:
        """Check the score ``raw`` of row ``number`` and plan it, unless it is unchanged."""
        problem, code = self.problems.add, criterion.code
        try:
            value = parse_score(raw)
        except EvaluatorError:
            problem(number, "score", _("“{raw}” is not a number").format(raw=raw))
            return
        bad = score_problem(criterion, value)
        if bad is not None:
            problem(number, "score", bad)
            return
        if needs_justification(self.spec, value) and not comment:
            problem(
                number,
                "comment",
                _("a score of {points} needs a written justification").format(points=points(value)),
            )
            return
        stored = next((s for s in review.scores if s.criterion == code), None)
        if stored is not None and stored.value == value and stored.comment == comment:
            self.unchanged += 1
            return
        if review.submitted_at is not None:
            problem(
                number,
                "score",
                _("the review of {reference} is submitted and locked").format(reference=reference),
            )
            return
        if review.declared_at is None:
            problem(
                number,
                "reference",
                _("declare that you have no conflict of interest with {reference} first").format(
                    reference=reference
                ),
            )
            return
        self.writes.append((review, code, value, comment))
