"""Automatic backups of a workspace (before every import and schema upgrade), and restoring one.

Backups live in the application's data folder, not beside the workspace, so that the
workspace stays one file to carry. Each is a verified copy made by the database engine
(``evaluator.storage.sqlite``); the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir

from evaluator.errors import WorkspaceError, WorkspaceInUse
from evaluator.i18n import _
from evaluator.storage import sqlite
from evaluator.storage.damage import check_workspace, in_use_message

DATA_ENV = "GRANT_EVALUATOR_DATA"
KEEP = 10
# The reason of the raw copy kept of a damaged workspace when a backup replaces it: the one
# kind of backup that is not a verified database.
DAMAGED = "damaged-before-restore"
_NAME = re.compile(r"^(\d{8}T\d{12})-([a-z-]+)\.gew$")


def data_folder() -> Path:
    """Where the application keeps its own files: $GRANT_EVALUATOR_DATA, else the platform's
    user data folder."""
    return Path(os.environ.get(DATA_ENV) or user_data_dir("Grant Evaluator", appauthor=False))


def backup_folder(workspace: Path) -> Path:
    """The folder of one workspace's backups (named after the file and its location)."""
    where = hashlib.sha256(str(workspace.resolve()).encode()).hexdigest()[:10]
    return data_folder() / "backups" / f"{workspace.stem}-{where}"


@dataclass(frozen=True)
class Backup:
    """One backup: its file, when and why it was made."""

    path: Path
    made: datetime
    reason: str
    size: int


def make_backup(workspace: Path, reason: str) -> Backup:
    """Copy ``workspace`` into its backup folder, check the copy, and drop the oldest beyond
    ``KEEP``."""
    folder = backup_folder(workspace)
    moment = datetime.now(UTC)
    slug = re.sub(r"[^a-z]+", "-", reason.lower()).strip("-") or "backup"
    target = folder / f"{moment.strftime('%Y%m%dT%H%M%S%f')}-{slug}.gew"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        problem = sqlite.copy_database(workspace, target)
    except (OSError, sqlite.Error) as exc:
        target.unlink(missing_ok=True)
        if sqlite.is_busy(exc):
            raise WorkspaceInUse(in_use_message(workspace)) from None
        raise WorkspaceError(
            _("No backup of {name} could be made ({exc}); nothing was changed.").format(
                name=workspace.name, exc=exc
            )
        ) from None
    if problem is not None:
        target.unlink(missing_ok=True)
        raise WorkspaceError(
            _("The backup of {name} failed its check; nothing was changed.").format(
                name=workspace.name
            )
        )
    earlier = [b for b in list_backups(workspace) if b.path != target]
    if earlier and earlier[0].reason != DAMAGED and _same_bytes(earlier[0].path, target):
        # Nothing changed since the newest backup (an import refused, a command that wrote
        # nothing): a copy of the same state must not push an older, different one out.
        target.unlink(missing_ok=True)
        return earlier[0]
    for old in list_backups(workspace)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, moment, slug, target.stat().st_size)


def _same_bytes(one: Path, other: Path) -> bool:
    """Whether two backups hold the same bytes (the engine's backup copies pages as they are)."""
    try:
        if one.stat().st_size != other.stat().st_size:
            return False
        with one.open("rb") as first, other.open("rb") as second:
            while True:
                block = first.read(1 << 20)
                if block != second.read(1 << 20):
                    return False
                if not block:
                    return True
    except OSError:
        return False


def list_backups(workspace: Path) -> list[Backup]:
    """The workspace's backups, newest first."""
    folder = backup_folder(workspace)
    found = []
    for path in folder.glob("*.gew") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            found.append(Backup(path, made, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def latest_good_backup(workspace: Path) -> Backup | None:
    """The newest backup that was verified when it was made (not a damaged file's copy)."""
    return next((b for b in list_backups(workspace) if b.reason != DAMAGED), None)


def find_backup(workspace: Path, name: str) -> Backup:
    """The backup named ``name`` (its file name, or a path to it)."""
    wanted = Path(name).name
    for backup in list_backups(workspace):
        if backup.path.name == wanted:
            return backup
    raise WorkspaceError(
        _("{name} has no backup named {wanted}; `backups` lists the ones there are.").format(
            name=workspace.name, wanted=wanted
        )
    )


def restore(workspace: Path, name: str) -> Backup:
    """Put a backup back in place of the workspace; the current state is backed up first."""
    backup = find_backup(workspace, name)
    check_workspace(backup.path)
    if workspace.exists():
        try:
            make_backup(workspace, "before restore")
        except WorkspaceError:
            # A damaged file cannot be copied as a database: keep its bytes as they are.
            folder = backup_folder(workspace)
            moment = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
            shutil.copyfile(workspace, folder / f"{moment}-{DAMAGED}.gew")
    # A fresh name, created here (a link planted under a name known ahead is never followed).
    partial = workspace.with_name(f".{workspace.name}.partial-{secrets.token_hex(4)}")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out, backup.path.open("rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, workspace)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WorkspaceError(
            _("Cannot restore {name}: {value}.").format(
                name=workspace.name, value=exc.strerror or exc
            )
        ) from None
    return backup
