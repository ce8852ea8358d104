"""Text as users type it: invisible characters cleaned, names folded, words counted."""

from __future__ import annotations

import functools
import re
import unicodedata

from evaluator.i18n import _

# Controls that show a text's letters in another order than they are stored: "RG-\u202e100"
# reads "RG-001". Removing them would keep a name other than the one the user read, so a name
# holding one is refused (``hidden_reordering``) instead of cleaned.
REORDERING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# Unicode's Default_Ignorable_Code_Point characters outside the categories Cf and Cc: shown as
# nothing, like them (combining grapheme joiner, Hangul fillers, variation selectors, tags…).
_IGNORABLE = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)


@functools.lru_cache(maxsize=65_536)
def _invisible(char: str) -> bool:
    """A character that shows as nothing: a format (Cf) or control (Cc) character other than
    whitespace, or another default-ignorable one."""
    if unicodedata.category(char) in ("Cf", "Cc"):
        return not char.isspace()
    point = ord(char)
    return any(low <= point <= high for low, high in _IGNORABLE)


def clean_name(text: str) -> str:
    """A name as stored and compared: invisible characters removed (zero-width spaces and
    joiners, direction marks, stray BOMs, control characters), runs of whitespace collapsed to
    one space, Unicode NFC. Letters, diacritics, quotes and dashes are kept as they are."""
    if not text.isprintable() or not text.isascii():
        hidden = {c for c in set(text) if _invisible(c)}
        if hidden:
            text = "".join(c for c in text if c not in hidden)
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def hidden_reordering(text: str) -> str | None:
    """Why ``text`` cannot be taken as a name, if it holds a control that reorders what a
    reader sees (see ``REORDERING_CONTROLS``); None if it holds none."""
    found = sorted({c for c in text if c in REORDERING_CONTROLS})
    if not found:
        return None
    codes = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c).lower()}" for c in found)
    return _(
        "“{shown_name}” holds an invisible control ({codes}) that shows its "
        "letters in another order than they are written; delete it and try "
        "again"
    ).format(shown_name=shown_name(text), codes=codes)


def shown_name(text: str) -> str:
    """``text`` with its invisible characters written out as ⟨U+200B⟩, for a message."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if _invisible(c) else c for c in text)


def fold(text: str) -> str:
    """A key for comparing names as a person would: cleaned (``clean_name``), case-folded."""
    return clean_name(text).casefold()


def clean(text: str) -> str:
    """User text as stored: Unicode NFC, runs of spaces collapsed, typography kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def loose(text: str) -> str:
    """Text reduced for searching: case and accents dropped, so "niksic" finds "Nikšić"."""
    if text.isascii():
        return text.casefold()  # nothing to decompose (the usual reference or title)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Serbian and Macedonian Cyrillic in Latin letters, as the two languages write them (Serbian's
# Latin alphabet; Macedonian's ѓ, ќ and ѕ as "gj", "kj", "dz", the way its users type them).
# Lower case only: ``search_key`` folds case first.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "ђ": "đ",
        "ѓ": "gj",
        "е": "e",
        "ж": "ž",
        "з": "z",
        "ѕ": "dz",
        "и": "i",
        "ј": "j",
        "к": "k",
        "л": "l",
        "љ": "lj",
        "м": "m",
        "н": "n",
        "њ": "nj",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "ћ": "ć",
        "ќ": "kj",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "č",
        "џ": "dž",
        "ш": "š",
    }
)


def search_key(text: str) -> str:
    """Text as every search box compares it: Serbian and Macedonian Cyrillic written in Latin
    letters, then case and accents dropped (``loose``), so "nis" finds "Ниш" and "Ниш" finds
    "Niš"."""
    if text.isascii():
        return text.casefold()
    return loose(text.casefold().translate(_CYRILLIC_TO_LATIN))


def is_email(text: str) -> bool:
    """Whether ``text`` looks like an e-mail address (one @, a dot in the domain, no spaces)."""
    return bool(_EMAIL.match(text))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on every system (letters of any script are kept)."""
    return "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")
