"""Opening the workspace a command names, with the warnings and refusals of a damaged one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evaluator.actions.workspace import Place, Workspace, is_server, open_place
from evaluator.cli.common import WORKSPACE_ENV, Usage
from evaluator.errors import DamagedWorkspace, ForeignSchema, WorkspaceError
from evaluator.i18n import _

# Commands that only read the workspace: a damaged workspace whose data can still be read
# runs them read-only (with a warning); every other command refuses it.
READING = frozenset(
    {
        "proposals",
        "documents",
        "export-document",
        "evaluators",
        "assignments",
        "reconcile",
        "rank",
        "export-scoresheet",
        "contracts",
        "letters",
        "report",
    }
)


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace file the command line names (``-w`` or the environment); refused for a
    server URL, where the command works on files only (say which with ``file_only``)."""
    place = workspace_place(args)
    if isinstance(place, str):
        raise WorkspaceError(
            _(
                "`{command}` works on a workspace file; the workspace on the server is "
                "kept by the server (`backups` says how it is backed up)."
            ).format(command=args.command)
        )
    return place


def workspace_place(args: argparse.Namespace) -> Place:
    """The workspace the command line names (``-w`` or the environment): a file's path, or a
    server's ``postgresql://`` URL as given."""
    if args.workspace is None:
        raise Usage(
            _("no workspace: give -w FILE or set {WORKSPACE_ENV}").format(
                WORKSPACE_ENV=WORKSPACE_ENV
            )
        )
    if is_server(args.workspace):
        return str(args.workspace).strip()
    return Path(args.workspace)


def open_named(args: argparse.Namespace) -> Workspace:
    """The workspace, for this command; a damaged one can only be read, with a warning."""
    path = workspace_place(args)
    if isinstance(path, str):
        return open_place(path)
    try:
        workspace = open_place(path, read_only_if_damaged=args.command in READING)
    except DamagedWorkspace as damage:
        if not damage.readable:
            raise
        if isinstance(damage, ForeignSchema):
            raise WorkspaceError(
                _(
                    "{problem}; nothing was changed. `verify` lists what was added, "
                    "and `backups` the backups that can replace it."
                ).format(problem=damage.message.removesuffix("."))
            ) from None
        raise WorkspaceError(
            _(
                "{name} is damaged and can only be read, so nothing was changed; "
                "restore a backup to change it (`backups` lists them, `restore BACKUP` "
                "brings one back)."
            ).format(name=path.name)
        ) from None
    if workspace.damage is not None and not getattr(args, "warned", False):
        args.warned = True  # the chair check and the command open it: one warning is enough
        print(
            _(
                "grant-evaluator: warning: {problem}; this was read from it "
                "read-only, and `backups` lists the backups that can replace it."
            ).format(problem=workspace.damage.removesuffix(".")),
            file=sys.stderr,
        )
    return workspace
