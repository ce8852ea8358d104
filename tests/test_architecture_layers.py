"""The layers of the core and the shell, read from the source: who may import whom, no import
cycles, only actions open sessions, and no module or function too long to read.

Each check walks the sources of ``evaluator/`` and ``ui/`` below a root with ``ast`` and returns
every violation as a line "module: problem", so that one failing test lists them all. Each check
is also run on a small planted tree, to prove that it can fail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("evaluator", "ui")

# evaluator.catalogues builds the translation catalogues; the application never imports it.
BASE = {
    "evaluator",
    "evaluator.catalogues",
    "evaluator.errors",
    "evaluator.i18n",
    "evaluator.resources_path",
}
CORE = ("rules", "storage", "services", "files", "actions", "cli")
# The layers each layer may import. Libraries are free but for those in FORBIDDEN.
ALLOWED = {
    "base": {"base"},
    "rules": {"base", "rules"},
    "storage": {"base", "rules", "storage"},
    "services": {"base", "rules", "storage", "services"},
    "files": {"base", "rules", "storage", "services", "files"},
    "actions": {"base", "rules", "storage", "services", "files", "actions"},
    "cli": {"base", "rules", "actions", "cli"},
    # The shell sees the core only through its actions (and the rules' plain values).
    "ui": {"base", "rules", "actions", "ui"},
}
FORBIDDEN = {
    "rules": {"sqlalchemy", "sqlmodel", "alembic", "reportlab", "openpyxl", "PySide6"},
    "ui": {"sqlalchemy", "sqlmodel", "alembic"},
}
# Imports inside a function, each with the reason it cannot sit at the top of its module.
LOCAL_IMPORTS = {
    ("evaluator.cli", "evaluator.cli.commands"): (
        "the commands load the whole core; `grant-evaluator --help` must not"
    ),
    # openpyxl takes 0.1-0.3 s to load: only a command or screen that reads or writes a
    # workbook pays for it, not every `rank` or `verify`.
    ("evaluator.files.ranking_export", "openpyxl"): "loaded only to write a workbook",
    ("evaluator.files.scoresheets", "openpyxl"): "loaded only to write or read a workbook",
    ("evaluator.files.tabular", "openpyxl"): "loaded only to read a workbook",
}
# Layers that must neither open a session, a transaction or a backup: the actions do.
NO_SESSIONS = {"rules", "services", "files", "cli", "ui"}
SESSION_METHODS = {"session", "transaction", "backup"}
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
# Migrations are history: written once, never edited, so they are not held to the limits.
UNLIMITED = ("evaluator.storage.migrations.versions",)


@dataclass(frozen=True)
class Import:
    """One import statement's target, where it stands and whether it runs."""

    target: str
    line: int
    in_function: bool
    type_checking: bool


def modules(root: Path) -> dict[str, Path]:
    """Every module of the packages below ``root``, by dotted name."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def layer_of(module: str) -> str | None:
    """The layer a module belongs to, or None if it sits outside every layer."""
    if module in BASE:
        return "base"
    if module == "evaluator.__main__":
        return "cli"
    parts = module.split(".")
    if parts[0] == "ui":
        return "ui"
    if len(parts) > 1 and parts[1] in CORE:
        return parts[1]
    return None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute name of a ``from ... import`` statement's module."""
    if node.level == 0:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imports(module: str, path: Path, known: set[str]) -> list[Import]:
    """Every import in a module: the module imported (a submodule when one is named)."""
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(
                Import(alias.name, node.lineno, in_function, type_checking) for alias in node.names
            )
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, path, node)
            for alias in node.names:
                target = f"{source}.{alias.name}"
                found.append(
                    Import(
                        target if target in known else source,
                        node.lineno,
                        in_function,
                        type_checking,
                    )
                )
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, in_function, True)
            for child in node.orelse:
                visit(child, in_function, type_checking)
        else:
            inside = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            for part in ast.iter_child_nodes(node):
                visit(part, inside, type_checking)

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), False, False)
    return list(dict.fromkeys(found))  # ``from x import a, b`` is one import of x


