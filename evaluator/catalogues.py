"""Build the translation catalogues from the sources: ``python -m evaluator.catalogues``.

- ``update``: extract the core's and the CLI's messages (Babel) into every language's ``.po``,
  and the GUI's (``pyside6-lupdate``) into every language's ``.ts``, keeping what translators
  wrote and dropping what the sources no longer say; derive Serbian Cyrillic from Serbian Latin;
  then ``compile``.
- ``compile``: write each ``.po`` as ``.mo`` (Babel) and each ``.ts`` as ``.qm``
  (``pyside6-lrelease``).

The compiled files are committed, so that an installed copy needs neither tool; a test checks
that they are what ``compile`` makes of the sources.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from evaluator import __version__
from evaluator.i18n import DOMAIN, LANGUAGES, SOURCE, capitals, latin_to_cyrillic

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)
# Serbian Cyrillic is derived from Serbian Latin; its corrections are kept beside it.
DERIVED = {"sr-Cyrl": "sr-Latn"}
# The functions whose literal arguments are messages: ``_(text)``, ``N_(text)`` and
# ``plural(count, singular, plural)``.
KEYWORDS = {"_": None, "N_": None, "plural": (2, 3)}
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
BABEL_LOCALE = {"sr-Latn": "sr_Latn", "sr-Cyrl": "sr_Cyrl", "sq": "sq", "mk": "mk", "bs": "bs"}


HEADER = """\
# The messages of Grant Evaluator's core and command line in {language}.
# Written from the English source with the vocabulary of the EU's local-language grant
# documents; who reviews it before a call goes live is in the README (Languages).
# Edit the msgstr lines; `python -m evaluator.catalogues update` keeps them in step with the
# sources and compiles them.
#"""


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_path(code: str) -> Path:
    return LOCALE / code / f"{DOMAIN}.ts"


def core_sources() -> list[Path]:
    """The modules whose messages the gettext catalogues hold: the core's, and the GUI's
    counted nouns (``plural`` is the core's, whoever calls it; the GUI's other texts are in
    its own catalogue)."""
    return sorted(
        path
        for folder in ("evaluator", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts and path.name != "catalogues.py"
    )


def gui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def template() -> Catalog:
    """Every message the core's sources mark, with where it stands."""
    catalog = Catalog(domain=DOMAIN, project="Grant Evaluator", charset="utf-8")
    for path in core_sources():
        for line, text, comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("Translators:",)
        ):
            message = text if isinstance(text, str) else tuple(text)
            if not (message[0] if isinstance(message, tuple) else message):
                continue
            catalog.add(
                message,
                locations=[(str(path.relative_to(ROOT)), line)],
                auto_comments=comments,
            )
    return catalog


def _read(path: Path, code: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=BABEL_LOCALE[code], domain=DOMAIN, charset="utf-8")
    with path.open("rb") as handle:
        return read_po(handle, locale=BABEL_LOCALE[code], domain=DOMAIN)


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.project = "Grant Evaluator"
    catalog.version = __version__
    catalog.copyright_holder = "the Grant Evaluator developers"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Grant Evaluator developers (first draft; see README, Languages)"
    catalog.language_team = f"{LANGUAGES[path.parent.parent.name]} reviewers"
    catalog.fuzzy = False
    catalog.header_comment = HEADER.format(language=LANGUAGES[path.parent.parent.name])
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, no_location=True, omit_header=False, sort_output=True,
             ignore_obsolete=True, include_previous=False)  # fmt: skip
    path.write_bytes(_stable_header(buffer.getvalue()))


def _stable_header(data: bytes) -> bytes:
    """The ``.po`` without the dates Babel stamps into its header, so that updating an
    unchanged catalogue changes no byte."""
    return re.sub(rb'"(POT-Creation-Date|PO-Revision-Date): [^"]*\\n"\n', b"", data)


