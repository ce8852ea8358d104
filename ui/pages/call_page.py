"""The Call page: the scoring grid and the rules of the call, to read before evaluating."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaluator.actions import workspace as workspaces
from evaluator.actions.workspace import Workspace
from evaluator.i18n import money
from evaluator.rules.call import CallSpec
from evaluator.rules.points import points as _points
from ui import operations
from ui.i18n import QT_TRANSLATE_NOOP, translate

# The ways of combining the reviews a call file may name, in words.
AGGREGATES = {
    "mean": QT_TRANSLATE_NOOP("call_page", "mean"),
    "median": QT_TRANSLATE_NOOP("call_page", "median"),
    "closest_two": QT_TRANSLATE_NOOP("call_page", "the mean of the two closest"),
}


def _money(value: Decimal, currency: str) -> str:
    return f"{money(value)} {escape(currency)}"


STYLE = (
    "<style>",
    "body { font-size: 10.5pt; } h1 { font-size: 15pt; margin-bottom: 2px; }",
    "h2 { font-size: 12pt; margin-top: 16px; } td, th { padding: 3px 8px; }",
    "th { text-align: left; background: #e8ecf2; } .key { color: #4a5568; }",
    ".section td { background: #f1f4f8; font-weight: bold; } .num { text-align: right; }",
    ".guidance { color: #555; font-size: 9.5pt; }",
    "</style>",
)


def call_html(spec: CallSpec) -> str:
    """The call as one readable document: key facts, rules, priority areas, then the grid."""
    call = spec.call
    return "\n".join(
        [
            *STYLE,
            translate("call_page", "<h1>{escape}</h1><p class='key'>{escape2}</p>").format(
                escape=escape(call.title), escape2=escape(call.id)
            ),
            "<table>",
            *(f"<tr><td class='key'>{k}</td><td>{v}</td></tr>" for k, v in _facts(spec)),
            "</table>",
            *_priority_areas(spec),
            *_grid(spec),
        ]
    )


def _consortium(spec: CallSpec) -> str:
    """Who may apply: the consortium's size and make-up, and who may apply alone."""
    rules = spec.eligibility
    consortium = translate(
        "call_page",
        "at least {min_members} {escape} members from at least {min_countries} "
        "beneficiary countries, lead included",
    ).format(
        min_members=rules.min_members,
        escape=escape(translate("call_page", " or ").join(rules.member_types)),
        min_countries=rules.min_countries,
    )
    if rules.network_types:
        consortium += translate("call_page", "; a lead of type {escape} may apply alone").format(
            escape=escape(translate("call_page", " or ").join(rules.network_types))
        )
    return consortium


def _pass_marks(spec: CallSpec) -> str:
    """The total to pass, and each section's own pass mark."""
    section_marks = ", ".join(
        f"{escape(s.name)} ≥ {_points(s.pass_min)}" for s in spec.sections if s.pass_min is not None
    )
    return translate("call_page", "total ≥ {points} of {points2}").format(
        points=_points(spec.scoring.pass_total), points2=_points(spec.total_max)
    ) + (f"; {section_marks}" if section_marks else "")


def _facts(spec: CallSpec) -> list[tuple[str, str]]:
    """The key facts and rules of the call, as (name, HTML) pairs."""
    call = spec.call
    scoring = spec.scoring
    facts = [
        (translate("call_page", "Budget"), _money(call.budget, call.currency)),
        (
            translate("call_page", "Grant size"),
            f"{_money(call.min_grant, call.currency)} – {_money(call.max_grant, call.currency)}",
        ),
        (
            translate("call_page", "Duration"),
            translate("call_page", "{min_duration_months}–{max_duration_months} months").format(
                min_duration_months=call.min_duration_months,
                max_duration_months=call.max_duration_months,
            ),
        ),
        (translate("call_page", "Beneficiary countries"), escape(", ".join(call.countries))),
        (translate("call_page", "Consortium"), _consortium(spec)),
        (translate("call_page", "Pass marks"), _pass_marks(spec)),
        (
            translate("call_page", "Reviews"),
            translate(
                "call_page",
                "{reviewers_per_proposal} per proposal, combined by {aggregate}; "
                "divergent when totals differ by ≥ {divergence_total} points{value} or "
                "a criterion by ≥ {points}",
            ).format(
                reviewers_per_proposal=scoring.reviewers_per_proposal,
                aggregate=translate(
                    "call_page", AGGREGATES.get(scoring.aggregate, scoring.aggregate)
                ),
                divergence_total=scoring.divergence_total,
                value=""
                if not scoring.divergence_total.percent
                else translate("call_page", " of the higher total"),
                points=_points(scoring.divergence_criterion),
            ),
        ),
        (
            translate("call_page", "Written justification"),
            translate("call_page", "required for scores ")
            + escape(", ".join(_points(v) for v in scoring.comments_required_for))
            if scoring.comments_required_for
            else translate("call_page", "optional"),
        ),
        (
            translate("call_page", "Budget line"),
            translate(
                "call_page",
                "strict: the first proposal that does not fit and all after it go to "
                "the reserve list",
            )
            if scoring.funding == "strict"
            else translate(
                "call_page",
                "fill: a proposal that does not fit goes to the reserve list, the next may fit",
            ),
        ),
    ]
    if spec.contracting_authority:
        authority = spec.contracting_authority
        facts.append(
            (
                translate("call_page", "Contracting authority"),
                translate("call_page", "{escape}, {escape2} (represented by {escape3})").format(
                    escape=escape(authority.name),
                    escape2=escape(authority.address),
                    escape3=escape(authority.representative),
                ),
            )
        )
    return facts


