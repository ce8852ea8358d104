"""The core stays free of Qt, so that it runs in scripts, on servers and in tests without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "evaluator"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, absolute names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    sources = sorted(CORE.rglob("*.py"))
    assert CORE / "cli" / "__init__.py" in sources
    assert CORE / "storage" / "migrations" / "env.py" in sources

    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in imported_modules(path) if name.split(".")[0] in QT
        )
        for path in sources
    }

    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    module = tmp_path / "widget.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport shiboken6\n")

    assert imported_modules(module) == {"PySide6.QtWidgets", "shiboken6"}


def test_importing_the_cli_does_not_load_qt() -> None:
    script = (
        "import sys, evaluator.cli, evaluator.services.demo, evaluator.services.proposals; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}))"
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "[]\n"


def test_help_loads_neither_the_core_nor_qt_nor_reportlab() -> None:
    script = (
        "import sys\n"
        "from evaluator.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('PySide6', 'reportlab', 'sqlmodel', 'sqlalchemy') "
        "if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