def update_po(code: str, source: Catalog) -> Catalog:
    """``code``'s catalogue with exactly the messages of ``source``, translations kept."""
    catalog = _read(po_path(code), code)
    catalog.update(source, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    return catalog


def derive_cyrillic(latin: Catalog, corrections: Catalog | None) -> Catalog:
    """The Serbian Cyrillic catalogue: each Latin translation transliterated, then replaced by
    its correction where ``corrections`` gives one."""
    cyrillic = Catalog(locale="sr_Cyrl", domain=DOMAIN, charset="utf-8")
    fixed = {m.id: m.string for m in corrections or [] if m.id and m.string}
    for message in latin:
        if not message.id:
            continue
        if message.id in fixed:
            string = fixed[message.id]
        elif isinstance(message.string, tuple | list):
            keep = capitals(" ".join(message.id))
            string = tuple(latin_to_cyrillic(s, keep) for s in message.string)
        else:
            string = latin_to_cyrillic(message.string or "", capitals(str(message.id)))
        cyrillic.add(message.id, string=string, flags=message.flags)
    return cyrillic


def corrections_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / "corrections.po"


def update() -> None:
    """Bring every catalogue in line with the sources, then compile them."""
    source = template()
    for code in TRANSLATED:
        if code in DERIVED:
            continue
        _write_po(update_po(code, source), po_path(code))
    for code, origin in DERIVED.items():
        latin = _read(po_path(origin), origin)
        corrections = (
            _read(corrections_path(code), code) if corrections_path(code).exists() else None
        )
        _write_po(derive_cyrillic(latin, corrections), po_path(code))
    _lupdate()
    for code, origin in DERIVED.items():
        derive_cyrillic_ts(ts_path(origin), ts_path(code))
        for wording in document_templates(origin):
            target = wording.with_name(wording.name.replace(origin, code))
            english = wording.with_name(wording.name.replace(f".{origin}", ""))
            target.write_text(
                derive_cyrillic_toml(
                    wording.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
                ),
                encoding="utf-8",
            )
    compile_all()


def document_templates(code: str) -> list[Path]:
    """The contract and letter wording of ``code``."""
    return [
        ROOT / "resources" / "contracts" / f"grant-contract.{code}.toml",
        ROOT / "resources" / "letters" / f"outcome-letter.{code}.toml",
    ]


_TOML_TEXT = re.compile(r'"(?:[^"\\\n]|\\.)*"|#.*$', re.M)


def derive_cyrillic_toml(latin: str, english: str) -> str:
    """A Serbian Latin template in Cyrillic: its strings and comments transliterated, its keys
    and tables as they are (capitals of the ``english`` template stay Latin)."""
    keep = capitals(english)
    return _TOML_TEXT.sub(lambda m: latin_to_cyrillic(m.group(0), keep), latin)


def _lupdate() -> None:
    tool = _tool("lupdate")
    files = [str(path.relative_to(ROOT)) for path in gui_sources()]
    for code in TRANSLATED:
        if code in DERIVED:
            continue
        ts_path(code).parent.mkdir(parents=True, exist_ok=True)
        known = _known_translations(ts_path(code))
        subprocess.run(
            [tool, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", code.replace("-", "_"), *files, "-ts", str(ts_path(code))],
            cwd=ROOT, check=True,
        )  # fmt: skip
        _carry_over(ts_path(code), known)


def _known_translations(path: Path) -> dict[str, str]:
    """Each source text's translation, where the catalogue gives it only one."""
    if not path.exists():
        return {}
    seen: dict[str, set[str]] = {}
    for _context, source, translation in ts_messages(path):
        if translation:
            seen.setdefault(source, set()).add(translation)
    return {source: next(iter(t)) for source, t in seen.items() if len(t) == 1}


def _carry_over(path: Path, known: dict[str, str]) -> None:
    """Give a text that moved to another context (code moved between modules) the
    translation it had in its old one: lupdate matches texts within a context only."""

    def fill(match: re.Match[str]) -> str:
        translation = known.get(_unescape(match["source"]))
        if translation is None:
            return match.group(0)
        return f"{match['head']}<translation>{_escape(translation)}</translation>"

    text = path.read_text(encoding="utf-8")
    path.write_text(_UNFINISHED.sub(fill, text), encoding="utf-8")


# An unfinished message: lupdate leaves it empty, or fills in its guess from a similar text.
_UNFINISHED = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>.*?</comment>\s*)?)"
    r'<translation type="unfinished">[^<]*</translation>',
    re.S,
)


