"""Commands that write documents for staff: contracts, report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from evaluator.actions import outputs as actions
from evaluator.actions.changes import Done
from evaluator.actions.outputs import Recorded
from evaluator.cli.opening import open_named
from evaluator.cli.signals import terminate_as_exception
from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, _, plural

R = TypeVar("R", bound=Recorded[Any])


def write_batch(
    args: argparse.Namespace, action: Callable[..., Done[R]], told: str, **extra: Any
) -> R:
    """Run a batch that writes files into ``args.out`` (for ``args.reference``, and with the
    ``extra`` arguments), telling its progress on a terminal in the words of ``told``
    ("{done} of {total} … written"); SIGTERM unwinds like Ctrl-C, so the workers stop and the
    scratch folder goes."""

    def progress(done: int, total: int) -> None:
        print("\r" + _(told).format(done=done, total=total), end="", file=sys.stderr)

    with terminate_as_exception(), open_named(args) as workspace:
        result = action(
            workspace=workspace,
            folder=args.out,
            references=args.reference,
            progress=progress if sys.stderr.isatty() else None,
            language=args.lang,
            **extra,
        ).result
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return result


def say_recorded(recorded: Recorded[Any], wrote: str, unrecorded: str, out: TextIO) -> None:
    """Say what a batch wrote (``wrote``), and, in the words of ``unrecorded``, that it is not
    in the audit trail when the workspace is damaged."""
    if recorded.read_only:
        print(f"{wrote}.", file=out)
        print(_(unrecorded), file=sys.stderr)
        return
    if recorded.audit_error is not None:
        raise EvaluatorError(
            _("{wrote}, but could not enter them in the audit trail: {audit_error}").format(
                wrote=wrote, audit_error=recorded.audit_error
            )
        )
    print(f"{wrote}.", file=out)


def contracts(args: argparse.Namespace, out: TextIO) -> None:
    drafted = write_batch(
        args, actions.draw_contracts, N_("{done} of {total} contract drafts written")
    )
    batch = drafted.batch
    for path in batch.files:
        print(path, file=out)
    wrote = _("Wrote {count} into {folder}").format(
        count=plural(len(batch.files), "{count} contract draft", "{count} contract drafts"),
        folder=batch.folder,
    )
    unrecorded = N_(
        "The drafts are not entered in the audit trail: the workspace is open read-only "
        "because it is damaged."
    )
    say_recorded(drafted, wrote, unrecorded, out)


def report(args: argparse.Namespace, out: TextIO) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise EvaluatorError(_("{name}: the report is a .pdf file.").format(name=args.out.name))
    with terminate_as_exception(), open_named(args) as workspace:
        count = actions.write_report(workspace=workspace, out=args.out)
    summaries = (
        _("1 evaluation summary")
        if count == 1
        else _("{count} evaluation summaries").format(count=count)
    )
    print(
        _("Wrote {out}: the ranking and {summaries}.").format(out=args.out, summaries=summaries),
        file=out,
    )
