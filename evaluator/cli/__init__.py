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

from evaluator import i18n
from evaluator.cli.common import DEMO_FILE, WORKSPACE_ENV, Usage
from evaluator.cli.parser import build_parser
from evaluator.errors import EvaluatorError
from evaluator.i18n import _

__all__ = ["DEMO_FILE", "WORKSPACE_ENV", "Usage", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        # The language is known before the parser is built, so that --help speaks it too.
        i18n.use(i18n.chosen(_lang_flag(arguments)))
    except i18n.UnknownLanguage as exc:
        print(f"grant-evaluator: {exc}", file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(arguments)
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
        print(_("grant-evaluator: {message}").format(message=exc.message), file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


def _lang_flag(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the arguments (the last one given; argparse also takes
    ``--l``, ``--la`` and ``--lan`` for it), if any."""
    found = None
    for position, argument in enumerate(argv):
        if argument == "--":
            break
        name, equals, value = argument.partition("=")
        if len(name) < 3 or not "--lang".startswith(name):
            continue
        if equals:
            found = value
        elif position + 1 < len(argv):
            found = argv[position + 1]
    return found