def _sources(root: Path) -> Iterator[tuple[str, Path, list[Import]]]:
    found = modules(root)
    known = set(found)
    for module, path in found.items():
        yield module, path, imports(module, path, known)


def _by_target(found: list[Import]) -> dict[str, list[int]]:
    """The lines on which each module is imported, in the order of the source."""
    lines: dict[str, list[int]] = {}
    for item in found:
        at = lines.setdefault(item.target, [])
        if item.line not in at:
            at.append(item.line)
    return lines


def _at(lines: list[int]) -> str:
    return f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines))}"


def layer_violations(root: Path) -> list[str]:
    """Imports that reach a layer, or a library, that the importing layer may not use."""
    problems = []
    for module, _path, found in _sources(root):
        layer = layer_of(module)
        if layer is None:
            problems.append(f"{module}: belongs to no layer (base, {', '.join(CORE)}, ui)")
            continue
        for target, lines in _by_target(found).items():
            top = target.split(".")[0]
            if top in FORBIDDEN.get(layer, set()):
                problems.append(
                    f"{module}: imports {target} ({_at(lines)}); {layer} may not use {top}"
                )
            elif top in PACKAGES and layer_of(target) not in ALLOWED[layer]:
                problems.append(
                    f"{module}: imports {target} ({_at(lines)}); {layer} may import only "
                    f"{', '.join(sorted(ALLOWED[layer]))}"
                )
    return problems


def _shortest_cycle(start: str, graph: dict[str, set[str]]) -> list[str]:
    """The shortest path from ``start`` back to itself."""
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node]):
                if nxt == start:
                    return [*paths[node], start]
                if nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    following.append(nxt)
        frontier = following
    return []


def cycle_violations(root: Path) -> list[str]:
    """Import cycles among the core's modules, counting every import that runs, in a function
    or not (a cycle hidden by an import inside a function is still a cycle)."""
    graph: dict[str, set[str]] = {}
    for module, _path, found in _sources(root):
        if module.split(".")[0] == "evaluator":
            graph[module] = {
                i.target
                for i in found
                if not i.type_checking and i.target.split(".")[0] == "evaluator"
            }
    graph = {m: {t for t in targets if t in graph and t != m} for m, targets in graph.items()}
    problems = []
    seen: set[str] = set()
    for module in sorted(graph):
        if module in seen:
            continue
        cycle = _shortest_cycle(module, graph)
        if cycle:
            seen.update(cycle)
            problems.append(f"{module}: in an import cycle: {' → '.join(cycle)}")
    return problems


def local_import_violations(
    root: Path, allowed: dict[tuple[str, str], str] = LOCAL_IMPORTS
) -> list[str]:
    """Imports inside functions that are not on the allow-list (an entry names a module or a
    package), and allow-list entries that no longer match an import."""
    problems: list[str] = []
    used = set()
    for module, _path, found in _sources(root):
        refused = []
        for item in (i for i in found if i.in_function):
            entries = {
                (m, t)
                for m, t in allowed
                if m == module and (item.target + ".").startswith(t + ".")
            }
            used.update(entries)
            if not entries:
                top = item.target.split(".")[0]
                # Our own modules by name; a library as a whole.
                refused.append(
                    Import(item.target if top in PACKAGES else top, item.line, True, False)
                )
        problems.extend(
            f"{module}: imports {target} inside a function ({_at(lines)}); imports belong at "
            "the top of the module"
            for target, lines in _by_target(refused).items()
        )
    problems.extend(
        f"{module}: allowed to import {target} inside a function, but no longer does"
        for module, target in sorted(set(allowed) - used)
    )
    return problems


