"""The command line: a thin front-end over the actions, for chairs, evaluators and their scripts.

Exit codes: 0 success; 1 the request was refused (bad file, rule violated, nothing changed);
2 usage error. Errors go to stderr; results go to stdout as text, JSON or CSV.
``parser`` holds the grammar, ``commands`` which function carries out each command, and one
module per area (proposals, people, scoring, exchange, decisions, outputs, workspace) the
commands themselves.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence

from evaluator.cli.common import DEMO_FILE, WORKSPACE_ENV, Usage
from evaluator.cli.parser import build_parser
from evaluator.errors import EvaluatorError

__all__ = ["DEMO_FILE", "WORKSPACE_ENV", "Usage", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        # The commands (and the core they need) load only now: --help stays instant.
        from evaluator.cli.commands import run

        run(args, sys.stdout)
    except Usage as exc:
        parser.error(str(exc))
    except BrokenPipeError:
        # The reader (e.g. ``| head``) stopped early; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    except EvaluatorError as exc:
        print(f"grant-evaluator: {exc.message}", file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0
