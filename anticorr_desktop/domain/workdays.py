"""Working days in Kazakhstan: public holidays, decreed transfers, deadline shifts.

A day is a working day when it is Monday to Friday and not a public holiday of
Kazakhstan, unless the secretary's calendar table (:class:`CalendarOverride`)
says otherwise. The holidays come from the ``holidays`` package (country
``"KZ"``), which knows

* the fixed holidays and Kurban ait (the Islamic date is estimated for years
  the package has not confirmed);
* the Labour Code rule that a holiday falling on a Saturday or Sunday gives the
  next working day off ("observed"), except the religious holidays (Orthodox
  Christmas, Kurban ait);
* the Government's yearly decrees moving days off ("Day off (substituted from
  ...)") and the weekend days made working in exchange -- **only up to 2025**.
  Later decrees must be entered as overrides.

The package is imported lazily, inside the methods, so importing this module
stays cheap; its per-year results are cached for the whole process.

A deadline that falls on a day off is moved (:meth:`WorkCalendar.shift`): to the
preceding working day by records-management practice (the default,
:attr:`DayOffRule.PRECEDING`), or to the next one by civil-law practice
(:attr:`DayOffRule.NEXT`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "MAX_SEARCH_DAYS",
    "RUSSIAN_HOLIDAY_NAMES",
    "CalendarOverride",
    "DayOffRule",
    "WorkCalendar",
]

MAX_SEARCH_DAYS = 370
"""No search for a working day looks further than this many days."""


class DayOffRule(str, Enum):
    """Where a deadline that falls on a day off goes."""

    PRECEDING = "preceding"
    NEXT = "next"


@dataclass(frozen=True)
class CalendarOverride:
    """One line of the secretary's calendar table; it beats the package's calendar.

    ``working=False``: an extra day off (e.g. a transfer decreed for 2026);
    ``working=True``: a decreed working day (e.g. a working Saturday), or a day
    the package wrongly gives off.
    """

    day: date
    working: bool
    note: str = ""


# The package has no Russian names; these are the official Russian names of
# Kazakhstan's holidays, keyed by the package's English (en_US) names.
RUSSIAN_HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": "Новый год",
    "Orthodox Christmas": "Православное Рождество",
    "International Women's Day": "Международный женский день",
    "Nowruz Holiday": "Наурыз мейрамы",
    "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
    "Defender of the Fatherland Day": "День защитника Отечества",
    "Victory Day": "День Победы",
    "Capital Day": "День Столицы",
    "Constitution Day": "День Конституции Республики Казахстан",
    "Republic Day": "День Республики",
    "First President Day": "День Первого Президента Республики Казахстан",
    "Independence Day": "День Независимости",
    "Eid al-Adha": "Курбан айт",
}

_DAY_OFF = {"ru": "Выходной день", "kk": "Демалыс күні", "en_US": "Day off"}
_OBSERVED = {"ru": "перенос выходного дня"}
_ESTIMATED = {"ru": "предварительно"}
_SUBSTITUTED_RE = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")
_SUFFIX_RE = re.compile(
    r"^(?P<name>.*?) \((?P<tags>(?:observed|estimated)(?:, (?:observed|estimated))*)\)$"
)

_PACKAGE_LANGUAGES = {"kk": "kk", "en": "en_US", "en_us": "en_US", "uk": "uk"}


def _package_language(lang: str) -> str:
    """The package's language code for ``lang``; "ru" stays "ru" (translated by us)."""
    key = (lang or "ru").replace("-", "_").lower()
    if key.startswith("ru"):
        return "ru"
    return _PACKAGE_LANGUAGES.get(key, _PACKAGE_LANGUAGES.get(key.split("_")[0], "kk"))


@lru_cache(maxsize=512)
def _kz_holidays(year: int, language: str | None = None) -> HolidayBase:
    import holidays  # lazy: keeps importing this module cheap

    if language is None:
        return holidays.country_holidays("KZ", years=year)
    return holidays.country_holidays("KZ", years=year, language=language)


