"""Word forms for the full-text search: Russian lemmas, Kazakh stems.

The same function turns the indexed texts and the user's query into index
terms, so "закупки" finds "закупок" (both are the lemma "закупка") and
"мектептерге" finds "мектептің" (both are the stem "мектеп").

- Russian: the lemma (normal form) from pymorphy3 with its OpenCorpora
  dictionary (package pymorphy3-dicts-ru). Loading it costs about 25 ms of
  import and 50 ms of dictionary, so it is loaded on the first call (the
  first search or the first write of a text), never before the window's
  first paint.
- Kazakh: the suffix rules below (docs/rules.md, "Search by word forms"),
  applied to words with a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) and to
  every word of a Kazakh column.

Every distinct word is analysed once per process (a cache), which keeps the
migration of 100,000 instructions quick: their texts hold a few thousand
distinct words.
"""

from __future__ import annotations

import re
from typing import Any

WORD = re.compile(r"\w+", re.UNICODE)
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Kazakh vowels (a stem keeps at least one)
_KK_VOWELS = frozenset("аәеёиоөұүуыіэюя")

# Kazakh inflection, stripped from the end of a word in this order: first the case
# ending, then the possessive ending, then the plural ending, each at most once
# (Kazakh builds a word as stem + plural + possessive + case). Every variant that
# vowel harmony and the stem's last sound give is listed; the longest one that fits
# is taken, and the stem must keep at least MIN_STEM letters with a vowel.
KK_CASE_SUFFIXES = (
    # genitive
    "ның", "нің", "дың", "дің", "тың", "тің",
    # ablative
    "нан", "нен", "дан", "ден", "тан", "тен",
    # locative, and the locative-relative ("of/in": саласындағы)
    "нда", "нде", "да", "де", "та", "те",
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
    # instrumental
    "мен", "бен", "пен", "менен", "бенен", "пенен",
    # dative (the bare "а"/"е" and accusative "н" are left alone: too many stems end so)
    "на", "не", "ға", "ге", "қа", "ке",
    # accusative
    "ны", "ні", "ды", "ді", "ты", "ті",
    # equative ("as, by"): "бойынша" is a word of its own and keeps its ending
    "ша", "ше",
)  # fmt: skip
KK_POSSESSIVE_SUFFIXES = (
    "ымыз", "іміз", "мыз", "міз",
    "ыңыз", "іңіз", "ңыз", "ңіз",
    "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і",
)  # fmt: skip
KK_PLURAL_SUFFIXES = ("лар", "лер", "дар", "дер", "тар", "тер")
MIN_STEM = 3
# A stem that ends in a voiced consonant before a vowel suffix is the voiceless one
# of the dictionary form: мектебі -> мектеб -> мектеп, кітабы -> кітап, құрағы -> құрақ.
_KK_DEVOICE = str.maketrans({"б": "п", "г": "к", "ғ": "қ"})
_KK_KEEP = frozenset({"бойынша", "туралы", "арқылы", "сәйкес", "және", "немесе", "мен"})


def _strip_one(word: str, suffixes: tuple[str, ...]) -> str:
    best = ""
    for suffix in suffixes:
        if len(suffix) > len(best) and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) >= MIN_STEM and any(ch in _KK_VOWELS for ch in stem):
                best = suffix
    return word[: -len(best)] if best else word


def kazakh_stem(word: str) -> str:
    """The stem of a lower-case Kazakh word by the suffix rules above."""
    if word in _KK_KEEP or not word.isalpha():
        return word
    stem = word
    for group in (KK_CASE_SUFFIXES, KK_POSSESSIVE_SUFFIXES, KK_PLURAL_SUFFIXES):
        stem = _strip_one(stem, group)
    if stem != word:
        stem = stem[:-1] + stem[-1].translate(_KK_DEVOICE)
    return stem


_morph: Any = None
_ru_cache: dict[str, str] = {}
_kk_cache: dict[str, str] = {}


