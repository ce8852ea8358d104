"""Launch the Grant Evaluator GUI: ``python main.py [WORKSPACE]`` or ``python main.py --demo``."""

from __future__ import annotations

import sys

from ui.system_check import start_problem

if __name__ == "__main__":
    problem = start_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        sys.exit(1)
    # Qt loads only now: a system without its libraries was told what to install instead.
    from ui.app import data_folder, run

    sys.exit(run(sys.argv[1:], data_folder()))
