"""The language the application speaks: gettext catalogues for the core's and the CLI's
messages, reports, letters and contracts, with English as the source.

One language is in use at a time (``use``); ``_`` translates a message when it is made, so a
message built before a switch stays in the language it was built in. Text kept at module
level is marked with ``N_`` and translated where it is shown.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from importlib.resources.abc import Traversable
from typing import overload

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from evaluator.resources_path import resources_dir

DOMAIN = "grant_evaluator"
ENV = "GRANT_EVALUATOR_LANG"
SOURCE = "en"
# Each language's code, as --lang takes it, and its name as its speakers write it.
LANGUAGES: Mapping[str, str] = {
    "en": "English",
    "sq": "Shqip",
    "sr-Latn": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
    "mk": "Македонски",
    "bs": "Bosanski",
}
# Babel's locale for each language: how it writes numbers, amounts and dates.
BABEL_LOCALES: Mapping[str, str] = {
    "en": "en_GB",
    "sq": "sq_AL",
    "sr-Latn": "sr_Latn_RS",
    "sr-Cyrl": "sr_Cyrl_RS",
    "mk": "mk_MK",
    "bs": "bs_Latn_BA",
}
# The system locales (POSIX or Qt names) that mean each language.
_SYSTEM = {
    "sq": "sq",
    "sr_latn": "sr-Latn",
    "sr@latin": "sr-Latn",
    "sr_cyrl": "sr-Cyrl",
    "sr": "sr-Cyrl",
    "mk": "mk",
    "bs": "bs",
    "me": "sr-Latn",
    "cnr": "sr-Latn",
    "en": "en",
}


class UnknownLanguage(ValueError):
    """A language code the application does not speak; ``str()`` is the sentence to show."""


class _State:
    code = SOURCE
    translations: gettext.NullTranslations = gettext.NullTranslations()


_state = _State()


def catalogue_folder() -> Traversable:
    """Where the catalogues live: ``<code>/LC_MESSAGES/grant_evaluator.po`` and ``.mo``."""
    return resources_dir() / "locale"


def use(code: str) -> None:
    """Speak ``code`` from now on (one of ``LANGUAGES``)."""
    if code not in LANGUAGES:
        raise UnknownLanguage(unknown_language(code))
    if code == SOURCE:
        _state.translations = gettext.NullTranslations()
    else:
        with (catalogue_folder() / code / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as handle:
            _state.translations = gettext.GNUTranslations(handle)
    _state.code = code


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak ``code`` inside the block (a document in its own language), then the language
    spoken before it again."""
    before = _state.code
    use(code)
    try:
        yield
    finally:
        use(before)


def current() -> str:
    """The code of the language in use."""
    return _state.code


def locale() -> Locale:
    """Babel's locale of the language in use."""
    return Locale.parse(BABEL_LOCALES[_state.code])


def money(amount: Decimal) -> str:
    """An amount with two decimals (rounded half up), grouped as the language writes it:
    ``48,000.00`` in English, ``48.000,00`` in Serbian, ``48 000,00`` in Albanian."""
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format_decimal(cents, format="#,##0.00", locale=locale())


def decimal(value: Decimal | Fraction | int, places: int = 2) -> str:
    """A number such as a score with ``places`` decimals (rounded half up) and no grouping:
    ``89.50`` in English, ``89,50`` in the region's languages."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    exact = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format_decimal(exact, format="0." + "0" * places if places else "0", locale=locale())


@overload
def two_places(value: Decimal | Fraction) -> str: ...


@overload
def two_places(value: None) -> None: ...


def two_places(value: Decimal | Fraction | None) -> str | None:
    """A total, final score or spread on a screen: ``decimal`` with two places; None stays
    None."""
    return None if value is None else decimal(value)


def point_text(value: Decimal) -> str:
    """A score or a number of points as people write it, in the language's way: 5, 7.5 / 7,5."""
    return format_decimal(value, format="0.####", locale=locale())


def long_date(day: date) -> str:
    """``day`` as a letter or a contract dates itself: ``1 December 2026``, ``1. decembar 2026.``"""
    # English letters write the day first, without the comma of Babel's long format.
    return format_date(day, "d MMMM y" if _state.code == SOURCE else "long", locale=locale())


def contract_date(day: date) -> str:
    """A date in a contract: ``2024-01-01`` in English (as the drafts always printed it), the
    language's long date in the others (``1. januar 2024.``)."""
    return day.isoformat() if _state.code == SOURCE else long_date(day)


def unknown_language(code: str) -> str:
    """The refusal of a language code the application does not speak."""
    return _("“{code}” is not a language of Grant Evaluator; choose one of {codes}.").format(
        code=code, codes=", ".join(LANGUAGES)
    )


def _(message: str) -> str:
    """``message`` in the language in use."""
    return _state.translations.gettext(message)


def N_(message: str) -> str:
    """``message`` unchanged: marks text kept at module level, translated where it is shown."""
    return message


