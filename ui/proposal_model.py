"""The proposals table: a model over the workspace's proposals, sorted and searched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from evaluator.actions.proposals import ProposalView
from evaluator.i18n import money
from evaluator.rules.call import CallSpec
from evaluator.rules.text import search_key
from evaluator.rules.words import REASON_LABELS, explain
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.table_model import RowTableModel

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 3

ELIGIBLE_BACKGROUND = QColor("#dff3e4")
INELIGIBLE_BACKGROUND = QColor("#fbe3e1")
ELIGIBLE_TEXT = QColor("#1e6b34")
INELIGIBLE_TEXT = QColor("#a52a1f")


def eligibility_text(proposal: ProposalView) -> str:
    """The eligibility cell: a verdict and, if not eligible, its reasons in a few words."""
    if proposal.eligible is None:
        return translate("proposal_model", "Not checked")
    if proposal.eligible:
        return translate("proposal_model", "Eligible")
    return translate("proposal_model", "Not eligible: ") + "; ".join(
        REASON_LABELS[code] for code in proposal.reasons
    )


class ProposalTableModel(RowTableModel):
    """The workspace's proposals, one row each, as loaded by the core's ``list_proposals``.

    A search looks in the reference, title, organisations, countries and topics.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("proposal_model", "Reference"),
        QT_TRANSLATE_NOOP("proposal_model", "Title"),
        QT_TRANSLATE_NOOP("proposal_model", "Lead applicant"),
        QT_TRANSLATE_NOOP("proposal_model", "Requested"),
        QT_TRANSLATE_NOOP("proposal_model", "Months"),
        QT_TRANSLATE_NOOP("proposal_model", "Eligibility"),
        QT_TRANSLATE_NOOP("proposal_model", "Priority area"),
        QT_TRANSLATE_NOOP("proposal_model", "Countries"),
    )
    TITLE, LEAD, REQUESTED, MONTHS, ELIGIBILITY, COUNTRIES = 1, 2, 3, 4, 5, 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec: CallSpec | None = None
        self._currency = ""

    def reset(self, spec: CallSpec | None, proposals: list[ProposalView]) -> None:
        """Show ``proposals`` (reloaded from the workspace) under the call ``spec``."""
        self._spec = spec
        self._currency = spec.call.currency if spec else ""
        self.set_rows(proposals)

    def search_text(self, item: ProposalView) -> str:
        return item.search_text

    def proposal(self, row: int) -> ProposalView:
        """The proposal shown on ``row``."""
        item: ProposalView = self.item(row)
        return item

    def header(self, section: int) -> str:
        title = self.COLUMNS[section]
        shown = translate("proposal_model", title)
        return f"{shown} ({self._currency})" if title == "Requested" and self._currency else shown

    def cell(self, proposal: ProposalView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(proposal, column)
        if role == REFERENCE_ROLE:
            return proposal.reference
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REQUESTED, self.MONTHS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.ELIGIBILITY and proposal.eligible is not None:
            return self._eligibility_role(proposal, role)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.TITLE,
            self.LEAD,
            self.COUNTRIES,
        ):
            return self._display(proposal, column)  # whole, where the column cuts it
        return None

    def _display(self, proposal: ProposalView, column: int) -> str:
        lead = proposal.lead
        values = (
            proposal.reference,
            proposal.title,
            lead.organisation if lead else "—",
            money(proposal.requested_amount),
            str(proposal.duration_months),
            eligibility_text(proposal),
            proposal.priority_area,
            ", ".join(proposal.countries),
        )
        return values[column]

    def sort_key(self, proposal: ProposalView, column: int) -> Any:
        if column == self.REQUESTED:
            return int(proposal.requested_amount * 100)
        if column == self.MONTHS:
            return proposal.duration_months
        if column == self.ELIGIBILITY:
            return (0 if proposal.eligible else 1, len(proposal.reasons), proposal.reference)
        return search_key(self._display(proposal, column))

    def _eligibility_role(self, proposal: ProposalView, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ELIGIBLE_BACKGROUND if proposal.eligible else INELIGIBLE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ELIGIBLE_TEXT if proposal.eligible else INELIGIBLE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and self._spec is not None:
            if proposal.eligible:
                return translate("proposal_model", "Meets every eligibility rule of the call.")
            return "\n".join(explain(self._spec, code) for code in proposal.reasons)
        return None
