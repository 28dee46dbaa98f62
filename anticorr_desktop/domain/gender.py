"""A person's grammatical gender, guessed from the name (the directory does not store it).

Documents need it for a few words: "Председательствовал" / "Председательствовала".
The patronymic decides when it has a known ending (…вич / …вна, …ұлы / …қызы,
…улы / …кызы, …оглы / …кызы), else the surname (…ов / …ова, …ев / …ева,
…ин / …ина, …ский / …ская, …ұлы / …қызы). Anything else is unknown (""), and
callers then use the masculine form, as documents did before.
"""

from __future__ import annotations

MALE = "m"
FEMALE = "f"
UNKNOWN = ""

# (endings, gender) pairs, checked in order.
_Table = tuple[tuple[tuple[str, ...], str], ...]

_PATRONYMIC: _Table = (
    (("ич", "ұлы", "улы", "оглы", "uly", "ovich", "evich"), MALE),
    (("вна", "чна", "қызы", "кызы", "qyzy", "ovna", "evna"), FEMALE),
)
# Longer endings first: "…ова" before "…ов", "…ская" before "…ий".
_SURNAME: _Table = (
    (("ұлы", "улы", "оглы"), MALE),
    (("қызы", "кызы"), FEMALE),
    (("ская", "цкая", "ова", "ева", "ёва", "ина", "ына"), FEMALE),
    (("ский", "цкий", "ской", "ов", "ев", "ёв", "ин", "ын"), MALE),
)


def _ending(word: str, table: _Table) -> str:
    low = word.strip().lower().rstrip(".")
    if len(low) < 3:
        return UNKNOWN
    for endings, gender in table:
        if low.endswith(endings):
            return gender
    return UNKNOWN


def gender_of(surname: str = "", patronymic: str = "") -> str:
    """ "m", "f" or "" from a patronymic or, failing that, a surname.

    >>> gender_of("Иванова")
    'f'
    >>> gender_of("Ким", "Александрович")
    'm'
    >>> gender_of("Оспан", "Маратқызы")
    'f'
    >>> gender_of("Ким")
    ''
    """
    for word in patronymic.split()[-1:]:
        found = _ending(word, _PATRONYMIC)
        if found:
            return found
    for word in surname.split()[-1:]:
        found = _ending(word, _SURNAME)
        if found:
            return found
    return UNKNOWN


def gender_from_name(name: str) -> str:
    """The same from a printed name, "А.Б. Фамилия" or "Фамилия Имя Отчество"."""
    words = [w for w in name.replace("\u00a0", " ").split() if not w.endswith(".")]
    if not words:
        return UNKNOWN
    if len(words) == 3:  # Фамилия Имя Отчество
        return gender_of(words[0], words[2])
    return gender_of(words[-1] if len(words) == 1 else words[0])
