"""The attack tests use the core tests' fixtures: an exchange round and the demo, made once."""

from __future__ import annotations

from tests.evaluator.conftest import (  # noqa: F401  (fixtures, found by pytest by name)
    _no_workspace_in_env,
    game,
    pristine_demo,
    pristine_round,
)
