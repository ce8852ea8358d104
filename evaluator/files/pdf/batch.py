"""A batch of PDFs (contract drafts, outcome letters) drawn on every CPU core into a scratch
folder, then moved into place all at once: all of the batch or none, whatever stops it."""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any, Protocol

from evaluator.errors import Cancelled, EvaluatorError
from evaluator.files.atomic import sync_folder
from evaluator.files.pdf.fonts import register_fonts
from evaluator.i18n import N_, _
from evaluator.services.proposals import Progress


class Drawn(Protocol):
    """One document of a batch: its data, and the name of the file it is drawn into."""

    @property
    def file_name(self) -> str: ...


# What draws one document: (data, template, file, invariant).
Render = Callable[[Any, dict[str, Any], Path, bool], object]

# The most drafts one pool task draws (about a tenth of a second of work): the progress moves
# and Cancel answers quickly.
MAX_RUN = 8

# What every draft of the batch a pool worker draws shares, set once when the worker starts.
_worker_batch: tuple[Render, dict[str, Any], bool] | None = None


def draw_batch(
    drafts: Sequence[Drawn],
    template: dict[str, Any],
    folder: Path,
    *,
    render: Render,
    invariant: bool,
    workers: int | None,
    progress: Progress | None,
    extra: dict[str, bytes] | None = None,
    what: str = N_("contracts"),
) -> list[Path]:
    """Draw ``drafts`` with ``render`` into ``folder``, all or none; returns the files (the
    drafts', then ``extra``'s: more files by name, such as a mail-merge list, that are
    written and moved into place with them).

    ``folder`` and its parents are created when missing. The drafts are drawn on ``workers``
    processes (all CPU cores by default) into a hidden scratch folder inside ``folder``; they
    appear in ``folder`` only once every one of them is complete. A failed, cancelled or
    interrupted batch leaves nothing behind: no draft, no scratch folder, and no folder it
    created.
    """
    count = min(workers or _cores(), len(drafts))
    created = _make_folder(folder, what)
    scratch: Path | None = None
    try:
        _sweep_scratch(folder)
        # The pid in the name: a later batch knows the folder of one killed outright as stale.
        scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH}{os.getpid()}-", dir=folder))
        # Registered here, before the workers start: forked workers inherit the parsed fonts.
        register_fonts()
        if progress:
            progress(0, len(drafts))
        if count <= 1:
            for done, draft in enumerate(drafts, start=1):
                render(draft, template, scratch / draft.file_name, invariant)
                if progress:
                    progress(done, len(drafts))
        else:
            _render_on_cores(drafts, template, scratch, invariant, count, progress, render)
        for name, data in (extra or {}).items():
            (scratch / name).write_bytes(data)
        names = [draft.file_name for draft in drafts] + list(extra or {})
        written = []
        with _signals_held():
            for name in names:
                target = folder / name
                os.replace(scratch / name, target)
                written.append(target)
        sync_folder(folder)
        created = []  # the batch is written: the folders it made stay
        return written
    except Cancelled:
        raise
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot write the {what} into {folder}: {value}.").format(
                what=_(what), folder=folder, value=exc.strerror or exc
            )
        ) from None
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()  # only if still empty: never what someone else put there


def _cores() -> int:
    """The CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_worker(render: Render, template: dict[str, Any], invariant: bool, parent: int) -> None:
    """Ready a pool worker: it ends with the batch's process, ignores Ctrl-C (the batch's
    process stops it), has the fonts registered and keeps the batch's template."""
    global _worker_batch
    _end_with_parent(parent)
    # Ctrl-C in a terminal reaches the whole process group; the batch's process answers it
    # by shutting the pool down, and a worker interrupted mid-task would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    register_fonts()
    _worker_batch = (render, template, invariant)


