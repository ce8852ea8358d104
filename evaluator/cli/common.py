"""What the parser and every command share: the names of things, and usage errors.

Imports nothing: the parser uses it, and ``--help`` must answer at once.
"""

from __future__ import annotations

WORKSPACE_ENV = "GRANT_EVALUATOR_WORKSPACE"
DEMO_FILE = "smart-balkans-demo.gew"
FORMATS = ("text", "json", "csv")


class Usage(Exception):
    """A command line that cannot be carried out as written (exit code 2)."""
