"""Schema revisions: alembic's configuration, the one this build writes, and every one it knows."""

from __future__ import annotations

import functools
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory


def config(connection: Any = None) -> Config:
    """Alembic's configuration for the workspace's migrations, run on ``connection``."""
    settings = Config()
    settings.set_main_option("script_location", "evaluator.storage:migrations")
    settings.attributes["connection"] = connection
    return settings


def upgrade(connection: Any, revision: str = "head") -> None:
    """Bring the schema of ``connection``'s database to ``revision``, inside its transaction."""
    command.upgrade(config(connection), revision)


@functools.cache
def head() -> str:
    """The schema version this build of the application writes."""
    newest = ScriptDirectory.from_config(config()).get_current_head()
    assert newest is not None
    return newest


@functools.cache
def known() -> frozenset[str]:
    """Every schema version this build's migrations know."""
    script = ScriptDirectory.from_config(config())
    return frozenset(r.revision for r in script.walk_revisions())
