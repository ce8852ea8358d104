"""The editable wording of contracts and letters: TOML files whose texts hold placeholders."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from string import Formatter
from typing import Any

from evaluator.errors import EvaluatorError
from evaluator.i18n import SOURCE, _
from evaluator.resources_path import resources_dir


def read_template(source: Path, what: str) -> dict[str, Any]:
    """The TOML template ``source`` of a ``what`` ("contract", "letter"), refused when it
    cannot be read."""
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EvaluatorError(
            _("The {what} template {name} cannot be read: {exc}.").format(
                what=_(what), name=source.name, exc=exc
            )
        ) from None


def check_placeholders(source: Path, what: str, texts: Iterable[str], known: set[str]) -> None:
    """Refuse a text of the template that uses a placeholder outside ``known``, or a brace
    that is neither a placeholder nor doubled."""
    for text in texts:
        try:
            names = [name for _text, name, _spec, _conversion in Formatter().parse(text)]
        except ValueError:
            raise EvaluatorError(
                _(
                    "The {what} template {name} has an unmatched brace in “{text}”; write "
                    "{{{{ and }}}} for a brace that is not a placeholder."
                ).format(what=_(what), name=source.name, text=text)
            ) from None
        for name in names:
            if name is not None and name not in known:
                raise EvaluatorError(
                    _(
                        "The {what} template {name} uses the unknown placeholder {{{name2}}}."
                    ).format(what=_(what), name=source.name, name2=name)
                )


def shipped_template(folder: str, stem: str, language: str) -> Path:
    """A wording shipped in ``resources/<folder>``: ``<stem>.toml`` in English,
    ``<stem>.<language>.toml`` in the others."""
    name = f"{stem}.toml" if language == SOURCE else f"{stem}.{language}.toml"
    return Path(str(resources_dir() / folder / name))


# A date that ends in its own full stop ("1. januar 2024.", "30 јуни 2025 г.") at the end of a
# sentence: one stop serves both, as the region's orthographies write it.
_DATE_THEN_STOP = re.compile(r"(\d{4}(?:\s*г)?\.)\.")


def filled(text: str, values: Mapping[str, str]) -> str:
    """A template's text with its placeholders filled in."""
    return _DATE_THEN_STOP.sub(r"\1", text.format_map(values))
