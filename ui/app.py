"""Starting the GUI: the application object, command-line arguments and the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from evaluator import __version__
from evaluator.actions.workspace import data_folder
from evaluator.errors import EvaluatorError
from evaluator.i18n import LANGUAGES, UnknownLanguage
from ui import language, msgbox
from ui.i18n import translate
from ui.main_window import MainWindow

DEMO_NAME = "smart-balkans-demo.gew"


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="grant-evaluator-gui", description="Grant Evaluator")
    parser.add_argument("workspace", nargs="?", type=Path, help="the workspace file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo workspace (created on first use)"
    )
    parser.add_argument("--lang", metavar="CODE", help="the language: " + ", ".join(LANGUAGES))
    return parser.parse_args(argv)


def create_window(args: argparse.Namespace, data: Path) -> MainWindow:
    """The main window, with the workspace the arguments name already open."""
    window = MainWindow(demo_path=data / DEMO_NAME)
    if args.demo:
        window.open_demo()
    elif args.workspace is not None:
        window.open_path(args.workspace)
    return window


def refuse_in_a_dialog(parent: QWidget) -> None:
    """Make a refusal that escapes a slot (say, a page reloading while another program holds
    the workspace: "… is in use by another program") a dialog, not a traceback on stderr.
    Anything else is a bug, and Python reports it as usual."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, EvaluatorError):
            msgbox.refusal(parent, translate("app", "Not done"), error)
        else:
            previous(kind, error, trace)

    sys.excepthook = hook


def run(argv: Sequence[str] | None = None, data: Path | None = None) -> int:
    """Run the GUI until the user quits; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Grant Evaluator")
    app.setOrganizationName("Grant Evaluator")
    app.setApplicationVersion(__version__)
    args = _arguments(sys.argv[1:] if argv is None else argv)
    try:
        language.install(language.initial(args.lang))
    except UnknownLanguage as exc:
        print(f"grant-evaluator-gui: {exc}", file=sys.stderr)
        return 2
    window = create_window(args, data or data_folder())
    shown = [window]

    def follow(successor: MainWindow) -> None:
        # The window built in another language replaces this one: keep it referenced.
        shown[0] = successor
        refuse_in_a_dialog(successor)
        successor.language_changed.connect(follow)

    window.language_changed.connect(follow)
    refuse_in_a_dialog(window)
    window.show()
    return app.exec()