# Importing the holidays package loads every country (about 0.15 s); the
# window's start-up only needs this year's days off. A program may name a JSON
# file here (use_cache_file) where the computed days are kept per package version:
# each version in a file of its own beside it (kz-days-off-1a2b3c4d.json), so two
# installations of the program for one user (or a developer's several environments)
# do not overwrite each other's days at every start and import the package each time.
_cache_path: Path | None = None
# {"version": str, "years": {"2025": {"off": [iso dates], "work": [iso dates]}}}
_cache: dict[str, Any] | None = None
_cache_version: str | None = None  # _package_version(), asked once per cache file named


def use_cache_file(path: Path | None) -> None:
    """Keep computed days off in ``path`` (None: compute every time)."""
    global _cache_path, _cache, _cache_version
    _cache_path, _cache, _cache_version = (Path(path) if path else None), None, None
    _days_off.cache_clear()
    _weekend_workdays.cache_clear()


def _package_version() -> str:
    """Which ``holidays`` is installed: its file's place and time (importlib.metadata
    would cost start-up ~13 ms; reinstalling or upgrading rewrites the file)."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    origin = spec.origin if spec is not None else None
    if origin and os.path.isfile(origin):
        return f"{origin}@{os.stat(origin).st_mtime_ns}"
    from importlib.metadata import PackageNotFoundError, version  # e.g. a frozen bundle

    try:
        return version("holidays")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _version_file() -> Path | None:
    """The cache file of the installed package's version (see ``use_cache_file``)."""
    if _cache_path is None:
        return None
    from binascii import crc32  # a small C module (zipfile, imported anyway, uses it)

    global _cache_version
    if _cache_version is None:
        _cache_version = _package_version()
    tag = crc32(_cache_version.encode("utf-8"))
    return _cache_path.with_name(f"{_cache_path.stem}-{tag:08x}{_cache_path.suffix}")


def _cached(year: int) -> dict[str, list[str]] | None:
    global _cache
    path = _version_file()
    if path is None:
        return None
    if _cache is None:
        try:
            data = json.loads(path.read_text("utf-8"))
            _cache = data if data.get("version") == _cache_version else {}
        except (OSError, ValueError):
            _cache = {}
    days: dict[str, list[str]] | None = _cache.get("years", {}).get(str(year))
    return days


def _remember(year: int, off: frozenset[date], work: frozenset[date]) -> None:
    global _cache
    path = _version_file()
    if path is None:
        return
    if not _cache:
        _cache = {"version": _cache_version, "years": {}}
    _cache["years"][str(year)] = {
        "off": sorted(d.isoformat() for d in off),
        "work": sorted(d.isoformat() for d in work),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_cache), "utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _compute(year: int) -> tuple[frozenset[date], frozenset[date]]:
    off = frozenset(d for d in _kz_holidays(year) if d.year == year)
    # A transfer may give a day off in January of the next year for a Saturday
    # worked in December, so the next year's data is consulted too.
    found: set[date] = set()
    for y in (year, year + 1):
        if y > date.max.year:
            break
        found.update(getattr(_kz_holidays(y), "weekend_workdays", ()) or ())
    work = frozenset(d for d in found if d.year == year)
    _remember(year, off, work)
    return off, work


@lru_cache(maxsize=512)
def _days_off(year: int) -> frozenset[date]:
    """The package's holidays (with observed and substituted days off) of ``year``."""
    hit = _cached(year)
    if hit is not None:
        return frozenset(date.fromisoformat(d) for d in hit["off"])
    return _compute(year)[0]


@lru_cache(maxsize=512)
def _weekend_workdays(year: int) -> frozenset[date]:
    """Saturdays and Sundays of ``year`` that a transfer decree made working days."""
    hit = _cached(year)
    if hit is not None:
        return frozenset(date.fromisoformat(d) for d in hit["work"])
    return _compute(year)[1]


def _russian_name(english: str) -> str | None:
    """The Russian name for one English package name, or None if unknown."""
    m = _SUBSTITUTED_RE.match(english)
    if m:
        month, day, year = m.groups()
        return f"{_DAY_OFF['ru']} (перенесён с {day}.{month}.{year})"
    m = _SUFFIX_RE.match(english)
    tags: list[str] = []
    if m:
        english = m.group("name")
        for tag in m.group("tags").split(", "):
            tags.append(_OBSERVED["ru"] if tag == "observed" else _ESTIMATED["ru"])
    base = RUSSIAN_HOLIDAY_NAMES.get(english)
    if base is None:
        return None
    return f"{base} ({', '.join(tags)})" if tags else base


