"""The command line's grammar: every command, its arguments and its help, by area.

Imports nothing from the core, so that ``--help`` and usage errors answer at once.
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path

from evaluator import __version__
from evaluator.cli.common import DEMO_FILE, FORMATS, WORKSPACE_ENV
from evaluator.i18n import ENV, LANGUAGES, _


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``grant-evaluator``."""
    parser = argparse.ArgumentParser(
        prog="grant-evaluator",
        description=_("Evaluate grant proposals offline: one workspace file per call."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-w",
        "--workspace",
        default=os.environ.get(WORKSPACE_ENV) or None,
        metavar="WORKSPACE",
        help=_(
            "the workspace file, or postgresql://[user@]host[:port]/database for a "
            "workspace on a server (default: ${WORKSPACE_ENV})"
        ).format(WORKSPACE_ENV=WORKSPACE_ENV),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=_(
            "the language of messages, reports, letters and contracts: {codes} "
            "(default: ${env}, else English)"
        ).format(codes=", ".join(LANGUAGES), env=ENV),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (
        _setup,
        _proposal_documents,
        _listings,
        _people,
        _scoring,
        _exchange,
        _decisions,
        _outcomes,
        _documents,
        _care,
    ):
        add(commands)
    return parser


def audit_head(text: str) -> str:
    """An ``--anchor``: 64 hex digits, as ``verify`` prints them."""
    head = text.strip().lower()
    if len(head) != 64 or any(c not in "0123456789abcdef" for c in head):
        raise argparse.ArgumentTypeError(
            _("“{text}” is not an audit head (64 hex digits)").format(text=text[:70])
        )
    return head


def letter_date(text: str) -> date:
    """A ``--date``: a calendar day written YYYY-MM-DD."""
    day = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day, re.ASCII):
            return date.fromisoformat(day)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        _("“{text}” is not a date; write it as YYYY-MM-DD, for example 2026-12-15").format(
            text=text[:70]
        )
    )


