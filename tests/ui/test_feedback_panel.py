"""The chair writes the applicant's feedback on the Reconciliation page (issue 14, item 1): on
the whole proposal or on a criterion; an evaluator's comment arrives only when copied in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evaluator.actions import outcomes
from tests.ui.helpers import type_text
from ui.main_window import PAGES, MainWindow


def test_feedback_is_written_on_the_proposal_and_copied_from_a_comment_on_purpose(
    qtbot, window: MainWindow
) -> None:
    window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
    page = window.reconciliation_page
    assert page.current is not None and page.current.reference == "RG-005"
    panel = page.feedback
    page.tabs.setCurrentWidget(panel)
    assert window.workspace is not None
    assert outcomes.list_feedback(workspace=window.workspace, reference="RG-005") == []

    # The whole proposal, typed by the chair.
    assert panel.target.currentText() == "The whole proposal"
    assert not panel.copy_button.isEnabled()  # no comment is on the whole proposal
    type_text(panel.text, "Strong regional partnership; make the indicators measurable.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    # A criterion: an evaluator's comment, copied in on purpose, then edited.
    panel.target.setCurrentIndex(panel.target.findData("1.3"))
    assert panel.text.toPlainText() == ""
    assert panel.copy_button.isEnabled() and panel.source.count() >= 1
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = panel.text.toPlainText()
    evaluator = panel.source.currentData()
    line = next(r for r in page.current.reviews if r.evaluator == evaluator)
    assert copied == line.comments["1.3"]
    panel.text.setPlainText(copied + " The Kosovo partner's role needs a budget line.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    written = {
        f.criterion: f.text
        for f in outcomes.list_feedback(workspace=window.workspace, reference="RG-005")
    }
    assert written == {
        None: "Strong regional partnership; make the indicators measurable.",
        "1.3": copied + " The Kosovo partner's role needs a budget line.",
    }
    # Nothing else flowed in: other criteria have no feedback.
    panel.target.setCurrentIndex(panel.target.findData("2.1"))
    assert panel.text.toPlainText() == ""

    # Back on the whole proposal, the text saved is shown again, and Clear removes it.
    panel.target.setCurrentIndex(0)
    assert panel.text.toPlainText().startswith("Strong regional partnership")
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert [
        f.criterion for f in outcomes.list_feedback(workspace=window.workspace, reference="RG-005")
    ] == ["1.3"]
