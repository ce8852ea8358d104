"""Before Qt starts: a Linux system without the libraries Qt's window needs is told, in one
sentence, which Debian/Ubuntu packages to install; one that can start is not held back."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ui.system_check import missing_packages, start_problem

ROOT = Path(__file__).resolve().parents[2]


def lacking(*libraries: str) -> Callable[[str], str | None]:
    """A library lookup that finds everything but ``libraries``."""
    return lambda name: None if name in libraries else f"lib{name}.so"


def test_on_x11_the_xcb_plugin_libraries_are_needed_too() -> None:
    x11 = {"DISPLAY": ":0"}

    assert missing_packages(x11, lacking("xcb-cursor"), "linux") == ["libxcb-cursor0"]
    assert missing_packages({"QT_QPA_PLATFORM": "offscreen"}, lacking("xcb-cursor"), "linux") == []
    assert (
        missing_packages({**x11, "WAYLAND_DISPLAY": "wayland-0"}, lacking("xcb-cursor"), "linux")
        == []
    )
    assert missing_packages(x11, lacking("EGL", "fontconfig"), "linux") == [
        "libegl1",
        "libfontconfig1",
    ]
    assert missing_packages(x11, lacking("EGL"), "win32") == []


def test_missing_libraries_that_stop_qt_are_named_in_one_sentence() -> None:
    problem = start_problem({"DISPLAY": ":0"}, lacking("xcb-cursor", "GL"), starts=lambda: False)

    assert problem == (
        "Grant Evaluator cannot open its window: this system lacks libraries Qt needs; on "
        "Debian or Ubuntu install them with: sudo apt install libgl1 libxcb-cursor0"
    )


def test_a_system_where_qt_starts_anyway_is_not_held_back() -> None:
    tried: list[bool] = []

    def starts() -> bool:
        tried.append(True)
        return True

    assert start_problem({"DISPLAY": ":0"}, lacking("xcb-cursor"), starts) is None
    assert tried == [True]
    assert start_problem({"DISPLAY": ":0"}, lacking(), starts) is None
    assert tried == [True]  # nothing seemed missing: Qt was not tried in a child process


def test_main_says_nothing_when_the_window_can_open(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy; sys.argv = ['main.py', '--help']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit as stop:\n    print('exit', stop.code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )

    assert "cannot open its window" not in done.stderr
    assert "usage: grant-evaluator-gui" in done.stdout and "exit 0" in done.stdout
