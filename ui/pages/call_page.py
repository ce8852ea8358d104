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
from evaluator.rules.call import CallSpec
from evaluator.rules.points import points as _points
from ui import operations


def _money(value: Decimal, currency: str) -> str:
    return f"{value:,.2f} {escape(currency)}"


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
            f"<h1>{escape(call.title)}</h1><p class='key'>{escape(call.id)}</p>",
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
    consortium = (
        f"at least {rules.min_members} {escape(' or '.join(rules.member_types))} members from "
        f"at least {rules.min_countries} beneficiary countries, lead included"
    )
    if rules.network_types:
        consortium += f"; a lead of type {escape(' or '.join(rules.network_types))} may apply alone"
    return consortium


def _pass_marks(spec: CallSpec) -> str:
    """The total to pass, and each section's own pass mark."""
    section_marks = ", ".join(
        f"{escape(s.name)} ≥ {_points(s.pass_min)}" for s in spec.sections if s.pass_min is not None
    )
    return f"total ≥ {_points(spec.scoring.pass_total)} of {_points(spec.total_max)}" + (
        f"; {section_marks}" if section_marks else ""
    )


def _facts(spec: CallSpec) -> list[tuple[str, str]]:
    """The key facts and rules of the call, as (name, HTML) pairs."""
    call = spec.call
    scoring = spec.scoring
    facts = [
        ("Budget", _money(call.budget, call.currency)),
        (
            "Grant size",
            f"{_money(call.min_grant, call.currency)} – {_money(call.max_grant, call.currency)}",
        ),
        ("Duration", f"{call.min_duration_months}–{call.max_duration_months} months"),
        ("Beneficiary countries", escape(", ".join(call.countries))),
        ("Consortium", _consortium(spec)),
        ("Pass marks", _pass_marks(spec)),
        (
            "Reviews",
            f"{scoring.reviewers_per_proposal} per proposal, combined by {scoring.aggregate}; "
            f"divergent when totals differ by ≥ {scoring.divergence_total} points"
            f"{'' if not scoring.divergence_total.percent else ' of the higher total'} "
            f"or a criterion by ≥ {_points(scoring.divergence_criterion)}",
        ),
        (
            "Written justification",
            "required for scores "
            + escape(", ".join(_points(v) for v in scoring.comments_required_for))
            if scoring.comments_required_for
            else "optional",
        ),
        (
            "Budget line",
            "strict: the first proposal that does not fit and all after it go to the reserve list"
            if scoring.funding == "strict"
            else "fill: a proposal that does not fit goes to the reserve list, the next may fit",
        ),
    ]
    if spec.contracting_authority:
        authority = spec.contracting_authority
        facts.append(
            (
                "Contracting authority",
                f"{escape(authority.name)}, {escape(authority.address)} "
                f"(represented by {escape(authority.representative)})",
            )
        )
    return facts


def _priority_areas(spec: CallSpec) -> list[str]:
    """The priority areas, each with its example topics."""
    parts = ["<h2>Priority areas</h2>"]
    for area in spec.priority_areas:
        topics = "; ".join(escape(t) for t in area.topics)
        parts.append(f"<p><b>{escape(area.name)}</b><br><span class='guidance'>{topics}</span></p>")
    return parts


def _grid(spec: CallSpec) -> list[str]:
    """The scoring grid: a line per section with its maximum, then its criteria."""
    parts = [
        f"<h2>Scoring grid — {_points(spec.total_max)} points</h2>",
        "<table width='100%' cellspacing='0'>",
        "<tr><th>Code</th><th>Criterion</th><th class='num'>Scale</th>"
        "<th class='num'>Weight</th><th class='num'>Max</th></tr>",
    ]
    for section in spec.sections:
        mark = f" (pass mark {_points(section.pass_min)})" if section.pass_min is not None else ""
        parts.append(
            f"<tr class='section'><td></td><td>{escape(section.name)}{mark}</td><td></td><td></td>"
            f"<td class='num'>{_points(spec.section_max(section.name))}</td></tr>"
        )
        for criterion in spec.criteria_of(section.name):
            step = "" if criterion.step == 1 else f" by {_points(criterion.step)}"
            parts.append(
                f"<tr><td>{escape(criterion.code)}</td><td>{escape(criterion.text)}"
                f"<br><span class='guidance'>{escape(criterion.guidance)}</span></td>"
                f"<td class='num'>{_points(criterion.scale_min)}–{_points(criterion.scale_max)}"
                f"{step}</td><td class='num'>×{_points(criterion.weight)}</td>"
                f"<td class='num'>{_points(criterion.max_points)}</td></tr>"
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
        self.chair_button = QPushButton("Name the chair…")
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
                f"Chair: <b>{escape(name)}</b> (the history names them for each change)."
                if name
                else "Chair: <i>not named yet</i>; the history names the computer's login "
                f"({escape(workspaces.login())}) for each change until you name the chair."
            )

    @Slot()
    def name_chair(self) -> None:
        """Ask for the chair's name and keep it."""
        if self.workspace is None:
            return
        current = workspaces.chair_name(workspace=self.workspace) or ""
        name, given = QInputDialog.getText(
            self, "Name the chair", "The chair's name, as the committee knows it:", text=current
        )
        if given and operations.perform(
            self, "Chair not named", workspaces.name_chair, workspace=self.workspace, name=name
        ):
            self.show_call(workspaces.describe(workspace=self.workspace).spec, self.workspace)
