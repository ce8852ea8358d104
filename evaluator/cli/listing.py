"""Listings and results as scripts and people read them: text columns, JSON, CSV, amounts."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from typing import Any, TextIO

from evaluator.i18n import N_, SOURCE, Words, _, current
from evaluator.rules.export_text import csv_cell
from evaluator.rules.words import SLOT_WORDS, STATUS_WORDS

Rows = list[dict[str, Any]]


def machine_amount(amount: Decimal) -> str:
    """An amount as scripts read it: plain digits, exactly two decimals."""
    return f"{amount:.2f}"


def write_json(out: TextIO, data: Any) -> None:
    """``data`` as indented JSON, non-ASCII text kept as it is."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(out: TextIO, rows: Rows, columns: list[str] | None = None) -> None:
    """``rows`` as CSV with a header; every text cell neutralised for spreadsheets."""
    if not rows and columns is None:
        return
    writer = csv.DictWriter(out, fieldnames=columns or list(rows[0]), lineterminator="\n")
    writer.writeheader()
    # Every text cell neutralised (see ``csv_cell``): the listing may be opened in a
    # spreadsheet, and a title "=HYPERLINK(…)" must stay text there.
    writer.writerows([{key: csv_cell(value) for key, value in row.items()} for row in rows])


# The headings of the text listings in the language in use; CSV and JSON keep the keys.
TEXT_HEADINGS = Words(
    {
        key: key
        for key in (
            N_("reference"), N_("title"), N_("status"), N_("rank"), N_("final"),
            N_("requested"), N_("awarded"), N_("flags"), N_("eligible"), N_("months"),
            N_("lead"), N_("reviews"), N_("spread"), N_("resolved"), N_("evaluator"),
            N_("evaluators"), N_("name"), N_("country"), N_("email"), N_("conflicts"),
            N_("submitted"), N_("documents"), N_("bytes"), N_("criterion"), N_("written_at"),
            N_("written_by"), N_("backup"), N_("made"), N_("reason"),
        )
    }
)  # fmt: skip
# Columns whose cells are a state or a yes/no, said in words in a language other than
# English (English listings keep the codes scripts have always read).
_STATE_COLUMNS = frozenset({"status", "eligible", "resolved"})


def write_text(out: TextIO, rows: Rows, columns: list[str], headings: dict[str, str]) -> None:
    """``rows`` as aligned columns under their headings, in the language in use."""
    titles = [TEXT_HEADINGS.get(t, t) for t in (headings.get(c, c) for c in columns)]
    cells = [[_cell(c, row[c]) for c in columns] for row in rows]
    # A listing with no rows still prints its header: max() then sees only the title.
    widths = [max([len(t), *(len(r[i]) for r in cells)]) for i, t in enumerate(titles)]
    for line in (titles, *cells):
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip(), file=out)


def _cell(column: str, value: object) -> str:
    text = str(value)
    if column not in _STATE_COLUMNS or current() == SOURCE:
        return text
    words = {"yes": _("yes"), "no": _("no")}
    return words.get(text) or STATUS_WORDS.get(text) or SLOT_WORDS.get(text) or text


def eligible_word(eligible: bool | None, fmt: str) -> str:
    """Eligibility as a listing shows it: yes/no in text, true/false in CSV, blank unknown."""
    if eligible is None:
        return ""
    if fmt == "csv":
        return "true" if eligible else "false"
    return "yes" if eligible else "no"