def session_violations(root: Path) -> list[str]:
    """Sessions, transactions and backups opened outside the actions (and storage, which
    defines them)."""
    problems = []
    for module, path in modules(root).items():
        layer = layer_of(module)
        if layer not in NO_SESSIONS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = (node for node in ast.walk(tree) if isinstance(node, ast.Call))
        for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if isinstance(func, ast.Attribute) and name in SESSION_METHODS:
                problems.append(
                    f"{module}: calls .{name}() (line {node.lineno}); only actions open "
                    "sessions, transactions and backups"
                )
            elif name == "Session":
                problems.append(
                    f"{module}: makes a Session (line {node.lineno}); only actions open sessions"
                )
    return problems


def size_violations(root: Path) -> list[str]:
    """Modules and functions longer than the limits."""
    problems = []
    for module, path in modules(root).items():
        if module.startswith(UNLIMITED):
            continue
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            problems.append(f"{module}: {lines} lines, over {MAX_MODULE_LINES}")
        tree = ast.parse(text, filename=str(path))
        functions = (
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        )
        for node in sorted(functions, key=lambda function: function.lineno):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                problems.append(
                    f"{module}: function {node.name} (line {node.lineno}) is {length} "
                    f"lines, over {MAX_FUNCTION_LINES}"
                )
    return problems


def report(problems: list[str]) -> str:
    """The violations one per line, for the assertion's message."""
    return f"{len(problems)} violations:\n" + "\n".join(problems)


# --- The tree as it is ---------------------------------------------------------------------


def test_the_checks_read_every_module() -> None:
    found = modules(ROOT)
    assert {"evaluator", "evaluator.cli", "evaluator.storage.models", "ui.main_window"} <= set(
        found
    )
    assert all(layer_of(m) is not None for m in ("evaluator.__main__", "ui.pages.ranking_page"))


def test_each_layer_imports_only_the_layers_it_may() -> None:
    problems = layer_violations(ROOT)
    assert not problems, report(problems)


def test_the_core_has_no_import_cycle() -> None:
    problems = cycle_violations(ROOT)
    assert not problems, report(problems)


def test_imports_sit_at_the_top_of_their_module() -> None:
    problems = local_import_violations(ROOT)
    assert not problems, report(problems)


def test_only_actions_open_sessions_transactions_and_backups() -> None:
    problems = session_violations(ROOT)
    assert not problems, report(problems)


def test_no_module_or_function_is_too_long() -> None:
    problems = size_violations(ROOT)
    assert not problems, report(problems)


# --- Each check sees what it forbids, on a planted tree -------------------------------------


def plant(root: Path, sources: dict[str, str]) -> Path:
    """Write ``sources`` (module path -> text) below ``root``, with the packages' __init__."""
    for name, text in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in path.relative_to(root).parents:
            init = root / folder / "__init__.py"
            if folder != Path(".") and not init.exists():
                init.write_text("")
        path.write_text(text, encoding="utf-8")
    return root


def test_the_layer_check_sees_a_layer_or_a_library_it_may_not_use(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "evaluator/errors.py": "",
            "evaluator/rules/money.py": (
                "from typing import TYPE_CHECKING\n"
                "from evaluator.errors import EvaluatorError\n"
                "from . import points\n"
                "if TYPE_CHECKING:\n"
                "    from sqlmodel import Session\n"
                "    from ..storage.models import Review\n"
            ),
            "evaluator/rules/points.py": "",
            "evaluator/storage/models.py": "import evaluator.rules.money\n",
            "evaluator/cli/commands.py": "from evaluator.services import scoring\n",
            "evaluator/services/scoring.py": "",
            "evaluator/stray.py": "",
            "ui/page.py": "import evaluator.actions\nfrom sqlalchemy import select\n",
            "ui/widget.py": "from evaluator.storage.workspace import Workspace\n",
        },
    )

    assert layer_violations(root) == [
        "evaluator.cli.commands: imports evaluator.services.scoring (line 1); cli may import "
        "only actions, base, cli, rules",
        "evaluator.rules.money: imports sqlmodel (line 5); rules may not use sqlmodel",
        "evaluator.rules.money: imports evaluator.storage.models (line 6); rules may import "
        "only base, rules",
        "evaluator.stray: belongs to no layer (base, rules, storage, services, files, actions, "
        "cli, ui)",
        "ui.page: imports sqlalchemy (line 2); ui may not use sqlalchemy",
        "ui.widget: imports evaluator.storage.workspace (line 1); ui may import only actions, "
        "base, rules, ui",
    ]


