"""Which language a text is written in: Kazakh or Russian (or cannot tell).

For the documents (a text typed in the field of the other language is marked, never
mixed in silently) and for deadlines (a phrase typed in one language is worded from
its rule in the other)."""

from __future__ import annotations

import re

# Letters of Kazakh that Russian does not have.
_KK_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_RU_LETTERS = frozenset("ьъщэё")
# Short Russian words that Kazakh does not use: "Аким города Алматы", "в ... и ...".
_RU_WORDS = frozenset(
    [
        "по",
        "на",
        "об",
        "от",
        "до",
        "из",
        "за",
        "не",
        "для",
        "при",
        "или",
        "как",
        "что",
        "города",
        "района",
        "области",
        "республики",
    ]
)
_RU_LONE_LETTERS = re.compile(r"(?<![\w.])[ивскоа](?=\s)", re.IGNORECASE)
_RU_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ение",
    "ения",
    "ению",
    "анию",
    "ание",
    "ания",
    "ость",
    "ости",
    "ать",
    "ить",
    "еть",
    "ять",
    "ться",
    "ует",
    "уют",
    "ают",
    "ется",
    "ый",
    "ий",
    "ая",
    "яя",
    "ое",
    "ые",
    "ых",
    "их",
    "ими",
    "ыми",
    "ах",
    "ях",
    "ами",
    "ями",
    "ка",
    "ки",
    "ку",
    "ск",
    "ия",
    "ии",
    "ие",
    "ию",
    "ции",
    "ция",
    "ство",
    "ства",
    "ов",
    "ев",
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def text_language(text: str) -> str:
    """ "kk", "ru" or "" (cannot tell): the language a text is written in.

    For the fields that hold one text for both documents (a summary, an
    absence reason) and for a text typed in the Russian field by a body that
    writes only Kazakh. A Kazakh word has Kazakh letters (ә, ғ, қ ...); a
    Russian one letters or endings Kazakh words seldom have (ь, щ, ё; -ого,
    -ение, -ать ...). Kazakh names in a Russian sentence ("Управлению спорта
    (Жұмабеков Н.С.) обеспечить") do not make it Kazakh; words with neither
    mark ("«Алматы Даму-Инвест» ЖШС бас директоры") tell nothing.
    """
    words = [word.lower() for word in _WORD.findall(text) if _CYRILLIC.search(word)]
    kazakh = sum(1 for word in words if _KK_LETTERS.intersection(word))
    russian = sum(
        1
        for word in words
        if not _KK_LETTERS.intersection(word)
        and (_RU_LETTERS.intersection(word) or word.endswith(_RU_ENDINGS) or word in _RU_WORDS)
    )
    russian += len(_RU_LONE_LETTERS.findall(text))
    if kazakh > russian and (russian == 0 or kazakh * 10 >= len(words) * 3):
        return "kk"
    if russian:
        return "ru"
    return ""
