"""Launch the Grant Evaluator GUI: ``python main.py [WORKSPACE]`` or ``python main.py --demo``."""

from __future__ import annotations

import sys

from ui.app import data_folder, run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], data_folder()))
