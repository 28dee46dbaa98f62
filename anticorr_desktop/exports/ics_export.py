"""Due dates as an iCalendar file (RFC 5545) for Outlook, Thunderbird or a phone.

What gets an event:

* Only instructions still under control: rows whose status is ``done``,
  ``off_control`` or ``cancelled`` are skipped.
* An instruction without control points: one all-day event on its *current*
  due date (none if it has no due date).
* A recurring instruction (a row with ``control_points``): one all-day event
  per control point whose status is not ``done``. No RRULE: every point is
  its own event, so one point can be met, moved or reported on its own.

Each event has a stable UID, ``{row.uid}-{yyyy-mm-dd}@anticorr``, so
exporting again and re-importing updates the same events instead of
duplicating them. A deadline that moves gets a new UID (its date is part of
it): replace, rather than merge, a calendar made from an older export.

SUMMARY is "<No.> <main executor>: <text shortened to 80 characters>",
DESCRIPTION holds the full text, executors, controller, protocol, due date and
status, CATEGORIES "Instructions", the commission and, when late, "Overdue".
Events are transparent (they do not block free/busy time). Events on or after
``today`` get a reminder (VALARM) the day before at 09:00; past ones none, so
importing a file with overdue items does not fire a pile of stale alarms.

The icalendar package writes CRLF line ends and folds long lines at 75 octets
as RFC 5545 requires.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import IO, Any

from icalendar import Alarm, Calendar, Event

from .. import __version__
from ..domain.model import InstructionStatus, PointStatus
from ..i18n import QT_TRANSLATE_NOOP as N_
from ..i18n import translate
from .common import (
    COLUMN_BY_KEY,
    CONTEXT,
    CancelledFn,
    ProgressFn,
    Ticker,
    atomic_write,
    clean_text,
    format_date,
    join_list,
    shorten,
)
from .rows import TaskRow

DEFAULT_CALENDAR_NAME = N_("Export", "Instructions of the anti-corruption commission")
CATEGORY_INSTRUCTIONS = N_("Export", "Instructions")
CATEGORY_OVERDUE = N_("Export", "Overdue")
CONTROL_POINT = N_("Export", "Control point")

SKIPPED_STATUSES = frozenset(
    s.value
    for s in (InstructionStatus.DONE, InstructionStatus.OFF_CONTROL, InstructionStatus.CANCELLED)
)
OWING_POINT_STATUSES = frozenset((PointStatus.OPEN.value, PointStatus.REWORK.value))
SUMMARY_TEXT_LIMIT = 80
ALARM_TRIGGER = timedelta(hours=-15)  # all-day event starts at 00:00: the day before, 09:00


def event_uid(row: TaskRow, day: date) -> str:
    return f"{row.uid}-{day.isoformat()}@anticorr"


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _summary(row: TaskRow) -> str:
    who = " ".join(f"{row.number} {row.main_executor}".split())
    text = shorten(clean_text(row.text), SUMMARY_TEXT_LIMIT)
    return f"{who}: {text}" if who else text


def _description(row: TaskRow, lang: str, point: tuple[date, int, int] | None) -> str:
    def line(key: str, value: str) -> str:
        return f"{COLUMN_BY_KEY[key].title(lang)}: {value}"

    lines = [clean_text(row.text).strip(), ""]
    if row.main_executor:
        lines.append(line("main_executor", row.main_executor))
    if row.co_executors:
        lines.append(line("co_executors", join_list(row.co_executors)))
    if row.controller:
        lines.append(line("controller", row.controller))
    if row.commission:
        lines.append(line("commission", row.commission))
    if row.session:
        when = f" ({format_date(row.session_date)})" if row.session_date else ""
        lines.append(line("session", f"{row.session}{when}"))
    lines.append(line("number", row.number))
    if row.due_text:
        lines.append(line("due_text", row.due_text))
    if point is not None:
        day, index, count = point
        lines.append(f"{_t(CONTROL_POINT, lang)}: {format_date(day)} ({index}/{count})")
    elif row.due_date:
        lines.append(line("due_date", format_date(row.due_date)))
    if row.extensions:
        lines.append(line("extensions", str(row.extensions)))
    lines.append(line("status", row.status_label))
    if row.days_overdue > 0 and point is None:
        lines.append(line("days_overdue", str(row.days_overdue)))
    return clean_text("\n".join(lines))


def _event(
    row: TaskRow,
    day: date,
    *,
    lang: str,
    stamp: datetime,
    today: date,
    overdue: bool,
    point: tuple[date, int, int] | None,
) -> Event:
    ev = Event()
    summary = _summary(row)
    ev.add("uid", event_uid(row, day))
    ev.add("dtstamp", stamp)
    ev.add("dtstart", day)
    ev.add("dtend", day + timedelta(days=1))
    ev.add("summary", summary)
    ev.add("description", _description(row, lang, point))
    categories = [_t(CATEGORY_INSTRUCTIONS, lang)]
    if row.commission:
        categories.append(clean_text(row.commission))
    if overdue:
        categories.append(_t(CATEGORY_OVERDUE, lang))
    ev.add("categories", categories)
    ev.add("transp", "TRANSPARENT")
    if day >= today:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", ALARM_TRIGGER)
        ev.add_component(alarm)
    return ev


def _calendar(lang: str, calendar_name: str | None) -> Calendar:
    name = calendar_name or _t(DEFAULT_CALENDAR_NAME, lang)
    cal = Calendar()
    cal.add("prodid", f"-//AntiCorr//AntiCorr Desktop {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    return cal


def iter_events(
    rows: Iterable[TaskRow],
    lang: str = "ru",
    *,
    today: date | None = None,
    stamp: datetime | None = None,
    ticker: Ticker | None = None,
) -> Iterator[Event]:
    """The events of ``rows`` (see the module's docstring), ticking once per row."""
    today = today or date.today()
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    common: dict[str, Any] = {"lang": lang, "stamp": stamp, "today": today}
    seen: set[str] = set()
    for row in rows:
        if row.status not in SKIPPED_STATUSES:
            if row.control_points:
                points = sorted(row.control_points)
                for index, (day, status) in enumerate(points, 1):
                    uid = event_uid(row, day)
                    if status == PointStatus.DONE.value or uid in seen:
                        continue
                    seen.add(uid)
                    overdue = day < today and status in OWING_POINT_STATUSES
                    point = (day, index, len(points))
                    yield _event(row, day, overdue=overdue, point=point, **common)
            elif row.due_date is not None:
                uid = event_uid(row, row.due_date)
                if uid not in seen:
                    seen.add(uid)
                    yield _event(
                        row, row.due_date, overdue=row.days_overdue > 0, point=None, **common
                    )
        if ticker is not None:
            ticker.tick()


def build_calendar(
    rows: Iterable[TaskRow],
    lang: str = "ru",
    calendar_name: str | None = None,
    *,
    today: date | None = None,
    stamp: datetime | None = None,
) -> Calendar:
    """The calendar :func:`write_ics` writes, as an icalendar object."""
    cal = _calendar(lang, calendar_name)
    for event in iter_events(rows, lang, today=today, stamp=stamp):
        cal.add_component(event)
    return cal


def write_ics(
    rows: Iterable[TaskRow],
    path: str | os.PathLike[str],
    lang: str = "ru",
    calendar_name: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    today: date | None = None,
    stamp: datetime | None = None,
) -> None:
    """Write the due dates of ``rows`` to ``path`` as an iCalendar file.

    ``calendar_name`` defaults to "Instructions of the anti-corruption
    commission" in ``lang``. ``today`` (default: the current date) decides
    which events get a reminder and which points are overdue; ``stamp``
    (default: now, UTC) is every event's DTSTAMP. ``progress(done, total)``
    and ``cancelled()`` are called every 1000 rows; a cancelled export raises
    :class:`~.common.ExportCancelled` and leaves no new file. Which rows and
    points become events: see the module's docstring.

    Events are serialised one by one as they are made (the same bytes
    ``build_calendar(...).to_ical()`` gives), so progress covers the whole
    export and memory stays flat.
    """
    rows = list(rows)
    ticker = Ticker(len(rows), progress, cancelled)
    ticker.start()
    shell = _calendar(lang, calendar_name).to_ical()
    cut = shell.rindex(b"END:VCALENDAR")

    def write(fh: IO[bytes]) -> None:
        fh.write(shell[:cut])
        for event in iter_events(rows, lang, today=today, stamp=stamp, ticker=ticker):
            fh.write(event.to_ical())
        ticker.check()
        fh.write(shell[cut:])

    atomic_write(path, write, binary=True)
    ticker.finish()