def test_the_cycle_check_sees_a_cycle_even_one_hidden_in_a_function(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "evaluator/storage/workspace.py": "from evaluator.storage import backups\n",
            "evaluator/storage/backups.py": (
                "def restore():\n    from evaluator.storage.workspace import open_path\n"
            ),
            "evaluator/storage/models.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from evaluator.storage.workspace import Workspace\n"
            ),
        },
    )

    assert cycle_violations(root) == [
        "evaluator.storage.backups: in an import cycle: evaluator.storage.backups → "
        "evaluator.storage.workspace → evaluator.storage.backups"
    ]


def test_the_local_import_check_sees_an_import_in_a_function(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "evaluator/cli/__init__.py": "def main():\n    from evaluator.cli.commands import run\n",
            "evaluator/cli/commands.py": "",
            "evaluator/files/pdf.py": (
                "class Report:\n"
                "    def draw(self):\n"
                "        import reportlab.pdfgen\n"
                "        from reportlab.lib import colors, units\n"
                "    def sheet(self):\n"
                "        from openpyxl import Workbook\n"
                "        from reportlab.pdfgen import canvas\n"
            ),
        },
    )
    allowed = {
        ("evaluator.cli", "evaluator.cli.commands"): "keeps --help fast",
        ("evaluator.files.pdf", "openpyxl"): "a whole package",
        ("evaluator.cli", "evaluator.services"): "no longer needed",
    }

    assert local_import_violations(root, allowed) == [
        "evaluator.files.pdf: imports reportlab inside a function (lines 3, 4, 7); imports "
        "belong at the top of the module",
        "evaluator.cli: allowed to import evaluator.services inside a function, but no longer does",
    ]


def test_the_session_check_sees_a_session_opened_outside_the_actions(tmp_path: Path) -> None:
    root = plant(
        tmp_path,
        {
            "evaluator/services/scoring.py": (
                "def submit(workspace):\n"
                "    with workspace.transaction() as session:\n"
                "        workspace.backup('before submit')\n"
            ),
            "ui/page.py": "import sqlmodel\nsession = sqlmodel.Session(engine)\n",
            "evaluator/actions/scoring.py": (
                "def submit(workspace):\n    with workspace.session() as session:\n        pass\n"
            ),
            "evaluator/storage/workspace.py": "def session(engine):\n    return Session(engine)\n",
        },
    )

    assert session_violations(root) == [
        "evaluator.services.scoring: calls .transaction() (line 2); only actions open "
        "sessions, transactions and backups",
        "evaluator.services.scoring: calls .backup() (line 3); only actions open sessions, "
        "transactions and backups",
        "ui.page: makes a Session (line 2); only actions open sessions",
    ]


def test_the_size_check_sees_a_long_module_and_a_long_function(tmp_path: Path) -> None:
    body = "".join(f"    x{n} = {n}\n" for n in range(MAX_FUNCTION_LINES))
    root = plant(
        tmp_path,
        {
            "evaluator/rules/short.py": "def fits():\n" + body[: body.rindex("    x")],
            "evaluator/rules/long.py": "def grows():\n" + body,
            "ui/page.py": "\n" * MAX_MODULE_LINES + "x = 1\n",
            "evaluator/storage/migrations/versions/0001_initial.py": "def upgrade():\n" + body * 10,
        },
    )

    assert size_violations(root) == [
        f"evaluator.rules.long: function grows (line 1) is {MAX_FUNCTION_LINES + 1} lines, "
        f"over {MAX_FUNCTION_LINES}",
        f"ui.page: {MAX_MODULE_LINES + 1} lines, over {MAX_MODULE_LINES}",
    ]
