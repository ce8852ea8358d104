"""The commands of the command line, each a thin call into the core (see ``evaluator.cli``)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlmodel import Session

from evaluator.cli import DEMO_FILE, WORKSPACE_ENV, Usage
from evaluator.errors import DamagedWorkspace, EvaluatorError, ForeignSchema, WorkspaceError
from evaluator.files.atomic import terminate_as_exception
from evaluator.files.call_file import load_call
from evaluator.files.exchange import (
    export_package,
    export_returns,
    import_returns,
    open_package,
    own_evaluator,
    require_chair,
)
from evaluator.files.export_text import csv_cell
from evaluator.files.pdf.contracts import record_batch, write_contracts
from evaluator.files.pdf.report import write_report
from evaluator.files.scoresheets import export_scoresheet, import_scores
from evaluator.rules.eligibility import explain
from evaluator.rules.money import parse_amount
from evaluator.rules.text import fold, plural
from evaluator.services.assignment import assign, assign_divergent, list_assignments
from evaluator.services.calls import call_row, stored_call
from evaluator.services.demo import create_demo
from evaluator.services.evaluators import (
    add_conflict,
    add_evaluator,
    find_evaluator,
    find_proposal,
    list_evaluators,
)
from evaluator.services.proposals import (
    ProposalView,
    check_eligibility,
    import_proposals,
    list_proposals,
)
from evaluator.services.reconcile import (
    award,
    exclude,
    include,
    ranking,
    reconciliation,
    resolve,
    set_consensus,
)
from evaluator.services.scoring import (
    declare,
    my_reviews,
    parse_score,
    record_score,
    reopen,
    review_of,
    submit,
)
from evaluator.storage.backups import backup_folder, list_backups, restore
from evaluator.storage.models import Evaluator
from evaluator.storage.workspace import Workspace, create_workspace, open_workspace, verify

Rows = list[dict[str, Any]]


def money(amount: Decimal) -> str:
    """An amount as scripts read it: plain digits, exactly two decimals."""
    return f"{amount:.2f}"


def _workspace_path(args: argparse.Namespace) -> Path:
    if args.workspace is None:
        raise Usage(f"no workspace: give -w FILE or set {WORKSPACE_ENV}")
    return Path(args.workspace)


def _open(args: argparse.Namespace) -> Workspace:
    """The workspace, for this command; a damaged one can only be read, with a warning."""
    path = _workspace_path(args)
    try:
        workspace = open_workspace(path, read_only_if_damaged=args.command in READING)
    except DamagedWorkspace as damage:
        if not damage.readable:
            raise
        if isinstance(damage, ForeignSchema):
            raise WorkspaceError(
                f"{damage.message.removesuffix('.')}; nothing was changed. `verify` lists what "
                "was added, and `backups` the backups that can replace it."
            ) from None
        raise WorkspaceError(
            f"{path.name} is damaged and can only be read, so nothing was changed; restore a "
            "backup to change it (`backups` lists them, `restore BACKUP` brings one back)."
        ) from None
    if workspace.damage is not None and not getattr(args, "warned", False):
        args.warned = True  # the chair check and the command open it: one warning is enough
        print(
            f"grant-evaluator: warning: {workspace.damage.removesuffix('.')}; this was read "
            "from it read-only, and `backups` lists the backups that can replace it.",
            file=sys.stderr,
        )
    return workspace


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
    with _open(args) as workspace:
        workspace.backup("before import of proposals")
        with workspace.transaction() as session:
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
        _csv(out, rows, PROPOSAL_COLUMNS)
        return
    _text(
        out,
        rows,
        ["reference", "eligible", "requested_amount", "duration_months", "lead", "title"],
        {"requested_amount": "requested", "duration_months": "months"},
    )
    print(f"{len(rows)} proposals.", file=out)


PROPOSAL_COLUMNS = [
    "reference",
    "title",
    "lead",
    "lead_country",
    "members",
    "priority_area",
    "requested_amount",
    "duration_months",
    "eligible",
    "reasons",
]


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
            ["reference", "eligible", "reasons"],
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


def _csv(out: TextIO, rows: Rows, columns: list[str] | None = None) -> None:
    if not rows and columns is None:
        return
    writer = csv.DictWriter(out, fieldnames=columns or list(rows[0]), lineterminator="\n")
    writer.writeheader()
    # Every text cell neutralised (see ``csv_cell``): the listing may be opened in a
    # spreadsheet, and a title "=HYPERLINK(…)" must stay text there.
    writer.writerows([{key: csv_cell(value) for key, value in row.items()} for row in rows])


def _text(out: TextIO, rows: Rows, columns: list[str], headings: dict[str, str]) -> None:
    titles = [headings.get(c, c) for c in columns]
    cells = [[str(row[c]) for c in columns] for row in rows]
    # A listing with no rows still prints its header: max() then sees only the title.
    widths = [max([len(t), *(len(r[i]) for r in cells)]) for i, t in enumerate(titles)]
    for line in (titles, *cells):
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip(), file=out)


def _evaluator_add(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        evaluator = add_evaluator(
            session=session, name=args.name, country=args.country, email=args.email
        )
    print(f"Registered the evaluator {evaluator.name}.", file=out)


def _conflict_add(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        evaluator = find_evaluator(session, args.name)
        proposal = find_proposal(session, args.reference)
        add_conflict(session=session, evaluator=evaluator, proposal=proposal, reason=args.reason)
    print(
        f"Recorded a conflict of interest: {evaluator.name} will not review {proposal.reference}.",
        file=out,
    )


def _assign(args: argparse.Namespace, out: TextIO) -> None:
    if args.divergent and args.per_proposal is not None:
        raise Usage("--divergent adds one evaluator; it takes no --per-proposal")
    with _open(args) as workspace, workspace.transaction() as session:
        added = (
            assign_divergent(session=session)
            if args.divergent
            else assign(session=session, per_proposal=args.per_proposal)
        )
    evaluators = len({a.evaluator for a in added})
    print(
        f"Assigned {plural(len(added), 'review')} to {plural(evaluators, 'evaluator')}.",
        file=out,
    )


def _assignments(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.session() as session:
        rows = [
            {"reference": a.reference, "evaluator": a.evaluator, "status": a.status}
            for a in list_assignments(session)
        ]
    if args.format == "json":
        _json(out, {"assignments": rows})
    elif args.format == "csv":
        _csv(out, rows, ["reference", "evaluator", "status"])
    else:
        _text(out, rows, ["reference", "evaluator", "status"], {})
        if not rows:
            print("No assignments yet.", file=out)


def _evaluators(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.session() as session:
        rows = [
            {
                "name": e.name,
                "country": e.country,
                "email": e.email,
                "reviews": e.reviews,
                "submitted": e.submitted,
                "conflicts": e.conflicts,
            }
            for e in list_evaluators(session)
        ]
    columns = ["name", "country", "email", "reviews", "submitted", "conflicts"]
    if args.format == "json":
        _json(out, {"evaluators": rows})
    elif args.format == "csv":
        _csv(out, rows, columns)
    else:
        _text(out, rows, columns, {})
        if not rows:
            print("No evaluators yet; `evaluator-add NAME` registers one.", file=out)


def _reopen(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        reopen(
            session=session, evaluator_name=args.name, reference=args.reference, reason=args.reason
        )
        name = find_evaluator(session, args.name).name
    print(f"Reopened the review of {args.reference} by {name}.", file=out)


def _acting(args: argparse.Namespace, session: Session) -> Evaluator:
    own = own_evaluator(session)
    if own is not None:
        if args.as_name and fold(args.as_name) != fold(own.name):
            raise EvaluatorError(
                f"This is {own.name}'s evaluation workspace; it cannot act as {args.as_name}."
            )
        return own
    if not args.as_name:
        raise Usage("in a chair workspace, evaluator commands need --as NAME")
    return find_evaluator(session, args.as_name)


def _export_package(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        report = export_package(session=session, evaluator_name=args.name, out=args.out)
    print(
        f"Wrote {report.path}: the package of {report.evaluator} "
        f"({plural(report.proposals, 'proposal')}, {plural(report.scores, 'score')}).",
        file=out,
    )


def _open_package(args: argparse.Namespace, out: TextIO) -> None:
    path = _workspace_path(args)
    name = open_package(package=args.file, workspace=path)
    print(f"Created {path}: the evaluation workspace of {name}.", file=out)


def _export_returns(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        report = export_returns(session=session, out=args.out)
    print(
        f"Wrote {report.path}: revision {report.revision}, {plural(report.reviews, 'review')} "
        f"({report.submitted} submitted), {plural(report.scores, 'score')}.",
        file=out,
    )


def _import_returns(args: argparse.Namespace, out: TextIO) -> None:
    refused: list[str] = []
    with _open(args) as workspace:
        workspace.backup("before import of returns")
        for path in args.files:
            try:
                with workspace.transaction() as session:
                    result = import_returns(session=session, path=path)
            except EvaluatorError as error:
                refused.append(f"{path.name}: refused: {error.message}")
                refused += [f"  {line}" for line in error.details]
                continue
            print(result.summary(), file=out)
            for conflict in result.conflicts:
                print(f"  not merged: {conflict}", file=out)
    if refused:
        raise EvaluatorError(
            f"{plural(sum(1 for r in refused if not r.startswith('  ')), 'file')} of "
            f"{len(args.files)} refused; each refused file changed nothing.",
            refused,
        )


def _declare(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        evaluator = _acting(args, session)
        declare(
            session=session,
            evaluator=evaluator,
            reference=args.reference,
            conflict=None if args.no_conflict else args.conflict,
        )
    if args.no_conflict:
        print(f"{evaluator.name} declared no conflict of interest with {args.reference}.", file=out)
    else:
        print(
            f"{evaluator.name} declared a conflict of interest with {args.reference}; "
            "the assignment is released.",
            file=out,
        )


def _score(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        evaluator = _acting(args, session)
        review = review_of(session, evaluator, args.reference)
        record_score(
            session=session,
            review=review,
            criterion=args.criterion,
            value=parse_score(args.value),
            comment=args.comment,
        )
        progress = f"{len(review.scores)} of {len(stored_call(session).criteria)}"
    print(
        f"Saved {args.criterion} = {args.value} for {args.reference} ({progress} scored).", file=out
    )


def _import_scores(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace:
        workspace.backup("before import of scores")
        with workspace.transaction() as session:
            evaluator = _acting(args, session)
            report = import_scores(session=session, evaluator=evaluator, path=args.file)
    print(report.summary(args.file.name), file=out)


def _export_scoresheet(args: argparse.Namespace, out: TextIO) -> None:
    with terminate_as_exception(), _open(args) as workspace, workspace.session() as session:
        evaluator = _acting(args, session)
        rows = export_scoresheet(session=session, evaluator=evaluator, out=args.out)
    print(f"Wrote {args.out} ({plural(rows, 'row')} to score).", file=out)


def _submit(args: argparse.Namespace, out: TextIO) -> None:
    if bool(args.references) == bool(args.all):
        raise Usage("give the references to submit, or --all")
    with _open(args) as workspace, workspace.transaction() as session:
        evaluator = _acting(args, session)
        references = (
            [r.reference for r in my_reviews(session, evaluator) if not r.submitted]
            if args.all
            else args.references
        )
        if not references:
            raise EvaluatorError(f"{evaluator.name} has no review left to submit.")
        problems = []
        for reference in references:
            try:
                submit(session=session, review=review_of(session, evaluator, reference))
            except EvaluatorError as error:
                problems.append(error.message)
        if problems:
            raise EvaluatorError(
                f"Nothing was submitted: {plural(len(problems), 'review')} cannot be.", problems
            )
    print(f"Submitted {plural(len(references), 'review')}: {', '.join(references)}.", file=out)


def _reconcile(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.session() as session:
        items = reconciliation(session)
    items.sort(key=lambda item: item.reference)
    data = [
        {
            "reference": item.reference,
            "reviews": [
                {
                    "evaluator": r.evaluator,
                    "total": points2(r.total),
                    "included": r.included,
                    "submitted": r.submitted,
                }
                for r in item.reviews
            ],
            "spread": points2(item.spread),
            "flags": item.flags,
            "resolved": item.resolved,
        }
        for item in items
    ]
    if args.format == "json":
        _json(out, {"proposals": data})
        return
    rows = [
        {
            "reference": item.reference,
            "reviews": "; ".join(
                f"{r.evaluator} {r.total:.2f}"
                + ("" if r.submitted else " (not submitted)")
                + ("" if r.included else " (excluded)")
                for r in item.reviews
            ),
            "spread": points2(item.spread) or "",
            "flags": " ".join(item.flags),
            "resolved": "yes" if item.resolved else "no",
        }
        for item in items
    ]
    columns = ["reference", "spread", "flags", "resolved", "reviews"]
    if args.format == "csv":
        _csv(out, rows, columns)
    else:
        _text(out, rows, columns, {})
        if not rows:
            print("No eligible proposals to reconcile yet.", file=out)


def points2(value: Decimal | None) -> str | None:
    """A score as scripts read it: exactly two decimals (None stays None)."""
    return None if value is None else f"{value:.2f}"


def _rank(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.session() as session:
        spec = stored_call(session)
        result = ranking(session)
    proposals = [
        {
            "reference": o.reference,
            "title": o.title,
            "status": o.status,
            "rank": o.rank,
            "final_score": points2(o.final_score),
            "section_scores": (
                {name: points2(v) for name, v in o.section_scores.items()}
                if o.section_scores is not None
                else None
            ),
            "requested": money(o.requested),
            "awarded": money(o.awarded) if o.awarded is not None else None,
            "reviews": o.reviews,
            "flags": o.flags,
        }
        for o in result.outcomes
    ]
    if args.format == "json":
        _json(
            out,
            {
                "call": spec.call.id,
                "currency": spec.call.currency,
                "budget": money(result.budget),
                "committed": money(result.committed),
                "proposals": proposals,
            },
        )
        return
    sections = [s.name for s in spec.sections]
    rows = [
        {
            "rank": o.rank or "",
            "reference": o.reference,
            "status": o.status,
            "final_score": points2(o.final_score) or "",
            **{name: points2((o.section_scores or {}).get(name)) or "" for name in sections},
            "requested": money(o.requested),
            "awarded": money(o.awarded) if o.awarded is not None else "",
            "reviews": o.reviews,
            "flags": " ".join(o.flags),
            "title": o.title,
        }
        for o in result.outcomes
    ]
    if args.format == "csv":
        columns = ["rank", "reference", "status", "final_score", *sections, "requested"]
        _csv(out, rows, [*columns, "awarded", "reviews", "flags", "title"])
        return
    _text(
        out,
        rows,
        ["rank", "reference", "status", "final_score", *sections, "requested", "awarded", "flags"],
        {"final_score": "final"},
    )
    funded = sum(1 for o in result.outcomes if o.status == "funded")
    reserve = sum(1 for o in result.outcomes if o.status == "reserve")
    print(
        f"Budget {result.budget:,.2f} {spec.call.currency}: {result.committed:,.2f} committed to "
        f"{plural(funded, 'funded proposal')}; {reserve} on the reserve list.",
        file=out,
    )


def _exclude(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        exclude(
            session=session, reference=args.reference, evaluator_name=args.name, reason=args.reason
        )
        name = find_evaluator(session, args.name).name
    print(f"Excluded the review of {args.reference} by {name}.", file=out)


def _include(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        include(session=session, reference=args.reference, evaluator_name=args.name)
        name = find_evaluator(session, args.name).name
    print(f"The review of {args.reference} by {name} counts again.", file=out)


def _consensus(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        set_consensus(
            session=session,
            reference=args.reference,
            criterion=args.criterion,
            value=parse_score(args.value),
            reason=args.reason,
        )
    print(f"Consensus score of {args.reference} {args.criterion}: {args.value}.", file=out)


def _resolve(args: argparse.Namespace, out: TextIO) -> None:
    with _open(args) as workspace, workspace.transaction() as session:
        resolve(session=session, reference=args.reference, note=args.note)
    print(f"{args.reference} is resolved.", file=out)


def _award(args: argparse.Namespace, out: TextIO) -> None:
    amount = parse_amount(args.amount.strip())
    if amount is None:
        raise EvaluatorError(
            f"“{args.amount}” is not an amount; write it like 45000, 45000.00 or 45,000.00."
        )
    with _open(args) as workspace, workspace.transaction() as session:
        award(session=session, reference=args.reference, amount=amount)
        currency = stored_call(session).call.currency
    print(f"Awarded {amount:,.2f} {currency} to {args.reference}.", file=out)


def _contracts(args: argparse.Namespace, out: TextIO) -> None:
    def progress(done: int, total: int) -> None:
        print(f"\r{done} of {total} contract drafts written", end="", file=sys.stderr)

    # SIGTERM unwinds like Ctrl-C: the workers stop and the scratch folder goes.
    with terminate_as_exception(), _open(args) as workspace:
        with workspace.session() as session:
            batch = write_contracts(
                session=session,
                folder=args.out,
                references=args.reference,
                progress=progress if sys.stderr.isatty() else None,
            )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        for path in batch.files:
            print(path, file=out)
        wrote = f"Wrote {plural(len(batch.files), 'contract draft')} into {batch.folder}"
        if workspace.read_only:
            print(f"{wrote}.", file=out)
            print(
                "The drafts are not entered in the audit trail: the workspace is open "
                "read-only because it is damaged.",
                file=sys.stderr,
            )
            return
        try:
            with workspace.transaction() as session:
                record_batch(session, batch)
        except EvaluatorError as error:
            raise EvaluatorError(
                f"{wrote}, but could not enter them in the audit trail: {error}"
            ) from None
        print(f"{wrote}.", file=out)


def _verify(args: argparse.Namespace, out: TextIO) -> None:
    path = _workspace_path(args)
    result = verify(path, args.anchor)
    if args.format == "json":
        _json(
            out,
            {
                "ok": result.ok,
                "problems": result.problems,
                "audit_head": result.audit_head,
                "entries": result.entries,
            },
        )
    elif result.ok:
        print(
            f"{path.name} is healthy: integrity ok, every reference resolves, the schema is "
            "exactly this version's, every row matches the audit trail"
            + (f", {plural(len(args.anchor), 'anchor')} found in the trail" if args.anchor else "")
            + ".",
            file=out,
        )
    if args.format == "text":
        # Last, so that a script (or a person) can copy it down as an anchor.
        entries = "1 entry" if result.entries == 1 else f"{result.entries} entries"
        print(f"audit head: {result.audit_head} ({entries})", file=out)
    if not result.ok:
        raise EvaluatorError(
            f"{path.name} failed verification: {plural(len(result.problems), 'problem')} found.",
            [] if args.format == "json" else result.problems,
        )


def _backups(args: argparse.Namespace, out: TextIO) -> None:
    path = _workspace_path(args)
    if not path.is_file():
        # Backups are kept by the workspace's path: without the file there is nothing to list.
        raise WorkspaceError(f"Workspace {path} does not exist.")
    rows = [
        {
            "backup": b.path.name,
            "made": b.made.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            "reason": b.reason.replace("-", " "),
            "bytes": b.size,
        }
        for b in list_backups(path)
    ]
    if args.format == "json":
        _json(out, {"workspace": str(path), "folder": str(backup_folder(path)), "backups": rows})
    elif args.format == "csv":
        _csv(out, rows, ["backup", "made", "reason", "bytes"])
    elif rows:
        _text(out, rows, ["backup", "made", "reason", "bytes"], {})
    else:
        print(f"{path.name} has no backups yet (they are made before every import).", file=out)


def _restore(args: argparse.Namespace, out: TextIO) -> None:
    path = _workspace_path(args)
    backup = restore(path, args.backup)
    print(
        f"Restored {path.name} from the backup made {backup.made.astimezone():%Y-%m-%d %H:%M} "
        f"({backup.reason.replace('-', ' ')}); the state before the restore is backed up too.",
        file=out,
    )


def _report(args: argparse.Namespace, out: TextIO) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise EvaluatorError(f"{args.out.name}: the report is a .pdf file.")
    with terminate_as_exception(), _open(args) as workspace, workspace.session() as session:
        count = write_report(session=session, out=args.out)
    summaries = "1 evaluation summary" if count == 1 else f"{count} evaluation summaries"
    print(f"Wrote {args.out}: the ranking and {summaries}.", file=out)


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], None]] = {
    "new": _new,
    "demo": _demo,
    "import-proposals": _import_proposals,
    "proposals": _proposals,
    "eligibility": _eligibility,
    "evaluators": _evaluators,
    "assignments": _assignments,
    "evaluator-add": _evaluator_add,
    "conflict-add": _conflict_add,
    "assign": _assign,
    "reopen": _reopen,
    "declare": _declare,
    "score": _score,
    "import-scores": _import_scores,
    "export-scoresheet": _export_scoresheet,
    "submit": _submit,
    "export-package": _export_package,
    "open-package": _open_package,
    "export-returns": _export_returns,
    "import-returns": _import_returns,
    "reconcile": _reconcile,
    "rank": _rank,
    "exclude": _exclude,
    "include": _include,
    "consensus": _consensus,
    "resolve": _resolve,
    "award": _award,
    "report": _report,
    "contracts": _contracts,
    "verify": _verify,
    "backups": _backups,
    "restore": _restore,
}

# Commands that only read the workspace: a damaged workspace whose data can still be read
# runs them read-only (with a warning); every other command refuses it.
READING = frozenset(
    {
        "proposals",
        "evaluators",
        "assignments",
        "reconcile",
        "rank",
        "export-scoresheet",
        "contracts",
        "report",
    }
)

# Commands only a chair's workspace may run; an evaluator's workspace refuses them.
CHAIR_ONLY = {
    "import-proposals": "importing proposals",
    "eligibility": "checking eligibility",
    "evaluator-add": "registering evaluators",
    "conflict-add": "recording conflicts of interest",
    "assign": "assigning proposals",
    "reopen": "reopening reviews",
    "export-package": "exporting packages",
    "import-returns": "importing returns",
    "reconcile": "reconciling",
    "rank": "ranking",
    "exclude": "excluding reviews",
    "include": "including reviews",
    "consensus": "setting consensus scores",
    "resolve": "resolving proposals",
    "award": "awarding amounts",
}


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Carry out the command ``args`` names."""
    if args.command in CHAIR_ONLY:
        with _open(args) as workspace, workspace.session() as session:
            require_chair(session, CHAIR_ONLY[args.command])
    COMMANDS[args.command](args, out)