def _priority_areas(spec: CallSpec) -> list[str]:
    """The priority areas, each with its example topics."""
    parts = [translate("call_page", "<h2>Priority areas</h2>")]
    for area in spec.priority_areas:
        topics = "; ".join(escape(t) for t in area.topics)
        parts.append(
            translate(
                "call_page", "<p><b>{escape}</b><br><span class='guidance'>{topics}</span></p>"
            ).format(escape=escape(area.name), topics=topics)
        )
    return parts


def _grid(spec: CallSpec) -> list[str]:
    """The scoring grid: a line per section with its maximum, then its criteria."""
    parts = [
        translate("call_page", "<h2>Scoring grid — {points} points</h2>").format(
            points=_points(spec.total_max)
        ),
        "<table width='100%' cellspacing='0'>",
        translate(
            "call_page",
            "<tr><th>Code</th><th>Criterion</th><th class='num'>Scale</th>"
            "<th class='num'>Weight</th><th class='num'>Max</th></tr>",
        ),
    ]
    for section in spec.sections:
        mark = (
            translate("call_page", " (pass mark {points})").format(points=_points(section.pass_min))
            if section.pass_min is not None
            else ""
        )
        parts.append(
            translate(
                "call_page",
                "<tr "
                "class='section'><td></td><td>{escape}{mark}</td><td></td><td></td><td "
                "class='num'>{points}</td></tr>",
            ).format(
                escape=escape(section.name),
                mark=mark,
                points=_points(spec.section_max(section.name)),
            )
        )
        for criterion in spec.criteria_of(section.name):
            step = (
                ""
                if criterion.step == 1
                else translate("call_page", " by {points}").format(points=_points(criterion.step))
            )
            parts.append(
                translate(
                    "call_page",
                    "<tr><td>{escape}</td><td>{escape2}<br><span "
                    "class='guidance'>{escape3}</span></td><td "
                    "class='num'>{points}–{points2}{step}</td><td "
                    "class='num'>×{points3}</td><td class='num'>{points4}</td></tr>",
                ).format(
                    escape=escape(criterion.code),
                    escape2=escape(criterion.text),
                    escape3=escape(criterion.guidance),
                    points=_points(criterion.scale_min),
                    points2=_points(criterion.scale_max),
                    step=step,
                    points3=_points(criterion.weight),
                    points4=_points(criterion.max_points),
                )
            )
    parts.append("</table>")
    return parts


class CallPage(QWidget):
    """Shows the open workspace's call: facts, rules, priority areas and the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("call_browser")
        self.browser.setOpenLinks(False)
        # The chair's workspace names its chair: the person its history names for each change.
        self.chair = QLabel()
        self.chair.setObjectName("chair_name")
        self.chair.setWordWrap(True)
        self.chair_button = QPushButton(translate("call_page", "Name the chair…"))
        self.chair_button.setObjectName("name_chair")
        self.chair_button.clicked.connect(self.name_chair)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        bar.addWidget(self.chair, 1)
        bar.addWidget(self.chair_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser)

    def show_call(self, spec: CallSpec | None, workspace: Workspace | None = None) -> None:
        """Show ``spec``, or nothing when no workspace is open; in a chair's ``workspace``,
        who its chair is."""
        self.browser.setHtml(call_html(spec) if spec else "")
        self.workspace = workspace
        chair = workspaces.describe(workspace=workspace).own is None if workspace else False
        self.chair.setVisible(chair)
        self.chair_button.setVisible(chair and not workspace.read_only if workspace else False)
        if chair and workspace is not None:
            name = workspaces.chair_name(workspace=workspace)
            self.chair.setText(
                translate(
                    "call_page", "Chair: <b>{escape}</b> (the history names them for each change)."
                ).format(escape=escape(name))
                if name
                else translate(
                    "call_page",
                    "Chair: <i>not named yet</i>; the history names the computer's login "
                    "({login}) for each change until you name the chair.",
                ).format(login=escape(workspaces.login()))
            )

    @Slot()
    def name_chair(self) -> None:
        """Ask for the chair's name and keep it."""
        if self.workspace is None:
            return
        current = workspaces.chair_name(workspace=self.workspace) or ""
        name, given = QInputDialog.getText(
            self,
            translate("call_page", "Name the chair"),
            translate("call_page", "The chair's name, as the committee knows it:"),
            text=current,
        )
        if given and operations.perform(
            self,
            translate("call_page", "Chair not named"),
            workspaces.name_chair,
            workspace=self.workspace,
            name=name,
        ):
            self.show_call(workspaces.describe(workspace=self.workspace).spec, self.workspace)
