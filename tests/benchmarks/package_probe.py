"""One measured step of the package benchmark, run in a process of its own so that its memory
is its own: ``python -m tests.benchmarks.package_probe STEP ARGS…`` prints a JSON line with
the seconds the step took, the resident memory before it and the peak during it (bytes).

Steps: ``raw SOURCE_FOLDER OUT`` (read every file, SHA-256 it, write the bytes to OUT),
``export CHAIR NAME OUT`` and ``open PACKAGE WORKSPACE`` (the application's command line).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import sys
from pathlib import Path
from time import perf_counter

# The commands' modules are loaded before the clock starts (the command line loads them on
# first use): the figures are of the work, not of starting Python; the memory baseline is the
# application's, loaded.
import evaluator.cli.commands  # noqa: F401
from evaluator.cli import main

CHUNK = 1 << 20


def _status(field: str) -> int:
    """A field of /proc/self/status in bytes (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def _reset_peak() -> bool:
    """Start the peak resident memory from now (Linux); False where the kernel refuses."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def raw(folder: Path, out: Path) -> None:
    """Reading, hashing and writing the same bytes, with nothing of the application."""
    with out.open("wb") as target:
        for path in sorted(folder.rglob("*.pdf")):
            digest = hashlib.sha256()
            with path.open("rb") as source:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    target.write(chunk)
            digest.hexdigest()
        target.flush()
        os.fsync(target.fileno())  # the application's files are on disk when it says so


def run(step: str, args: list[str]) -> None:
    if step == "raw":
        raw(Path(args[0]), Path(args[1]))
    elif step == "export":
        code = main(["-w", args[0], "export-package", args[1], "--out", args[2]])
        assert code == 0
    elif step == "open":
        code = main(["-w", args[1], "open-package", args[0]])
        assert code == 0
    else:
        raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    step, arguments = sys.argv[1], sys.argv[2:]
    before = _status("VmRSS")
    reset = _reset_peak()
    start = perf_counter()
    run(step, arguments)
    seconds = perf_counter() - start
    peak = _status("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "before": before, "peak": peak}))
