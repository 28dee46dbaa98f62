"""Due dates of instructions as people write them, in Russian and Kazakh.

:func:`parse_due` reads what the secretary types in the "Срок" field and gives a
:class:`DueRule`:

* ``DATE`` -- one date: "25.12.2024", "до 25 декабря 2024 года",
  "2024 жылғы 25 желтоқсанға дейін", or a term counted from the session date
  (``base``): "в месячный срок", "в течение 10 рабочих дней",
  "бір ай мерзімде", "до конца квартала"...
* ``RECURRING`` -- a schedule: "ежемесячно, до 5 числа",
  "ежеквартально, до 5 числа месяца, следующего за отчетным",
  "ежегодно, до 20 января", "тоқсан сайын, айдың 5-күніне дейін"...
* ``ONGOING`` -- "постоянно", "на постоянной основе", "тұрақты".

The date in a rule is the date as written (or computed); the deadline that
counts is :func:`effective_due`, moved off a day off by the calendar.

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
from dataclasses import dataclass
from enum import Enum
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule

from ..errors import ValidationError
from .workdays import WorkCalendar

__all__ = [
    "EN_MONTHS",
    "KK_MONTHS",
    "RU_MONTHS_GENITIVE",
    "DueKind",
    "DueParseError",
    "DueRule",
    "Freq",
    "control_points",
    "effective_due",
    "format_date",
    "format_date_short",
    "format_due",
    "kk_dative",
    "parse_due",
]

MIN_YEAR = 1900
MAX_YEAR = 2199
MAX_TEXT = 200
"""Longer text is not a due date; it is rejected without being read."""


class DueKind(str, Enum):
    DATE = "date"
    RECURRING = "recurring"
    ONGOING = "ongoing"


class Freq(str, Enum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


@dataclass(frozen=True)
class DueRule:
    """A parsed due date. Build it with keywords; invalid combinations raise ValueError.

    * ``DATE``: ``date`` (as written or computed, before the working-day
      shift); ``working_days`` is set when it was computed as "в течение N
      рабочих дней" (informational).
    * ``RECURRING``: ``freq``, ``day`` (1-31), ``next_period`` ("месяца,
      следующего за отчетным"); ``month`` (1-12) for ``YEARLY`` only, and
      required there.
    * ``ONGOING``: nothing else.
    """

    kind: DueKind
    date: _dt.date | None = None
    freq: Freq | None = None
    day: int | None = None
    next_period: bool = False
    working_days: int | None = None
    month: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DueKind(self.kind))
        if self.freq is not None:
            object.__setattr__(self, "freq", Freq(self.freq))
        object.__setattr__(self, "next_period", bool(self.next_period))
        if self.kind is DueKind.DATE:
            if not isinstance(self.date, _dt.date) or isinstance(self.date, _dt.datetime):
                raise ValueError("a DATE rule needs a date")
            if self.freq is not None or self.day is not None or self.month is not None:
                raise ValueError("a DATE rule has no freq, day or month")
            if self.next_period:
                raise ValueError("a DATE rule has no next_period")
            if self.working_days is not None and (
                not _is_int(self.working_days) or self.working_days < 1
            ):
                raise ValueError("working_days must be a positive integer")
        elif self.kind is DueKind.RECURRING:
            if self.freq is None:
                raise ValueError("a RECURRING rule needs freq")
            if not _is_int(self.day) or not 1 <= self.day <= 31:
                raise ValueError("a RECURRING rule needs a day from 1 to 31")
            if self.date is not None or self.working_days is not None:
                raise ValueError("a RECURRING rule has no date or working_days")
            if self.freq is Freq.YEARLY:
                if not _is_int(self.month) or not 1 <= self.month <= 12:
                    raise ValueError("a YEARLY rule needs a month from 1 to 12")
                if self.day > _calendar.monthrange(2000, self.month)[1]:
                    raise ValueError("the day is past the end of the month")
            elif self.month is not None:
                raise ValueError("only a YEARLY rule has a month")
        else:
            if (
                self.date is not None
                or self.freq is not None
                or self.day is not None
                or self.month is not None
                or self.next_period
                or self.working_days is not None
            ):
                raise ValueError("an ONGOING rule has no other fields")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with only the fields that are set, in a fixed order."""
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if self.working_days is not None:
            out["working_days"] = self.working_days
        if self.freq is not None:
            out["freq"] = self.freq.value
        if self.day is not None:
            out["day"] = self.day
        if self.month is not None:
            out["month"] = self.month
        if self.next_period:
            out["next_period"] = True
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DueRule:
        """The rule that :meth:`to_json` gave; ValueError for anything malformed."""
        if not isinstance(d, dict):
            raise ValueError("a due rule must be a JSON object")
        unknown = set(d) - {"kind", "date", "working_days", "freq", "day", "month", "next_period"}
        if unknown:
            raise ValueError(f"unknown keys in a due rule: {sorted(unknown)}")
        try:
            kind = DueKind(d["kind"])
        except (KeyError, ValueError) as exc:
            raise ValueError(f"bad kind in a due rule: {d.get('kind')!r}") from exc
        raw_date = d.get("date")
        if raw_date is not None:
            if not isinstance(raw_date, str):
                raise ValueError("the date of a due rule must be an ISO string")
            raw_date = _dt.date.fromisoformat(raw_date)
        freq = d.get("freq")
        if freq is not None:
            freq = Freq(freq)
        next_period = d.get("next_period", False)
        if not isinstance(next_period, bool):
            raise ValueError("next_period must be true or false")
        return cls(
            kind=kind,
            date=raw_date,
            freq=freq,
            day=d.get("day"),
            next_period=next_period,
            working_days=d.get("working_days"),
            month=d.get("month"),
        )


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


class DueParseError(ValidationError):
    """The due date text could not be read; the message says what and shows examples."""


# --- messages (English source texts, context "Errors") -----------------------

_EXAMPLES = (
    "25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, "
    "ежеквартально, до 5 числа, постоянно"
)


def _show(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _err_generic(text: str) -> DueParseError:
    return DueParseError(
        'Cannot read the due date "{text}". Write it as, for example: {examples}.',
        text=_show(text),
        examples=_EXAMPLES,
    )


def _err_empty() -> DueParseError:
    return DueParseError(
        "The due date is empty. Write it as, for example: {examples}.", examples=_EXAMPLES
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


# --- names ---------------------------------------------------------------------

RU_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_KK_FRONT = set("әеөүіи")
_KK_VOWELS = set("аәеиоөуұүыіэюя")
_KK_VOICELESS = set("кқпстфхцчшщ")


def kk_dative(word: str) -> str:
    """``word`` with the Kazakh dative ending chosen by vowel harmony and its last sound.

    After a vowel or a voiced consonant -ға/-ге, after a voiceless one -қа/-ке;
    -ге/-ке when the last vowel is a front one: желтоқсанға, сәуірге,
    қыркүйекке, шілдеге.
    """
    last_vowel = next((ch for ch in reversed(word.lower()) if ch in _KK_VOWELS), "а")
    front = last_vowel in _KK_FRONT
    voiceless = word[-1].lower() in _KK_VOICELESS
    if voiceless:
        return word + ("ке" if front else "қа")
    return word + ("ге" if front else "ға")


def _lang(lang: str) -> str:
    key = (lang or "ru").lower()
    if key.startswith(("kk", "kz")):
        return "kk"
    if key.startswith("en"):
        return "en"
    return "ru"


def format_date_short(d: _dt.date) -> str:
    """25.12.2024"""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_date(d: _dt.date, lang: str = "ru") -> str:
    """ "25 декабря 2024 года" (ru), "2024 жылғы 25 желтоқсан" (kk), "25 December 2024" (en)."""
    lang = _lang(lang)
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS_GENITIVE[d.month - 1]} {d.year} года"


_RU_FREQ = {
    Freq.MONTHLY: "ежемесячно",
    Freq.QUARTERLY: "ежеквартально",
    Freq.HALF_YEARLY: "раз в полугодие",
    Freq.YEARLY: "ежегодно",
}
_KK_FREQ = {
    Freq.MONTHLY: "ай сайын",
    Freq.QUARTERLY: "тоқсан сайын",
    Freq.HALF_YEARLY: "жарты жыл сайын",
    Freq.YEARLY: "жыл сайын",
}
_EN_FREQ = {
    Freq.MONTHLY: "monthly",
    Freq.QUARTERLY: "quarterly",
    Freq.HALF_YEARLY: "half-yearly",
    Freq.YEARLY: "yearly",
}


def format_due(rule: DueRule, lang: str, calendar: WorkCalendar | None = None) -> str:
    """The official wording of ``rule`` in ``lang`` ("ru", "kk"; "en" for the interface).

    ru: "до 25 декабря 2024 года", "ежемесячно, до 5 числа",
    "ежеквартально, до 10 числа месяца, следующего за отчетным",
    "ежегодно, до 20 января", "постоянно".
    kk: "2024 жылғы 25 желтоқсанға дейін", "ай сайын, айдың 5-күніне дейін",
    "тоқсан сайын, есепті кезеңнен кейінгі айдың 10-күніне дейін",
    "жыл сайын, 20 қаңтарға дейін", "тұрақты".

    With ``calendar`` a DATE rule shows its effective (shifted) date. The ru and
    kk texts parse back to the same rule.
    """
    lang = _lang(lang)
    if rule.kind is DueKind.ONGOING:
        return {"ru": "постоянно", "kk": "тұрақты", "en": "ongoing"}[lang]
    if rule.kind is DueKind.DATE:
        assert rule.date is not None
        d = calendar.shift(rule.date) if calendar is not None else rule.date
        if lang == "kk":
            return f"{d.year} жылғы {d.day} {kk_dative(KK_MONTHS[d.month - 1])} дейін"
        if lang == "en":
            return f"by {format_date(d, 'en')}"
        return f"до {format_date(d, 'ru')}"
    assert rule.freq is not None and rule.day is not None
    n = rule.day
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
_KK_UNITS = (
    (re.compile(r"жумыс\s+кун[а-я]*"), _WORKDAYS),
    (re.compile(r"(?:кун|кундик|тоулик)"), _DAYS),
    (re.compile(r"(?:апта|апталык)"), _WEEKS),
    (re.compile(r"(?:ай|айлык)"), _MONTHS),
    (re.compile(r"(?:жыл|жылдык)"), _YEARS),
)
_KK_WITHIN_RE = re.compile(r"(?P<body>.+?)\s+(?:мерзимде|мерзим\s+ишинде|ишинде)")


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


def _parse_term(text: str, s: str, base: _dt.date, calendar: WorkCalendar | None) -> DueRule | None:
    m = _RU_TERM_RE.fullmatch(s)
    if m:
        if m["n"] is not None:
            n = int(m["n"])
        elif m["w"] == "полу" and m["u"] == "годов":
            return _apply_term(text, 6, _MONTHS, base, calendar)
        elif m["w"] in _RU_ADJ_NUMBERS:
            n = _RU_ADJ_NUMBERS[m["w"]]
        else:
            return None
        unit = {"дневн": _DAYS, "недельн": _WEEKS, "месячн": _MONTHS}.get(m["u"], _YEARS)
        return _apply_term(text, n, unit, base, calendar)

    # Russian: "в течение 10 рабочих дней", "в течение месяца"; without "в течение"
    # only days and weeks with a number: "10 календарных дней".
    body = re.sub(r"^в\s+течени[еия]\s+", "", s)
    within = body != s
    words = body.split(" ")
    n, used = _read_number(words, _RU_NUMBERS)
    if n is not None or within:
        unit = _match_unit(" ".join(words[used:]), _RU_UNITS)
        if unit is not None and (within or unit in (_DAYS, _WORKDAYS, _WEEKS)):
            return _apply_term(text, 1 if n is None else n, unit, base, calendar)

    # Kazakh: "бір ай мерзімде", "10 жұмыс күні ішінде", "екі апта ішінде".
    m = _KK_WITHIN_RE.fullmatch(s)
    if m:
        words = m["body"].split(" ")
        n, used = _read_number(words, _KK_NUMBERS)
        unit = _match_unit(" ".join(words[used:]), _KK_UNITS)
        if unit is not None:
            return _apply_term(text, 1 if n is None else n, unit, base, calendar)
    return None


# --- "до конца года" -----------------------------------------------------------

_RU_END_RE = re.compile(
    r"(?:конц[а-я]*|окончани[а-я]*)\s+"
    r"(?:(?:(?:текущего|этого|отчетного)\s+)?(?P<u>года|месяца|квартала|полугодия)"
    r"|(?P<y>[0-9]{4})\s*(?:года|г)\.?"
    r"|(?P<mon>[а-я]+)(?:\s+(?P<my>[0-9]{4})" + _YEAR_TAIL + r")?)"
)
_KK_END_RE = re.compile(
    r"(?:агымдагы\s+|осы\s+)?"
    r"(?:(?P<u>жарты\s+жыл|жыл|ай|токсан)|(?P<y>[0-9]{4})\s*(?:жыл|ж\.?)|(?P<mon>[а-я]+))"
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
            r"раз\s+в\s+полугодие|раз\s+в\s+пол\s*года|каждое\s+полугодие|"
            r"ежеполугодн[а-я]*|полугодов[а-я]*|(?:ар\s+)?жарты\s+жыл\s+сайын|"
            r"жарты\s+жылда\s+бир\s+рет"
        ),
        Freq.HALF_YEARLY,
    ),
    (
        re.compile(
            r"ежемесячн[а-я]*|каждый\s+месяц|раз\s+в\s+месяц|(?:ар\s+)?ай\s+сайын(?:гы)?|"
            r"айына\s+бир\s+рет"
        ),
        Freq.MONTHLY,
    ),
    (
        re.compile(
            r"ежеквартальн[а-я]*|поквартальн[а-я]*|каждый\s+квартал|раз\s+в\s+квартал|"
            r"(?:ар\s+)?токсан\s+сайын(?:гы)?|токсанына\s+бир\s+рет"
        ),
        Freq.QUARTERLY,
    ),
    (
        re.compile(
            r"ежегодн[а-я]*|каждый\s+год|раз\s+в\s+год|(?:ар\s+)?жыл\s+сайын(?:гы)?|"
            r"жылына\s+бир\s+рет"
        ),
        Freq.YEARLY,
    ),
)
_SCHED_LEAD_RE = re.compile(r"^(?:в\s+срок\s+)?(?:до|не\s+позднее|к|по)\s+")
_NEXT_RU_RE = re.compile(
    r"(?:\s+(?:месяца|числа|года|квартала|периода))?\s+"
    r"(?:следующ[а-я]*\s+за|после)\s+отчетн[а-я]*"
    r"(?:\s+(?:период|месяц|квартал|полугоди|год)[а-я]*)?"
)
_NEXT_KK_RE = re.compile(
    r"\s+есепт[а-я]*\s+(?:жарты\s+жыл|ай|кезен|токсан|жыл)[а-я]*\s+кейин[а-я]*"
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


def _parse_schedule(text: str, s: str) -> DueRule | None:
    for pattern, freq in _FREQ_RES:
        m = pattern.match(s)
        if m and (m.end() == len(s) or s[m.end()] == " "):
            break
    else:
        return None
    rest = s[m.end() :].strip()
    rest = _strip_fillers(_SCHED_LEAD_RE.sub("", rest)) if rest else rest
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
    return DueRule(DueKind.RECURRING, freq=freq, day=day, next_period=next_period, month=month)


_ONGOING_RE = re.compile(
    r"(?:на\s+)?постоянн[а-я]*(?:\s+(?:основе|основа|режиме|контроле))?"
    r"|в\s+постоянном\s+режиме|туракты(?:\s+(?:турде|негизде))?"
)


# --- the entry point -------------------------------------------------------------


def parse_due(text: str, base: _dt.date, calendar: WorkCalendar | None = None) -> DueRule:
    """The due rule in ``text``; relative terms count from ``base`` (the session date).

    ``calendar`` is used for "в течение N рабочих дней" (a default
    :class:`WorkCalendar` if None). Raises :class:`DueParseError`.
    """
    if text is None or not str(text).strip():
        raise _err_empty()
    text = str(text)
    if len(text) > MAX_TEXT:
        raise _err_generic(text)
    s = _strip_fillers(_normalise(text))
    if not s:
        raise _err_generic(text)

    if _ONGOING_RE.fullmatch(s):
        return DueRule(DueKind.ONGOING)
    rule = _parse_schedule(text, s)
    if rule is not None:
        return rule
    rule = _parse_term(text, s, base, calendar)
    if rule is not None:
        return rule
    for parse in (_parse_end, _parse_numeric, _parse_verbal):
        d = parse(text, s, base)
        if d is not None:
            return DueRule(DueKind.DATE, date=d)
    raise _err_generic(text)


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