def plural(count: int, singular: str, plural_form: str) -> str:
    """``"{count} proposal"`` or ``"{count} proposals"`` (or the language's own forms),
    filled in with ``count``."""
    return _state.translations.ngettext(singular, plural_form, count).format(count=count)


def from_system(locale_name: str) -> str:
    """The language a system locale such as ``sr_RS@latin``, ``sq_AL.UTF-8`` or ``mk-MK``
    means, or English when it is none of ours."""
    name = locale_name.split(".")[0].replace("-", "_").lower()
    language, _sep, rest = name.partition("_")
    script = "@latin" if "@latin" in name else ""
    for key in (name, f"{language}_{rest.split('_')[0]}", language + script, language):
        if key in _SYSTEM:
            return _SYSTEM[key]
    return SOURCE


def chosen(flag: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The language asked for: ``--lang``, else ``GRANT_EVALUATOR_LANG``, else English."""
    code = flag if flag is not None else environ.get(ENV, "").strip() or SOURCE
    if code not in LANGUAGES:
        raise UnknownLanguage(unknown_language(code))
    return code


class Words(dict[str, str]):
    """Words kept at module level (marked with ``N_``), each looked up in the language in use
    when it is read: ``WORDS[key]`` and ``WORDS.get(key)`` are translated."""

    def __getitem__(self, key: str) -> str:
        return _(super().__getitem__(key))

    def get(self, key: str, default: str = "") -> str:  # type: ignore[override]
        return _(super().__getitem__(key)) if key in self else default


# Serbian Latin to Cyrillic, letter by letter; the digraphs first.
_DIGRAPHS = {"Lj": "Љ", "LJ": "Љ", "lj": "љ", "Nj": "Њ", "NJ": "Њ", "nj": "њ",
             "Dž": "Џ", "DŽ": "Џ", "dž": "џ"}  # fmt: skip
_LETTERS = dict(
    zip(
        "ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽabcčćdđefghijklmnoprsštuvzž",
        "АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖабцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)
# What stays in Latin letters: placeholders, markup, commands, options, file names and
# extensions, addresses, acronyms, and words of other scripts' names (PDF, CSV, SHA-256…).
_KEEP = re.compile(
    r"\\[ntr\"\\]|\{[^{}]*\}|<code>.*?</code>|<[^<>]*>|`[^`]*`|&[a-z]+;|(?<![\w-])--?[a-z][\w-]*|"
    r"\b[\w.+-]+@[\w.-]+|[\w.~*:@-]*/[\w.~*:@/-]*|"
    r"\b[\w-]+\.(?:csv|xlsx|ods|toml|gew|gep|ger|pdf|json|zip)\b|\*?\.\w+\b|"
    # identifiers: call-file keys (call.budget, scale_min), logins (ana_s), host names
    r"\b_?[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b|"
    r"(?P<caps>\b[A-Z][A-Z0-9]*(?:-\d+)?\b)|\b\w*\d\w*\b|\bgrant-evaluator(?:-gui)?\b|"
    r"\bpostgresql:\S*|\b(?:Grant Evaluator|Qt for Python|The Qt Company|SQLAlchemy|SQLModel|"
    r"openpyxl|reportlab|ReportLab|Babel|defusedxml|psycopg|PySide6|DejaVu|num2words|Alembic|"
    r"platformdirs|cryptography|pypdf|e-mail|pg_dump|pg_restore|pgpass|PGPASSWORD|TOML|UTF-8|"
    r"Qt|LibreOffice|Excel|OpenDocument|SQLite|PostgreSQL|Debian|Ubuntu|SHA-256)\b"
)


# Capitals that stay Latin in Cyrillic text whatever the source says.
ACRONYMS = frozenset(
    {"PDF", "CSV", "XLSX", "ODS", "TOML", "UTF", "EUR", "BAM", "CSO", "SHA", "JSON", "URL",
     "SQL", "USB", "ID", "EU", "NGO", "MB", "GB"}
)  # fmt: skip


def capitals(text: str) -> frozenset[str]:
    """The words in capitals of ``text`` (acronyms, NAME and FILE of a command's help)."""
    return frozenset(re.findall(r"\b[A-Z][A-Z0-9]*(?:-\d+)?\b", text))


def latin_to_cyrillic(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Serbian Latin ``text`` in Cyrillic, keeping placeholders, markup, commands and names
    that are written in Latin letters in either script. A word in capitals stays Latin when it
    is an acronym or one of ``keep`` (the capitals of the English source), and is written in
    Cyrillic otherwise ("NACRT" → "НАЦРТ")."""
    out: list[str] = []
    position = 0
    for kept in _KEEP.finditer(text):
        out.append(_transliterate(text[position : kept.start()]))
        word = kept.group(0)
        caps = kept.group("caps")
        out.append(_transliterate(word) if caps and caps not in keep | ACRONYMS else word)
        position = kept.end()
    out.append(_transliterate(text[position:]))
    return "".join(out)


def _transliterate(text: str) -> str:
    for latin, cyrillic in _DIGRAPHS.items():
        text = text.replace(latin, cyrillic)
    return "".join(_LETTERS.get(c, c) for c in text)