def _analyser() -> Any:
    global _morph
    if _morph is None:
        import pymorphy3
        import pymorphy3_dicts_ru

        # the dictionary's folder given, not looked up through the packages' entry points
        # (slower, and a frozen bundle carries no package metadata unless told)
        _morph = pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    return _morph


def russian_lemma(word: str) -> str:
    """The normal form of a lower-case Russian word (the word itself if it has letters
    of no Russian word, digits, or Latin)."""
    lemma = _ru_cache.get(word)
    if lemma is None:
        if not word.isalpha() or not _is_cyrillic(word):
            lemma = word
        else:
            lemma = str(_analyser().parse(word)[0].normal_form).replace("ё", "е")
        _ru_cache[word] = lemma
    return lemma


def _is_cyrillic(word: str) -> bool:
    return all("а" <= ch <= "я" or ch in "ёәғқңөұүһі" for ch in word)


def term(word: str, kazakh: bool = False) -> str:
    """The index term of one word: its Kazakh stem (a word of a Kazakh text, or with a
    letter only Kazakh has), else its Russian lemma."""
    w = word.lower()
    if kazakh or not KAZAKH_LETTERS.isdisjoint(w):
        stem = _kk_cache.get(w)
        if stem is None:
            stem = _kk_cache[w] = kazakh_stem(w)
        return stem
    return russian_lemma(w)


_index_cache: dict[tuple[str, bool], str] = {}


def index_terms(word: str, kazakh: bool = False) -> str:
    """What the index holds for one word: its term, and also the word itself when it is
    no word of the Russian dictionary (a name, a Kazakh word in a Russian text): the
    lemma pymorphy guesses for an unknown word may differ between its forms
    ("Оспанбеков" -> "оспанбек", "Оспанбекову" -> "оспанбеков")."""
    key = (word, kazakh)
    got = _index_cache.get(key)
    if got is None:
        w = word.lower()
        t = term(w, kazakh)
        got = t if t == w or kazakh or _known_russian(w) else f"{t} {w}"
        _index_cache[key] = got
    return got


def index_text(text: str, kazakh: bool = False) -> str:
    """A text as the index holds it: its words' terms, space-separated."""
    return " ".join(index_terms(w, kazakh) for w in WORD.findall(text))


def query_terms(word: str) -> list[str]:
    """What one word of a query may match, each as a prefix: the word as typed; its
    Russian lemma when the word is in the Russian dictionary or read as a name (a
    half-typed word stays a prefix: "картограм" must not become "картогра"); its Kazakh
    stem unless it is a word of the Russian dictionary ("проведен" must not become
    "прове"). The query's language is not known."""
    w = word.lower()
    out = [w]
    russian = KAZAKH_LETTERS.isdisjoint(w)
    if russian and (_known_russian(w) or _is_name(w)):
        out.append(russian_lemma(w))
    if not russian or not _known_russian(w):
        out.append(term(w, kazakh=True))
    return list(dict.fromkeys(t for t in out if t))


def _is_name(word: str) -> bool:
    if not word.isalpha() or not _is_cyrillic(word):
        return False
    tag = _analyser().parse(word)[0].tag
    return bool({"Surn", "Name", "Patr"} & set(tag.grammemes))


_known_cache: dict[str, bool] = {}


def _known_russian(word: str) -> bool:
    known = _known_cache.get(word)
    if known is None:
        if not word.isalpha() or not _is_cyrillic(word) or not KAZAKH_LETTERS.isdisjoint(word):
            known = False
        else:
            known = bool(_analyser().word_is_known(word))
        _known_cache[word] = known
    return known


def warm_up() -> None:
    """Load the Russian dictionary now (a background thread calls it after start-up)."""
    russian_lemma("закупки")


def analyser_loaded() -> bool:
    """True once pymorphy3's dictionary is in memory (tests of the start-up check it)."""
    return _morph is not None
