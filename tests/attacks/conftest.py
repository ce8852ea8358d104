"""The attack tests use the core and GUI tests' fixtures: an exchange round, the demo, made once,
and isolated Qt settings."""

from __future__ import annotations

from tests.evaluator.conftest import (  # noqa: F401  (fixtures, found by pytest by name)
    _no_workspace_in_env,
    game,
    pristine_demo,
    pristine_round,
)
from tests.ui.conftest import demo_copy, demo_master, isolated_settings  # noqa: F401
