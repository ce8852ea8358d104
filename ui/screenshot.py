"""``python -m ui.screenshot [FOLDER]``: the main pages of the demo, rendered offscreen.

Writes the README's pictures: proposals-, evaluators-, scoring-, reconciliation-, ranking-
and contracts-page.png, and bias-view.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from evaluator.rules.statuses import ReviewProgress
from ui.main_window import PAGES, MainWindow


def main(folder: Path) -> None:
    """Render the demo's Proposals, Evaluators and Scoring pages into ``folder``."""
    # Read when the application is made, not when Qt is imported.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = QApplication.instance() or QApplication([])
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
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
