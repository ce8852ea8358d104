"""Commands of the offline exchange: export-package, open-package, export-returns,
import-returns."""

from __future__ import annotations

import argparse
from typing import TextIO

from evaluator.actions import exchange as actions
from evaluator.cli.opening import open_named, workspace_path
from evaluator.errors import EvaluatorError
from evaluator.i18n import N_, _, plural
from evaluator.rules.documents import documents_text


def export_package(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        report = actions.export_package(
            workspace=workspace, evaluator_name=args.name, out=args.out
        ).result
    documents = _documents(report.documents, report.document_bytes)
    print(
        _("Wrote {path}: the package of {evaluator} ({proposals}, {scores}{documents}).").format(
            path=report.path,
            evaluator=report.evaluator,
            proposals=plural(report.proposals, "{count} proposal", "{count} proposals"),
            scores=plural(report.scores, "{count} score", "{count} scores"),
            documents=documents,
        ),
        file=out,
    )


def _documents(count: int, size: int, joined: str = ", {documents}") -> str:
    """How many documents a package carries, for its line (nothing when it carries none)."""
    return _(joined).format(documents=documents_text(count, size)) if count else ""


def open_package(args: argparse.Namespace, out: TextIO) -> None:
    path = workspace_path(args)
    opened = actions.open_package(package=args.file, path=path).result
    documents = _documents(opened.documents, opened.document_bytes, N_(" with {documents}"))
    print(
        _("Created {path}: the evaluation workspace of {evaluator}{documents}.").format(
            path=path, evaluator=opened.evaluator, documents=documents
        ),
        file=out,
    )


def export_returns(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        report = actions.export_returns(workspace=workspace, out=args.out).result
    print(
        _("Wrote {path}: revision {revision}, {reviews} ({submitted} submitted), {scores}.").format(
            path=report.path,
            revision=report.revision,
            reviews=plural(report.reviews, "{count} review", "{count} reviews"),
            submitted=report.submitted,
            scores=plural(report.scores, "{count} score", "{count} scores"),
        ),
        file=out,
    )


def import_returns(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        outcome = actions.import_returns(workspace=workspace, paths=args.files).result
    for result in outcome.merged:
        print(result.summary(), file=out)
        for conflict in result.conflicts:
            print(_("  not merged: {conflict}").format(conflict=conflict), file=out)
    refused = outcome.refused
    if refused:
        lines = []
        for path, error in refused:
            lines.append(
                _("{name}: refused: {message}").format(name=path.name, message=error.message)
            )
            lines += [f"  {line}" for line in error.details]
        raise EvaluatorError(
            _("{count} of {count2} refused; each refused file changed nothing.").format(
                count=plural(len(refused), "{count} file", "{count} files"), count2=len(args.files)
            ),
            lines,
        )
