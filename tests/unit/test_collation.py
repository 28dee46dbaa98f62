"""Issue #14 (should-fix): Kazakh names sort in the Kazakh alphabet's order, not after Я."""

from anticorr_desktop.domain.collation import ALPHABET, kazakh_key, sort_names


def test_the_alphabet_order():
    letters = list(ALPHABET.upper())
    assert sorted(reversed(letters), key=kazakh_key) == letters


def test_kazakh_names_among_russian_ones():
    names = ["Яковлев", "Қасымова", "Ахметова", "Әбдірахманова", "Кенжебаев", "Иванова", "Өмірзақ"]
    assert sort_names(names) == [
        "Ахметова",
        "Әбдірахманова",
        "Иванова",
        "Кенжебаев",
        "Қасымова",
        "Өмірзақ",
        "Яковлев",
    ]


def test_case_and_prefixes():
    assert sort_names(["қасым", "Қасымова", "Касымов"]) == ["Касымов", "қасым", "Қасымова"]
    assert kazakh_key("") == ()