class WorkCalendar:
    """Kazakhstan's working-day calendar plus the secretary's overrides.

    >>> cal = WorkCalendar()
    >>> cal.is_working_day(date(2024, 12, 16))   # Independence Day
    False
    >>> cal.shift(date(2024, 12, 16))
    datetime.date(2024, 12, 13)
    """

    def __init__(
        self,
        overrides: Iterable[CalendarOverride] = (),
        rule: DayOffRule = DayOffRule.PRECEDING,
    ) -> None:
        self._overrides: dict[date, CalendarOverride] = {}
        for o in overrides:
            self._overrides[o.day] = o  # a later line for the same day wins
        self._rule = DayOffRule(rule)

    @property
    def rule(self) -> DayOffRule:
        return self._rule

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        """The overrides in force, one per day, in date order."""
        return tuple(self._overrides[d] for d in sorted(self._overrides))

    def __repr__(self) -> str:
        return f"WorkCalendar(overrides={len(self._overrides)}, rule={self._rule.value!r})"

    # -- single days ---------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Mon-Fri and not a KZ public holiday; decreed transfers and overrides count."""
        o = self._overrides.get(d)
        if o is not None:
            return o.working
        if d.weekday() >= 5:
            return d in _weekend_workdays(d.year)
        return d not in _days_off(d.year)

    def holiday_name(self, d: date, lang: str = "ru") -> str | None:
        """The name of the holiday on ``d`` in ``lang`` ("ru", "kk" or "en"), or None.

        An override's note wins. An override that makes ``d`` a working day gives
        None; one that makes it a day off without a note gives "Выходной день"
        (in ``lang``). A holiday on a Saturday or Sunday still has its name. For
        Russian the package's English name is translated with
        :data:`RUSSIAN_HOLIDAY_NAMES`; a name missing there falls back to Kazakh.
        Several holidays on one day are joined with "; ".
        """
        language = _package_language(lang)
        o = self._overrides.get(d)
        if o is not None:
            if o.working:
                return None
            if o.note.strip():
                return o.note.strip()
        names = self._package_names(d, language)
        if names is None and o is not None:
            return _DAY_OFF.get(language, _DAY_OFF["en_US"])
        return names

    @staticmethod
    def _package_names(d: date, language: str) -> str | None:
        if language != "ru":
            return _kz_holidays(d.year, language).get(d)
        english = _kz_holidays(d.year, "en_US").get(d)
        if english is None:
            return None
        kazakh = (_kz_holidays(d.year, "kk").get(d) or "").split("; ")
        parts = english.split("; ")
        out = []
        for i, part in enumerate(parts):
            ru = _russian_name(part)
            if ru is None:
                ru = kazakh[i] if i < len(kazakh) and kazakh[i] else part
            out.append(ru)
        return "; ".join(out)

    # -- moving and counting -------------------------------------------------

    def _nearest_working(self, d: date, step: int) -> date:
        cur = d
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_working_day(cur):
                return cur
            cur = cur + timedelta(days=step)
        raise ValidationError(
            "No working day within {days} days of {date}: check the calendar table.",
            days=MAX_SEARCH_DAYS,
            date=d.strftime("%d.%m.%Y"),
        )

    def shift(self, d: date) -> date:
        """``d`` if it is a working day, else the preceding (or, with NEXT, the next) one."""
        return self._nearest_working(d, -1 if self._rule is DayOffRule.PRECEDING else 1)

    def next_working_day(self, d: date) -> date:
        """``d`` if it is a working day, else the first working day after it."""
        return self._nearest_working(d, 1)

    def previous_working_day(self, d: date) -> date:
        """``d`` if it is a working day, else the last working day before it."""
        return self._nearest_working(d, -1)

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself is not counted).

        ``n`` must be at least 1. A run of more than :data:`MAX_SEARCH_DAYS` days
        off in a row raises :class:`ValidationError`.
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, not {n}")
        cur = start
        for _ in range(n):
            cur = self._nearest_working(cur + timedelta(days=1), 1)
        return cur

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in (a, b]; negative, -(count in (b, a]), if b < a."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        cur = a + timedelta(days=1)
        while cur <= b:
            if self.is_working_day(cur):
                count += 1
            cur += timedelta(days=1)
        return count
