"""Factories for tests: call files, proposals files and workspaces built from them."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from evaluator.calls import call_row, demo_call_path, load_call
from evaluator.db import create_workspace, open_path
from evaluator.proposals import (
    REQUIRED_COLUMNS,
    ImportReport,
    ProposalView,
    import_proposals,
    list_proposals,
)

HEADER = REQUIRED_COLUMNS


def demo_call_text() -> str:
    """The text of the shipped SMART Balkans call file."""
    return demo_call_path().read_text(encoding="utf-8")


def new_workspace(folder: Path, name: str = "call.gew", call_text: str | None = None) -> Path:
    """A fresh workspace holding the SMART Balkans call (or ``call_text``), no proposals."""
    call_file = folder / "call.toml"
    call_file.write_text(call_text or demo_call_text(), encoding="utf-8")
    spec, text = load_call(call_file)
    path = folder / name
    create_workspace(path, lambda session: session.add(call_row(spec, text)))
    return path


def member_rows(
    reference: str,
    members: Sequence[tuple[str, str, str, str]],
    *,
    title: str = "Regional cooperation",
    priority_area: str = "Governance",
    topics: str = "Corruption, including high level corruption",
    amount: str = "45000",
    months: str = "12",
) -> list[list[str]]:
    """Rows of one proposal; each member is (organisation, country, org_type, role)."""
    return [
        [reference, title, priority_area, topics, amount, months, *member] for member in members
    ]


def eligible_members(suffix: str = "") -> list[tuple[str, str, str, str]]:
    """A lead and two partners: three CSOs from three beneficiary countries."""
    return [
        (f"Sos Helpline Nikšić{suffix}", "Montenegro", "CSO", "lead"),
        (f"Центар за медијско описмењавање{suffix}", "Serbia", "CSO", "partner"),
        (f"Qendra për Zhvillim Rajonal{suffix}", "Albania", "CSO", "partner"),
    ]


def write_csv(
    path: Path,
    rows: Iterable[Sequence[str]],
    header: Sequence[str] = HEADER,
    *,
    bom: bool = False,
) -> Path:
    """A proposals CSV file, UTF-8 (with a BOM if asked), header first."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path, rows: Iterable[Sequence[object]], header: Sequence[str] = HEADER
) -> Path:
    """A proposals workbook, first sheet, header first."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def edit_call(text: str, old: str, new: str) -> str:
    """The call text with ``old`` (which must occur exactly once) replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the call text"
    return text.replace(old, new)


def edit_criterion(text: str, code: str, key: str, value: str) -> str:
    """The call text with ``key = value`` set in the ``[[criteria]]`` block of ``code``."""
    blocks = text.split("[[criteria]]")
    found = [i for i, block in enumerate(blocks) if f'code = "{code}"\n' in block]
    assert len(found) == 1, f"criterion {code} is not in the call text once"
    block = blocks[found[0]]
    lines = block.split("\n")
    keyed = [i for i, line in enumerate(lines) if line.startswith(f"{key} = ")]
    assert len(keyed) == 1, f"criterion {code} has no single {key} line"
    lines[keyed[0]] = f"{key} = {value}"
    blocks[found[0]] = "\n".join(lines)
    return "[[criteria]]".join(blocks)


def write_call(folder: Path, text: str, name: str = "call.toml") -> Path:
    """A call file holding ``text`` (UTF-8)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def import_file(workspace: Path, path: Path, *, replace: bool = False) -> ImportReport:
    """Import a proposals file into the workspace, as the chair's one action does."""
    with open_path(workspace) as ws, ws.transaction() as session:
        return import_proposals(session=session, path=path, replace=replace)


def proposals_of(workspace: Path) -> dict[str, ProposalView]:
    """The workspace's proposals as the lists show them, by reference."""
    with open_path(workspace) as ws, ws.session() as session:
        return {p.reference: p for p in list_proposals(session)}


def workspace_with(folder: Path, rows: Iterable[Sequence[str]]) -> Path:
    """A fresh workspace into which a CSV of ``rows`` (in ``HEADER`` order) was imported."""
    workspace = new_workspace(folder)
    import_file(workspace, write_csv(folder / "proposals.csv", rows))
    return workspace
