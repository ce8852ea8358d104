"""Commands on what applicants are told: feedback and outcome letters."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import outcomes as actions
from evaluator.cli.common import Usage
from evaluator.cli.listing import write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.cli.outputs import say_recorded, write_batch
from evaluator.rules.text import plural

WHOLE = "(whole proposal)"


def feedback(args: argparse.Namespace, out: TextIO) -> None:
    if args.list:
        _list_feedback(args, out)
        return
    if args.reference is None:
        raise Usage("feedback needs the REFERENCE of the proposal (or --list)")
    if args.from_evaluator is not None and args.criterion is None:
        raise Usage("--from-evaluator copies a comment on one criterion: give --criterion CODE")
    with open_named(args) as workspace:
        if args.clear:
            actions.clear_feedback(
                workspace=workspace, reference=args.reference, criterion=args.criterion
            )
            print(f"Cleared the feedback on {_on(args.reference, args.criterion)}.", file=out)
            return
        if args.from_evaluator is not None:
            view = actions.copy_comment(
                workspace=workspace,
                reference=args.reference,
                criterion=args.criterion,
                evaluator_name=args.from_evaluator,
            ).result
            print(
                f"Copied the comment of {args.from_evaluator} into the feedback on "
                f"{_on(view.reference, view.criterion)}; edit it with --text before the "
                f"letters go out:\n{view.text}",
                file=out,
            )
            return
        view = actions.set_feedback(
            workspace=workspace, reference=args.reference, criterion=args.criterion, text=args.text
        ).result
    print(f"Saved the feedback on {_on(view.reference, view.criterion)}.", file=out)


def _on(reference: str, criterion: str | None) -> str:
    return f"{reference}, criterion {criterion}" if criterion else f"{reference} as a whole"


def _list_feedback(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        views = actions.list_feedback(workspace=workspace, reference=args.reference)
    if args.format == "json":
        write_json(
            out,
            {
                "feedback": [
                    {
                        "reference": v.reference,
                        "criterion": v.criterion,
                        "text": v.text,
                        "written_by": v.written_by,
                        "written_at": v.written_at.isoformat(),
                    }
                    for v in views
                ]
            },
        )
        return
    columns = ["reference", "criterion", "written_by", "written_at", "text"]
    rows = [
        {
            "reference": v.reference,
            "criterion": v.criterion or ("" if args.format == "csv" else WHOLE),
            "written_by": v.written_by,
            "written_at": v.written_at.isoformat(),
            "text": v.text if args.format == "csv" else " ".join(v.text.split()),
        }
        for v in views
    ]
    if args.format == "csv":
        write_csv(out, rows, columns)
    else:
        write_text(out, rows, columns, {})
        if not rows:
            print("No feedback yet; `feedback REFERENCE --text T` writes it.", file=out)


def letters(args: argparse.Namespace, out: TextIO) -> None:
    written = write_batch(args, actions.write_letters, "letter", dated=args.date)
    batch = written.batch
    for path in [*batch.files, batch.mail_merge]:
        print(path, file=out)
    wrote = (
        f"Wrote {plural(len(batch.files), 'outcome letter')} and {batch.mail_merge.name} "
        f"into {batch.folder}"
    )
    say_recorded(written, wrote, "letters", out)
