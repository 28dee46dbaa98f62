"""Sorting names the way a Kazakh (and Russian) reader expects.

Python compares code points, and the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І sit after Я in
Unicode: "Қасымова" and "Әбдірахманова" would come last. ``kazakh_key`` orders by the
Kazakh Cyrillic alphabet,

    А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я

which keeps the Russian order of the Russian letters, so one key serves both languages.
Latin letters and digits come before Cyrillic, in their usual order; case is ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {ch: i for i, ch in enumerate(ALPHABET)}
_CYRILLIC_BASE = 0x10000  # after every other character's own code point
# Letters outside the alphabet that look alike: Ukrainian/Belarusian і and ї with і.
_ALIASES = {"ї": "і", "ў": "у", "є": "е"}


def kazakh_key(text: str) -> tuple[int, ...]:
    """A sort key for ``text`` in Kazakh alphabetical order (case-insensitive)."""
    out = []
    for ch in (text or "").casefold():
        ch = _ALIASES.get(ch, ch)
        rank = _RANK.get(ch)
        out.append(_CYRILLIC_BASE + rank if rank is not None else ord(ch))
    return tuple(out)


def sort_names(names: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """``names`` sorted in Kazakh alphabetical order of ``key(name)``."""
    return sorted(names, key=lambda n: kazakh_key(key(n)))
