"""The Help menu: a short guide for each role, shown inside the app, and About (the version
and the licences of what ships with it)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaluator import __version__
from evaluator.resources_path import resources_dir
from ui.i18n import QT_TRANSLATE_NOOP, translate

CHAIR = QT_TRANSLATE_NOOP(
    "help_menu",
    """
<h2>For the committee chair</h2>
<ol>
<li><b>File ▸ New workspace from call file…</b> makes one workspace file for the call.</li>
<li><b>Proposals ▸ Import proposals…</b> reads the proposals file (CSV or XLSX); every problem
is listed and nothing is imported until the file is right. Add each proposal's documents
beside its details, or drop a folder of reference-named subfolders there.</li>
<li><b>Evaluators</b>: register the evaluators, record conflicts of interest, then
<i>Assign automatically</i> (or click a cell of the matrix). <i>Export packages…</i>
writes one signed package per evaluator.</li>
<li><b>File ▸ Import returns…</b> merges the evaluators' signed returns. Your workspace
decides: a review you hold as submitted changes only after you reopen it.</li>
<li><b>Reconciliation</b>: for each divergent proposal, set consensus scores or exclude a
review (with a reason), then resolve it with a note.</li>
<li><b>Ranking</b>: final scores, ranks, the budget line and the reserve list; set awarded
amounts, export CSV, XLSX or the PDF report.</li>
</ol>
<p>Every change is in the audit trail; <code>grant-evaluator verify</code> checks the file.
Keep the printed report of each meeting: its footer holds the audit head.</p>
""",
)

EVALUATOR = QT_TRANSLATE_NOOP(
    "help_menu",
    """
<h2>For evaluators</h2>
<ol>
<li><b>File ▸ Open evaluation package…</b> (also on the welcome page): choose the package the
chair sent you, then where to keep your evaluation workspace.</li>
<li><b>Scoring</b>: pick a proposal, declare that you have no conflict of interest (or that
you have one: the proposal is then released), and score each criterion with the
keyboard. Scores the call marks need a written justification.</li>
<li><b>Submit</b> a review when every criterion is scored; it is then locked.</li>
<li><b>File ▸ Send back scores…</b> writes your signed returns file: send it to the chair by
e-mail or USB stick. You can send again later; each file has a new revision.</li>
</ol>
""",
)

STAFF = QT_TRANSLATE_NOOP(
    "help_menu",
    """
<h2>For programme staff</h2>
<ul>
<li><b>Contracts</b>: one PDF draft per funded proposal, in rank order. Check each draft,
then export them all into a folder or print one; the drafts are entered in the audit
trail.</li>
<li><b>Ranking ▸ Report PDF…</b>: the ranking and an evaluation summary per proposal.</li>
<li><b>Ranking ▸ Export CSV / XLSX</b>: the ranking as a spreadsheet.</li>
</ul>
""",
)

GUIDES = {
    QT_TRANSLATE_NOOP("help_menu", "Guide for the &chair"): (
        QT_TRANSLATE_NOOP("help_menu", "Guide for the chair"),
        CHAIR,
    ),
    QT_TRANSLATE_NOOP("help_menu", "Guide for &evaluators"): (
        QT_TRANSLATE_NOOP("help_menu", "Guide for evaluators"),
        EVALUATOR,
    ),
    QT_TRANSLATE_NOOP("help_menu", "Guide for programme &staff"): (
        QT_TRANSLATE_NOOP("help_menu", "Guide for programme staff"),
        STAFF,
    ),
}


def about_html() -> str:
    """The version, and who made what ships with the application, under which licence."""
    fonts = resources_dir() / "fonts" / "LICENSE-DejaVu.txt"
    return translate(
        "help_menu",
        "<h2>Grant Evaluator {value}</h2><p>Offline evaluation of grant "
        "proposals. MIT licence.</p><h3>What ships with it</h3><ul><li>Qt "
        "{qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt "
        "Company).</li><li>DejaVu fonts (in reports and contracts): the "
        "Bitstream Vera licence and the DejaVu changes in the public domain; "
        "full text in <code>{fonts}</code>.</li><li>SQLAlchemy, SQLModel, "
        "Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, "
        "defusedxml, cryptography: BSD; num2words: "
        "LGPL-2.1.</li></ul><p>Python {python_version} on {system}.</p>",
    ).format(
        value=__version__,
        qVersion=qVersion(),
        value2=PySide6.__version__,
        fonts=fonts,
        python_version=platform.python_version(),
        system=platform.system(),
    )


class HelpDialog(QDialog):
    """A page of help in a window of its own, which stays open beside the work."""

    def __init__(self, parent: QWidget | None, title: str, html: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("help_dialog")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 440)

    @classmethod
    def show_page(cls, parent: QWidget | None, title: str, html: str) -> HelpDialog:
        """Open the page (not modal) and return its dialog."""
        dialog = cls(parent, title, html)
        dialog.show()
        return dialog


def add_menu(window: QMainWindow) -> list[QAction]:
    """The Help menu of ``window``; returns its actions (guides first, About last)."""
    menu = window.menuBar().addMenu(translate("help_menu", "&Help"))
    actions = []
    for text, (title, html) in GUIDES.items():
        action = menu.addAction(translate("help_menu", text))
        action.triggered.connect(
            lambda _checked=False, t=title, h=html: HelpDialog.show_page(
                window, translate("help_menu", t), translate("help_menu", h)
            )
        )
        actions.append(action)
    menu.addSeparator()
    about = menu.addAction(translate("help_menu", "&About Grant Evaluator"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(
        lambda _checked=False: HelpDialog.show_page(
            window, translate("help_menu", "About Grant Evaluator"), about_html()
        )
    )
    actions.append(about)
    return actions
