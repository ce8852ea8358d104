"""``python -m ui.screenshot [FOLDER] [--sizes] [--lang=CODE]``: the main pages of the demo,
rendered offscreen.

Writes the README's pictures: proposals-, evaluators-, scoring-, reconciliation-, ranking-
and contracts-page.png, and bias-view.png; and the Scoring page reading a proposal's
application form beside the grid at two screen sizes, scoring-document-1366x768.png and
scoring-document-1920x1080.png. With ``--sizes``, also each chair page (Proposals,
Evaluators, Reconciliation, Ranking, Contracts) at each of those sizes, e.g.
ranking-page-1366x768.png, to look at what a laptop and a desktop screen show. With
``--lang=CODE``, instead, the welcome page and every page in that language at both sizes,
e.g. ranking-sq-1366x768.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from evaluator.actions import documents
from evaluator.resources_path import resources_dir
from evaluator.rules.statuses import ReviewProgress
from ui import language
from ui.main_window import PAGES, MainWindow

SIZES = ((1366, 768), (1920, 1080))
# Its own name: the report registers DejaVu under its own, with bold in its family.
FORM_FONT = "ScreenshotFormSans"
FORM_SECTIONS = (
    "Relevance of the action",
    "Coherence of the intervention logic",
    "Regional partnership and added value",
    "Budget and cost-effectiveness",
    "Sustainability of the results",
)
COMMENT = (
    "Clear regional added value: partners in Nikšić, Korçë and Штип.\n"
    "The logframe links outputs to outcomes, but indicators lack baselines.\n"
    "Budget line 3.2 (travel) looks high for the activities planned."
)


def application_form(out: Path, title: str) -> Path:
    """A few pages of an application form for ``title``, for the pictures."""
    font = resources_dir() / "fonts" / "DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont(FORM_FONT, str(font)))
    heading = ParagraphStyle("heading", fontName=FORM_FONT, fontSize=15, leading=20)
    body = ParagraphStyle("body", fontName=FORM_FONT, fontSize=10.5, leading=15, spaceAfter=8)
    story: list[object] = [Paragraph(f"Application form — {title}", heading)]
    for number, section in enumerate(FORM_SECTIONS, start=1):
        story.append(Paragraph(f"{number}. {section}", heading))
        story += [
            Paragraph(
                f"Section {number} of the application describes the {section.lower()} of the "
                "action across Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North "
                "Macedonia and Serbia, with the partners' roles and the expected results. ",
                body,
            )
            for _ in range(9)
        ]
        story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4, invariant=1, title=title).build(story)
    return out


def main(folder: Path, *, sizes: bool = False, lang: str | None = None) -> None:
    """Render the demo's pages into ``folder`` (and, if ``sizes``, the chair's at each of
    ``SIZES``); with ``lang``, every page in that language at each of ``SIZES`` instead."""
    # Read when the application is made, not when Qt is imported.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = QApplication.instance() or QApplication([])
        if lang is not None:
            language.install(lang)
            language_shots(app, Path(scratch), folder, lang)
            return
        window = MainWindow(demo_path=Path(scratch) / "demo.gew")
        window.resize(1400, 900)
        window.show()
        window.open_demo()
        window.proposals_page.select("RG-008")
        app.processEvents()
        window.grab().save(str(folder / "proposals-page.png"))
        window.navigation.setCurrentRow(PAGES.index("Evaluators"))
        window.evaluators_page.select("Arben Krasniqi")
        app.processEvents()
        window.grab().save(str(folder / "evaluators-page.png"))
        window.navigation.setCurrentRow(PAGES.index("Scoring"))
        page = window.scoring_page
        page.act_as("Ana Stojanovska")
        page.open_review(
            next(
                page.model.review(r).reference
                for r in range(page.model.rowCount())
                if page.model.review(r).status == ReviewProgress.IN_PROGRESS
            )
        )
        app.processEvents()
        window.grab().save(str(folder / "scoring-page.png"))
        reading_shots(app, window, folder, Path(scratch))
        for name in ("Reconciliation", "Ranking", "Contracts"):
            window.navigation.setCurrentRow(PAGES.index(name))
            # The PDF preview renders its pages in the background.
            for _ in range(20):
                app.processEvents()
                time.sleep(0.05)
            window.grab().save(str(folder / f"{name.lower()}-page.png"))
        window.navigation.setCurrentRow(PAGES.index("Reconciliation"))
        window.reconciliation_page.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(folder / "bias-view.png"))
        if sizes:
            window.reconciliation_page.tabs.setCurrentIndex(0)
            chair_shots(app, window, folder)
        window.close()


CHAIR_PAGES = ("Proposals", "Evaluators", "Reconciliation", "Ranking", "Contracts")


def chair_shots(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """Each of ``CHAIR_PAGES`` at each of ``SIZES``, as a chair on a laptop or a desktop sees
    it."""
    for width, height in SIZES:
        window.resize(width, height)
        for name in CHAIR_PAGES:
            window.navigation.setCurrentRow(PAGES.index(name))
            for _ in range(20):  # the PDF preview renders its pages in the background
                app.processEvents()
                time.sleep(0.05)
            window.grab().save(str(folder / f"{name.lower()}-page-{width}x{height}.png"))
    window.resize(1400, 900)


def reading_shots(app: QCoreApplication, window: MainWindow, folder: Path, scratch: Path) -> None:
    """The Scoring page with the review open reading its application form, a three-line
    comment written, at each of ``SIZES``."""
    page = window.scoring_page
    sheet = page.sheet
    assert window.workspace is not None and sheet is not None
    form = application_form(scratch / "application-form.pdf", sheet.reference)
    documents.attach(workspace=window.workspace, reference=sheet.reference, paths=[form])
    page.refresh()
    page.open_review(sheet.reference)
    code = next(c for c in page.rows if c in sheet.scores)
    page.rows[code].comment.setPlainText(COMMENT)
    page.flush()
    for width, height in SIZES:
        window.resize(width, height)
        app.processEvents()
        page.scroller.ensureWidgetVisible(page.rows[code].comment)
        for _ in range(20):  # the pages are rendered in the background
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(folder / f"scoring-document-{width}x{height}.png"))
    window.resize(1400, 900)


def language_shots(app: QCoreApplication, scratch: Path, folder: Path, lang: str) -> None:
    """The welcome page and every page of the demo in ``lang``, at each of ``SIZES``, as
    ``<page>-<lang>-<W>x<H>.png``, the Scoring page with a review open."""
    window = MainWindow(demo_path=scratch / "demo.gew")
    window.show()
    for width, height in SIZES:
        window.resize(width, height)
        app.processEvents()
        window.grab().save(str(folder / f"welcome-{lang}-{width}x{height}.png"))
    window.open_demo()
    window.scoring_page.act_as("Ana Stojanovska")
    for width, height in SIZES:
        window.resize(width, height)
        for row, name in enumerate(PAGES):
            window.navigation.setCurrentRow(row)
            if name == "Scoring" and window.scoring_page.sheet is None:
                window.scoring_page.open_review(window.scoring_page.model.review(0).reference)
            for _ in range(20):  # the PDF previews render their pages in the background
                app.processEvents()
                time.sleep(0.05)
            window.grab().save(str(folder / f"{name.lower()}-{lang}-{width}x{height}.png"))
    window.close()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    chosen = next(
        (a.removeprefix("--lang=") for a in sys.argv[1:] if a.startswith("--lang=")), None
    )
    main(Path(arguments[0] if arguments else "docs"), sizes="--sizes" in sys.argv[1:], lang=chosen)
