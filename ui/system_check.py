"""Before Qt starts on Linux: the system libraries its window needs, and, when some are missing
and Qt indeed cannot start, one sentence naming the Debian/Ubuntu packages to install.

Imports no Qt: a missing library makes Qt abort the process, past any Python ``except``.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping

# Library (as ctypes.util.find_library names it) -> the Debian/Ubuntu package that ships it.
ALWAYS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
# What Qt's X11 (xcb) platform plugin needs on top: Qt 6.5+ will not load it without them.
X11 = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0"}
PROBE = "from PySide6.QtWidgets import QApplication; QApplication([])"


def missing_packages(
    environ: Mapping[str, str] = os.environ,
    find: Callable[[str], str | None] = ctypes.util.find_library,
    platform: str = sys.platform,
) -> list[str]:
    """The packages whose libraries Qt's window will look for and the system seems to lack."""
    if platform != "linux":
        return []
    needed = dict(ALWAYS)
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if qpa == "xcb" or (not qpa and environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")):
        needed |= X11
    return sorted({package for library, package in needed.items() if find(library) is None})


def qt_starts(python: str = sys.executable, timeout: float = 20) -> bool:
    """Whether Qt can make its application here (tried in a child process, which may abort)."""
    try:
        done = subprocess.run([python, "-c", PROBE], capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return True  # no verdict: let the application itself try
    return done.returncode == 0


def advice(packages: list[str]) -> str:
    """The one sentence for a user whose system lacks ``packages``."""
    return (
        "Grant Evaluator cannot open its window: this system lacks libraries Qt needs; on "
        f"Debian or Ubuntu install them with: sudo apt install {' '.join(packages)}"
    )


def start_problem(
    environ: Mapping[str, str] = os.environ,
    find: Callable[[str], str | None] = ctypes.util.find_library,
    starts: Callable[[], bool] = qt_starts,
) -> str | None:
    """What to tell the user before the GUI starts, or None when it can start.

    The libraries are looked up first (cheap); only when some seem missing is Qt tried in a
    child process, so that a system whose libraries live where the lookup does not see them
    still starts.
    """
    packages = missing_packages(environ, find)
    if not packages or starts():
        return None
    return advice(packages)
