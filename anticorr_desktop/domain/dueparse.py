"""Due dates of instructions as people write them, in Russian and Kazakh.

:func:`parse_due` reads what the secretary types in the "Срок" field and gives a
:class:`DueRule`:

* ``DATE`` -- one date: "25.12.2024", "до 25 декабря 2024 года",
  "2024 жылғы 25 желтоқсанға дейін", also with a time of day ("до 10:00
  15 марта 2025 года"), a term counted from the session date (``base``): "в
  месячный срок", "в течение 10 рабочих дней", "бір ай мерзімде", "до конца
  квартала"..., or a named period's end ("в I полугодии 2025 года", "во II
  квартале", "в сентябре 2025 года", "2025 жылдың екінші тоқсаны", "жыл бойы":
  the date is the period's last day, ``period`` names it).
* ``RECURRING`` -- a schedule: "ежемесячно, до 5 числа",
  "ежеквартально, до 5 числа месяца, следующего за отчетным",
  "ежегодно, до 20 января", "тоқсан сайын, айдың 5-күніне дейін"...; with no
  day ("раз в квартал", "жылына екі рет") the caller's ``default_day`` of the
  month after each period, marked ``day_default``.
* ``ONGOING`` -- "постоянно", "на постоянной основе", "тұрақты", "үздіксіз"...
* ``NEXT_SESSION`` -- "к следующему заседанию комиссии", "келесі отырысқа
  дейін": open until the next session is scheduled, then due on its date.
* ``EVENT`` -- tied to an event, another document or a later decision: "по
  итогам проверки", "после утверждения плана", "в сроки, установленные
  председателем". Kept as written, open with no date; an offset ("в течение
  5 рабочих дней после ...") gives the date once the event's date is known
  (:func:`due_after_event`).
* ``NONE`` -- no deadline: empty text, "без срока", "мерзімсіз".

"в течение года", "жыл бойы", "жыл ішінде" (no number) are the calendar year
of issue (31 December); "в течение одного года", "в годичный срок", "бір жыл
ішінде" (a number) are one year from issue. The rule records which
(``period``), and its wording says it ("в течение 2025 года").

The date in a rule is the date as written (or computed); the deadline that
counts is :func:`effective_due`, moved off a day off by the calendar. The
documents print the text as decided (:func:`printed_due`), never a computed
date in its place; :func:`describe_due` is what ``anticorr due`` and the
window's preview show.

Schedules (:func:`control_points`) use calendar periods: months, quarters
(Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec), half-years (Jan-Jun, Jul-Dec) and years.

* With "месяца, следующего за отчетным" (``next_period=True``) the control date
  is day N of the first month after each period: quarterly by the 5th gives
  5 April, 5 July, 5 October, 5 January.
* Without it the control date is day N of the **last month of each period**
  (the literal reading of "ежеквартально, до 25 числа": 25 March, 25 June...).
  For monthly schedules both readings give the same dates (day N of every
  month).
* Yearly schedules always carry a month: "ежегодно, до 20 января" is 20 January
  of every year; "ежегодно, до 10 числа" is read as 10 December and
  "ежегодно, до 10 числа месяца, следующего за отчетным" as 10 January
  (``next_period=True``), so a yearly rule is stored as day + month.
* A day past the end of a month is clamped: day 31 is 30 April, 28 or 29
  February.

Parsing is case-insensitive and tolerant: extra spaces, commas, trailing dots,
"г.", "года", "жылғы", "не позднее", "в срок до", "включительно",
"Срок:", Latin look-alike letters and Kazakh letters typed as their Russian
neighbours (к for қ, и or Latin i for і...). It never guesses: text that is not
one of the known forms raises :class:`DueParseError`, whose message names the
text and shows forms that work. A date in the past is accepted here; the caller
decides whether it is allowed.

Two-digit years are 20YY. Years must be from 1900 to 2199.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
import re
from dataclasses import replace
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule

from ..errors import N_, Term, ValidationError
from .due import (  # the rule as a value; re-exported here for the parser's callers
    _PERIOD_RE,
    EN_MONTHS,
    KK_MONTHS,
    OPEN_KINDS,
    RU_MONTHS_GENITIVE,
    DueKind,
    DueRule,
    Freq,
    Offset,
    _is_int,
    _lang,
    format_date,
    format_date_short,
    kk_dative,
    period_end,
    printed_due,
)
from .workdays import WorkCalendar

__all__ = [
    "EN_MONTHS",
    "KK_MONTHS",
    "OPEN_KINDS",
    "RU_MONTHS_GENITIVE",
    "DueKind",
    "DueParseError",
    "DueRule",
    "Freq",
    "Offset",
    "control_points",
    "describe_due",
    "due_after_event",
    "effective_due",
    "format_date",
    "format_date_short",
    "format_due",
    "kk_dative",
    "parse_due",
    "period_end",
    "printed_due",
]

MIN_YEAR = 1900
MAX_YEAR = 2199
MAX_TEXT = 300
"""Longer text is not a due date; it is rejected without being read."""


class DueParseError(ValidationError):
    """The due date text could not be read; the message says what and shows examples."""


# --- messages (English source texts, context "Errors") -----------------------

_EXAMPLES = Term(
    N_(
        "Errors",
        "25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, "
        "ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки",
    ),
    "Errors",
)
"""The examples in a message: Russian in the source, Kazakh in the Kazakh interface."""


def _show(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _err_generic(text: str) -> DueParseError:
    return DueParseError(
        'Cannot read the due date "{text}". Write it as, for example: {examples}.',
        text=_show(text),
        examples=_EXAMPLES,
    )


def _err_no_month(text: str, month: int) -> DueParseError:
    return DueParseError(
        '"{text}" is not a date: there is no month {month}.', text=_show(text), month=month
    )


def _err_day_range(text: str, day: int) -> DueParseError:
    return DueParseError(
        '"{text}" is not a date: a day of the month is from 1 to 31, not {day}.',
        text=_show(text),
        day=day,
    )


def _err_month_days(text: str, month: int, year: int) -> DueParseError:
    return DueParseError(
        '"{text}" is not a date: {month:02d}.{year} has only {days} days.',
        text=_show(text),
        month=month,
        year=year,
        days=_calendar.monthrange(year, month)[1],
    )


def _err_month_days_any(text: str, month: int) -> DueParseError:
    return DueParseError(
        '"{text}" is not a date: month {month:02d} has at most {days} days.',
        text=_show(text),
        month=month,
        days=_calendar.monthrange(2000, month)[1],
    )


def _err_year(text: str, year: int) -> DueParseError:
    return DueParseError(
        '"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.',
        text=_show(text),
        year=year,
        min_year=MIN_YEAR,
        max_year=MAX_YEAR,
    )


def _err_term_zero(text: str) -> DueParseError:
    return DueParseError('"{text}": the term must be longer than zero.', text=_show(text))


def _err_term_long(text: str) -> DueParseError:
    return DueParseError('"{text}": the term is too long; at most ten years.', text=_show(text))


def _err_schedule(text: str) -> DueParseError:
    return DueParseError(
        'Cannot read the schedule "{text}": say by which day, for example: '
        "ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; "
        "ежегодно, до 20 января.",
        text=_show(text),
    )


def _err_schedule_day(text: str, day: int) -> DueParseError:
    return DueParseError(
        '"{text}": a day of the month is from 1 to 31, not {day}.', text=_show(text), day=day
    )


def _err_time(text: str, clock: str) -> DueParseError:
    return DueParseError(
        '"{text}": {clock} is not a time of day; write it as 10:00 (hours 0-23, minutes 0-59).',
        text=_show(text),
        clock=clock,
    )


def _err_time_no_date(text: str) -> DueParseError:
    return DueParseError(
        '"{text}": a time of day needs a date; write, for example: {examples}.',
        text=_show(text),
        examples=_TIME_EXAMPLES,
    )


_TIME_EXAMPLES = Term(
    N_("Errors", "до 10:00 15 марта 2025 года, 15.03.2025 до 18:00"),
    "Errors",
)


def _err_half(text: str, n: int) -> DueParseError:
    return DueParseError('"{text}": a year has two half-years, not {n}.', text=_show(text), n=n)


def _err_period_order(text: str) -> DueParseError:
    return DueParseError('"{text}": the period ends before it begins.', text=_show(text))


def _err_period_bound(text: str) -> DueParseError:
    return DueParseError(
        '"{text}": by the start of the period or by its end? Write, for example: {examples}.',
        text=_show(text),
        examples=_PERIOD_EXAMPLES,
    )


_PERIOD_EXAMPLES = Term(
    N_("Errors", "до 31 августа 2025 года, до конца сентября 2025 года, в сентябре 2025 года"),
    "Errors",
)


# --- names ---------------------------------------------------------------------

_RU_FREQ = {
    Freq.WEEKLY: "еженедельно",
    Freq.MONTHLY: "ежемесячно",
    Freq.QUARTERLY: "ежеквартально",
    Freq.HALF_YEARLY: "раз в полугодие",
    Freq.YEARLY: "ежегодно",
}
_KK_FREQ = {
    Freq.WEEKLY: "апта сайын",
    Freq.MONTHLY: "ай сайын",
    Freq.QUARTERLY: "тоқсан сайын",
    Freq.HALF_YEARLY: "жарты жыл сайын",
    Freq.YEARLY: "жыл сайын",
}
_EN_FREQ = {
    Freq.WEEKLY: "weekly",
    Freq.MONTHLY: "monthly",
    Freq.QUARTERLY: "quarterly",
    Freq.HALF_YEARLY: "half-yearly",
    Freq.YEARLY: "yearly",
}


_RU_MONTHS_PREPOSITIONAL = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
_ROMAN = ("", "I", "II", "III", "IV")
# Kazakh dative after a number, by the last word spoken: 10:00-ге, 18:30-ға, 09:15-ке.
_KK_NUM_DATIVE = {0: "ге", 1: "ге", 2: "ге", 3: "ке", 4: "ке", 5: "ке", 6: "ға", 7: "ге", 8: "ге"}
_KK_NUM_DATIVE.update({9: "ға", 10: "ға", 20: "ға", 30: "ға", 40: "қа", 50: "ге"})


def _kk_time(time: str) -> str:
    minutes = int(time[3:])
    key = minutes % 10 if minutes % 10 else minutes
    return f"{time}-{_KK_NUM_DATIVE[key]}"


def _format_period(period: str, lang: str) -> str:
    m = _PERIOD_RE.fullmatch(period)
    assert m is not None
    year = m["y"]
    if m["h"] or m["q"]:
        n = int((m["h"] or m["q"])[1])
        half = bool(m["h"])
        if lang == "kk":
            return f"{year} жылдың {_ROMAN[n]} {'жартыжылдығы' if half else 'тоқсаны'}"
        if lang == "en":
            return f"{'H' if half else 'Q'}{n} {year}"
        prep = "во" if n == 2 else "в"
        return f"{prep} {_ROMAN[n]} {'полугодии' if half else 'квартале'} {year} года"
    if m["m"]:
        month = int(m["m"])
        if lang == "kk":
            return f"{year} жылғы {KK_MONTHS[month - 1]}"
        if lang == "en":
            return f"{EN_MONTHS[month - 1]} {year}"
        return f"в {_RU_MONTHS_PREPOSITIONAL[month - 1]} {year} года"
    if lang == "kk":
        return f"{year} жыл бойы"
    if lang == "en":
        return f"the year {year}"
    return f"в течение {year} года"


def format_due(rule: DueRule, lang: str, calendar: WorkCalendar | None = None) -> str:
    """The official wording of ``rule`` in ``lang`` ("ru", "kk"; "en" for the interface).

    ru: "до 25 декабря 2024 года", "до 10:00 15 марта 2025 года",
    "во II квартале 2025 года", "ежемесячно, до 5 числа",
    "ежеквартально, до 10 числа месяца, следующего за отчетным",
    "ежегодно, до 20 января", "постоянно", "к следующему заседанию",
    "без срока"; an EVENT rule is its text as written.
    kk: "2024 жылғы 25 желтоқсанға дейін", "2025 жылғы 15 наурыз сағат 10:00-ге дейін",
    "2025 жылдың II тоқсаны", "ай сайын, айдың 5-күніне дейін",
    "тоқсан сайын, есепті кезеңнен кейінгі айдың 10-күніне дейін",
    "жыл сайын, 20 қаңтарға дейін", "тұрақты", "келесі отырысқа дейін", "мерзімсіз".

    A schedule whose day is the default says so: "... (срок по умолчанию)",
    "... (әдепкі мерзім)". With ``calendar`` a DATE rule (not a named period)
    shows its effective (shifted) date. The ru and kk texts parse back to the
    same rule.

    The documents print the due date as decided (:func:`printed_due`); this
    wording is for a rule with no typed text and for the interface.
    """
    lang = _lang(lang)
    if rule.kind is DueKind.ONGOING:
        return {"ru": "постоянно", "kk": "тұрақты", "en": "ongoing"}[lang]
    if rule.kind is DueKind.NEXT_SESSION:
        return {
            "ru": "к следующему заседанию",
            "kk": "келесі отырысқа дейін",
            "en": "by the next session",
        }[lang]
    if rule.kind is DueKind.NONE:
        return {"ru": "без срока", "kk": "мерзімсіз", "en": "no deadline"}[lang]
    if rule.kind is DueKind.EVENT:
        assert rule.text is not None
        return " ".join(rule.text.split())
    if rule.kind is DueKind.DATE:
        assert rule.date is not None
        if rule.period is not None:
            return _format_period(rule.period, lang)
        d = calendar.shift(rule.date) if calendar is not None else rule.date
        if lang == "kk":
            if rule.time:
                when = f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
                return f"{when} сағат {_kk_time(rule.time)} дейін"
            return f"{d.year} жылғы {d.day} {kk_dative(KK_MONTHS[d.month - 1])} дейін"
        if lang == "en":
            at = f"{rule.time} on " if rule.time else ""
            return f"by {at}{format_date(d, 'en')}"
        at = f"{rule.time} " if rule.time else ""
        return f"до {at}{format_date(d, 'ru')}"
    words = _format_schedule(rule, lang)
    if rule.day_default:
        words += {"ru": " (срок по умолчанию)", "kk": " (әдепкі мерзім)", "en": " (default day)"}[
            lang
        ]
    return words


# the days of the week as a weekly schedule prints them: "по понедельникам",
# "дүйсенбі сайын", "on Mondays"
_RU_WEEKDAYS_ON = (
    "по понедельникам",
    "по вторникам",
    "по средам",
    "по четвергам",
    "по пятницам",
    "по субботам",
    "по воскресеньям",
)
_KK_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")
_EN_WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


def _format_schedule(rule: DueRule, lang: str) -> str:
    assert rule.freq is not None and rule.day is not None
    n = rule.day
    if rule.freq is Freq.WEEKLY:
        if lang == "kk":
            return f"апта сайын, {_KK_WEEKDAYS[n - 1]} күндері"
        if lang == "en":
            return f"weekly, on {_EN_WEEKDAYS[n - 1]}"
        return f"еженедельно, {_RU_WEEKDAYS_ON[n - 1]}"
    if rule.freq is Freq.YEARLY:
        assert rule.month is not None
        m = rule.month - 1
        if lang == "kk":
            after = "есепті жылдан кейін, " if rule.next_period else ""
            return f"жыл сайын, {after}{n} {kk_dative(KK_MONTHS[m])} дейін"
        if lang == "en":
            after = " after the reporting year" if rule.next_period else ""
            return f"yearly, by {n} {EN_MONTHS[m]}{after}"
        after = " года, следующего за отчетным" if rule.next_period else ""
        return f"ежегодно, до {n} {RU_MONTHS_GENITIVE[m]}{after}"
    if lang == "kk":
        after = "есепті кезеңнен кейінгі " if rule.next_period else ""
        return f"{_KK_FREQ[rule.freq]}, {after}айдың {n}-күніне дейін"
    if lang == "en":
        after = " of the month after the reporting period" if rule.next_period else ""
        return f"{_EN_FREQ[rule.freq]}, by day {n}{after}"
    after = " месяца, следующего за отчетным" if rule.next_period else ""
    return f"{_RU_FREQ[rule.freq]}, до {n} числа{after}"


# --- normalisation -------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ё": "е",
        # Kazakh letters to their Russian neighbours (people without a Kazakh
        # keyboard type these anyway); the patterns below are written folded.
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        # Latin look-alikes.
        "a": "а",
        "c": "с",
        "e": "е",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "k": "к",
        "m": "м",
        "t": "т",
        "h": "н",
        "b": "в",
        "i": "и",
        # Spaces, dashes, punctuation.
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\n": " ",
        "\r": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        ",": " ",
        ";": " ",
        ":": " ",
        "(": " ",
        ")": " ",
        "«": " ",
        "»": " ",
        '"': " ",
        "“": " ",
        "”": " ",
        "„": " ",
        "'": " ",
        "‘": " ",
        "’": " ",
    }
)


def _normalise(text: str) -> str:
    s = text.lower().translate(_FOLD)
    s = " ".join(s.split())
    s = s.strip(" .")
    return s


_PREFIX_RE = re.compile(
    r"^(?:(?:срок\s+исполнения|срок|орындау\s+мерзими|мерзими|в\s+срок\s+до|"
    r"в\s+срок\s+не\s+позднее|в\s+срок(?=\s+[0-9])|не\s+позднее|до|к)\s+|-\s*)"
)
_SUFFIX_RE = re.compile(
    r"\s+(?:включительно|дейин(?:\s+мерзимде)?|дейинги\s+мерзимде|кешиктирмей|коса\s+алганда)$"
)


def _strip_fillers(s: str) -> str:
    for _ in range(6):
        new = _PREFIX_RE.sub("", s, count=1)
        new = _SUFFIX_RE.sub("", new, count=1).strip(" .")
        if new == s:
            break
        s = new
    return s


# --- months --------------------------------------------------------------------

_RU_MONTH_RE = re.compile(
    r"(?P<a>январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю)?"
    r"|(?P<b>март|август)(?:а|е|у)?"
    r"|(?P<c>ма)(?:й|я|е|ю)"
)
_RU_STEMS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_RU_ABBR = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
_KK_STEMS = {m.translate(_FOLD): i + 1 for i, m in enumerate(KK_MONTHS)}
_KK_STEMS["кыркуйег"] = 9  # қыркүйегі (possessive)
_KK_SUFFIX_RE = re.compile(
    r"(?:ы|и|сы|си)?(?:на|не|нан|нен|нда|нде|га|ге|ка|ке|да|де|та|те|дан|ден|тан|тен|"
    r"нын|нин|дын|дин|тын|тин|ны|ни)?"
)


def _month_from_word(word: str) -> int | None:
    """1-12 for a Russian or (folded) Kazakh month name in any usual form, else None."""
    word = word.rstrip(".")
    m = _RU_MONTH_RE.fullmatch(word)
    if m:
        return _RU_STEMS[m.group("a") or m.group("b") or m.group("c")]
    if word in _RU_ABBR:
        return _RU_ABBR[word]
    for stem, month in _KK_STEMS.items():
        if word.startswith(stem) and _KK_SUFFIX_RE.fullmatch(word[len(stem) :]):
            return month
    return None


# --- dates ---------------------------------------------------------------------


def _make_date(text: str, year: int, month: int, day: int) -> _dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _err_year(text, year)
    if not 1 <= month <= 12:
        raise _err_no_month(text, month)
    if not 1 <= day <= 31:
        raise _err_day_range(text, day)
    if day > _calendar.monthrange(year, month)[1]:
        raise _err_month_days(text, month, year)
    return _dt.date(year, month, day)


def _date_without_year(text: str, month: int, day: int, base: _dt.date) -> _dt.date:
    """Day and month in the base's year, or the next year if that is before ``base``."""
    if not 1 <= month <= 12:
        raise _err_no_month(text, month)
    if not 1 <= day <= 31:
        raise _err_day_range(text, day)
    if day > _calendar.monthrange(2000, month)[1]:
        raise _err_month_days_any(text, month)
    for year in (base.year, base.year + 1):
        if day <= _calendar.monthrange(year, month)[1]:
            d = _dt.date(year, month, day)
            if d >= base:
                return d
    # Only 29 February gets here (no leap year this year or next): name the year.
    raise _err_month_days(text, month, base.year + 1)


