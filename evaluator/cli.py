"""The command line: a thin front-end over the core, for chairs, evaluators and their scripts.

Exit codes: 0 success; 1 the request was refused (bad file, rule violated, nothing changed);
2 usage error. Errors go to stderr; results go to stdout as text, JSON or CSV.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from evaluator import __version__
from evaluator.calls import call_row, load_call, stored_call
from evaluator.db import WORKSPACE_SUFFIX, Workspace, create_workspace, open_workspace
from evaluator.demo import create_demo
from evaluator.eligibility import explain
from evaluator.errors import EvaluatorError
from evaluator.proposals import ProposalView, check_eligibility, import_proposals, list_proposals

WORKSPACE_ENV = "GRANT_EVALUATOR_WORKSPACE"
DEMO_FILE = f"smart-balkans-demo{WORKSPACE_SUFFIX}"
FORMATS = ("text", "json", "csv")

Rows = list[dict[str, Any]]


class _Usage(Exception):
    """A command line that cannot be carried out as written (exit code 2)."""


def money(amount: Decimal) -> str:
    """An amount as scripts read it: plain digits, exactly two decimals."""
    return f"{amount:.2f}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grant-evaluator",
        description="Evaluate grant proposals offline: one workspace file per call.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-w",
        "--workspace",
        type=Path,
        default=os.environ.get(WORKSPACE_ENV) or None,
        help=f"the workspace file (default: ${WORKSPACE_ENV})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="create the workspace file from a call file")
    new.add_argument("--call", type=Path, required=True, metavar="CALL.toml")

    commands.add_parser(
        "demo",
        help=f"create a workspace with the SMART Balkans demo call (default file: {DEMO_FILE})",
    )

    imports = commands.add_parser(
        "import-proposals", help="import proposals from a .csv or .xlsx file, all or nothing"
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument(
        "--replace", action="store_true", help="replace proposals whose reference already exists"
    )

    for name, text in (
        ("proposals", "list the proposals"),
        ("eligibility", "check eligibility; per proposal: eligible and the reason codes"),
    ):
        listing = commands.add_parser(name, help=text)
        listing.add_argument("--format", choices=FORMATS, default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        COMMANDS[args.command](args, sys.stdout)
    except _Usage as exc:
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


def _workspace_path(args: argparse.Namespace) -> Path:
    if args.workspace is None:
        raise _Usage(f"no workspace: give -w FILE or set {WORKSPACE_ENV}")
    return Path(args.workspace)


def _open(args: argparse.Namespace) -> Workspace:
    return open_workspace(_workspace_path(args))


def _new(args: argparse.Namespace, out: TextIO) -> None:
    path = _workspace_path(args)
    spec, text = load_call(args.call)
    create_workspace(path, lambda session: session.add(call_row(spec, text)))
    print(f"Created {path} for {spec.call.id} “{spec.call.title}”.", file=out)


def _demo(args: argparse.Namespace, out: TextIO) -> None:
    path = Path(args.workspace) if args.workspace else Path(DEMO_FILE)
    create_demo(path)
    with open_workspace(path) as workspace, workspace.session() as session:
        proposals = list_proposals(session)
    eligible = sum(1 for p in proposals if p.eligible)
    print(
        f"Created the demo workspace {path}: {len(proposals)} proposals, {eligible} eligible.",
        file=out,
    )


def _import_proposals(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        report = import_proposals(session=session, path=args.file, replace=args.replace)
    print(report.summary(args.file.name), file=out)


def _proposals(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.session() as session:
        proposals = list_proposals(session)
    if args.format == "json":
        _json(out, {"proposals": [_proposal_json(p) for p in proposals]})
        return
    rows = [
        {
            "reference": p.reference,
            "title": p.title,
            "lead": p.lead.organisation if p.lead else "",
            "lead_country": p.lead.country if p.lead else "",
            "members": len(p.members),
            "priority_area": p.priority_area,
            "requested_amount": money(p.requested_amount),
            "duration_months": p.duration_months,
            "eligible": _eligible_word(p.eligible, args.format),
            "reasons": " ".join(p.reasons),
        }
        for p in proposals
    ]
    if args.format == "csv":
        _csv(out, rows)
        return
    _text(
        out,
        rows,
        ["reference", "eligible", "requested_amount", "duration_months", "lead", "title"],
        {"requested_amount": "requested", "duration_months": "months"},
    )
    print(f"{len(rows)} proposals.", file=out)


def _proposal_json(p: ProposalView) -> dict[str, Any]:
    return {
        "reference": p.reference,
        "title": p.title,
        "summary": p.summary,
        "priority_area": p.priority_area,
        "topics": p.topics,
        "requested_amount": money(p.requested_amount),
        "duration_months": p.duration_months,
        "eligible": p.eligible,
        "reasons": p.reasons,
        "members": [
            {
                "organisation": m.organisation,
                "country": m.country,
                "org_type": m.org_type,
                "role": m.role,
            }
            for m in p.members
        ],
    }


def _eligibility(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace:
        with workspace.transaction() as session:
            check_eligibility(session)
        with workspace.session() as session:
            spec = stored_call(session)
            proposals = list_proposals(session)
    if args.format == "json":
        _json(
            out,
            {
                "proposals": [
                    {"reference": p.reference, "eligible": bool(p.eligible), "reasons": p.reasons}
                    for p in proposals
                ]
            },
        )
        return
    if args.format == "csv":
        _csv(
            out,
            [
                {
                    "reference": p.reference,
                    "eligible": _eligible_word(p.eligible, "csv"),
                    "reasons": " ".join(p.reasons),
                }
                for p in proposals
            ],
        )
        return
    for p in proposals:
        print(f"{p.reference}  {'eligible' if p.eligible else 'NOT ELIGIBLE'}", file=out)
        for code in p.reasons:
            print(f"    {code}: {explain(spec, code)}", file=out)
    eligible = sum(1 for p in proposals if p.eligible)
    print(f"{eligible} of {len(proposals)} proposals are eligible.", file=out)


def _eligible_word(eligible: bool | None, fmt: str) -> str:
    if eligible is None:
        return ""
    if fmt == "csv":
        return "true" if eligible else "false"
    return "yes" if eligible else "no"


def _json(out: TextIO, data: Any) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _csv(out: TextIO, rows: Rows) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _text(out: TextIO, rows: Rows, columns: list[str], headings: dict[str, str]) -> None:
    titles = [headings.get(c, c) for c in columns]
    cells = [[str(row[c]) for c in columns] for row in rows]
    widths = [max(len(t), *(len(r[i]) for r in cells)) for i, t in enumerate(titles)]
    for line in (titles, *cells):
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip(), file=out)


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], None]] = {
    "new": _new,
    "demo": _demo,
    "import-proposals": _import_proposals,
    "proposals": _proposals,
    "eligibility": _eligibility,
}