def _end_with_parent(parent: int) -> None:
    """Make this worker end when ``parent`` (the process drawing the batch) does, even when it
    is killed outright and cannot shut its pool down: a worker waiting for tasks that never
    come would otherwise run for ever."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    # The parent may have died before the prctl took effect (then this one was adopted), and
    # elsewhere there is no prctl: a watch that looks every half second covers both.
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


# prctl(2): the signal a process gets when its parent ends.
PR_SET_PDEATHSIG = 1


def _render_run(drafts: Sequence[Drawn], folder: Path) -> int:
    """Draw a run of drafts into ``folder`` in a pool worker; returns how many."""
    if _worker_batch is None:
        raise RuntimeError(_("_render_run runs only in a worker readied by _start_worker"))
    render, template, invariant = _worker_batch
    for draft in drafts:
        render(draft, template, folder / draft.file_name, invariant)
    return len(drafts)


def run_length(left: int, processes: int) -> int:
    """How many of the ``left`` drafts the next pool task draws when ``processes`` draw them.

    A share of what is left (guided scheduling): few tasks to send while much is left, single
    drafts at the end, so that no process waits long for another; never more than ``MAX_RUN``.
    """
    return max(1, min(MAX_RUN, -(-left // (2 * processes))))


def _render_on_cores(
    drafts: Sequence[Drawn],
    template: dict[str, Any],
    folder: Path,
    invariant: bool,
    processes: int,
    progress: Progress | None,
    render: Render,
) -> None:
    """Draw ``drafts`` into ``folder`` with ``processes`` processes: this one and a pool of
    the others.

    The pool's workers take runs of drafts from the front of the batch, two runs in flight
    each so that none waits for the next; this process draws the following draft itself
    between handing them out, rather than only wait (it starts at once, while the workers
    are still starting).
    """
    workers = processes - 1
    done = taken = 0
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_start_worker,
        initargs=(render, template, invariant, os.getpid()),
    ) as pool:
        pending: set[Future[int]] = set()
        try:
            while taken < len(drafts) or pending:
                while taken < len(drafts) and len(pending) < 2 * workers:
                    size = run_length(len(drafts) - taken, processes)
                    pending.add(pool.submit(_render_run, drafts[taken : taken + size], folder))
                    taken += size
                if taken < len(drafts):
                    draft = drafts[taken]
                    taken += 1
                    render(draft, template, folder / draft.file_name, invariant)
                    done += 1
                    finished = {future for future in pending if future.done()}
                else:
                    finished, _pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    pending.discard(future)
                    done += future.result()
                if progress:
                    progress(done, len(drafts))
        except BaseException:
            # The workers finish the runs they have begun before the scratch folder goes.
            pool.shutdown(cancel_futures=True)
            raise


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the finished drafts are moved into place (a few
    renames), so that a stop request gives all of the batch or none, never part of it."""
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# The name every batch's scratch folder starts with, followed by the pid of its process.
SCRATCH = ".contracts-"


def _make_folder(folder: Path, what: str) -> list[Path]:
    """Create ``folder`` and its missing parents; returns those created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise EvaluatorError(
            _("{folder} is a file, not a folder for the {what}.").format(
                folder=folder, what=_(what)
            )
        ) from None
    except OSError as exc:
        raise EvaluatorError(
            _("Cannot create the folder {folder}: {value}.").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from None
    return missing


def _sweep_scratch(folder: Path) -> None:
    """Remove the scratch folders that batches killed outright (SIGKILL, power cut) left in
    ``folder``: those whose process no longer runs. A running batch's scratch stays."""
    for entry in folder.iterdir():
        found = re.fullmatch(rf"{re.escape(SCRATCH)}(\d+)-\w+", entry.name)
        if found is None or not entry.is_dir() or entry.is_symlink():
            continue
        if not _running(int(found.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether a process ``pid`` runs (ours or another user's)."""
    if pid == os.getpid() or sys.platform == "win32":
        return True  # on Windows, signal 0 would be a Ctrl-C to the process: never sweep there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: running, as far as we can tell
    return True
