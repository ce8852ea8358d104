"""``python -m evaluator``: the command line."""

from __future__ import annotations

import sys

from evaluator.cli import main

sys.exit(main())
