"""Whole numbers in words in the languages num2words does not know: Albanian, Macedonian and
Bosnian (num2words 0.5 speaks English and Serbian, but none of these three).

Each speller covers 0 to 999,999,999,999, which holds any grant; the rules are the grammar's
own (checked against the examples of each language's grammar, in the tests):
- Albanian joins tens and units, hundreds and the rest, thousands and the rest with "e":
  58 = "pesëdhjetë e tetë", 1,250 = "një mijë e dyqind e pesëdhjetë";
- Macedonian puts "и" before the last word of a group of more than one:
  58 = "педесет и осум", 158 = "сто педесет и осум"; thousands are feminine ("една илјада"
  is said "илјада", "две илјади");
- Bosnian counts thousands in the feminine ("jedna hiljada", "dvije hiljade", "pet hiljada")
  and millions in the masculine ("dva miliona"), with the case the last digit asks for.
"""

from __future__ import annotations

from collections.abc import Callable

MAX = 10**12 - 1


def _groups(number: int) -> list[int]:
    """``number`` in groups of three digits, the highest first: 1_250_000 → [1, 250, 0]."""
    if not 0 <= number <= MAX:
        raise ValueError(f"{number} is outside 0–{MAX}")
    groups = []
    while True:
        number, group = divmod(number, 1000)
        groups.append(group)
        if number == 0:
            return groups[::-1]


# Albanian ---------------------------------------------------------------------------------
_SQ_UNITS = ["", "një", "dy", "tre", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë"]
_SQ_TEENS = [
    "dhjetë", "njëmbëdhjetë", "dymbëdhjetë", "trembëdhjetë", "katërmbëdhjetë",
    "pesëmbëdhjetë", "gjashtëmbëdhjetë", "shtatëmbëdhjetë", "tetëmbëdhjetë", "nëntëmbëdhjetë",
]  # fmt: skip
_SQ_TENS = ["", "", "njëzet", "tridhjetë", "dyzet", "pesëdhjetë", "gjashtëdhjetë",
            "shtatëdhjetë", "tetëdhjetë", "nëntëdhjetë"]  # fmt: skip


def _sq_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_SQ_UNITS[hundreds]}qind"] if hundreds else []
    if 10 <= rest < 20:
        parts.append(_SQ_TEENS[rest - 10])
    elif rest:
        tens, units = divmod(rest, 10)
        below = " e ".join(w for w in (_SQ_TENS[tens], _SQ_UNITS[units]) if w)
        parts.append(below)
    return " e ".join(parts)


def albanian(number: int) -> str:
    """``number`` in Albanian words: 58000 → "pesëdhjetë e tetë mijë"."""
    if number == 0:
        return "zero"
    scales = ["", "mijë", "milion", "miliard"]
    groups = _groups(number)
    parts = []
    for position, group in enumerate(groups):
        scale = len(groups) - 1 - position
        if not group:
            continue
        words = _sq_below_thousand(group)
        name = scales[scale]
        if name in ("milion", "miliard") and group > 1:
            name += "ë"
        parts.append(f"{words} {name}".strip())
    return " e ".join(parts)


# Macedonian -------------------------------------------------------------------------------
_MK_UNITS = ["", "еден", "два", "три", "четири", "пет", "шест", "седум", "осум", "девет"]
_MK_UNITS_F = ["", "една", "две", *_MK_UNITS[3:]]
_MK_UNITS_N = ["", "едно", "две", *_MK_UNITS[3:]]
_MK_TEENS = [
    "десет", "единаесет", "дванаесет", "тринаесет", "четиринаесет", "петнаесет",
    "шеснаесет", "седумнаесет", "осумнаесет", "деветнаесет",
]  # fmt: skip
_MK_TENS = ["", "", "дваесет", "триесет", "четириесет", "педесет", "шеесет", "седумдесет",
            "осумдесет", "деведесет"]  # fmt: skip
_MK_HUNDREDS = ["", "сто", "двесте", "триста", "четиристотини", "петстотини", "шестотини",
                "седумстотини", "осумстотини", "деветстотини"]  # fmt: skip


def _slavic_words(
    n: int, units: list[str], teens: list[str], tens: list[str], hundreds: list[str]
) -> list[str]:
    """The words of a group of three digits, below a thousand: hundreds, then tens and
    units, or a teen."""
    hundred, rest = divmod(n, 100)
    words = [hundreds[hundred]] if hundred else []
    if 10 <= rest < 20:
        words.append(teens[rest - 10])
    elif rest:
        ten, unit = divmod(rest, 10)
        words += [w for w in (tens[ten], units[unit]) if w]
    return words


