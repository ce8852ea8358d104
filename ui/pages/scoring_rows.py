"""The rows of the Scoring page: the evaluator's review list, and one line per criterion in
the grid with the widgets to score and justify it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from evaluator.actions.proposals import ProposalView
from evaluator.actions.scoring import ReviewSheet, ReviewView
from evaluator.i18n import money, point_text
from evaluator.rules.call import CallSpec, Criterion
from evaluator.rules.scoring import missing_for, needs_justification, review_total
from evaluator.rules.statuses import ReviewProgress
from evaluator.rules.words import REVIEW_WORDS
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.pages.comment_edit import CommentEdit
from ui.table_model import RowTableModel

STATUS_COLOURS = {
    ReviewProgress.SUBMITTED: "#dff3e4",
    ReviewProgress.COMPLETE: "#e3eefb",
    ReviewProgress.NEEDS_JUSTIFICATION: "#fbe3e1",
    ReviewProgress.IN_PROGRESS: "#fff4d6",
    ReviewProgress.NOT_STARTED: "#ffffff",
}
ERROR_STYLE = "color: #a52a1f;"
# A submitted review's fields: visibly not for typing in (read-only alone looks the same).
LOCKED_STYLE = "background: #eeeeee; color: #444444; border: 1px solid #d0d0d0;"
HINT_STYLE = "color: #8a5a00;"


def proposal_html(proposal: ProposalView, spec: CallSpec) -> str:
    """What an evaluator reads before scoring: title, facts, summary and consortium (one member
    a line, so that a narrow column does not break names and countries)."""
    members = "".join(
        translate(
            "scoring_rows",
            "<li><b>{escape}</b>{value}<br><span style='color:#555'>{escape2} · "
            "{escape3}</span></li>",
        ).format(
            escape=escape(m.organisation),
            value=translate("scoring_rows", " (lead)") if m.role.lower() == "lead" else "",
            escape2=escape(m.country),
            escape3=escape(m.org_type),
        )
        for m in proposal.members
    )
    return translate(
        "scoring_rows",
        "<p style='font-size:13pt'><b>{escape}</b> — "
        "{escape2}</p><p><b>{requested_amount} {escape3}</b> · "
        "{duration_months} months · {escape4}: "
        "{escape5}</p><p>{escape6}</p><p><b>Consortium</b></p><ul "
        "style='margin-left:-20px'>{members}</ul>",
    ).format(
        escape=escape(proposal.reference),
        escape2=escape(proposal.title),
        requested_amount=money(proposal.requested_amount),
        escape3=escape(spec.call.currency),
        duration_months=proposal.duration_months,
        escape4=escape(proposal.priority_area),
        escape5=escape("; ".join(proposal.topics)),
        escape6=escape(proposal.summary),
        members=members,
    )


class ReviewListModel(RowTableModel):
    """The acting evaluator's reviews with their progress."""

    CONTEXT = "scoring_rows"
    COLUMNS = (
        QT_TRANSLATE_NOOP("scoring_rows", "Reference"),
        QT_TRANSLATE_NOOP("scoring_rows", "Title"),
        QT_TRANSLATE_NOOP("scoring_rows", "Scored"),
        QT_TRANSLATE_NOOP("scoring_rows", "Status"),
    )

    def reset(self, rows: list[ReviewView]) -> None:
        """Show ``rows``."""
        self.set_rows(rows)

    def review(self, row: int) -> ReviewView:
        """The review on ``row``."""
        item: ReviewView = self.item(row)
        return item

    def cell(self, review: ReviewView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            scored = f"{review.scored}/{review.criteria}"
            return (review.reference, review.title, scored, REVIEW_WORDS[review.status])[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            return QBrush(QColor(STATUS_COLOURS[review.status]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return review.title
        return None


@dataclass
class CriterionRow:
    """The widgets of one criterion in the grid."""

    criterion: Criterion
    score: QLineEdit
    comment: CommentEdit
    points: QLabel
    message: QLabel

    @classmethod
    def make(cls, criterion: Criterion, required: str) -> CriterionRow:
        """Empty widgets for ``criterion``; ``required`` lists the scores that need a comment."""
        score = QLineEdit()
        score.setObjectName(f"score_{criterion.code}")
        score.setFixedWidth(56)
        score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        score.setPlaceholderText(
            f"{point_text(criterion.scale_min)}–{point_text(criterion.scale_max)}"
        )
        comment = CommentEdit()
        comment.setObjectName(f"comment_{criterion.code}")
        comment.setPlaceholderText(
            translate("scoring_rows", "Comment (required for scores {required})").format(
                required=required
            )
            if required
            else translate("scoring_rows", "Comment")
        )
        comment.setToolTip(
            translate("scoring_rows", "Enter: next criterion · Shift+Enter: new line")
        )
        points_label = QLabel()
        points_label.setMinimumWidth(70)
        points_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        message = QLabel()
        message.setWordWrap(True)
        message.hide()
        return cls(criterion, score, comment, points_label, message)

    def place(self, grid: QGridLayout, line: int) -> None:
        """Lay the row out on ``line`` of ``grid``, the comment the width of the grid on the
        line below (room to write, beside the document), and its message below that."""
        criterion = self.criterion
        text = QLabel(
            translate(
                "scoring_rows", "<b>{code}</b> {text}<br><span style='color:#555'>{guidance}</span>"
            ).format(code=criterion.code, text=criterion.text, guidance=criterion.guidance)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(text, line, 1)
        grid.addWidget(self.score, line, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.points, line, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.comment, line + 1, 1, 1, 3)
        grid.addWidget(self.message, line + 2, 1, 1, 3)

    def show_score(self, value: Decimal | None, spec: CallSpec | None, problem: str = "") -> None:
        """Show ``value`` weighted, and ``problem`` or the reminder that it needs a comment."""
        maximum = point_text(self.criterion.max_points)
        if value is None:
            self.points.setText(f"– / {maximum}")
        else:
            self.points.setText(f"{point_text(value * self.criterion.weight)} / {maximum}")
        if problem:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(problem)
        elif (
            value is not None
            and spec is not None
            and needs_justification(spec, value)
            and not self.comment.toPlainText().strip()
        ):
            self.message.setStyleSheet(HINT_STYLE)
            self.message.setText(
                translate(
                    "scoring_rows",
                    "A score of {points} needs a written justification before you submit.",
                ).format(points=point_text(value))
            )
        else:
            self.message.clear()
        self.message.setVisible(bool(self.message.text()))


def fill_grid(grid: QGridLayout, spec: CallSpec) -> dict[str, CriterionRow]:
    """Lay every section of ``spec`` out in ``grid``, a heading then a row per criterion, Tab
    going from score to comment to the next score; returns the rows by criterion code."""
    required = ", ".join(point_text(v) for v in spec.scoring.comments_required_for)
    rows: dict[str, CriterionRow] = {}
    line = 0
    previous: QWidget | None = None
    for section in spec.sections:
        maximum = point_text(spec.section_max(section.name))
        heading = QLabel(
            translate(
                "scoring_rows", "<b>{name}</b> <span style='color:#666'>· {maximum} points</span>"
            ).format(name=section.name, maximum=maximum)
        )
        heading.setStyleSheet("background: #e8ecf2; padding: 4px;")
        grid.addWidget(heading, line, 0, 1, 4)
        line += 1
        for criterion in spec.criteria_of(section.name):
            row = CriterionRow.make(criterion, required)
            rows[criterion.code] = row
            row.place(grid, line)
            line += 3
            if previous is not None:
                QWidget.setTabOrder(previous, row.score)
            QWidget.setTabOrder(row.score, row.comment)
            previous = row.comment
    grid.setRowStretch(line, 1)
    return rows


def submit_question(sheet: ReviewSheet, spec: CallSpec) -> str | None:
    """What to ask before a complete review is submitted (it is then locked); None when the
    review is not complete, so that submitting it says what is missing instead."""
    scores = {c: (v, sheet.comments.get(c, "")) for c, v in sheet.scores.items()}
    if missing_for(spec, declared=sheet.declared, scores=scores):
        return None
    total = review_total(spec.weights, sheet.scores)
    return translate(
        "scoring_rows",
        "Submit your review of {reference}: total {points} of "
        "{points2}?\n\nOnce submitted it is locked; only the chair can reopen "
        "it.",
    ).format(
        reference=sheet.reference, points=point_text(total), points2=point_text(spec.total_max)
    )


def first_blocker(
    rows: dict[str, CriterionRow], sheet: ReviewSheet, spec: CallSpec
) -> QWidget | None:
    """The field of the first criterion that stops ``sheet`` from being submitted: the score
    of one not scored, or the comment of one that needs a justification."""
    for code, row in rows.items():
        value = sheet.scores.get(code)
        if value is None:
            return row.score
        if needs_justification(spec, value) and not sheet.comments.get(code):
            return row.comment
    return None