def _tool(name: str) -> str:
    """``pyside6-<name>``, from the environment the application runs in."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed; install PySide6 first.")
    return found


def compiled_mo(code: str) -> bytes:
    """What ``code``'s ``.po`` compiles to."""
    with po_path(code).open("rb") as handle:
        catalog = read_po(handle, locale=BABEL_LOCALE[code], domain=DOMAIN)
    # Babel stamps "now" into a header without dates: a fixed one makes the bytes reproducible.
    catalog.creation_date = catalog.revision_date = STAMP
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compiled_qm(code: str) -> bytes:
    """What ``code``'s ``.ts`` compiles to."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_path(code)), "-qm", str(out)], check=True
        )
        return out.read_bytes()


def compile_all() -> None:
    for code in TRANSLATED:
        po_path(code).with_suffix(".mo").write_bytes(compiled_mo(code))
        ts_path(code).with_suffix(".qm").write_bytes(compiled_qm(code))


def derive_cyrillic_ts(latin: Path, cyrillic: Path) -> None:
    """The Cyrillic ``.ts``: the Latin one with every translation transliterated (a
    ``corrections.ts`` beside it replaces a translation by its source text)."""
    text = latin.read_text(encoding="utf-8")
    corrections = _ts_corrections(cyrillic.with_name("corrections.ts"))

    def convert(match: re.Match[str]) -> str:
        source = _unescape(match.group("source"))
        translation = corrections.get(source)
        if translation is None:
            translation = latin_to_cyrillic(_unescape(match.group("translation")), capitals(source))
        return f"{match.group('head')}{_escape(translation)}{match.group('tail')}"

    text = _TS_MESSAGE.sub(convert, text)
    text = text.replace('language="sr_Latn"', 'language="sr_Cyrl"')
    cyrillic.parent.mkdir(parents=True, exist_ok=True)
    cyrillic.write_text(text, encoding="utf-8")


_TS_MESSAGE = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>.*?</comment>\s*)?"
    r"<translation>)(?P<translation>[^<]*)(?P<tail></translation>)",
    re.S,
)


def _ts_corrections(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    found = _TS_MESSAGE.finditer(path.read_text(encoding="utf-8"))
    return {_unescape(m.group("source")): _unescape(m.group("translation")) for m in found}


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        .replace("&apos;", "'").replace("&amp;", "&")
    )  # fmt: skip


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace('"', "&quot;").replace("'", "&apos;")
    )  # fmt: skip


def ts_messages(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """Each message of a ``.ts``: (context, source, translation or None when unfinished)."""
    text = path.read_text(encoding="utf-8")
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for message in re.finditer(r"<message[^>]*>(.*?)</message>", context.group(2), re.S):
            body = message.group(1)
            source = re.search(r"<source>(.*?)</source>", body, re.S)
            translation = re.search(r"<translation([^>]*)>(.*?)</translation>", body, re.S)
            if source is None:
                continue
            done = None
            if translation is not None and "type=" not in translation.group(1):
                done = _unescape(translation.group(2))
            yield _unescape(context.group(1)), _unescape(source.group(1)), done


def placeholders(text: str) -> list[str]:
    """The ``{name}`` placeholders of a message (with their format specs), sorted."""
    return sorted(re.findall(r"(?<!\{)\{[^{}]*\}(?!\})", text))


def main(argv: Iterable[str]) -> None:
    args = list(argv)
    if args == ["update"]:
        update()
    elif args == ["compile"]:
        compile_all()
    else:
        raise SystemExit("usage: python -m evaluator.catalogues update|compile")


if __name__ == "__main__":
    main(sys.argv[1:])
