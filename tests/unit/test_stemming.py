"""Word forms for search (domain/stemming.py; the rules are in docs/rules.md)."""

import pytest

from anticorr_desktop.domain.stemming import index_text, kazakh_stem, query_terms, russian_lemma


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("мектептерге", "мектеп"),  # plural + dative
        ("мектептің", "мектеп"),  # genitive
        ("мектебі", "мектеп"),  # possessive, б -> п
        ("мектептегі", "мектеп"),  # locative-relative
        ("хаттамадан", "хаттама"),  # ablative
        ("хаттамаларының", "хаттама"),  # plural + possessive + genitive
        ("жоспарының", "жоспар"),
        ("саласындағы", "сала"),
        ("орындаушыларға", "орындаушы"),
        ("бойынша", "бойынша"),  # a word of its own, kept whole
        ("хаттама", "хаттама"),  # the bare dative -а is not taken off
        ("іс", "іс"),  # too short to take anything off
    ],
)
def test_kazakh_suffix_rules(word, stem):
    assert kazakh_stem(word) == stem


def test_russian_lemmas():
    assert russian_lemma("закупок") == russian_lemma("закупки") == "закупка"
    assert russian_lemma("школ") == russian_lemma("школы") == "школа"
    assert russian_lemma("2024") == "2024" and russian_lemma("ecology") == "ecology"


def test_query_terms_keep_a_half_typed_word_a_prefix():
    assert query_terms("картограм") == ["картограм"]
    assert query_terms("проведен") == ["проведен", "провести"]  # no Kazakh "прове"
    assert query_terms("Мектептің") == ["мектептің", "мектеп"]


def test_a_kazakh_column_is_stemmed_a_russian_one_lemmatised():
    # (the noun "үзінді" loses "ді" as if accusative: on both sides alike)
    assert index_text("Хаттамадан үзінді", kazakh=True) == "хаттама үзін"
    assert index_text("Анализ закупок") == "анализ закупка"
