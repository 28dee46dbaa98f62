"""What every area of the services shares: the store, today, the calendar, text checks.

Each public method is one user action and one transaction: all of it is
written, with its journal entries, or none of it. Rules live in ``domain/``;
SQL lives in ``storage/``; this module joins them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING

from ..domain import model as m
from ..domain.model import InstructionStatus as S
from ..errors import ValidationError
from ..i18n import translate
from ..storage.store import Store

if TYPE_CHECKING:
    from ..domain.workdays import WorkCalendar
    from ..reports.data import DocumentSettings
    from ..storage.db import Connection

MAX_TEXT = 50_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SESSION_LABEL = re.compile(r"^\s*(\d{4})\s*/\s*(\d{1,4})\s*$")


def clean_text(
    value: str | None, what: str, *, required: bool = True, max_len: int = MAX_TEXT
) -> str:
    """User text as stored: NFC, control characters removed, line ends unified."""
    text = unicodedata.normalize("NFC", value or "")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if required and not text:
        raise ValidationError("{what} is empty. Fill it in.", what=what)
    if len(text) > max_len:
        raise ValidationError(
            "{what} is too long ({n} characters); the limit is {limit}.",
            what=what,
            n=len(text),
            limit=max_len,
        )
    return text


def clean_pair(
    ru: str | None, kk: str | None, what: str, *, max_len: int = MAX_TEXT
) -> tuple[str, str]:
    """A text kept in Russian and Kazakh: one of the two is required, not both (a body
    that keeps its minutes in one language is not made to fill the other; the
    document's language decides what a print needs, see reports.build.missing_texts)."""
    pair = (
        clean_text(ru, what, required=False, max_len=max_len),
        clean_text(kk, what, required=False, max_len=max_len),
    )
    if not any(pair):
        raise ValidationError("{what} is empty. Fill it in.", what=what)
    return pair


def fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


class ServiceBase:
    """The state every area works on; the areas are combined into ``Services``."""

    def __init__(
        self, store: Store, today: Callable[[], date] = date.today, lang: str | None = None
    ):
        self.store = store
        self.today = today
        self.lang = lang
        self._calendar: WorkCalendar | None = None

    if TYPE_CHECKING:
        # The areas call one another through ``self``. At run time ``self`` is always a
        # ``Services``, whose MRO holds every area, so the real method is found in its
        # area. mypy checks each area class on its own, so the methods one area uses
        # from another are declared here for the type checker only: this block never
        # runs, and nothing here shadows the real methods.
        def document_settings(self) -> DocumentSettings: ...  # SettingsService
        def due_default_day(self) -> int: ...  # SettingsService
        def find_person(self, text: str) -> m.Person: ...  # DirectoryService
        def find_executor(self, text: str) -> m.Executor: ...  # DirectoryService
        def _follow_next_session(
            self, commission_id: int, moved: bool = False
        ) -> None: ...  # InstructionsService
        def resolve_session(self, ref: str | int) -> m.Session: ...  # SessionsService

    # -- helpers ---------------------------------------------------------------------
    def t(self, text: str, context: str = "Labels") -> str:
        return translate(context, text, self.lang)

    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            from ..domain.workdays import CalendarOverride, DayOffRule, WorkCalendar

            rule = DayOffRule(self.store.get_setting("day_off_rule", DayOffRule.PRECEDING.value))
            self._calendar = WorkCalendar(
                [CalendarOverride(d, w, n) for d, w, n in self.store.calendar_overrides()], rule
            )
        return self._calendar

    def atomic(self) -> AbstractContextManager[Connection]:
        """Several use cases as one user action: all of them are written, or none
        (e.g. saving a whole session from the editor)."""
        return self.store.transaction()

    def forget_caches(self) -> None:
        """Read the calendar again: another connection (an import, a restore) may have
        changed it."""
        self._calendar = None

    def _executors(self, executors: Sequence[m.Executor | int]) -> list[m.Executor]:
        """An instruction's executors checked: at least one (the first is the main one),
        none twice, each in the directory. A bare int is a person's id. A group that
        expands (``Organisation.expands``) stands for its member organisations, in its
        order, where it was named; a group that does not is one addressee."""
        if not executors:
            raise ValidationError("Name at least one executor; the first is the main executor.")
        out: list[m.Executor] = []
        for ex in m.as_executors(executors):
            if ex.person_id is not None:
                self.store.person(ex.person_id)
            if ex.organisation_id is not None:
                org = self.store.organisation(ex.organisation_id)
                if org.kind == m.OrgKind.GROUP and org.expands and ex.person_id is None:
                    members = self.store.group_members(org.id)
                    if not members:
                        raise ValidationError(
                            "The group {name} has no members; add its organisations in the"
                            " directory or name them one by one.",
                            name=org.short_ru,
                        )
                    out += [
                        m.Executor.org(mid) for mid in members if m.Executor.org(mid) not in out
                    ]
                    continue
            if ex in out:
                raise ValidationError("An executor is listed twice.")
            out.append(ex)
        return out

    def executor_names(
        self, executors: Sequence[m.Executor], lang: str = "ru", short: bool = True
    ) -> dict[m.Executor, str]:
        """Each executor as the documents name it: "А.Б. Ахметов", "Управление спорта",
        "Управление спорта (А.Б. Ахметов)"."""
        people = self.store.people_by_id(e.person_id for e in executors if e.person_id)
        orgs = self.store.organisations_by_id(
            e.organisation_id for e in executors if e.organisation_id
        )
        out: dict[m.Executor, str] = {}
        for e in executors:
            p = people.get(e.person_id) if e.person_id else None
            pname = (p.short_name(lang) if short else p.full_name(lang)) if p else ""
            o = orgs.get(e.organisation_id) if e.organisation_id else None
            if o is None:
                out[e] = pname
            else:
                oname = o.short(lang) if short else o.full(lang)
                out[e] = f"{oname} ({pname})" if pname else oname
        return out

    def executor_name(self, ex: m.Executor | None, lang: str = "ru", short: bool = True) -> str:
        return self.executor_names([ex], lang, short)[ex] if ex else ""

    def _editable(self, session_id: int) -> m.Session:
        """The session, if it may still be changed. Here, not in ``sessions``, because
        instructions check it too: a check shared by areas belongs to their base."""
        s = self.store.session(session_id)
        if s.status == m.SessionStatus.APPROVED:
            raise ValidationError(
                "Session {label} is approved and locked. Reopen it (with a reason) to change it.",
                label=s.label,
            )
        return s

    def person_name(self, pid: int | None, lang: str = "ru", short: bool = True) -> str:
        if not pid:
            return ""
        p = self.store.person(pid)
        return p.short_name(lang) if short else p.full_name(lang)

    def status_label(self, status: S | str) -> str:
        return self.t(m.STATUS_LABELS[S(status)])


def _num(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _d(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


def _default_until(start: date) -> date:
    """Recurring instructions are scheduled for a year unless told otherwise."""
    try:
        return start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        return start.replace(year=start.year + 1, day=28)


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Stop a long job the user cancelled (nothing of it is left behind by its caller)."""
    if cancelled is not None and cancelled():
        from ..exports.common import ExportCancelled  # on use: the command starts faster

        raise ExportCancelled()
