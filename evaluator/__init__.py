"""Grant Evaluator core: workspace storage, call grids, proposals and the rules of evaluation."""

from __future__ import annotations

__version__ = "0.1.0"