def _mk_words(n: int, feminine: bool, neuter: bool = False) -> list[str]:
    units = _MK_UNITS_F if feminine else _MK_UNITS_N if neuter else _MK_UNITS
    return _slavic_words(n, units, _MK_TEENS, _MK_TENS, _MK_HUNDREDS)


def _mk_singular(n: int) -> bool:
    """A noun after ``n`` stays singular when ``n`` ends in one: "дваесет и една илјада"."""
    return n % 10 == 1 and n % 100 != 11


def _mk_join(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return " ".join(words[:-1]) + " и " + words[-1]


def macedonian(number: int, neuter: bool = False) -> str:
    """``number`` in Macedonian words: 58000 → "педесет и осум илјади"; ``neuter`` for a
    neuter noun after it ("едно евро", "две евра")."""
    if number == 0:
        return "нула"
    groups = _groups(number)
    parts: list[str] = []
    for position, group in enumerate(groups):
        scale = len(groups) - 1 - position
        if not group:
            continue
        words = _mk_words(group, feminine=scale in (1, 3))
        if scale == 0 and neuter:
            words = _mk_words(group, feminine=False, neuter=True)
        if scale == 0:
            # "и" stands before the last word: inside the group ("сто и пет"), or before the
            # group itself when it is one word after thousands ("илјада и пет").
            one_word = len(words) == 1 and len(parts) > 0
            parts.append(("и " + words[0]) if one_word else _mk_join(words))
        elif scale == 1:
            noun = "илјада" if _mk_singular(group) else "илјади"
            parts.append(noun if group == 1 else f"{_mk_join(words)} {noun}")
        else:
            one, many = ("милион", "милиони") if scale == 2 else ("милијарда", "милијарди")
            parts.append(f"{_mk_join(words)} {one if _mk_singular(group) else many}")
    return " ".join(parts)


# Bosnian ----------------------------------------------------------------------------------
_BS_UNITS = ["", "jedan", "dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet"]
_BS_UNITS_F = ["", "jedna", "dvije", *_BS_UNITS[3:]]
_BS_TEENS = [
    "deset", "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest", "šesnaest",
    "sedamnaest", "osamnaest", "devetnaest",
]  # fmt: skip
_BS_TENS = ["", "", "dvadeset", "trideset", "četrdeset", "pedeset", "šezdeset", "sedamdeset",
            "osamdeset", "devedeset"]  # fmt: skip
_BS_HUNDREDS = ["", "sto", "dvjesto", "tristo", "četiristo", "petsto", "šesto", "sedamsto",
                "osamsto", "devetsto"]  # fmt: skip


def _bs_words(n: int, feminine: bool) -> list[str]:
    units = _BS_UNITS_F if feminine else _BS_UNITS
    return _slavic_words(n, units, _BS_TEENS, _BS_TENS, _BS_HUNDREDS)


def slavic_form(n: int, one: str, few: str, many: str) -> str:
    """The noun after ``n`` in Bosnian, Serbian or Croatian: 1, 21 → one; 2–4, 22–24 → few;
    0, 5–20, 25… → many."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def bosnian(number: int) -> str:
    """``number`` in Bosnian words: 58000 → "pedeset osam hiljada"."""
    if number == 0:
        return "nula"
    groups = _groups(number)
    parts = []
    for position, group in enumerate(groups):
        scale = len(groups) - 1 - position
        if not group:
            continue
        if scale == 0:
            parts.append(" ".join(_bs_words(group, feminine=False)))
        elif scale == 1:
            name = slavic_form(group, "hiljada", "hiljade", "hiljada")
            words = ["hiljadu"] if group == 1 else [*_bs_words(group, True), name]
            parts.append(" ".join(words))
        else:
            names = ("milion", "miliona", "miliona") if scale == 2 else (
                "milijarda", "milijarde", "milijardi"
            )  # fmt: skip
            words = _bs_words(group, feminine=scale == 3)
            parts.append(" ".join([*words, slavic_form(group, *names)]))
    return " ".join(parts)


SPELLERS: dict[str, Callable[[int], str]] = {"sq": albanian, "mk": macedonian, "bs": bosnian}
