"""Commands on proposals: import-proposals, proposals, eligibility, organisation-set."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from evaluator.actions import proposals as actions
from evaluator.actions.proposals import DETAIL_WORDS, ProposalView
from evaluator.actions.workspace import describe
from evaluator.cli.listing import eligible_word, machine_amount, write_csv, write_json, write_text
from evaluator.cli.opening import open_named
from evaluator.i18n import _
from evaluator.rules.words import explain

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


def import_proposals(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        done = actions.import_proposals(workspace=workspace, path=args.file, replace=args.replace)
    print(done.result.summary(args.file.name), file=out)


def proposals(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        listed = actions.list_proposals(workspace=workspace)
    if args.format == "json":
        write_json(out, {"proposals": [_proposal_json(p) for p in listed]})
        return
    rows = [
        {
            "reference": p.reference,
            "title": p.title,
            "lead": p.lead.organisation if p.lead else "",
            "lead_country": p.lead.country if p.lead else "",
            "members": len(p.members),
            "priority_area": p.priority_area,
            "requested_amount": machine_amount(p.requested_amount),
            "duration_months": p.duration_months,
            "eligible": eligible_word(p.eligible, args.format),
            "reasons": " ".join(p.reasons),
        }
        for p in listed
    ]
    if args.format == "csv":
        write_csv(out, rows, PROPOSAL_COLUMNS)
        return
    write_text(
        out,
        rows,
        ["reference", "eligible", "requested_amount", "duration_months", "lead", "title"],
        {"requested_amount": "requested", "duration_months": "months"},
    )
    print(_("{count} proposals.").format(count=len(rows)), file=out)


def _proposal_json(p: ProposalView) -> dict[str, Any]:
    return {
        "reference": p.reference,
        "title": p.title,
        "summary": p.summary,
        "priority_area": p.priority_area,
        "topics": p.topics,
        "requested_amount": machine_amount(p.requested_amount),
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


def eligibility(args: argparse.Namespace, out: TextIO) -> None:
    with open_named(args) as workspace:
        checked = actions.check_eligibility(workspace=workspace).result
        spec = describe(workspace=workspace).spec
    if args.format == "json":
        write_json(
            out,
            {
                "proposals": [
                    {"reference": p.reference, "eligible": bool(p.eligible), "reasons": p.reasons}
                    for p in checked
                ]
            },
        )
        return
    if args.format == "csv":
        rows = [
            {
                "reference": p.reference,
                "eligible": eligible_word(p.eligible, "csv"),
                "reasons": " ".join(p.reasons),
            }
            for p in checked
        ]
        write_csv(out, rows, ["reference", "eligible", "reasons"])
        return
    for p in checked:
        print(f"{p.reference}  {'eligible' if p.eligible else 'NOT ELIGIBLE'}", file=out)
        for code in p.reasons:
            print(f"    {code}: {explain(spec, code)}", file=out)
    eligible = sum(1 for p in checked if p.eligible)
    print(
        _("{eligible} of {count} proposals are eligible.").format(
            eligible=eligible, count=len(checked)
        ),
        file=out,
    )


def organisation_set(args: argparse.Namespace, out: TextIO) -> None:
    details = {
        key: value
        for key in ("address", "registration_number", "representative", "email")
        if (value := getattr(args, key)) is not None
    }
    with open_named(args) as workspace:
        change = actions.set_organisation(
            workspace=workspace, name=args.name, country=args.country, details=details
        ).result
    who = f"{change.name} ({change.country})"
    if change.changed:
        words = ", ".join(DETAIL_WORDS[key] for key in change.changed)
        print(_("Updated {who}: {words}.").format(who=who, words=words), file=out)
    else:
        print(_("{who} already has these details; nothing was changed.").format(who=who), file=out)