_YEAR_TAIL = r"(?:\s*(?:года|год|г|жылгы|жылы|жыл|ж)\.?)?"
_NUMERIC_RE = re.compile(
    r"(?P<d>[0-9]{1,2})\s*(?P<sep>[./-])\s*(?P<m>[0-9]{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>[0-9]{4}|[0-9]{2})" + _YEAR_TAIL + r")?"
)
_ISO_RE = re.compile(r"(?P<y>[0-9]{4})\s*-\s*(?P<m>[0-9]{1,2})\s*-\s*(?P<d>[0-9]{1,2})")
_VERBAL_RE = re.compile(
    r"(?:(?P<y1>[0-9]{4})\s*(?:жылгы|жылы|ж\.?|г\.?|года)?\s*)?"
    r"(?P<d>[0-9]{1,2})(?:\s*-\s*(?:го|е|ое|ши|шы|и|ы|сы|си)(?=\s))?\s*-?\s*"
    r"(?P<mon>[а-я]+\.?)"
    r"(?:\s+(?P<y2>[0-9]{4})" + _YEAR_TAIL + r")?"
)


def _parse_numeric(text: str, s: str, base: _dt.date) -> _dt.date | None:
    m = _ISO_RE.fullmatch(s)
    if m:
        return _make_date(text, int(m["y"]), int(m["m"]), int(m["d"]))
    m = _NUMERIC_RE.fullmatch(s)
    if not m:
        return None
    day, month = int(m["d"]), int(m["m"])
    if m["y"] is None:
        return _date_without_year(text, month, day, base)
    year = int(m["y"])
    if len(m["y"]) == 2:
        year += 2000
    return _make_date(text, year, month, day)


