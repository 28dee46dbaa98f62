"""A due rule as a value: what a deadline, as decided, means.

Light on purpose (no parser, no regular expressions beyond two small ones): every
instruction read from the database carries one, and the window reads instructions
before its first paint. The parser that turns typed text into a rule is
``dueparse``; it re-exports everything here.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from .workdays import WorkCalendar


class DueKind(str, Enum):
    DATE = "date"
    RECURRING = "recurring"
    ONGOING = "ongoing"
    NEXT_SESSION = "next_session"
    EVENT = "event"
    NONE = "none"


OPEN_KINDS = frozenset({DueKind.ONGOING, DueKind.NEXT_SESSION, DueKind.EVENT, DueKind.NONE})
"""Kinds with no due date of their own: open until done, never overdue by themselves."""


class Freq(str, Enum):
    WEEKLY = "weekly"  # ``day`` is the day of the week, 1 (Monday) to 7 (Sunday)
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


OFFSET_UNITS = ("days", "weeks", "months", "years")
_PERIOD_RE = re.compile(r"(?P<y>[0-9]{4})(?:-(?:(?P<h>H[12])|(?P<q>Q[1-4])|(?P<m>0[1-9]|1[0-2])))?")
_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")


@dataclass(frozen=True)
class Offset:
    """ "5 рабочих дней после ...": ``n`` ``unit`` (days, weeks, months, years) after an event;
    ``working_days`` for days counted as working days."""

    n: int
    unit: str = "days"
    working_days: bool = False

    def __post_init__(self) -> None:
        if not _is_int(self.n) or self.n < 1:
            raise ValueError("an offset must be a positive integer")
        if self.unit not in OFFSET_UNITS:
            raise ValueError(f"an offset unit is one of {OFFSET_UNITS}")
        if not isinstance(self.working_days, bool):
            raise ValueError("working_days must be true or false")
        if self.working_days and self.unit != "days":
            raise ValueError("only days can be working days")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "unit": self.unit}
        if self.working_days:
            out["working_days"] = True
        return out

    @classmethod
    def from_json(cls, d: Any) -> Offset:
        if not isinstance(d, dict) or set(d) - {"n", "unit", "working_days"}:
            raise ValueError("a malformed offset")
        return cls(d.get("n"), d.get("unit", "days"), d.get("working_days", False))  # type: ignore[arg-type]

    def after(self, event: _dt.date, calendar: WorkCalendar | None = None) -> _dt.date:
        """The date ``n`` units after ``event`` (the N-th working day after it for working days)."""
        from dateutil.relativedelta import relativedelta

        from .workdays import WorkCalendar

        if self.working_days:
            return (calendar if calendar is not None else WorkCalendar()).add_working_days(
                event, self.n
            )
        if self.unit == "days":
            return event + _dt.timedelta(days=self.n)
        if self.unit == "weeks":
            return event + _dt.timedelta(weeks=self.n)
        if self.unit == "months":
            return event + relativedelta(months=self.n)
        return event + relativedelta(years=self.n)


def period_end(period: str) -> _dt.date:
    """The last day of a period code: "2025", "2025-H1", "2025-Q2", "2025-09"."""
    m = _PERIOD_RE.fullmatch(period) if isinstance(period, str) else None
    if m is None:
        raise ValueError(f"bad period {period!r}")
    year = int(m["y"])
    if m["h"]:
        month = 6 * int(m["h"][1])
    elif m["q"]:
        month = 3 * int(m["q"][1])
    elif m["m"]:
        month = int(m["m"])
    else:
        month = 12
    return _dt.date(year, month, _calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class DueRule:
    """A parsed due date. Build it with keywords; invalid combinations raise ValueError.

    * ``DATE``: ``date`` (as written or computed, before the working-day
      shift); ``working_days`` is set when it was computed as "в течение N
      рабочих дней" (informational); ``time`` "HH:MM" when a time of day was
      written; ``period`` when it is a named period's end ("2025", "2025-H1",
      "2025-Q2", "2025-09"; ``date`` is then that period's last day).
    * ``RECURRING``: ``freq``, ``day`` (1-31; 1-7, Monday to Sunday, for ``WEEKLY``),
      ``next_period`` ("месяца,
      следующего за отчетным"); ``month`` (1-12) for ``YEARLY`` only, and
      required there; ``day_default`` when no day was written and ``day`` is
      the secretary's default.
    * ``EVENT``: ``text``, the phrase as written; ``offset`` when it says how
      long after the event (see :func:`due_after_event`).
    * ``ONGOING``, ``NEXT_SESSION``, ``NONE``: nothing else.
    """

    kind: DueKind
    date: _dt.date | None = None
    freq: Freq | None = None
    day: int | None = None
    next_period: bool = False
    working_days: int | None = None
    month: int | None = None
    time: str | None = None
    period: str | None = None
    day_default: bool = False
    text: str | None = None
    offset: Offset | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DueKind(self.kind))
        if self.freq is not None:
            object.__setattr__(self, "freq", Freq(self.freq))
        object.__setattr__(self, "next_period", bool(self.next_period))
        object.__setattr__(self, "day_default", bool(self.day_default))
        if self.kind is not DueKind.DATE and (self.time is not None or self.period is not None):
            raise ValueError("only a DATE rule has a time or a period")
        if self.kind is not DueKind.RECURRING and self.day_default:
            raise ValueError("only a RECURRING rule has day_default")
        if self.kind is not DueKind.EVENT and (self.text is not None or self.offset is not None):
            raise ValueError("only an EVENT rule has a text or an offset")
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
            if self.time is not None and (
                not isinstance(self.time, str) or not _TIME_RE.fullmatch(self.time)
            ):
                raise ValueError("time must be HH:MM")
            if self.period is not None and period_end(self.period) != self.date:
                raise ValueError("the date of a period rule is the period's last day")
        elif self.kind is DueKind.RECURRING:
            if self.freq is None:
                raise ValueError("a RECURRING rule needs freq")
            if not _is_int(self.day) or not 1 <= self.day <= 31:
                raise ValueError("a RECURRING rule needs a day from 1 to 31")
            if self.date is not None or self.working_days is not None:
                raise ValueError("a RECURRING rule has no date or working_days")
            if self.freq is Freq.WEEKLY:
                if not 1 <= self.day <= 7:
                    raise ValueError("a WEEKLY rule needs a day of the week from 1 to 7")
                if self.next_period or self.month is not None:
                    raise ValueError("a WEEKLY rule has no next_period or month")
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
                raise ValueError(f"a {self.kind.value} rule has no date or schedule")
            if self.kind is DueKind.EVENT:
                if not isinstance(self.text, str) or not self.text.strip():
                    raise ValueError("an EVENT rule keeps its text")
                if self.offset is not None and not isinstance(self.offset, Offset):
                    raise ValueError("offset must be an Offset")

    @property
    def is_recurring(self) -> bool:
        return self.kind is DueKind.RECURRING

    @property
    def is_periodic(self) -> bool:
        """Recurring or ongoing: reported on again and again, taken off control by decision."""
        return self.kind in (DueKind.RECURRING, DueKind.ONGOING)

    @property
    def is_open(self) -> bool:
        """True for kinds with no due date (ongoing, next session, event, none)."""
        return self.kind in OPEN_KINDS

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with only the fields that are set, in a fixed order."""
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if self.time is not None:
            out["time"] = self.time
        if self.period is not None:
            out["period"] = self.period
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
        if self.day_default:
            out["day_default"] = True
        if self.text is not None:
            out["text"] = self.text
        if self.offset is not None:
            out["offset"] = self.offset.to_json()
        return out

    @classmethod
    def from_json(cls, d: Any) -> DueRule:
        """The rule that :meth:`to_json` gave; ValueError for anything malformed."""
        if not isinstance(d, dict):
            raise ValueError("a due rule must be a JSON object")
        unknown = set(d) - {
            "kind",
            "date",
            "working_days",
            "freq",
            "day",
            "month",
            "next_period",
            "time",
            "period",
            "day_default",
            "text",
            "offset",
        }
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
        for flag in ("next_period", "day_default"):
            if not isinstance(d.get(flag, False), bool):
                raise ValueError(f"{flag} must be true or false")
        offset = d.get("offset")
        return cls(
            kind=kind,
            date=raw_date,
            freq=freq,
            day=d.get("day"),
            next_period=d.get("next_period", False),
            working_days=d.get("working_days"),
            month=d.get("month"),
            time=d.get("time"),
            period=d.get("period"),
            day_default=d.get("day_default", False),
            text=d.get("text"),
            offset=Offset.from_json(offset) if offset is not None else None,
        )


def _is_int(x: object) -> TypeGuard[int]:
    return isinstance(x, int) and not isinstance(x, bool)


# Kazakh words of deadlines that have no letter of their own ("ай сайын", "жыл бойы").
_KK_DUE_WORDS = frozenset(
    [
        "ай",
        "жыл",
        "сайын",
        "бойы",
        "дейін",
        "ішінде",
        "күн",
        "күні",
        "рет",
        "бір",
        "екі",
        "жартыжылдық",
        "тоқсан",
        "келесі",
        "жылдың",
        "жылғы",
        "айдың",
        "айына",
        "кейін",
        "соң",
        "үнемі",
        "тұрақты",
    ]
)


def phrase_language(text: str) -> str:
    """ "kk" or "ru": the language a deadline was typed in: as any text is told
    (``domain.language``), and where that cannot tell, Kazakh when most words are
    Kazakh deadline words ("ай сайын", "жыл бойы"); Russian otherwise ("постоянно")."""
    from .language import text_language

    told = text_language(text)
    if told:
        return told
    words = re.findall(r"[^\W\d_]+", text.lower())
    kazakh = sum(1 for w in words if w in _KK_DUE_WORDS)
    return "kk" if kazakh and kazakh * 2 >= len(words) else "ru"


# --- names of months and dates (here, not in the parser's module, so documents print
# dates without loading the parser's ~60 patterns) -----------------------------------

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


def format_date(d: _dt.date, lang: str = "ru") -> str:
    """ "25 декабря 2024 года" (ru), "2024 жылғы 25 желтоқсан" (kk), "25 December 2024" (en)."""
    lang = _lang(lang)
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS_GENITIVE[d.month - 1]} {d.year} года"


def format_date_short(d: _dt.date) -> str:
    """25.12.2024 (here, not in the parser's module, so documents print dates without
    loading the parser)"""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def printed_due(text: str | None, rule: DueRule | None, lang: str) -> str:
    """The due date as the documents print it in ``lang``: the text typed, as decided
    (spaces normalised), never a computed date in its place. A deadline typed in the
    other language is worded from its rule in ``lang`` (a date, a schedule, "постоянно"
    and "тұрақты" mean the same in both), except an event's phrase, which exists only
    as typed. No text typed: the rule's wording."""
    typed = " ".join((text or "").split())
    if typed and (rule is None or rule.kind is DueKind.EVENT or phrase_language(typed) == lang):
        return typed
    if rule is None:
        return typed
    # only now: the parser's module compiles ~60 patterns (~15-35 ms), and a document whose
    # deadlines were typed in its language never needs it
    from .dueparse import format_due

    return format_due(rule, lang)
