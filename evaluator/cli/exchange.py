"""Commands of the offline exchange: export-package, open-package, export-returns,
import-returns."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import exchange as actions
from evaluator.cli.opening import open_named, workspace_path
from evaluator.errors import EvaluatorError
from evaluator.rules.documents import documents_text
from evaluator.rules.text import plural


def export_package(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        report = actions.export_package(
            workspace=workspace, evaluator_name=args.name, out=args.out
        ).result
    documents = _documents(report.documents, report.document_bytes)
    print(
        f"Wrote {report.path}: the package of {report.evaluator} "
        f"({plural(report.proposals, 'proposal')}, {plural(report.scores, 'score')}"
        f"{documents}).",
        file=out,
    )


def _documents(count: int, size: int) -> str:
    """How many documents a package carries, for its line (nothing when it carries none)."""
    return f", {documents_text(count, size)}" if count else ""


def open_package(args: argparse.Namespace, out: TextIO) -> None:
    path = workspace_path(args)
    opened = actions.open_package(package=args.file, path=path).result
    documents = _documents(opened.documents, opened.document_bytes).replace(", ", " with ", 1)
    print(f"Created {path}: the evaluation workspace of {opened.evaluator}{documents}.", file=out)


def export_returns(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        report = actions.export_returns(workspace=workspace, out=args.out).result
    print(
        f"Wrote {report.path}: revision {report.revision}, {plural(report.reviews, 'review')} "
        f"({report.submitted} submitted), {plural(report.scores, 'score')}.",
        file=out,
    )


def import_returns(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        outcome = actions.import_returns(workspace=workspace, paths=args.files).result
    for result in outcome.merged:
        print(result.summary(), file=out)
        for conflict in result.conflicts:
            print(f"  not merged: {conflict}", file=out)
    refused = outcome.refused
    if refused:
        lines = []
        for path, error in refused:
            lines.append(f"{path.name}: refused: {error.message}")
            lines += [f"  {line}" for line in error.details]
        raise EvaluatorError(
            f"{plural(len(refused), 'file')} of {len(args.files)} refused; "
            "each refused file changed nothing.",
            lines,
        )
