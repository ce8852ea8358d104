"""Where the shipped resources (call files, fonts, templates) are."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resources_dir() -> Traversable:
    """The ``resources/`` folder: beside the sources in a checkout, inside the installed package."""
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    return source_tree if source_tree.is_dir() else files("evaluator.resources")
