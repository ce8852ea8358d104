"""Commands on what applicants are told: feedback and outcome letters."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import outcomes as actions
from evaluator.cli.common import Usage
from evaluator.cli.listing import write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.cli.outputs import say_recorded, write_batch
from evaluator.i18n import N_, _, plural

WHOLE = N_("(whole proposal)")


def feedback(args: argparse.Namespace, out: TextIO) -> None:
    if args.list:
        _list_feedback(args, out)
        return
    if args.reference is None:
        raise Usage(_("feedback needs the REFERENCE of the proposal (or --list)"))
    if args.from_evaluator is not None and args.criterion is None:
        raise Usage(_("--from-evaluator copies a comment on one criterion: give --criterion CODE"))
    with open_named(args) as workspace:
        if args.clear:
            actions.clear_feedback(
                workspace=workspace, reference=args.reference, criterion=args.criterion
            )
            print(
                _("Cleared the feedback on {on}.").format(on=_on(args.reference, args.criterion)),
                file=out,
            )
            return
        if args.from_evaluator is not None:
            view = actions.copy_comment(
                workspace=workspace,
                reference=args.reference,
                criterion=args.criterion,
                evaluator_name=args.from_evaluator,
            ).result
            print(
                _(
                    "Copied the comment of {from_evaluator} into the feedback on {on}; "
                    "edit it with --text before the letters go out:\n{text}"
                ).format(
                    from_evaluator=args.from_evaluator,
                    on=_on(view.reference, view.criterion),
                    text=view.text,
                ),
                file=out,
            )
            return
        view = actions.set_feedback(
            workspace=workspace, reference=args.reference, criterion=args.criterion, text=args.text
        ).result
    print(_("Saved the feedback on {on}.").format(on=_on(view.reference, view.criterion)), file=out)


def _on(reference: str, criterion: str | None) -> str:
    return (
        _("{reference}, criterion {criterion}").format(reference=reference, criterion=criterion)
        if criterion
        else _("{reference} as a whole").format(reference=reference)
    )


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
            "criterion": v.criterion or ("" if args.format == "csv" else _(WHOLE)),
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
            print(_("No feedback yet; `feedback REFERENCE --text T` writes it."), file=out)


def letters(args: argparse.Namespace, out: TextIO) -> None:
    told = N_("{done} of {total} letters written")
    written = write_batch(args, actions.write_letters, told, dated=args.date)
    batch = written.batch
    for path in [*batch.files, batch.mail_merge]:
        print(path, file=out)
    wrote = _("Wrote {count} and {name} into {folder}").format(
        count=plural(len(batch.files), "{count} outcome letter", "{count} outcome letters"),
        name=batch.mail_merge.name,
        folder=batch.folder,
    )
    unrecorded = N_(
        "The letters are not entered in the audit trail: the workspace is open read-only "
        "because it is damaged."
    )
    say_recorded(written, wrote, unrecorded, out)