def _parse_verbal(text: str, s: str, base: _dt.date) -> _dt.date | None:
    m = _VERBAL_RE.fullmatch(s)
    if not m:
        return None
    month = _month_from_word(m["mon"])
    if month is None:
        return None
    if m["y1"] and m["y2"]:
        return None
    day = int(m["d"])
    year_text = m["y1"] or m["y2"]
    if year_text is None:
        return _date_without_year(text, month, day, base)
    return _make_date(text, int(year_text), month, day)


# --- terms counted from the session date ----------------------------------------

_RU_NUMBERS = {
    "один": 1,
    "одна": 1,
    "одного": 1,
    "одной": 1,
    "одну": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "двенадцать": 12,
    "двенадцати": 12,
    "тринадцать": 13,
    "тринадцати": 13,
    "четырнадцать": 14,
    "четырнадцати": 14,
    "пятнадцать": 15,
    "пятнадцати": 15,
    "шестнадцать": 16,
    "шестнадцати": 16,
    "семнадцать": 17,
    "семнадцати": 17,
    "восемнадцать": 18,
    "восемнадцати": 18,
    "девятнадцать": 19,
    "девятнадцати": 19,
    "двадцать": 20,
    "двадцати": 20,
    "тридцать": 30,
    "тридцати": 30,
    "сорок": 40,
    "сорока": 40,
    "пятьдесят": 50,
    "пятидесяти": 50,
    "шестьдесят": 60,
    "шестидесяти": 60,
    "девяносто": 90,
    "девяноста": 90,
}
_KK_NUMBERS = {
    "бир": 1,
    "еки": 2,
    "уш": 3,
    "торт": 4,
    "бес": 5,
    "алты": 6,
    "жети": 7,
    "сегиз": 8,
    "тогыз": 9,
    "он": 10,
    "жиырма": 20,
    "отыз": 30,
    "кырык": 40,
    "елу": 50,
    "алпыс": 60,
    "жетпис": 70,
    "сексен": 80,
    "токсан": 90,
}
# "в трехдневный срок": the number as the first part of a compound adjective.
_RU_ADJ_NUMBERS = {
    "": 1,
    "одно": 1,
    "двух": 2,
    "трех": 3,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "пятнадцати": 15,
    "двадцати": 20,
    "тридцати": 30,
    "сорока": 40,
    "шестидесяти": 60,
    "девяносто": 90,
}

_DAYS, _WEEKS, _MONTHS, _YEARS, _WORKDAYS = "days", "weeks", "months", "years", "workdays"
_LIMITS = {_DAYS: 3660, _WEEKS: 522, _MONTHS: 120, _YEARS: 10, _WORKDAYS: 2600}

_RU_TERM_RE = re.compile(
    r"в\s+(?:(?P<n>[0-9]{1,4})\s*-?\s*|(?P<w>[а-я]*?)\s*-?\s*)"
    r"(?P<u>дневн|недельн|месячн|годичн|годов)[а-я]*\s+срок"
)
_RU_UNITS = (
    (re.compile(r"рабоч[а-я]*\s+(?:дн[а-я]*|дня|сут[а-я]*)"), _WORKDAYS),
    (re.compile(r"(?:календарн[а-я]*\s+)?(?:дн[а-я]*|день|сут[а-я]*)"), _DAYS),
    (re.compile(r"недел[а-я]*"), _WEEKS),
    (re.compile(r"месяц[а-я]*"), _MONTHS),
    (re.compile(r"(?:год|года|лет)"), _YEARS),
)
_KK_ABL = r"(?:дан|ден|тан|тен|нан|нен|инен|ынан)?"
_KK_UNITS = (
    (re.compile(r"жумыс\s+кун[а-я]*"), _WORKDAYS),
    (re.compile(r"(?:кун|кундик|тоулик)" + _KK_ABL), _DAYS),
    (re.compile(r"(?:апта|апталык)" + _KK_ABL), _WEEKS),
    (re.compile(r"(?:ай|айлык)" + _KK_ABL), _MONTHS),
    (re.compile(r"(?:жыл|жылдык)" + _KK_ABL), _YEARS),
)
_KK_WITHIN_RE = re.compile(
    r"(?P<body>.+?)\s+(?:мерзимде|мерзим\s+ишинде|ишинде|(?:мерзимнен\s+)?кешиктирмей)"
)


def _read_spelled(words: list[str], table: dict[str, int]) -> tuple[int | None, int]:
    """A number in words at the start of ``words``: tens + units ("двадцати пяти", "он бес")."""
    if not words or words[0] not in table:
        return None, 0
    value = table[words[0]]
    if value >= 10 and value % 10 == 0 and len(words) > 1:
        unit = table.get(words[1])
        if unit is not None and unit < 10:
            return value + unit, 2
    return value, 1


def _read_number(words: list[str], table: dict[str, int]) -> tuple[int | None, int]:
    """A number at the start of ``words``: (value, words used); (None, 0) if none.

    Digits may be followed by the same number in words, as in "10 (десяти)".
    """
    if words and words[0].isascii() and words[0].isdigit():
        value = int(words[0])
        spelled, used = _read_spelled(words[1:], table)
        return (value, 1 + used) if spelled == value else (value, 1)
    return _read_spelled(words, table)


