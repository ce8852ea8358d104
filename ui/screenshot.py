"""``python -m ui.screenshot OUT.png``: the Proposals page of the demo, rendered offscreen."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    """Render the demo's Proposals page, with one proposal selected, into ``out``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = QApplication.instance() or QApplication([])
        window = MainWindow(demo_path=Path(folder) / "demo.gew")
        window.resize(1400, 860)
        window.show()
        window.open_demo()
        window.proposals_page.select("RG-008")
        app.processEvents()
        window.grab().save(str(out))
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "proposals-page.png"))
