"""Two executors of one session whose names give the same file name (issue #11)."""

from __future__ import annotations


def make_twins(sv, session_id: int) -> tuple[int, int]:
    """Rename the second executor of ``session_id`` after the first; returns both ids."""
    first, second = (e.person_id for e in sv.session_executors(session_id)[:2])
    a, b = sv.store.person(first), sv.store.person(second)
    b.surname, b.name, b.patronymic = a.surname, a.name, a.patronymic
    b.surname_kk, b.name_kk, b.patronymic_kk = a.surname_kk, a.name_kk, a.patronymic_kk
    sv.save_person(b)
    assert sv.person_name(first) == sv.person_name(second)
    return first, second
