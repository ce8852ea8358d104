"""SIGTERM taken like Ctrl-C while a command writes, so that it cleans up on its way out."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Terminated(SystemExit):
    """SIGTERM arrived: raised like Ctrl-C, so that every ``finally`` cleans up on its way out."""


@contextmanager
def terminate_as_exception() -> Iterator[None]:
    """While inside, SIGTERM raises ``Terminated`` (exit status 143) instead of killing the
    process outright, so that partial files, scratch folders and worker processes are cleaned
    up as for Ctrl-C. Only the main thread can take signals; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise Terminated(128 + signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