def _match_unit(rest: str, units: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, unit in units:
        if pattern.fullmatch(rest):
            return unit
    return None


def _apply_term(
    text: str, n: int, unit: str, base: _dt.date, calendar: WorkCalendar | None
) -> DueRule:
    if n < 1:
        raise _err_term_zero(text)
    if n > _LIMITS[unit]:
        raise _err_term_long(text)
    if unit == _WORKDAYS:
        cal = calendar if calendar is not None else WorkCalendar()
        return DueRule(DueKind.DATE, date=cal.add_working_days(base, n), working_days=n)
    if unit == _DAYS:
        due = base + _dt.timedelta(days=n)
    elif unit == _WEEKS:
        due = base + _dt.timedelta(weeks=n)
    elif unit == _MONTHS:
        due = base + relativedelta(months=n)
    else:
        due = base + relativedelta(years=n)
    return DueRule(DueKind.DATE, date=due)


_KK_ABLATIVE_TERM_RE = re.compile(
    r"(?P<body>(?:[0-9]{1,4}|[а-я]+(?:\s+[а-я]+)?)\s+(?:жумыс\s+)?"
    r"(?:кун|апта|ай)(?:нен|инен|тен|дан|тан|нан|ынан))"
)


def _read_term(s: str) -> tuple[int, str, bool] | None:
    """(n, unit, n written) of a term "в течение 10 рабочих дней", "бір ай мерзімде"...; None."""
    m = _RU_TERM_RE.fullmatch(s)
    if m:
        adj_unit = {"дневн": _DAYS, "недельн": _WEEKS, "месячн": _MONTHS}.get(m["u"], _YEARS)
        if m["n"] is not None:
            return int(m["n"]), adj_unit, True
        if m["w"] == "полу" and m["u"] == "годов":
            return 6, _MONTHS, True
        if m["w"] in _RU_ADJ_NUMBERS:
            return _RU_ADJ_NUMBERS[m["w"]], adj_unit, bool(m["w"])
        return None

    # Russian: "в течение 10 рабочих дней", "в течение месяца"; without "в течение"
    # only days and weeks with a number: "10 календарных дней".
    body = re.sub(r"^в\s+течени[еия]\s+", "", s)
    within = body != s
    words = body.split(" ")
    n, used = _read_number(words, _RU_NUMBERS)
    if n is not None or within:
        unit = _match_unit(" ".join(words[used:]), _RU_UNITS)
        if unit is not None and (within or unit in (_DAYS, _WORKDAYS, _WEEKS)):
            return (1 if n is None else n), unit, n is not None

    # Kazakh: "бір ай мерзімде", "10 жұмыс күні ішінде", "екі апта ішінде";
    # "5 жұмыс күнінен (кешіктірмей)": a number and a unit in the ablative.
    m = _KK_WITHIN_RE.fullmatch(s) or _KK_ABLATIVE_TERM_RE.fullmatch(s)
    if m:
        words = m["body"].split(" ")
        n, used = _read_number(words, _KK_NUMBERS)
        unit = _match_unit(" ".join(words[used:]), _KK_UNITS)
        if unit is not None:
            return (1 if n is None else n), unit, n is not None
    return None


def _parse_term(text: str, s: str, base: _dt.date, calendar: WorkCalendar | None) -> DueRule | None:
    term = _read_term(s)
    if term is None:
        return None
    return _apply_term(text, term[0], term[1], base, calendar)


# --- "до конца года" -----------------------------------------------------------

_RU_END_RE = re.compile(
    r"(?:конц[а-я]*|окончани[а-я]*)\s+"
    r"(?:(?:(?:текущего|этого|отчетного)\s+)?(?P<u>года|месяца|квартала|полугодия)"
    r"|(?P<y>[0-9]{4})\s*(?:года|г)\.?"
    r"|(?P<mon>[а-я]+)(?:\s+(?P<my>[0-9]{4})" + _YEAR_TAIL + r")?)"
)
_KK_END_RE = re.compile(
    r"(?:агымдагы\s+|осы\s+)?"
    r"(?:(?P<u>жарты\s+жыл|жыл|ай|токсан)|(?P<y>[0-9]{4})\s*(?:жыл|ж\.?)"
    r"|(?:(?P<my>[0-9]{4})\s*(?:жылгы|жылдын|ж\.?)\s+)?(?P<mon>[а-я]+))"
    r"(?:дын|дин|нын|нин|тын|тин|ын|ин)?\s+сон[а-я]*"
)
_UNIT_WORDS = {
    "года": "year",
    "жыл": "year",
    "месяца": "month",
    "ай": "month",
    "квартала": "quarter",
    "токсан": "quarter",
    "полугодия": "half",
    "жарты жыл": "half",
}


def _end_of(unit: str, base: _dt.date) -> _dt.date:
    if unit == "year":
        return _dt.date(base.year, 12, 31)
    if unit == "month":
        return _dt.date(base.year, base.month, _calendar.monthrange(base.year, base.month)[1])
    last = ((base.month - 1) // 3 + 1) * 3 if unit == "quarter" else (6 if base.month <= 6 else 12)
    return _dt.date(base.year, last, _calendar.monthrange(base.year, last)[1])


def _parse_end(text: str, s: str, base: _dt.date) -> _dt.date | None:
    m = _RU_END_RE.fullmatch(s) or _KK_END_RE.fullmatch(s)
    if not m:
        return None
    if m["u"]:
        return _end_of(_UNIT_WORDS[m["u"]], base)
    if m["y"]:
        year = int(m["y"])
        return _make_date(text, year, 12, 31)
    month = _month_from_word(m["mon"])
    if month is None:
        return None
    given_year = m.groupdict().get("my")
    if given_year:
        year = int(given_year)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise _err_year(text, year)
        return _dt.date(year, month, _calendar.monthrange(year, month)[1])
    last = _dt.date(base.year, month, _calendar.monthrange(base.year, month)[1])
    if last < base:
        nxt = base.year + 1
        last = _dt.date(nxt, month, _calendar.monthrange(nxt, month)[1])
    return last


# --- schedules -----------------------------------------------------------------

_FREQ_RES = (
    (
        re.compile(
            r"(?:один\s+|1\s+)?раз\s+в\s+полугодие|(?:один\s+|1\s+)?раз\s+в\s+пол\s*года|"
            r"каждое\s+полугодие|ежеполугодн[а-я]*|полугодов[а-я]*|"
            r"(?:ар\s+)?жарты\s*жыл(?:дык)?\s+сайын(?:гы)?|жарты\s*жылда\s+(?:бир|1)\s+рет|"
            r"(?:два|2)\s+раза\s+в\s+год|жылына\s+(?:еки|2)\s+(?:рет|марте)"
        ),
        Freq.HALF_YEARLY,
    ),
    (
        re.compile(
            r"ежемесячн[а-я]*|каждый\s+месяц|(?:один\s+|1\s+)?раз\s+в\s+месяц|"
            r"(?:ар\s+)?ай\s+сайын(?:гы)?|айына\s+(?:бир|1)\s+(?:рет|марте)|"
            r"(?:двенадцать|12)\s+раз\s+в\s+год"
        ),
        Freq.MONTHLY,
    ),
    (
        re.compile(
            r"ежеквартальн[а-я]*|поквартальн[а-я]*|каждый\s+квартал|"
            r"(?:один\s+|1\s+)?раз\s+в\s+квартал|(?:ар\s+)?токсан\s+сайын(?:гы)?|"
            r"токсанына\s+(?:бир|1)\s+(?:рет|марте)|(?:четыре|4)\s+раза\s+в\s+год|"
            r"жылына\s+(?:торт|4)\s+(?:рет|марте)"
        ),
        Freq.QUARTERLY,
    ),
    (
        re.compile(
            r"ежегодн[а-я]*|каждый\s+год|(?:один\s+|1\s+)?раз\s+в\s+год|"
            r"(?:ар\s+)?жыл\s+сайын(?:гы)?|жылына\s+(?:бир|1)\s+(?:рет|марте)"
        ),
        Freq.YEARLY,
    ),
)
# "ежеквартально, по итогам квартала": after each period, on the default day.
_SCHED_AFTER_RE = re.compile(
    r"(?:по\s+)?(?:итогам|результатам)(?:\s+(?:отчетного|каждого|истекшего))?"
    r"(?:\s+(?:месяца|квартала|полугодия|года|периода))?"
    r"|(?:есепти\s+)?(?:кезен|токсан|ай|жыл|жарты\s*жыл)[а-я]*\s+корытынды[а-я]*(?:\s+бойынша)?"
)
# "ежеквартально с информированием комиссии": how the result is given, not when.
_SCHED_HOW_RE = re.compile(
    r"^(?:с\s+)?(?:информировани[а-я]*|предоставлени[а-я]*|представлени[а-я]*|"
    r"отчет[а-я]*|направлени[а-я]*)(?:\s+(?:информаци[а-я]*|отчет[а-я]*))?"
    r"(?:\s+(?:в\s+)?(?:комисси[а-я]*|акимат[а-я]*|председател[а-я]*|"
    r"рабоч[а-я]*\s+орган[а-я]*|секретар[а-я]*))?(?:\s+|$)"
)
_DEFAULT_MARK_RE = re.compile(r"\s*(?:срок\s+)?по\s+умолчанию$|\s*адепки\s+мерзим$")
_SCHED_LEAD_RE = re.compile(r"^(?:в\s+срок\s+)?(?:до|не\s+позднее|к|по)\s+")
_NEXT_RU_RE = re.compile(
    r"(?:\s+(?:месяца|числа|года|квартала|периода))?\s+"
    r"(?:следующ[а-я]*\s+за|после)\s+отчетн[а-я]*"
    r"(?:\s+(?:период|месяц|квартал|полугоди|год)[а-я]*)?"
    r"|\s+следующ[а-я]*\s+(?:за\s+ним\s+)?месяца"
)
_NEXT_KK_RE = re.compile(
    r"\s+есепт[а-я]*\s+(?:жарты\s+жыл|ай|кезен|токсан|жыл)[а-я]*\s+кейин[а-я]*"
    r"|\s+келеси\s+(?=айдын)"
)
_DAY_RU_RE = re.compile(
    r"(?P<d>[0-9]{1,3})(?:\s*-?\s*(?:го|е|ое|му))?\s+числ[а-я]*"
    r"(?:\s+(?:каждого\s+)?(?:месяца|квартала))?"
)
_DAY_KK_RE = re.compile(
    r"(?:(?:ар\s+)?айдын\s+)?(?P<d>[0-9]{1,3})(?:\s*-\s*(?:кун[а-я]*|[а-я]{1,4})|\s+кун[а-я]*)?"
)
_DAY_MONTH_RE = re.compile(
    r"(?:жылдын\s+)?(?P<d>[0-9]{1,3})(?:\s*-\s*(?:го|е|ши|шы|и|ы|сы|си)(?=\s))?\s*-?\s*"
    r"(?P<mon>[а-я]+\.?)(?:\s+года)?"
)


# --- weekly schedules: "еженедельно", "каждый понедельник", "апта сайын", "әр дүйсенбі"
# (written folded: ә -> а, ү -> у, і -> и, ұ -> у)
_WEEKDAY_RES = (
    r"понедельник[а-я]*|дуйсенби[а-я]*",
    r"вторник[а-я]*|сейсенби[а-я]*",
    r"сред[а-я]*|сарсенби[а-я]*",
    r"четверг[а-я]*|бейсенби[а-я]*",
    r"пятниц[а-я]*|жума[а-я]*",
    r"суббот[а-я]*|сенби[а-я]*",
    r"воскресень[а-я]*|жексенби[а-я]*",
)
_WEEKDAY_RE = re.compile("|".join(f"(?P<w{n}>{p})" for n, p in enumerate(_WEEKDAY_RES, 1)))
_WEEKLY_RE = re.compile(
    r"еженедельн[а-я]*|каждую\s+неделю|(?:один\s+|1\s+)?раз\s+в\s+неделю|"
    r"(?:ар\s+)?апта\s+сайын(?:гы)?|аптасына\s+(?:бир|1)\s+(?:рет|марте)|"
    r"(?:еженедельно\s+)?(?:по\s+|каждый\s+|каждую\s+|каждое\s+|ар\s+)(?=(?:"
    + "|".join(_WEEKDAY_RES)
    + r")(?:\s|$))"
)
# what may follow the weekday: "по понедельникам", "дүйсенбі сайын", "дүйсенбі күндері"
_WEEKDAY_TAIL_RE = re.compile(r"(?:\s+(?:сайын(?:гы)?|кундери|куни))?")


_WEEK_AFTER_RE = re.compile(
    r"(?:по\s+)?(?:итогам|результатам)(?:\s+(?:отчетной|каждой|истекшей))?\s+недели"
    r"|(?:есепти\s+)?апта[а-я]*\s+корытынды[а-я]*(?:\s+бойынша)?"
)


def _weekday(s: str) -> int | None:
    m = _WEEKDAY_RE.fullmatch(s)
    if m is None:
        return None
    return next(n for n in range(1, 8) if m[f"w{n}"])


def _parse_weekly(s: str) -> DueRule | None:
    """A weekly schedule, or None. With no day written, by Friday, the week's last working
    day (``day_default``); "еженедельно, до пятницы" is read as by each Friday."""
    # "әр дүйсенбі", "дүйсенбі сайын", "по понедельникам", "каждый понедельник"
    default_mark = _DEFAULT_MARK_RE.search(s)
    if default_mark:  # "(срок по умолчанию)", as the preview words a default day
        s = s[: default_mark.start()].strip(" ,")
    m = _WEEKLY_RE.match(s)
    rest = s[m.end() :] if m else s
    if m is None:
        w = _WEEKDAY_RE.match(s)
        tail = _WEEKDAY_TAIL_RE.fullmatch(s[w.end() :]) if w else None
        if w is None or tail is None or not tail.group(0):
            return None  # a weekday alone ("до пятницы") is no schedule
        return DueRule(DueKind.RECURRING, freq=Freq.WEEKLY, day=_weekday(w.group(0)))
    rest = _SCHED_HOW_RE.sub("", rest.strip(" ,")).strip(" ,")
    if _WEEK_AFTER_RE.fullmatch(rest):  # "по итогам недели": after each week, by default
        rest = ""
    rest = re.sub(r"^(?:до|к|не\s+позднее|по|в)\s+", "", rest)
    if not rest or _SCHED_AFTER_RE.fullmatch(rest):
        return DueRule(DueKind.RECURRING, freq=Freq.WEEKLY, day=5, day_default=True)
    w = _WEEKDAY_RE.match(rest)
    if w is None:
        return None
    after = _SCHED_HOW_RE.sub("", rest[w.end() :].strip(" ,")).strip(" ,")
    if after and _WEEKDAY_TAIL_RE.fullmatch(" " + after) is None:
        return None
    day = _weekday(w.group(0))
    return DueRule(DueKind.RECURRING, freq=Freq.WEEKLY, day=day, day_default=bool(default_mark))


def _parse_schedule(text: str, s: str, default_day: int = 5) -> DueRule | None:
    weekly = _parse_weekly(s)
    if weekly is not None:
        return weekly
    hit = next(
        (
            (m, f)
            for m, f in ((p.match(s), f) for p, f in _FREQ_RES)
            if m and (m.end() == len(s) or s[m.end()] == " ")
        ),
        None,
    )
    if hit is None:
        return None
    lead, freq = hit
    rest = s[lead.end() :].strip()
    marked_default = False
    found_mark = _DEFAULT_MARK_RE.search(rest)
    if found_mark:
        marked_default = True
        rest = rest[: found_mark.start()].strip()
    rest = _SCHED_HOW_RE.sub("", rest).strip()
    # "до ...", "к ...", "... дейін": not "в ..."
    by_lead = bool(_SCHED_LEAD_RE.match(rest) or _KK_BOUND_END_RE.search(_normalise(text)))
    rest = _strip_fillers(_SCHED_LEAD_RE.sub("", rest)) if rest else rest
    if not rest or _SCHED_AFTER_RE.fullmatch(rest):
        # No day written: the secretary's default, after each period.
        return _default_schedule(freq, default_day)
    if freq is Freq.YEARLY and not by_lead:
        # "ежегодно, в IV квартале", "жыл сайын, желтоқсанда": by the period's end every
        # year ("ежегодно, до декабря" is not read: by its start or by its end?).
        yearly = _yearly_in_period(rest)
        if yearly is not None:
            return yearly
    next_period = False
    padded = " " + rest
    found = _NEXT_RU_RE.search(padded) or _NEXT_KK_RE.search(padded)
    if found:
        next_period = True
        rest = " ".join((padded[: found.start()] + " " + padded[found.end() :]).split())
    rest = _SCHED_LEAD_RE.sub("", rest)
    month: int | None = None
    m = _DAY_RU_RE.fullmatch(rest) or _DAY_KK_RE.fullmatch(rest)
    if m is None:
        m = _DAY_MONTH_RE.fullmatch(rest)
        if m is None:
            raise _err_schedule(text)
        month = _month_from_word(m["mon"])
        if month is None or freq is not Freq.YEARLY:
            raise _err_schedule(text)
    day = int(m["d"])
    if not 1 <= day <= 31:
        raise _err_schedule_day(text, day)
    if freq is Freq.YEARLY:
        if month is None:
            month = 1 if next_period else 12
        elif day > _calendar.monthrange(2000, month)[1]:
            raise _err_month_days_any(text, month)
    return DueRule(
        DueKind.RECURRING,
        freq=freq,
        day=day,
        next_period=next_period,
        month=month,
        day_default=marked_default,
    )


def _yearly_in_period(rest: str) -> DueRule | None:
    """A yearly schedule due by the end of a named period of each year, or None."""
    probe = _dt.date(2000, 1, 1)  # a leap year: February ends on the 29th
    try:
        rule = _parse_named_period(rest, rest, probe)
    except DueParseError:
        return None
    if rule is None or rule.period is None or len(rule.period) == 4:
        return None
    end = rule.date
    assert end is not None
    return DueRule(DueKind.RECURRING, freq=Freq.YEARLY, day=end.day, month=end.month)


def _default_schedule(freq: Freq, default_day: int) -> DueRule:
    """A schedule with no day written: by ``default_day`` of the month after each period."""
    return DueRule(
        DueKind.RECURRING,
        freq=freq,
        day=default_day,
        next_period=True,
        month=1 if freq is Freq.YEARLY else None,
        day_default=True,
    )


_ONGOING = (
    r"(?:на\s+)?постоянн[а-я]*(?:\s+(?:основе|основа|режиме|контроле))?"
    r"|в\s+постоянном\s+режиме"
    r"|(?:держать|взять|находиться|оставить|содержать)\s+(?:на|под)\s+постоянн[а-я]*\s+контрол[а-я]*"
    r"|(?:на|под)\s+постоянн[а-я]*\s+контрол[а-я]*"
    r"|систематически|на\s+(?:систематической|системной|регулярной|плановой)\s+основе"
    r"|регулярно|непрерывно|беспрерывно|постоянно\s+и\s+непрерывно"
    r"|в\s+течение\s+всего\s+(?:срока|периода)"
    r"|туракты(?:\s+(?:турде|негизде|тургыда))?"
    r"|туракты\s+бакылау[а-я]*(?:\s+(?:устау|устасын|устау\s+керек))?"
    r"|(?:уздиксиз|жуйели|удайы|тураксыз)(?:\s+(?:турде|негизде))?"
    r"|ардайым|унеми|хаманда|тургылыкты\s+негизде"
)
_ONGOING_RE = re.compile(_ONGOING)
_ONGOING_LEAD_RE = re.compile(r"^(?:" + _ONGOING + r")\s+(?P<rest>.+)$")

_NONE_RE = re.compile(
    r"без\s+срока|бессрочно|(?:срок\s+)?не\s+(?:установлен|устанавливается|определен)"
    r"|мерзимсиз|(?:мерзими\s+)?(?:жок|белгиленбеген|белгиленбейди)|-+"
)

_NEXT_SESSION_RE = re.compile(
    r"(?:(?:к|до|на)\s+)?(?:следующ|очередн|ближайш)[а-я]*\s+заседани[а-я]*"
    r"(?:\s+(?:комисси[а-я]*|рабочей\s+группы|совета|коллеги[а-я]*))?"
    r"(?:\s+по\s+(?:вопросам\s+)?противодействи[а-я]*\s+коррупции)?"
    r"|(?:(?:к|до)\s+)?заседани[а-я]*\s+(?:комисси[а-я]*|рабочей\s+группы)"
    r"|(?:комиссия(?:нын)?\s+|жумыс\s+тобынын\s+)?(?:келеси|кезекти|келеси\s+кезекти)\s+"
    r"отырыс(?:ына|ка|ы|та|ында|ы\s+откенге|\s+откенге)?"
)

# Event words: the deadline hangs on something the program cannot know.
_EVENT_RE = re.compile(
    r"(?:^|\s)(?:"
    r"по\s+итог[а-я]*|по\s+результат[а-я]*|по\s+мере|после|по\s+завершени[а-я]*"
    r"|по\s+окончани[а-я]*\s+(?!года|месяца|квартала|полугодия)[а-я]+|по\s+истечени[а-я]*"
    r"|с\s+момента|со\s+дня|с\s+даты|с\s+получени[а-я]*|в\s+сроки|установленн[а-я]*"
    r"|согласно|в\s+соответствии|по\s+отдельн[а-я]*|по\s+график[а-я]*|по\s+план[а-я]*"
    r"|по\s+согласовани[а-я]*|по\s+решени[а-я]*|по\s+поручени[а-я]*|по\s+указани[а-я]*"
    r"|по\s+запрос[а-я]*|по\s+требовани[а-я]*|по\s+необходимости|по\s+факт[а-я]*"
    r"|при\s+(?:необходимости|наличии|поступлении|выявлении|получении|изменении|возникновении)"
    r"|в\s+случае|в\s+ходе|в\s+период|в\s+рамках|накануне|в\s+дни|в\s+день|в\s+течение\s+дня"
    r"|за\s+[0-9]+\s+[а-я]+\s+до|до\s+(?:начала|утверждени[а-я]*|проведени[а-я]*|принятия|внесения|заседани[а-я]*|завершени[а-я]*|окончани[а-я]*)"
    r"|к\s+(?:началу|проведению|утверждению)|одновременно"
    r"|кейин|бастап|бойынша|корытынды[а-я]*|натиже[а-я]*|сайкес|жагдайда|кезинде|барысында"
    r"|тускен\s+сайын|тусуине\s+карай|кажеттилиг[а-я]*|кажет\s+болган|кажетине\s+карай"
    r"|белгиленген|белгилеген|карсанында|дейинги\s+кезенде|[а-я]+(?:ганга|генге|канга|кенге)"
    # as soon as possible: no date to compute, kept as written
    r"|незамедлительно|безотлагательно|срочно|в\s+кратчайш[а-я]*\s+срок[а-я]*"
    r"|в\s+оперативном\s+порядке|оперативно|дереу|жедел(?:\s+турде)?|кысга\s+мерзимде"
    r"|мумкиндигинше\s+тез"
    r")(?=\s|$)"
)
# Words saying the offset counts from the event: "5 рабочих дней после ...".
_AFTER_RE = re.compile(
    r"(?:^|\s)(?:после|с\s+момента|со\s+дня|с\s+даты|с\s+получени[а-я]*|по\s+итог[а-я]*"
    r"|по\s+результат[а-я]*|по\s+завершени[а-я]*|по\s+окончани[а-я]*|по\s+истечени[а-я]*"
    r"|кейин|бастап|корытынды[а-я]*)(?=\s|$)"
)
_BOUND_LEAD_RE = re.compile(
    r"^(?:срок\s+(?:исполнения\s+)?)?-?\s*(?:в\s+срок\s+)?(?:до|не\s+позднее)\s"
)
_BOUND_AT_RE = re.compile(r"(?:^|\s)(?:не\s+позднее|до)\s+")
# "..., бірақ 2025 жылғы 25 желтоқсаннан кешіктірмей": the date before the last word.
_KK_BOUND_END_RE = re.compile(r"\s(?:дейин|кешиктирмей)$")
_KK_BOUND_RE = re.compile(
    r"(?:^|\s)(?:бирак\s+)?(?P<d>(?:[0-9]{4}\s*(?:жылгы|ж\.?)\s*)?[0-9]{1,2}(?:\s*-?\s*[а-я]+"
    r"|\.[0-9]{1,2}\.[0-9]{2,4}(?:\s*ж\.?)?))$"
)
_NUMERIC_ANY_RE = re.compile(r"(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})(?![0-9.])")


def _find_offset(s: str) -> Offset | None:
    """The term in an event phrase ("в течение 5 рабочих дней после ..."), if it says after."""
    if not _AFTER_RE.search(s):
        return None
    words = s.split(" ")
    for size in range(min(6, len(words)), 1, -1):
        for i in range(len(words) - size + 1):
            term = _read_term(" ".join(words[i : i + size]))
            if term is not None:
                n, unit, _ = term
                if not 1 <= n <= _LIMITS[unit]:
                    return None
                if unit == _WORKDAYS:
                    return Offset(n, "days", working_days=True)
                return Offset(n, unit)
    return None


_BEFORE_BY_RE = re.compile(
    r"(?:^|\s)за\s+\S+\s+(?:рабоч[а-я]*\s+|календарн[а-я]*\s+)?(?:дн|день|сут|недел|месяц)"
)


def _written_bound(text: str, s: str, base: _dt.date) -> _dt.date | None:
    """The date after "не позднее"/"до" anywhere in ``s`` (or before a final Kazakh
    "дейін"/"кешіктірмей"), if one is written there."""
    candidates = [s[m.end() :].split(" ") for m in _BOUND_AT_RE.finditer(s)]
    if _BOUND_LEAD_RE.match(_normalise(text)):  # the leading "до" went with the fillers
        candidates.insert(0, s.split(" "))
    if _KK_BOUND_END_RE.search(_normalise(text)):
        kk = _KK_BOUND_RE.search(s)
        if kk:
            candidates.append(kk["d"].split(" "))
    for words in candidates:
        for size in range(min(6, len(words)), 0, -1):
            inner = _strip_fillers(" ".join(words[:size]))
            for parse in (_parse_numeric, _parse_verbal):
                try:
                    d = parse(text, inner, base)
                except DueParseError:
                    d = None
                if d is not None:
                    return d
    return None


_AT_LEAST_RE = re.compile(
    r"(?:не\s+реже|кеминде)\s+(?:одного\s+|1\s+)?(?:раза?\s+в\s+)?"
    r"(?P<u>месяц|квартал|полугодие|год|айына|токсанына|жылына)(?:\s+(?:бир|1)\s+рет)?"
)
_AT_LEAST_FREQ = {
    "месяц": Freq.MONTHLY,
    "айына": Freq.MONTHLY,
    "квартал": Freq.QUARTERLY,
    "токсанына": Freq.QUARTERLY,
    "полугодие": Freq.HALF_YEARLY,
    "год": Freq.YEARLY,
    "жылына": Freq.YEARLY,
}


def _parse_event(text: str, s: str, base: _dt.date, default_day: int = 5) -> DueRule | None:
    norm = _normalise(text)
    if not (_EVENT_RE.search(s) or _EVENT_RE.search(norm)):
        return None
    at_least = _AT_LEAST_RE.search(s)
    if at_least:  # "по мере необходимости, но не реже одного раза в квартал"
        return _default_schedule(_AT_LEAST_FREQ[at_least["u"]], default_day)
    for m in _NUMERIC_ANY_RE.finditer(s):  # an impossible date is never kept silently
        _make_date(text, int(m[3]), int(m[2]), int(m[1]))
    # "по итогам проверки, но не позднее 25 декабря 2025 года": the written bound is the
    # date. Not after "за 10 дней до ...": that bound is not the deadline.
    if not _BEFORE_BY_RE.search(s):
        d = _written_bound(text, s, base)
        if d is not None:
            return DueRule(DueKind.DATE, date=d)
    offset = None if _BEFORE_BY_RE.search(s) else _find_offset(s)
    return DueRule(DueKind.EVENT, text=text.strip(), offset=offset)


# --- named periods: "в I полугодии 2025 года", "2025 жылдың екінші тоқсаны" -----------

_ORD = (
    r"(?P<o>иv|ив|иии|ии|и|1|2|3|4|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*"
    r"|биринши|екинши|ушинши|тортинши)(?:\s*-?\s*(?:й|м|е|го|ом|ши|шы|инши|ынши))?"
)
_ORD_VALUES = {"и": 1, "ии": 2, "иии": 3, "иv": 4, "ив": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORD_STEMS = (
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четверт", 4),
    ("биринши", 1),
    ("екинши", 2),
    ("ушинши", 3),
    ("тортинши", 4),
)
_RU_PERIOD_LEAD = (
    r"(?:(?:в|во|на|в\s+течение|в\s+течении|на\s+протяжении|в\s+продолжение|"
    r"конц[а-я]*|окончани[а-я]*|итог[а-я]*\s+)\s+)?(?:всего\s+)?"
)
_RU_YEAR = (
    r"(?:\s+(?:(?P<y>[0-9]{4})\s*(?:года|году|год|г)?\.?|(?P<cur>текущего|этого|сего)\s+года"
    r"|(?P<cur2>текущем|этом)\s+году))?"
)
_RU_PERIOD_RE = re.compile(
    _RU_PERIOD_LEAD
    + r"(?:"
    + _ORD
    + r"(?:\s+|\s*-\s*)(?P<unit>полугоди[а-я]*|квартал[а-я]*|кв\.?)"
    + r"|(?P<mon>[а-я]+)"
    + r"|(?P<mon1>[а-я]+)\s*-\s*(?P<mon2>[а-я]+)"
    + r"|(?P<curu>текущ[а-я]*)\s+(?P<cunit>полугоди[а-я]*|квартал[а-я]*|месяц[а-я]*|год[а-я]*)"
    + r")"
    + _RU_YEAR
)
_RU_YEAR_ONLY_RE = re.compile(
    _RU_PERIOD_LEAD
    + r"(?:(?P<y>[0-9]{4})\s*(?:года|году|год|г)\.?"
    + r"|(?P<y1>[0-9]{4})\s*-\s*(?P<y2>[0-9]{4})\s*(?:годов|годы|годах|гг|г)\.?)"
)
# "в течение года", "в течение квартала" (no number): the calendar period of issue.
_RU_WITHIN_PERIOD_RE = re.compile(
    r"(?:в\s+течени[еи]|на\s+протяжении)\s+(?:всего\s+)?(?:текущего\s+)?"
    r"(?P<u>года|полугодия|квартала)|в\s+текущем\s+(?P<u2>году|полугодии|квартале)"
)
_KK_YEAR = (
    r"(?:(?:(?P<y>[0-9]{4})\s*(?:жылдын|жылгы|жылы|жыл|ж)\.?|(?P<cur>агымдагы|осы)"
    r"\s+(?:жылдын|жылгы|жыл))\s+)?"
)
_KK_PERIOD_RE = re.compile(
    _KK_YEAR
    + r"(?:"
    + _ORD
    + r"(?:\s+|\s*-\s*)(?P<unit>жарты\s*жылды[кг][а-я]*|токсан[а-я]*)"
    + r"|(?P<mon>[а-я]+)(?:\s+ай[а-я]*)?"
    + r"|(?P<mon1>[а-я]+)\s*-\s*(?P<mon2>[а-я]+)(?:\s+айлар[а-я]*)?"
    + r")"
)
_KK_YEAR_ONLY_RE = re.compile(
    r"(?:(?P<y>[0-9]{4})\s*(?:жылдын|жылгы|жыл|ж)\.?|(?P<cur>агымдагы|осы)\s+жыл[а-я]*|жыл)"
    r"\s+(?:бойы(?:на)?|ишинде|аралыгында)"
    r"|(?P<y3>[0-9]{4})\s*(?:жылы|ж\.?)"
    r"|(?P<y1>[0-9]{4})\s*-\s*(?P<y2>[0-9]{4})\s*(?:жылдар[а-я]*|жж)\.?"
)


def _ordinal(word: str) -> int:
    if word in _ORD_VALUES:
        return _ORD_VALUES[word]
    return next(v for stem, v in _ORD_STEMS if word.startswith(stem))


def _period_code(kind: str, year: int, n: int = 0) -> str:
    if kind == "year":
        return f"{year:04d}"
    if kind == "half":
        return f"{year:04d}-H{n}"
    if kind == "quarter":
        return f"{year:04d}-Q{n}"
    return f"{year:04d}-{n:02d}"


def _period_rule(text: str, kind: str, n: int, year: int | None, base: _dt.date) -> DueRule:
    """The end of a named period; without a year, the base's year or, if over, the next."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise _err_year(text, year)
    y = base.year if year is None else year
    code = _period_code(kind, y, n)
    end = period_end(code)
    if year is None and end < base and kind != "year":
        code = _period_code(kind, y + 1, n)
        end = period_end(code)
    return DueRule(DueKind.DATE, date=end, period=code)


def _current(kind: str, base: _dt.date) -> tuple[str, int]:
    if kind == "half":
        return kind, 1 if base.month <= 6 else 2
    if kind == "quarter":
        return kind, (base.month - 1) // 3 + 1
    if kind == "month":
        return kind, base.month
    return "year", 0


def _unit_kind(word: str) -> str:
    if word.startswith(("полугод", "жарты")):
        return "half"
    if word.startswith(("квартал", "кв", "токсан")):
        return "quarter"
    if word.startswith(("месяц", "ай")):
        return "month"
    return "year"


def _parse_period(text: str, s: str, base: _dt.date) -> DueRule | None:
    m = _RU_WITHIN_PERIOD_RE.fullmatch(s)
    if m:
        kind, n = _current(_unit_kind(m["u"] or m["u2"]), base)
        return _period_rule(text, kind, n, base.year, base)
    rule = _parse_named_period(text, s, base)
    if rule is not None and _PERIOD_BOUND_RE.search(_normalise(text)):
        # "до сентября", "к IV кварталу", "2026 жылға дейін": before the period
        # begins or by its end? Either could be meant: say so, never guess.
        raise _err_period_bound(text)
    return rule


# "до"/"к"/"дейін" with a period, but not "до конца ...".
_PERIOD_BOUND_RE = re.compile(
    r"^(?:срок\s+(?:исполнения\s+)?|мерзими\s+)?-?\s*(?:в\s+срок\s+)?(?:до|к|не\s+позднее)\s+"
    r"(?!конц|окончани|итог)"
    r"|\s(?:дейин|кешиктирмей)$"
)


def _parse_named_period(text: str, s: str, base: _dt.date) -> DueRule | None:
    year: int | None
    for regex in (_RU_YEAR_ONLY_RE, _KK_YEAR_ONLY_RE):
        m = regex.fullmatch(s)
        if m:
            groups = m.groupdict()
            year_text = groups.get("y2") or groups.get("y") or groups.get("y3")
            if groups.get("y1") and int(groups["y1"]) > int(groups["y2"]):
                raise _err_period_order(text)
            year = int(year_text) if year_text else base.year
            return _period_rule(text, "year", 0, year, base)
    for regex in (_RU_PERIOD_RE, _KK_PERIOD_RE):
        m = regex.fullmatch(s)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["y"]) if groups.get("y") else None
        if groups.get("cur") or groups.get("cur2"):
            year = base.year
        if groups.get("curu"):
            kind, n = _current(_unit_kind(groups["cunit"]), base)
            return _period_rule(text, kind, n, base.year if year is None else year, base)
        if groups.get("unit"):
            kind = _unit_kind(groups["unit"])
            n = _ordinal(groups["o"])
            if kind == "half" and n > 2:
                raise _err_half(text, n)
            return _period_rule(text, kind, n, year, base)
        if groups.get("mon1"):
            first = _month_from_word(groups["mon1"])
            last = _month_from_word(groups["mon2"])
            if first is None or last is None:
                continue
            if first > last:
                raise _err_period_order(text)
            return _period_rule(text, "month", last, year, base)
        if groups.get("mon"):
            month = _month_from_word(groups["mon"])
            if month is None:
                continue
            return _period_rule(text, "month", month, year, base)
    return None


# --- a time of day: "до 10:00 15 марта 2025 года", "сағат 10:00-ге дейін" -----------

_CLOCK_RE = re.compile(
    r"(?:(?<![^\s,])(?:до|к|в|не\s+позднее)\s+)?(?:(?:сағат|сагат|саг\.)\s*)?"
    r"(?<![0-9.:])(?P<h>[0-9]{1,2})\s*:\s*(?P<m>[0-9]{2})(?![0-9])"
    r"(?:\s*(?:ч\.|час[а-я]*|мин[а-я]*))?(?:\s*-?\s*(?:ге|ға|ка|ке|қа|га|на|не|ына|іне|ине))?"
    r"|(?:(?<![^\s,])(?:до|к|в)\s+)?(?:сағат|сагат)\s+(?P<h2>[0-9]{1,2})(?:\.(?P<m2>[0-9]{2}))?"
    r"(?:\s*-?\s*(?:ге|ға|ка|ке|қа|га|на|не|ына|іне|ине))?"
    r"|(?<![^\s,])(?:до|к|в)\s+(?P<h3>[0-9]{1,2})(?:\.(?P<m3>[0-9]{2}))?\s*(?:ч\.|час[а-я]*)",
    re.IGNORECASE,
)


def _take_time(text: str) -> tuple[str | None, str]:
    """("HH:MM", the text without it) or (None, text); a time that cannot be raises."""
    m = _CLOCK_RE.search(text)
    if m is None:
        return None, text
    h = m["h"] or m["h2"] or m["h3"]
    mi = m["m"] or m["m2"] or m["m3"] or "00"
    hour, minute = int(h), int(mi)
    if hour > 23 or minute > 59:
        raise _err_time(text, f"{h}:{mi}")
    rest = (text[: m.start()] + " " + text[m.end() :]).strip()
    return f"{hour:02d}:{minute:02d}", rest


# --- the entry point -------------------------------------------------------------


def parse_due(
    text: str,
    base: _dt.date,
    calendar: WorkCalendar | None = None,
    *,
    default_day: int = 5,
) -> DueRule:
    """The due rule in ``text``; relative terms count from ``base`` (the session date).

    ``calendar`` is used for "в течение N рабочих дней" (a default
    :class:`WorkCalendar` if None). ``default_day`` is the day of the month
    after each period for a schedule written without a day ("ежеквартально").
    Empty text is ``NONE``. Raises :class:`DueParseError`.
    """
    if not _is_int(default_day) or not 1 <= default_day <= 31:
        raise ValueError("default_day must be from 1 to 31")
    if text is None or not str(text).strip():
        return DueRule(DueKind.NONE)
    text = str(text)
    if len(text) > MAX_TEXT:
        raise _err_generic(text)
    norm = _normalise(text)
    s = _strip_fillers(norm)
    if _NONE_RE.fullmatch(norm) or _NONE_RE.fullmatch(s):
        return DueRule(DueKind.NONE)
    if not s:
        raise _err_generic(text)

    if _ONGOING_RE.fullmatch(s):
        return DueRule(DueKind.ONGOING)
    if _NEXT_SESSION_RE.fullmatch(s):
        return DueRule(DueKind.NEXT_SESSION)
    lead = _ONGOING_LEAD_RE.match(s)
    if lead:  # "на постоянной основе, ежемесячно до 10 числа": the schedule
        rule = _parse_schedule(text, _strip_fillers(lead["rest"]), default_day)
        if rule is not None:
            return rule
    try:
        rule = _parse_computed(text, s, base, calendar, default_day)
    except DueParseError:
        event = _parse_event(text, s, base, default_day)
        if event is not None and event.kind is DueKind.EVENT:
            return event
        raise
    if rule is not None:
        return rule
    rule = _parse_event(text, s, base, default_day)
    if rule is not None:
        return rule
    hhmm, rest = _take_time(text)
    if hhmm is not None:
        rest_s = _strip_fillers(_normalise(rest))
        rule = _parse_computed(text, rest_s, base, calendar, default_day) if rest_s else None
        if rule is None or rule.kind is not DueKind.DATE or rule.period is not None:
            raise _err_time_no_date(text)
        return replace(rule, time=hhmm)
    raise _err_generic(text)


# "до 10 числа месяца, следующего за отчетным кварталом" (no frequency word): the
# reporting period names the frequency.
_IMPLIED_FREQ = (
    (re.compile(r"следующ[а-я]*\s+за\s+отчетн[а-я]*\s+квартал[а-я]*$"), "ежеквартально"),
    (re.compile(r"следующ[а-я]*\s+за\s+отчетн[а-я]*\s+полугоди[а-я]*$"), "раз в полугодие"),
    (re.compile(r"следующ[а-я]*\s+за\s+отчетн[а-я]*\s+месяц[а-я]*$"), "ежемесячно"),
    (re.compile(r"^есепти\s+токсан[а-я]*\s+кейин"), "токсан сайын"),
    (re.compile(r"^есепти\s+(?:жарты\s*жыл)[а-я]*\s+кейин"), "жарты жыл сайын"),
    (re.compile(r"^есепти\s+ай[а-я]*\s+кейин"), "ай сайын"),
)


def _parse_computed(
    text: str, s: str, base: _dt.date, calendar: WorkCalendar | None, default_day: int
) -> DueRule | None:
    has_freq = any(p.match(s) for p, _ in _FREQ_RES)
    for pattern, freq_words in _IMPLIED_FREQ:
        if not has_freq and pattern.search(s) and re.search(r"[0-9]", s):
            rule = _parse_schedule(text, f"{freq_words} {s}", default_day)
            if rule is not None:
                return rule
    rule = _parse_schedule(text, s, default_day)
    if rule is not None:
        return rule
    d = _parse_end(text, s, base)
    if d is not None:
        return DueRule(DueKind.DATE, date=d)
    rule = _parse_period(text, s, base)
    if rule is not None:
        return rule
    rule = _parse_term(text, s, base, calendar)
    if rule is not None:
        return rule
    for parse in (_parse_numeric, _parse_verbal):
        d = parse(text, s, base)
        if d is not None:
            return DueRule(DueKind.DATE, date=d)
    return None


def due_after_event(
    rule: DueRule, event: _dt.date, calendar: WorkCalendar | None = None
) -> _dt.date | None:
    """The due date once the event is known.

    EVENT with an offset: ``offset`` after the event's date (working days
    through ``calendar``). NEXT_SESSION: the date of the next session
    (``event``). Otherwise (an EVENT without an offset, or another kind) None:
    the phrase says no term.
    """
    if rule.kind is DueKind.NEXT_SESSION:
        return event
    if rule.kind is DueKind.EVENT and rule.offset is not None:
        return rule.offset.after(event, calendar)
    return None


def effective_due(rule: DueRule, calendar: WorkCalendar) -> _dt.date | None:
    """The deadline that counts: a DATE rule's date moved off a day off; None otherwise."""
    if rule.kind is DueKind.DATE and rule.date is not None:
        return calendar.shift(rule.date)
    return None


def _schedule_months(rule: DueRule) -> tuple[int, ...]:
    assert rule.freq is not None
    if rule.freq is Freq.MONTHLY:
        return tuple(range(1, 13))
    if rule.freq is Freq.YEARLY:
        assert rule.month is not None
        return (rule.month,)
    if rule.freq is Freq.QUARTERLY:
        return (1, 4, 7, 10) if rule.next_period else (3, 6, 9, 12)
    return (1, 7) if rule.next_period else (6, 12)


_MARGIN = _dt.timedelta(days=45)


def control_points(
    rule: DueRule, start: _dt.date, until: _dt.date, calendar: WorkCalendar
) -> list[_dt.date]:
    """The control dates of ``rule`` in (start, until], each moved off days off.

    RECURRING: day N of each month the schedule names (see the module
    docstring: the last month of each period, or with ``next_period`` the
    first month after it; yearly rules use their month), clamped to the
    month's length, then shifted by ``calendar``. A date is kept when its
    *shifted* date is in (start, until].
    DATE: its effective date, if in (start, until]. ONGOING: none.
    """
    if until <= start:
        return []
    if rule.kind is DueKind.DATE:
        d = effective_due(rule, calendar)
        return [d] if d is not None and start < d <= until else []
    if rule.kind is not DueKind.RECURRING:
        return []
    assert rule.day is not None
    if rule.freq is Freq.WEEKLY:
        first = start + _dt.timedelta(days=(rule.day - 1 - start.weekday()) % 7)
        weekly: set[_dt.date] = set()
        d = first
        while d <= until + _dt.timedelta(days=7):
            shifted = calendar.shift(d)
            if start < shifted <= until:
                weekly.add(shifted)
            d += _dt.timedelta(days=7)
        return sorted(weekly)
    lo = max(start - _MARGIN, _dt.date(MIN_YEAR, 1, 1))
    hi = until + _MARGIN
    if rule.day <= 28:
        bymonthday: int | tuple[int, int] = rule.day
        bysetpos = None
    else:
        # Day N if the month has it, else the month's last day: the first of the two.
        bymonthday = (rule.day, -1)
        bysetpos = 1
    raw = rrule(
        MONTHLY,
        dtstart=_dt.datetime(lo.year, lo.month, lo.day),
        until=_dt.datetime(hi.year, hi.month, hi.day),
        bymonth=_schedule_months(rule),
        bymonthday=bymonthday,
        bysetpos=bysetpos,
    )
    out: set[_dt.date] = set()
    for occurrence in raw:
        shifted = calendar.shift(occurrence.date())
        if start < shifted <= until:
            out.add(shifted)
    return sorted(out)


# --- as decided: what the documents print, what the preview shows ------------------------


def describe_due(
    text: str,
    issued: _dt.date,
    lang: str = "ru",
    calendar: WorkCalendar | None = None,
    default_day: int = 5,
) -> dict[str, Any]:
    """What the program reads in ``text`` issued on ``issued``, for ``anticorr due`` and
    the window's preview (JSON-ready). Raises :class:`DueParseError` when it cannot.

    * ``text``: the text as given;
    * ``kind``: date, recurring, ongoing, next_session, event or none;
    * ``due_date``: the deadline that counts (ISO), after the move off a day off:
      a date's own, a schedule's first control date; null for the open kinds;
    * ``time``: "HH:MM" or null;
    * ``control_points``: a schedule's control dates within a year of issue (ISO);
    * ``printed``: ``{"ru": ..., "kk": ...}``, how the documents print it
      (:func:`printed_due`).

    ``lang`` is the interface language; it does not change the fields (the
    interface's wording of the rule is :func:`format_due`).
    """
    cal = calendar if calendar is not None else WorkCalendar()
    rule = parse_due(text, issued, cal, default_day=default_day)
    points: list[_dt.date] = []
    due: _dt.date | None = None
    if rule.kind is DueKind.DATE:
        due = effective_due(rule, cal)
    elif rule.kind is DueKind.RECURRING:
        points = control_points(rule, issued, issued + relativedelta(years=1), cal)
        due = points[0] if points else None
    return {
        "text": text,
        "kind": rule.kind.value,
        "due_date": due.isoformat() if due is not None else None,
        "time": rule.time,
        "control_points": [p.isoformat() for p in points],
        "printed": {lg: printed_due(text, rule, lg) for lg in ("ru", "kk")},
    }
