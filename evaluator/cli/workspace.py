"""Commands on the workspace as a whole: new, demo, verify, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from evaluator.actions import workspace as actions
from evaluator.cli.common import DEMO_FILE
from evaluator.cli.listing import write_csv, write_json, write_text
from evaluator.cli.opening import workspace_place
from evaluator.errors import EvaluatorError, WorkspaceError
from evaluator.i18n import _, plural


def _named(place: actions.Place) -> str:
    """How a message names the workspace: its file, or the server's database (no password)."""
    return (
        _("the workspace on {shown}").format(shown=actions.shown(place))
        if isinstance(place, str)
        else str(place)
    )


def new(args: argparse.Namespace, out: TextIO) -> None:
    path = workspace_place(args)
    spec = actions.new_workspace(path=path, call_file=args.call).result
    print(
        _("Created {named} for {id} “{title}”.").format(
            named=_named(path), id=spec.call.id, title=spec.call.title
        ),
        file=out,
    )


def demo(args: argparse.Namespace, out: TextIO) -> None:
    path = workspace_place(args) if args.workspace else Path(DEMO_FILE)
    made = actions.create_demo(path=path).result
    where = _named(path).removeprefix(_("the workspace on "))
    print(
        _("Created the demo workspace {where}: {proposals} proposals, {eligible} eligible.").format(
            where=where, proposals=made.proposals, eligible=made.eligible
        ),
        file=out,
    )


def verify(args: argparse.Namespace, out: TextIO) -> None:
    place = workspace_place(args)
    path = Path(actions.server_database(place)) if isinstance(place, str) else place
    result = actions.verify(path=place, anchors=args.anchor)
    if args.format == "json":
        write_json(
            out,
            {
                "ok": result.ok,
                "problems": result.problems,
                "audit_head": result.audit_head,
                "entries": result.entries,
            },
        )
    elif result.ok and isinstance(place, str):
        print(
            _(
                "{workspace} is healthy: the schema is this version's, the audit "
                "trail is one unbroken chain, every document matches its SHA-256"
            ).format(workspace=_named(place).capitalize())
            + (
                _(", {count} found in the trail").format(
                    count=plural(len(args.anchor), "{count} anchor", "{count} anchors")
                )
                if args.anchor
                else ""
            )
            + ".",
            file=out,
        )
    elif result.ok:
        print(
            _(
                "{name} is healthy: integrity ok, every reference resolves, the schema "
                "is exactly this version's, every row matches the audit trail"
            ).format(name=path.name)
            + (
                _(", {count} found in the trail").format(
                    count=plural(len(args.anchor), "{count} anchor", "{count} anchors")
                )
                if args.anchor
                else ""
            )
            + ".",
            file=out,
        )
    if args.format == "text":
        # Last, so that a script (or a person) can copy it down as an anchor.
        entries = (
            _("1 entry")
            if result.entries == 1
            else _("{entries} entries").format(entries=result.entries)
        )
        print(
            _("audit head: {audit_head} ({entries})").format(
                audit_head=result.audit_head, entries=entries
            ),
            file=out,
        )
    if not result.ok:
        raise EvaluatorError(
            _("{name} failed verification: {count} found.").format(
                name=path.name,
                count=plural(len(result.problems), "{count} problem", "{count} problems"),
            ),
            [] if args.format == "json" else result.problems,
        )


def backups(args: argparse.Namespace, out: TextIO) -> None:
    place = workspace_place(args)
    if isinstance(place, str):
        print(
            _(
                "{workspace} is backed up by the server, not by Grant Evaluator: "
                "`pg_dump --format=custom --file=workspace.dump {shown}` makes a "
                "backup and `pg_restore` brings one back into an empty database."
            ).format(workspace=_named(place).capitalize(), shown=actions.shown(place)),
            file=out,
        )
        return
    path = place
    if not path.is_file():
        # Backups are kept by the workspace's path: without the file there is nothing to list.
        raise WorkspaceError(_("Workspace {path} does not exist.").format(path=path))
    rows = [
        {
            "backup": b.path.name,
            "made": b.made.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            "reason": b.reason.replace("-", " "),
            "bytes": b.size,
        }
        for b in actions.list_backups(path)
    ]
    if args.format == "json":
        folder = str(actions.backup_folder(path))
        write_json(out, {"workspace": str(path), "folder": folder, "backups": rows})
    elif args.format == "csv":
        write_csv(out, rows, ["backup", "made", "reason", "bytes"])
    elif rows:
        write_text(out, rows, ["backup", "made", "reason", "bytes"], {})
    else:
        print(
            _("{name} has no backups yet (they are made before every import).").format(
                name=path.name
            ),
            file=out,
        )


def restore(args: argparse.Namespace, out: TextIO) -> None:
    place = workspace_place(args)
    if isinstance(place, str):
        raise WorkspaceError(
            _(
                "{workspace} is restored with the server's own tools: `pg_restore "
                "--dbname=URL workspace.dump` into an empty database; nothing was "
                "changed."
            ).format(workspace=_named(place).capitalize())
        )
    path = place
    backup = actions.restore(path=path, name=args.backup).result
    print(
        _(
            "Restored {name} from the backup made {made:%Y-%m-%d %H:%M} "
            "({reason}); the state before the restore is backed up too."
        ).format(
            name=path.name,
            made=backup.made.astimezone(),
            reason=backup.reason.replace("-", " "),
        ),
        file=out,
    )
