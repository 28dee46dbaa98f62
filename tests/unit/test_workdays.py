"""Working days in Kazakhstan: holidays, decreed transfers, overrides, shifts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anticorr_desktop.domain.workdays import (
    MAX_SEARCH_DAYS,
    RUSSIAN_HOLIDAY_NAMES,
    CalendarOverride,
    DayOffRule,
    WorkCalendar,
)
from anticorr_desktop.errors import ValidationError

CAL = WorkCalendar()
NEXT = WorkCalendar(rule=DayOffRule.NEXT)


def test_importing_the_module_does_not_import_holidays():
    code = (
        "import sys, anticorr_desktop.domain.workdays, anticorr_desktop.domain.dueparse; "
        "sys.exit(1 if 'holidays' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2024, 12, 9), True),  # an ordinary Monday
        (date(2024, 12, 14), False),  # an ordinary Saturday
        (date(2024, 12, 15), False),  # an ordinary Sunday
        (date(2024, 12, 16), False),  # Independence Day (Monday)
        (date(2024, 12, 17), True),  # no longer a holiday since 2022
        (date(2021, 12, 17), False),  # still a holiday then
        (date(2025, 12, 16), False),
        (date(2025, 3, 20), True),
        (date(2025, 3, 21), False),  # Nauryz
        (date(2025, 3, 22), False),
        (date(2025, 3, 23), False),
        (date(2025, 3, 24), False),  # observed for 22 (Sat)
        (date(2025, 3, 25), False),  # observed for 23 (Sun)
        (date(2025, 3, 26), True),
        (date(2025, 1, 3), False),  # day off moved from Sunday 5 January by decree
        (date(2025, 1, 5), True),  # ...so that Sunday is a working day
        (date(2024, 5, 4), True),  # working Saturday of 2024
        (date(2024, 5, 8), False),  # its day off
        (date(2023, 7, 1), True),  # working Saturday of 2023
        (date(2023, 7, 7), False),
        (date(2013, 12, 28), True),  # worked in 2013 for a day off on 3 January 2014
        (date(2014, 1, 3), False),
        (date(2023, 12, 18), False),  # Independence Day on a Saturday -> Monday off
        (date(2024, 7, 8), False),  # Capital Day on a Saturday -> Monday off
        (date(2024, 6, 17), True),  # Kurban ait on a Sunday is not moved
        (date(2025, 6, 6), False),  # Kurban ait 2025
        (date(2025, 1, 7), False),  # Orthodox Christmas
        (date(2026, 5, 11), False),  # Victory Day on a Saturday -> Monday off
        (date(2026, 8, 31), True),  # no Constitution Day in 2026 in the package
    ],
)
def test_is_working_day(day, working):
    assert CAL.is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "ru", "kk", "en"),
    [
        (date(2024, 12, 16), "День Независимости", "Тәуелсіздік күні", "Independence Day"),
        (date(2025, 3, 22), "Наурыз мейрамы", "Наурыз мейрамы", "Nowruz Holiday"),
        (
            date(2025, 3, 24),
            "Наурыз мейрамы (перенос выходного дня)",
            "Наурыз мейрамы (қайта белгіленген демалыс)",
            "Nowruz Holiday (observed)",
        ),
        (
            date(2025, 1, 3),
            "Выходной день (перенесён с 05.01.2025)",
            "Демалыс күні (05.01.2025 бастап ауыстырылды)",
            "Day off (substituted from 01/05/2025)",
        ),
        (date(2025, 6, 6), "Курбан айт", "Құрбан айт", "Eid al-Adha"),
        (
            date(2026, 5, 27),
            "Курбан айт (предварительно)",
            "Құрбан айт (бағаланған)",
            "Eid al-Adha (estimated)",
        ),
        (date(2025, 1, 1), "Новый год", "Жаңа жыл", "New Year's Day"),
        (
            date(2025, 1, 7),
            "Православное Рождество",
            "Православиелік Рождество",
            "Orthodox Christmas",
        ),
        (
            date(2025, 3, 8),
            "Международный женский день",
            "Халықаралық әйелдер күні",
            "International Women's Day",
        ),
        (
            date(2025, 5, 1),
            "Праздник единства народа Казахстана",
            "Қазақстан халқының бірлігі мерекесі",
            "Kazakhstan's People Solidarity Holiday",
        ),
        (
            date(2025, 5, 7),
            "День защитника Отечества",
            "Отан Қорғаушы күні",
            "Defender of the Fatherland Day",
        ),
        (date(2025, 5, 9), "День Победы", "Жеңіс күні", "Victory Day"),
        (date(2025, 7, 6), "День Столицы", "Астана күні", "Capital Day"),
        (
            date(2025, 8, 30),
            "День Конституции Республики Казахстан",
            "Қазақстан Республикасының Конституциясы күні",
            "Constitution Day",
        ),
        (date(2025, 10, 25), "День Республики", "Республика күні", "Republic Day"),
    ],
)
def test_holiday_names(day, ru, kk, en):
    assert CAL.holiday_name(day) == ru
    assert CAL.holiday_name(day, "ru") == ru
    assert CAL.holiday_name(day, "kk") == kk
    assert CAL.holiday_name(day, "en") == en


@pytest.mark.parametrize("day", [date(2024, 12, 17), date(2024, 12, 14), date(2025, 1, 5)])
def test_no_holiday_name_on_ordinary_days(day):
    for lang in ("ru", "kk", "en"):
        assert CAL.holiday_name(day, lang) is None


def test_every_package_holiday_has_a_russian_name():
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    day = date(2000, 1, 1)
    while day <= date(2030, 12, 31):
        name = CAL.holiday_name(day, "ru")
        if name is not None:
            assert not kazakh_letters & set(name), (day, name)
        day += timedelta(days=1)
    assert len(RUSSIAN_HOLIDAY_NAMES) >= 12


def test_override_makes_a_saturday_working():
    sat = date(2026, 1, 3)
    assert not CAL.is_working_day(sat)
    cal = WorkCalendar([CalendarOverride(sat, True, "рабочая суббота")])
    assert cal.is_working_day(sat)
    assert cal.holiday_name(sat) is None
    assert cal.shift(sat) == sat


def test_override_adds_a_day_off_with_its_note():
    fri = date(2026, 1, 2)  # New Year's Day two anyway; take a plain day too
    plain = date(2026, 1, 9)
    cal = WorkCalendar(
        [
            CalendarOverride(plain, False, "Перенос выходного дня (постановление 2025 г.)"),
            CalendarOverride(fri, False),
        ]
    )
    assert not cal.is_working_day(plain)
    assert cal.holiday_name(plain) == "Перенос выходного дня (постановление 2025 г.)"
    assert cal.holiday_name(plain, "kk") == "Перенос выходного дня (постановление 2025 г.)"
    assert cal.holiday_name(fri) == "Новый год"  # no note: the package's name
    assert cal.shift(plain) == date(2026, 1, 8)
    assert WorkCalendar([CalendarOverride(plain, False)]).holiday_name(plain) == "Выходной день"
    assert WorkCalendar([CalendarOverride(plain, False)]).holiday_name(plain, "kk") == (
        "Демалыс күні"
    )


def test_override_can_cancel_a_holiday_and_later_lines_win():
    day = date(2024, 12, 16)
    cal = WorkCalendar([CalendarOverride(day, False, "x"), CalendarOverride(day, True)])
    assert cal.is_working_day(day)
    assert cal.holiday_name(day) is None
    assert cal.overrides == (CalendarOverride(day, True),)


def test_rule_accepts_its_value():
    assert WorkCalendar(rule="next").rule is DayOffRule.NEXT  # type: ignore[arg-type]
    assert CAL.rule is DayOffRule.PRECEDING
    assert "preceding" in repr(CAL)


@pytest.mark.parametrize(
    ("day", "preceding", "following"),
    [
        (date(2024, 12, 16), date(2024, 12, 13), date(2024, 12, 17)),  # Independence Day
        (date(2024, 12, 15), date(2024, 12, 13), date(2024, 12, 17)),  # Sunday before it
        (date(2024, 12, 14), date(2024, 12, 13), date(2024, 12, 17)),
        (date(2025, 3, 21), date(2025, 3, 20), date(2025, 3, 26)),  # Nauryz
        (date(2025, 3, 23), date(2025, 3, 20), date(2025, 3, 26)),
        (date(2025, 3, 25), date(2025, 3, 20), date(2025, 3, 26)),
        (date(2025, 1, 4), date(2024, 12, 31), date(2025, 1, 5)),  # to the working Sunday
        (date(2024, 12, 13), date(2024, 12, 13), date(2024, 12, 13)),  # working: unchanged
        (date(2025, 1, 5), date(2025, 1, 5), date(2025, 1, 5)),
    ],
)
def test_shift(day, preceding, following):
    assert CAL.shift(day) == preceding
    assert NEXT.shift(day) == following
    assert CAL.previous_working_day(day) == preceding
    assert CAL.next_working_day(day) == following


def test_shift_is_bounded():
    start = date(2030, 1, 1)
    days_off = [CalendarOverride(start + timedelta(days=i), False) for i in range(-400, 400)]
    cal = WorkCalendar(days_off)
    with pytest.raises(ValidationError) as err:
        cal.shift(start)
    assert str(MAX_SEARCH_DAYS) in err.value.message("en")
    with pytest.raises(ValidationError):
        WorkCalendar(days_off, DayOffRule.NEXT).shift(start)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2024, 12, 13), 1, date(2024, 12, 17)),  # over a weekend and Independence Day
        (date(2024, 12, 5), 10, date(2024, 12, 20)),
        (date(2025, 3, 20), 1, date(2025, 3, 26)),  # over Nauryz
        (date(2025, 3, 19), 3, date(2025, 3, 27)),
        (date(2025, 1, 2), 1, date(2025, 1, 5)),  # the working Sunday counts
        (date(2024, 12, 14), 1, date(2024, 12, 17)),  # from a day off
        (date(2024, 12, 9), 4, date(2024, 12, 13)),  # start itself not counted
        (date(2024, 12, 9), 5, date(2024, 12, 17)),
    ],
)
def test_add_working_days(start, n, expected):
    assert CAL.add_working_days(start, n) == expected


def test_add_working_days_needs_a_positive_count():
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2025, 1, 1), 0)


def test_add_working_days_honours_overrides():
    cal = WorkCalendar([CalendarOverride(date(2024, 12, 18), False)])
    assert cal.add_working_days(date(2024, 12, 13), 2) == date(2024, 12, 19)


def test_working_days_between():
    assert CAL.working_days_between(date(2024, 12, 13), date(2024, 12, 17)) == 1
    assert CAL.working_days_between(date(2024, 11, 30), date(2024, 12, 31)) == 21
    assert CAL.working_days_between(date(2024, 12, 31), date(2024, 11, 30)) == -21
    assert CAL.working_days_between(date(2024, 12, 13), date(2024, 12, 13)) == 0
    # 2025: 261 weekdays, 14 of them holidays, plus the working Sunday 5 January.
    assert CAL.working_days_between(date(2024, 12, 31), date(2025, 12, 31)) == (
        sum(1 for i in range(365) if CAL.is_working_day(date(2025, 1, 1) + timedelta(i)))
    )


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=200, deadline=None)
@given(dates)
def test_shift_properties(d):
    for cal in (CAL, NEXT):
        moved = cal.shift(d)
        assert cal.is_working_day(moved)
        assert abs((moved - d).days) <= 10
        if cal.is_working_day(d):
            assert moved == d
        elif cal is CAL:
            assert moved < d
        else:
            assert moved > d


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(min_value=1, max_value=40))
def test_add_and_count_agree(start, n):
    end = CAL.add_working_days(start, n)
    assert CAL.is_working_day(end)
    assert CAL.working_days_between(start, end) == n
    assert CAL.working_days_between(start, end - timedelta(days=1)) == n - 1


def test_cache_file_gives_the_same_days_without_the_package(tmp_path, monkeypatch):
    from anticorr_desktop.domain import workdays as wd

    cache = tmp_path / "kz.json"
    wd.use_cache_file(cache)
    try:
        cal = wd.WorkCalendar()
        first = [cal.is_working_day(date(2025, 3, d)) for d in range(1, 32)]
        assert len(list(tmp_path.glob("kz-*.json"))) == 1  # kz-<version's tag>.json
        wd.use_cache_file(cache)  # a new process: the file, not the package
        monkeypatch.setattr(
            wd, "_kz_holidays", lambda *a, **k: (_ for _ in ()).throw(AssertionError("used"))
        )
        again = [wd.WorkCalendar().is_working_day(date(2025, 3, d)) for d in range(1, 32)]
        assert again == first and not again[20]  # 21 March 2025, Nauryz
    finally:
        wd.use_cache_file(None)


def test_each_package_version_keeps_its_own_cache_file(tmp_path, monkeypatch):
    """Two installations (or environments) of the program for one user: each start must
    not throw away the other's days and import the holidays package again."""
    from anticorr_desktop.domain import workdays as wd

    cache = tmp_path / "kz.json"
    try:
        for version in ("one", "two"):
            monkeypatch.setattr(wd, "_package_version", lambda v=version: v)
            wd.use_cache_file(cache)
            wd.WorkCalendar().is_working_day(date(2025, 3, 21))
        assert len(list(tmp_path.glob("kz-*.json"))) == 2
        monkeypatch.setattr(wd, "_package_version", lambda: "one")
        wd.use_cache_file(cache)  # a new start of the first installation: no package needed
        monkeypatch.setattr(
            wd, "_kz_holidays", lambda *a, **k: (_ for _ in ()).throw(AssertionError("used"))
        )
        assert not wd.WorkCalendar().is_working_day(date(2025, 3, 21))  # Nauryz
    finally:
        wd.use_cache_file(None)