def _setup(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help=_("create the workspace file from a call file"))
    new.add_argument("--call", type=Path, required=True, metavar="CALL.toml")
    commands.add_parser(
        "demo",
        help=_(
            "create a workspace with the SMART Balkans demo call (default file: {DEMO_FILE})"
        ).format(DEMO_FILE=DEMO_FILE),
    )
    imports = commands.add_parser(
        "import-proposals",
        help=_("import proposals from a .csv, .xlsx or .ods file, all or nothing"),
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument(
        "--replace", action="store_true", help=_("replace proposals whose reference already exists")
    )
    organisation = commands.add_parser(
        "organisation-set",
        help=_("complete or correct an organisation's details, at any time (chair)"),
    )
    organisation.add_argument("name", metavar="NAME")
    organisation.add_argument("--country", required=True, metavar="C")
    organisation.add_argument("--address", metavar="A")
    organisation.add_argument("--registration-number", metavar="R")
    organisation.add_argument("--representative", metavar="P")
    organisation.add_argument("--email", metavar="E")


def _proposal_documents(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import-documents",
        help=_("documents from FOLDER's subfolders, each named after a proposal's reference"),
    )
    imports.add_argument("folder", type=Path, metavar="FOLDER")
    imports.add_argument("--replace", action="store_true", help=_("replace documents of that name"))
    attach = commands.add_parser("attach", help=_("attach files to one proposal"))
    attach.add_argument("reference", metavar="REFERENCE")
    attach.add_argument("files", type=Path, nargs="+", metavar="FILE")
    attach.add_argument("--replace", action="store_true", help=_("replace documents of that name"))
    detach = commands.add_parser("detach", help=_("remove one of a proposal's documents"))
    detach.add_argument("reference", metavar="REFERENCE")
    detach.add_argument("name", metavar="NAME")
    listing = commands.add_parser(
        "documents", help=_("list documents: reference, name, bytes, sha256")
    )
    listing.add_argument("reference", nargs="?", default=None, metavar="REFERENCE")
    listing.add_argument("--format", choices=FORMATS, default="text")
    export = commands.add_parser("export-document", help=_("write a document's bytes, unchanged"))
    export.add_argument("reference", metavar="REFERENCE")
    export.add_argument("name", metavar="NAME")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")


def _listings(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, text in (
        ("proposals", _("list the proposals")),
        ("eligibility", _("check eligibility; per proposal: eligible and the reason codes")),
        ("evaluators", _("list the evaluators with their load")),
        ("assignments", _("list assignments: reference, evaluator, status")),
        ("reconcile", _("per proposal: review totals, spread, flags")),
        ("rank", _("final scores, ranks, statuses, budget line")),
    ):
        listing = commands.add_parser(name, help=text)
        listing.add_argument("--format", choices=FORMATS, default="text")


def _people(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chair = commands.add_parser(
        "chair-set", help=_("name the chair, whom the audit trail names for every change")
    )
    chair.add_argument("name", metavar="NAME")

    add = commands.add_parser("evaluator-add", help=_("register an evaluator"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--country", default="")
    add.add_argument("--email", default="")
    add.add_argument(
        "--login",
        default=None,
        metavar="ROLE",
        help=_("on a server: the database role the evaluator signs in with"),
    )

    conflict = commands.add_parser("conflict-add", help=_("record a conflict of interest"))
    conflict.add_argument("name", metavar="NAME")
    conflict.add_argument("reference", metavar="REFERENCE")
    conflict.add_argument("--reason", default="")

    assign = commands.add_parser(
        "assign", help=_("assign evaluators to eligible proposals (balanced, deterministic)")
    )
    assign.add_argument("--per-proposal", type=int, metavar="N")
    assign.add_argument(
        "--divergent",
        action="store_true",
        help=_("one more evaluator for each divergent proposal awaiting reconciliation"),
    )


def _acting(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--as", dest="as_name", metavar="NAME", help=_("the evaluator to act as (chair workspace)")
    )
    return parser


def _scoring(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    declare = _acting(commands.add_parser("declare", help=_("declare (no) conflict of interest")))
    declare.add_argument("reference", metavar="REFERENCE")
    stance = declare.add_mutually_exclusive_group(required=True)
    stance.add_argument("--no-conflict", action="store_true")
    stance.add_argument("--conflict", metavar="REASON")

    score = _acting(commands.add_parser("score", help=_("record one score")))
    score.add_argument("reference", metavar="REFERENCE")
    score.add_argument("criterion", metavar="CRITERION")
    score.add_argument("value", metavar="VALUE")
    score.add_argument("--comment")

    scores = _acting(commands.add_parser("import-scores", help=_("scores from .csv/.xlsx/.ods")))
    scores.add_argument("file", type=Path, metavar="FILE")

    sheet = _acting(
        commands.add_parser("export-scoresheet", help=_("a pre-filled .xlsx of your assignments"))
    )
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")

    submit = _acting(commands.add_parser("submit", help=_("submit finished reviews")))
    submit.add_argument("references", nargs="*", metavar="REFERENCE")
    submit.add_argument("--all", action="store_true", help=_("every review assigned to you"))

    reopen = commands.add_parser("reopen", help=_("reopen a submitted review (chair)"))
    reopen.add_argument("reference", metavar="REFERENCE")
    reopen.add_argument("name", metavar="NAME")
    reopen.add_argument("--reason", required=True)
    _dry_run(reopen)


def _exchange(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = commands.add_parser("export-package", help=_("the evaluator's package file (chair)"))
    package.add_argument("name", metavar="NAME")
    package.add_argument("--out", type=Path, required=True, metavar="FILE")

    opening = commands.add_parser(
        "open-package", help=_("create the evaluator's workspace (-w) from a package")
    )
    opening.add_argument("file", type=Path, metavar="FILE")

    returns = commands.add_parser("export-returns", help=_("the signed returns file (evaluator)"))
    returns.add_argument("--out", type=Path, required=True, metavar="FILE")

    merge = commands.add_parser("import-returns", help=_("verify and merge returns files (chair)"))
    merge.add_argument("files", type=Path, nargs="+", metavar="FILE")


def _dry_run(parser: argparse.ArgumentParser, when: str = "") -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_(
            "{when}print what would change (status and rank before → after), change nothing"
        ).format(when=when),
    )


def _decisions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exclude = commands.add_parser("exclude", help=_("exclude one review (chair)"))
    exclude.add_argument("reference", metavar="REFERENCE")
    exclude.add_argument("name", metavar="NAME")
    exclude.add_argument("--reason", required=True)

    include = commands.add_parser("include", help=_("count an excluded review again (chair)"))
    include.add_argument("reference", metavar="REFERENCE")
    include.add_argument("name", metavar="NAME")
    include.add_argument("--reason", default="", help=_("why (entered in the audit trail)"))
    _dry_run(include)

    consensus = commands.add_parser(
        "consensus", help=_("set (or with --clear withdraw) the consensus score of a criterion")
    )
    consensus.add_argument("reference", metavar="REFERENCE")
    consensus.add_argument("criterion", metavar="CRITERION")
    consensus.add_argument("value", nargs="?", default=None, metavar="VALUE")
    consensus.add_argument(
        "--clear", action="store_true", help=_("withdraw the consensus score (no VALUE)")
    )
    consensus.add_argument("--reason", required=True)
    _dry_run(consensus, _("with --clear: "))

    resolve = commands.add_parser("resolve", help=_("mark a divergent proposal reconciled"))
    resolve.add_argument("reference", metavar="REFERENCE")
    resolve.add_argument("--note", required=True)

    unresolve = commands.add_parser("unresolve", help=_("withdraw a proposal's resolution (chair)"))
    unresolve.add_argument("reference", metavar="REFERENCE")
    unresolve.add_argument("--reason", required=True)
    _dry_run(unresolve)

    unassign = commands.add_parser(
        "unassign", help=_("take back an assignment whose review has no score yet (chair)")
    )
    unassign.add_argument("reference", metavar="REFERENCE")
    unassign.add_argument("name", metavar="EVALUATOR")
    unassign.add_argument("--reason", required=True)
    _dry_run(unassign)

    award = commands.add_parser("award", help=_("set the awarded amount (default: requested)"))
    award.add_argument("reference", metavar="REFERENCE")
    award.add_argument("--amount", required=True, metavar="A")
    award.add_argument("--reason", metavar="R", help=_("why less than requested (required then)"))


def _outcomes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feedback = commands.add_parser(
        "feedback", help=_("the chair's feedback for the applicant, on a proposal or a criterion")
    )
    feedback.add_argument("reference", nargs="?", default=None, metavar="REFERENCE")
    feedback.add_argument("--criterion", metavar="CODE", help=_("one criterion, not the whole"))
    what = feedback.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help=_("list the feedback written"))
    what.add_argument("--text", metavar="T", help=_("the feedback (replaces what was there)"))
    what.add_argument("--clear", action="store_true", help=_("remove the feedback"))
    what.add_argument(
        "--from-evaluator",
        metavar="NAME",
        help=_("copy NAME's comment on --criterion into the feedback, to edit it"),
    )
    feedback.add_argument("--format", choices=FORMATS, default="text")

    letters = commands.add_parser(
        "letters", help=_("PDF outcome letters for the decided proposals, and letters.csv")
    )
    letters.add_argument("--out", type=Path, required=True, metavar="DIR")
    letters.add_argument("--reference", nargs="+", default=None, metavar="R")
    letters.add_argument(
        "--date",
        type=letter_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=_("the date the letters carry (default: today)"),
    )


def _documents(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contracts = commands.add_parser(
        "contracts", help=_("PDF contract drafts for the funded proposals, one per proposal")
    )
    contracts.add_argument("--out", type=Path, required=True, metavar="DIR")
    contracts.add_argument("--reference", nargs="+", default=None, metavar="R")

    report = commands.add_parser("report", help=_("ranking and consensus report (PDF)"))
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")


def _care(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The workspace's care: verify, backups, restore."""
    check = commands.add_parser(
        "verify", help=_("check the workspace's integrity, schema, data and audit trail")
    )
    check.add_argument(
        "--anchor",
        action="append",
        default=[],
        type=audit_head,
        metavar="HASH",
        help=_("an audit head written down earlier, which must still be in the trail"),
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    listing = commands.add_parser("backups", help=_("list the automatic backups of the workspace"))
    listing.add_argument("--format", choices=FORMATS, default="text")
    restore = commands.add_parser(
        "restore", help=_("bring a backup back in place of the workspace")
    )
    restore.add_argument("backup", metavar="BACKUP")
