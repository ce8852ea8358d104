"""Commands on proposals' documents: import-documents, attach, detach, documents,
export-document."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import documents as actions
from evaluator.cli.listing import write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.i18n import _, plural


def import_documents(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        attached, skipped = actions.import_documents(
            workspace=workspace, folder=args.folder, replace=args.replace
        ).result
    left = (
        _(" ({skipped} left out)").format(
            skipped=plural(
                skipped, "{count} hidden or system file", "{count} hidden or system files"
            )
        )
        if skipped
        else ""
    )
    print(f"{attached.summary().removesuffix('.')}{left}.", file=out)


def attach(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        attached = actions.attach(
            workspace=workspace, reference=args.reference, paths=args.files, replace=args.replace
        ).result
    print(attached.summary(), file=out)


def detach(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        name = actions.detach(workspace=workspace, reference=args.reference, name=args.name).result
    print(
        _("Detached “{name}” from {reference}.").format(name=name, reference=args.reference),
        file=out,
    )


def documents(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        rows = [
            {"reference": d.reference, "name": d.name, "bytes": d.bytes, "sha256": d.sha256}
            for d in actions.list_documents(workspace=workspace, reference=args.reference)
        ]
    columns = ["reference", "name", "bytes", "sha256"]
    if args.format == "json":
        write_json(out, {"documents": rows})
    elif args.format == "csv":
        write_csv(out, rows, columns)
    else:
        write_text(out, rows, columns, {})
        if not rows:
            print(_("No documents yet; `import-documents FOLDER` or `attach` adds them."), file=out)


def export_document(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        size = actions.export_document(
            workspace=workspace, reference=args.reference, name=args.name, out=args.out
        )
    print(_("Wrote {out} ({size:,} bytes).").format(out=args.out, size=size), file=out)
