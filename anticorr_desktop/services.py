"""The use cases the window and the command line both call.

Each public method is one user action and one transaction: all of it is
written, with its journal entries, or none of it. Rules live in ``domain/``;
SQL lives in ``storage/``; this module joins them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .domain import model as m
from .domain import rules
from .domain.model import InstructionStatus as S
from .errors import NotFound, Term, ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate
from .storage.store import Store

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


def fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


@dataclass
class OverdueItem:
    instruction: m.Instruction
    session: m.Session | None
    due: date
    days: int
    extensions: int
    last_report: m.Report | None


@dataclass
class DisciplineStat:
    executor_id: int
    issued: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0

    @property
    def percent(self) -> float | None:
        return rules.discipline_percent(self.on_time, self.late, self.overdue)


@dataclass
class AttendanceEntry:
    person_id: int
    present: bool = True
    absence_reason: str = ""
    substitute_id: int | None = None
    invited: bool = False


@dataclass
class HistoryEvent:
    when: str  # ISO timestamp of the journal entry
    user: str
    what: str  # translated description
    detail: str = ""


@dataclass
class SessionRecord:
    session: m.Session
    attendance: list[m.Attendance] = field(default_factory=list)
    agenda: list[m.AgendaItem] = field(default_factory=list)
    decisions: list[m.Decision] = field(default_factory=list)
    instructions: list[m.Instruction] = field(default_factory=list)


class Services:
    def __init__(
        self, store: Store, today: Callable[[], date] = date.today, lang: str | None = None
    ):
        self.store = store
        self.today = today
        self.lang = lang
        self._calendar = None

    # -- helpers ---------------------------------------------------------------------
    def t(self, text: str, context: str = "Labels") -> str:
        return translate(context, text, self.lang)

    @property
    def calendar(self):
        if self._calendar is None:
            from .domain.workdays import CalendarOverride, DayOffRule, WorkCalendar

            rule = DayOffRule(self.store.get_setting("day_off_rule", DayOffRule.PRECEDING.value))
            self._calendar = WorkCalendar(
                [CalendarOverride(d, w, n) for d, w, n in self.store.calendar_overrides()], rule
            )
        return self._calendar

    def atomic(self):
        """Several use cases as one user action: all of them are written, or none
        (e.g. saving a whole session from the editor)."""
        return self.store.transaction()

    def forget_caches(self) -> None:
        """Read the calendar again: another connection (an import, a restore) may have changed it."""
        self._calendar = None

    def _executors(self, executor_ids: Sequence[int]) -> list[int]:
        """An instruction's executors checked: at least one (the first is the main one),
        none twice, each in the directory."""
        if not executor_ids:
            raise ValidationError("Name at least one executor; the first is the main executor.")
        if len(set(executor_ids)) != len(executor_ids):
            raise ValidationError("An executor is listed twice.")
        for pid in executor_ids:
            self.store.person(pid)
        return list(executor_ids)

    # -- document layout -----------------------------------------------------------
    def document_settings(self):
        """The page layout of every document (reports.data.DocumentSettings): the
        defaults of national practice, with what the commission changed in Settings."""
        from .reports.data import DocumentSettings

        stored = self.store.get_setting(DOCUMENT_LAYOUT_KEY, {})
        values = {}
        if isinstance(stored, dict):
            for key, (lo, hi, _label) in DOCUMENT_LAYOUT_LIMITS.items():
                v = stored.get(key)
                if isinstance(v, (int, float)) and not isinstance(v, bool) and lo <= v <= hi:
                    values[key] = int(v) if key == "annex_threshold" else float(v)
        return DocumentSettings(**values)

    def set_document_settings(self, **changes: float) -> object:
        """Change some of the layout (names as in DocumentSettings); each value is checked
        against its range, nothing is stored if one is out of it."""
        stored = self.store.get_setting(DOCUMENT_LAYOUT_KEY, {})
        stored = dict(stored) if isinstance(stored, dict) else {}
        for key, value in changes.items():
            if key not in DOCUMENT_LAYOUT_LIMITS:
                raise ValueError(f"not a layout setting: {key}")
            lo, hi, label = DOCUMENT_LAYOUT_LIMITS[key]
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not lo <= value <= hi
            ):
                raise ValidationError(
                    "{what} must be between {lo} and {hi}; {value} is outside.",
                    what=Term(label, "Layout"),
                    lo=_num(lo),
                    hi=_num(hi),
                    value=_num(value) if isinstance(value, (int, float)) else value,
                )
            stored[key] = value
        self.store.set_setting(DOCUMENT_LAYOUT_KEY, stored)
        return self.document_settings()

    def reset_document_settings(self) -> object:
        self.store.set_setting(DOCUMENT_LAYOUT_KEY, {})
        return self.document_settings()

    def set_day_off_rule(self, rule: str) -> None:
        from .domain.workdays import DayOffRule

        self.store.set_setting("day_off_rule", DayOffRule(rule).value)
        self._calendar = None

    def set_calendar_day(self, day: date, working: bool, note: str = "") -> None:
        with self.store.transaction():
            self.store.set_calendar_override(
                day, working, clean_text(note, "Note", required=False, max_len=200), m.new_uid()
            )
        self._calendar = None

    def remove_calendar_day(self, day: date) -> None:
        with self.store.transaction():
            self.store.delete_calendar_override(day)
        self._calendar = None

    def person_name(self, pid: int | None, lang: str = "ru", short: bool = True) -> str:
        if not pid:
            return ""
        p = self.store.person(pid)
        return p.short_name(lang) if short else p.full_name(lang)

    def status_label(self, status: S | str) -> str:
        return self.t(m.STATUS_LABELS[S(status)])

    # -- directory -------------------------------------------------------------------
    def save_organisation(self, org: m.Organisation) -> int:
        org.short_ru = clean_text(org.short_ru, self.t("Short name"), max_len=300)
        org.full_ru = clean_text(org.full_ru, "", required=False, max_len=1000)
        org.short_kk = clean_text(org.short_kk, "", required=False, max_len=300)
        org.full_kk = clean_text(org.full_kk, "", required=False, max_len=1000)
        with self.store.transaction():
            return self.store.save_organisation(org)

    def save_person(self, p: m.Person) -> int:
        p.surname = clean_text(p.surname, self.t("Surname"), max_len=200)
        for attr in ("name", "patronymic", "surname_kk", "name_kk", "patronymic_kk"):
            setattr(p, attr, clean_text(getattr(p, attr), "", required=False, max_len=200))
        p.position = clean_text(p.position, "", required=False, max_len=1000)
        p.position_kk = clean_text(p.position_kk, "", required=False, max_len=1000)
        with self.store.transaction():
            return self.store.save_person(p)

    def find_person(self, text: str) -> m.Person:
        """The one person whose name matches ``text`` (for the command line)."""
        found = self.store.find_people(text)
        if not found:
            raise NotFound('No person matches "{text}".', text=text)
        if len(found) > 1:
            exact = [p for p in found if p.surname.casefold() == text.strip().casefold()]
            if len(exact) == 1:
                return exact[0]
            raise ValidationError(
                '"{text}" matches several people: {names}. Be more precise.',
                text=text,
                names=", ".join(p.full_name() for p in found[:5]),
            )
        return found[0]

    def save_commission(self, c: m.Commission) -> int:
        c.name_ru = clean_text(c.name_ru, self.t("Commission name"), max_len=1000)
        c.name_kk = clean_text(c.name_kk, "", required=False, max_len=1000)
        if c.quorum.denominator <= 0 or not 0 < c.quorum.numerator <= c.quorum.denominator:
            raise ValidationError("The quorum must be a fraction between 0 and 1, such as 2/3.")
        with self.store.transaction():
            return self.store.save_commission(c)

    def add_member(
        self,
        commission_id: int,
        person_id: int,
        role: m.Role = m.Role.MEMBER,
        voting: bool = True,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> int:
        if date_from and date_to and date_to < date_from:
            raise ValidationError(
                "Membership ends ({to}) before it starts ({frm}).",
                to=fmt(date_to),
                frm=fmt(date_from),
            )
        self.store.commission(commission_id)
        self.store.person(person_id)
        with self.store.transaction():
            return self.store.save_membership(
                m.Membership(commission_id, person_id, role, voting, date_from, date_to)
            )

    def end_membership(self, membership_id: int, on: date) -> None:
        ms = next(
            (
                x
                for c in self.store.commissions()
                for x in self.store.memberships(c.id)
                if x.id == membership_id
            ),
            None,
        )
        if ms is None:
            raise NotFound("Membership {id} does not exist.", id=membership_id)
        if ms.date_from and on < ms.date_from:
            raise ValidationError(
                "Membership ends ({to}) before it starts ({frm}).",
                to=fmt(on),
                frm=fmt(ms.date_from),
            )
        ms.date_to = on
        with self.store.transaction():
            self.store.save_membership(ms)

    # -- sessions --------------------------------------------------------------------
    def resolve_session(self, ref: str | int) -> m.Session:
        """A session by id or YEAR/NUMBER (the command line's SESSION)."""
        if isinstance(ref, int) or str(ref).strip().isdigit():
            return self.store.session(int(ref))
        mt = _SESSION_LABEL.match(str(ref))
        if not mt:
            raise ValidationError(
                '"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.', ref=ref
            )
        found = self.store.sessions_by_label(int(mt.group(1)), int(mt.group(2)))
        if not found:
            raise NotFound("There is no session {ref}.", ref=f"{mt.group(1)}/{mt.group(2)}")
        if len(found) > 1:
            raise ValidationError(
                "Several commissions have a session {ref}; give its id instead ({ids}).",
                ref=ref,
                ids=", ".join(str(s.id) for s in found),
            )
        return found[0]

    def propose_session_number(self, commission_id: int, year: int) -> int:
        return rules.next_session_number(self.store.session_numbers(commission_id, year))

    def create_session(
        self,
        commission_id: int,
        day: date,
        *,
        number: int | None = None,
        kind: m.SessionKind = m.SessionKind.REGULAR,
        time: str = "",
        place: str = "",
        place_kk: str = "",
        chair_id: int | None = None,
        secretary_id: int | None = None,
        notes: str = "",
        uid: str | None = None,
    ) -> m.Session:
        com = self.store.commission(commission_id)
        if number is None:
            number = self.propose_session_number(commission_id, day.year)
        if number <= 0:
            raise ValidationError("The session number must be a positive whole number.")
        if time and not re.fullmatch(r"([01]?\d|2[0-3])[:.][0-5]\d", time.strip()):
            raise ValidationError('"{time}" is not a time of day; write it as 15:00.', time=time)
        s = m.Session(
            commission_id,
            day.year,
            number,
            day,
            time.strip().replace(".", ":"),
            clean_text(place, "", required=False, max_len=500),
            clean_text(place_kk, "", required=False, max_len=500),
            kind,
            chair_id or com.chair_id,
            secretary_id or com.secretary_id,
            m.SessionStatus.DRAFT,
            clean_text(notes, "", required=False),
        )
        if uid:
            s.uid = uid
        with self.store.transaction():
            self.store.save_session(s)
        return s

    def _editable(self, session_id: int) -> m.Session:
        s = self.store.session(session_id)
        if s.status == m.SessionStatus.APPROVED:
            raise ValidationError(
                "Session {label} is approved and locked. Reopen it (with a reason) to change it.",
                label=s.label,
            )
        return s

    def update_session(self, session: m.Session) -> None:
        old = self._editable(session.id)
        if (old.commission_id, old.year, old.number) != (
            session.commission_id,
            session.date.year,
            session.number,
        ):
            session.year = session.date.year
        session.status = old.status
        session.revision = old.revision
        session.place = clean_text(session.place, "", required=False, max_len=500)
        session.notes = clean_text(session.notes, "", required=False)
        with self.store.transaction():
            self.store.save_session(session)

    def set_session_status(
        self, session_id: int, status: m.SessionStatus, reason: str = ""
    ) -> None:
        s = self.store.session(session_id)
        status = m.SessionStatus(status)
        if s.status == status:
            return
        note = ""
        if s.status == m.SessionStatus.APPROVED:
            note = clean_text(reason, self.t("Reason for reopening"), max_len=2000)
            s.revision += 1
        elif status == m.SessionStatus.APPROVED and s.status == m.SessionStatus.DRAFT:
            raise ValidationError("Mark the session as held before approving it.")
        s.status = status
        with self.store.transaction():
            self.store.save_session(s, note=note)

    def set_attendance(self, session_id: int, entries: Sequence[AttendanceEntry]) -> None:
        """Replace the session's attendance list with ``entries``."""
        self._editable(session_id)
        seen: dict[int, AttendanceEntry] = {}
        for e in entries:
            if e.person_id in seen:
                raise ValidationError(
                    "{name} appears twice in the attendance list.",
                    name=self.person_name(e.person_id),
                )
            seen[e.person_id] = e
            if e.substitute_id is not None and e.substitute_id == e.person_id:
                raise ValidationError(
                    "A member cannot be their own substitute: {name}. Choose another person.",
                    name=self.person_name(e.person_id),
                )
            if e.present and (e.absence_reason.strip() or e.substitute_id):
                raise ValidationError(
                    "{name} is marked present and absent at once.",
                    name=self.person_name(e.person_id),
                )
        existing = {a.person_id: a for a in self.store.attendance(session_id)}
        with self.store.transaction():
            for pid, a in existing.items():
                if pid not in seen:
                    self.store.delete("attendance", a.id)
            for e in entries:
                self.store.person(e.person_id)
                a = existing.get(e.person_id) or m.Attendance(session_id, e.person_id)
                a.kind = m.AttendanceKind.INVITED if e.invited else m.AttendanceKind.MEMBER
                a.present = e.present
                a.absence_reason = clean_text(e.absence_reason, "", required=False, max_len=500)
                a.substitute_id = e.substitute_id
                self.store.save_attendance(a)

    def quorum(
        self, session_id: int, attendance: Iterable[m.Attendance] | None = None
    ) -> rules.Quorum:
        s = self.store.session(session_id)
        com = self.store.commission(s.commission_id)
        roster = self.store.roster_on(s.commission_id, s.date)
        att = self.store.attendance(session_id) if attendance is None else attendance
        return rules.quorum(com.quorum, roster, att)

    def save_agenda_item(self, item: m.AgendaItem) -> int:
        self._editable(item.session_id)
        item.title = clean_text(item.title, self.t("Agenda item title"), max_len=5000)
        item.title_kk = clean_text(item.title_kk, "", required=False, max_len=5000)
        item.summary = clean_text(item.summary, "", required=False)
        for s in item.speakers:
            s.name = clean_text(s.name, "", required=False, max_len=500)
            s.summary = clean_text(s.summary, "", required=False)
            if s.person_id is None and not s.name:
                raise ValidationError("A speaker needs a person from the directory or a name.")
        votes = (item.vote_for, item.vote_against, item.vote_abstained)
        if any(v is not None for v in votes):
            if any(v is None or v < 0 for v in votes):
                raise ValidationError(
                    "Give all three vote counts (for, against, abstained), none negative."
                )
        if not item.position:
            item.position = len(self.store.agenda(item.session_id)) + 1
        with self.store.transaction():
            return self.store.save_agenda_item(item)

    def move_agenda_item(self, item_id: int, new_position: int) -> None:
        """Reorder the agenda; instruction numbers follow their items."""
        item = self.store.agenda_item(item_id)
        self._editable(item.session_id)
        items = self.store.agenda(item.session_id)
        items.sort(key=lambda i: i.position)
        cur = next(i for i in items if i.id == item_id)
        items.remove(cur)
        new_position = max(1, min(new_position, len(items) + 1))
        items.insert(new_position - 1, cur)
        with self.store.transaction():
            for pos, it in enumerate(items, 1):
                if it.position != pos:
                    self.store.update("agenda_item", it.id, {"position": pos})
            self._renumber(item.session_id)

    def delete_agenda_item(self, item_id: int) -> None:
        item = self.store.agenda_item(item_id)
        self._editable(item.session_id)
        with self.store.transaction():
            self.store.delete_agenda_item(item_id)
            for pos, it in enumerate(self.store.agenda(item.session_id), 1):
                if it.position != pos:
                    self.store.update("agenda_item", it.id, {"position": pos})
            self._renumber(item.session_id)

    def _renumber(self, session_id: int) -> None:
        items = {i.id: i.position for i in self.store.agenda(session_id)}
        for d in self.store.decisions(session_id):
            num = rules.instruction_number(items[d.agenda_item_id], d.position)
            for inst in self.store.instructions_of_session(session_id):
                if inst.decision_id == d.id and inst.number != num:
                    self.store.set_instruction_fields(inst.id, {"number": num})

    def add_decision(
        self, agenda_item_id: int, text: str, text_kk: str = "", uid: str | None = None
    ) -> m.Decision:
        item = self.store.agenda_item(agenda_item_id)
        self._editable(item.session_id)
        pos = 1 + max(
            (
                d.position
                for d in self.store.decisions(item.session_id)
                if d.agenda_item_id == agenda_item_id
            ),
            default=0,
        )
        d = m.Decision(
            agenda_item_id,
            pos,
            clean_text(text, self.t("Decision text")),
            clean_text(text_kk, "", required=False),
        )
        if uid:
            d.uid = uid
        with self.store.transaction():
            self.store.save_decision(d)
        return d

    def update_decision(self, decision_id: int, text: str, text_kk: str = "") -> None:
        d = self.store.decision(decision_id)
        self._editable(self.store.agenda_item(d.agenda_item_id).session_id)
        d.text = clean_text(text, self.t("Decision text"))
        d.text_kk = clean_text(text_kk, "", required=False)
        with self.store.transaction():
            self.store.save_decision(d)

    def delete_decision(self, decision_id: int) -> None:
        """Remove a decision of a session not yet approved; one with an instruction stays
        (cancel the instruction instead, so its history is kept)."""
        d = self.store.decision(decision_id)
        item = self.store.agenda_item(d.agenda_item_id)
        self._editable(item.session_id)
        with self.store.transaction():
            self.store.delete_decision(decision_id)
            for pos, other in enumerate(
                x for x in self.store.decisions(item.session_id) if x.agenda_item_id == item.id
            ):
                if other.position != pos + 1:
                    self.store.update("decision", other.id, {"position": pos + 1})
            self._renumber(item.session_id)

    def revise_instruction(
        self,
        inst_id: int,
        *,
        executor_ids: Sequence[int] | None = None,
        controller_id: int | None = None,
        due_text: str | None = None,
    ) -> None:
        """Correct an instruction's executors, controller or due rule while its session is
        not approved and nothing has been reported on it (before that, the minutes are a
        draft; after it, a deadline moves only by an extension, which leaves a trace)."""
        from .domain.dueparse import DueKind, effective_due

        inst = self.store.instruction(inst_id)
        if inst.session_id:
            self._editable(inst.session_id)
        if (
            self.store.reports(inst_id)
            or self.store.extensions(inst_id)
            or inst.status != S.ON_CONTROL
        ):
            raise ValidationError(
                "Instruction {number} is already being executed: change its deadline "
                "with an extension, or cancel it and issue a new one.",
                number=inst.number,
            )
        if executor_ids is not None:
            inst.executor_ids = self._executors(executor_ids)
        if controller_id is not None:
            self.store.person(controller_id)
        points: list[date] | None = None
        if due_text is not None and due_text.strip() != inst.due_text:
            due_text = clean_text(due_text, self.t("Due date"), max_len=300)
            rule = self.parse_due(due_text, inst.issued_date)
            inst.due_text, inst.due_rule = due_text, rule.to_json()
            if rule.kind == DueKind.DATE:
                due = effective_due(rule, self.calendar)
                if due < inst.issued_date:
                    raise ValidationError(
                        "The due date {due} is before the instruction was issued ({issued}).",
                        due=fmt(due),
                        issued=fmt(inst.issued_date),
                    )
                inst.due_date = inst.due_date_original = due
                inst.recur_until = None
                points = []
            elif rule.kind == DueKind.RECURRING:
                from .domain.dueparse import control_points

                inst.recur_until = inst.recur_until or _default_until(inst.issued_date)
                points = control_points(rule, inst.issued_date, inst.recur_until, self.calendar)
                if not points:
                    raise ValidationError(
                        "The schedule gives no control date before {until}. "
                        "Check the day of the month or give an end date.",
                        until=fmt(inst.recur_until),
                    )
                inst.due_date = inst.due_date_original = points[0]
            else:
                inst.due_date = inst.due_date_original = inst.recur_until = None
                points = []
        if controller_id is not None:
            inst.controller_id = controller_id
        with self.store.transaction():
            self.store.save_instruction(inst, note="revised before execution")
            if points is not None:
                for p in self.store.control_points(inst_id):
                    self.store.delete("control_point", p.id)
                for n, d in enumerate(points, 1):
                    self.store.save_control_point(m.ControlPoint(inst.id, d, d, uid=m.new_uid()))

    def session_record(self, session_id: int) -> SessionRecord:
        s = self.store.session(session_id)
        return SessionRecord(
            s,
            self.store.attendance(session_id),
            self.store.agenda(session_id),
            self.store.decisions(session_id),
            self.store.instructions_of_session(session_id),
        )

    # -- instructions ------------------------------------------------------------------
    def parse_due(self, text: str, base: date):
        from .domain.dueparse import parse_due

        return parse_due(text, base, self.calendar)

    def preview_due(self, text: str, base: date) -> tuple[object, date | None, list[date]]:
        """(rule, effective first due date, control points) for a typed due rule."""
        from .domain.dueparse import DueKind, control_points, effective_due

        rule = self.parse_due(text, base)
        if rule.kind == DueKind.DATE:
            return rule, effective_due(rule, self.calendar), []
        if rule.kind == DueKind.RECURRING:
            pts = control_points(rule, base, _default_until(base), self.calendar)
            return rule, (pts[0] if pts else None), pts
        return rule, None, []

    def issue_instruction(
        self,
        *,
        text: str,
        executor_ids: Sequence[int],
        due_text: str,
        session_id: int | None = None,
        decision_id: int | None = None,
        issued_date: date | None = None,
        issued_by_id: int | None = None,
        controller_id: int | None = None,
        number: str = "",
        text_kk: str = "",
        recur_until: date | None = None,
        uid: str | None = None,
    ) -> m.Instruction:
        from .domain.dueparse import DueKind, control_points, effective_due

        session = None
        if decision_id is not None:
            d = self.store.decision(decision_id)
            if self.store.instruction_of_decision(decision_id) is not None:
                raise ValidationError(
                    "This decision already has its instruction; add another decision "
                    "for a further instruction."
                )
            item = self.store.agenda_item(d.agenda_item_id)
            if session_id is not None and session_id != item.session_id:
                raise ValidationError(
                    "The decision belongs to another session; pick a decision of this one."
                )
            session_id = item.session_id
            number = number or rules.instruction_number(item.position, d.position)
        if session_id is not None:
            session = self._editable(session_id)
            issued_date = issued_date or session.date
            com = self.store.commission(session.commission_id)
            issued_by_id = issued_by_id or session.chair_id
            controller_id = controller_id or com.controller_id
        if issued_date is None:
            issued_date = self.today()
        text = clean_text(text, self.t("Instruction text"))
        executor_ids = self._executors(executor_ids)
        due_text = clean_text(due_text, self.t("Due date"), max_len=300)
        rule = self.parse_due(due_text, issued_date)
        inst = m.Instruction(
            text=text,
            executor_ids=executor_ids,
            due_text=due_text,
            due_rule=rule.to_json(),
            issued_date=issued_date,
            session_id=session_id,
            decision_id=decision_id,
            number=number.strip(),
            text_kk=clean_text(text_kk, "", required=False),
            issued_by_id=issued_by_id,
            controller_id=controller_id,
        )
        if uid:
            inst.uid = uid
        points: list[date] = []
        if rule.kind == DueKind.DATE:
            due = effective_due(rule, self.calendar)
            if due < issued_date:
                raise ValidationError(
                    "The due date {due} is before the instruction was issued ({issued}).",
                    due=fmt(due),
                    issued=fmt(issued_date),
                )
            inst.due_date = inst.due_date_original = due
        elif rule.kind == DueKind.RECURRING:
            inst.recur_until = recur_until or _default_until(issued_date)
            points = control_points(rule, issued_date, inst.recur_until, self.calendar)
            if not points:
                raise ValidationError(
                    "The schedule gives no control date before {until}. "
                    "Check the day of the month or give an end date.",
                    until=fmt(inst.recur_until),
                )
            inst.due_date = inst.due_date_original = points[0]
        with self.store.transaction():
            self.store.save_instruction(inst)
            for n, p in enumerate(points, 1):
                self.store.save_control_point(m.ControlPoint(inst.id, p, p, uid=f"{inst.uid}/p{n}"))
        return inst

    def update_instruction_text(self, inst_id: int, text: str, text_kk: str = "") -> None:
        inst = self.store.instruction(inst_id)
        if inst.session_id:
            self._editable(inst.session_id)
        with self.store.transaction():
            self.store.set_instruction_fields(
                inst_id,
                {
                    "text": clean_text(text, self.t("Instruction text")),
                    "text_kk": clean_text(text_kk, "", required=False),
                },
            )

    def _is_periodic(self, inst: m.Instruction) -> bool:
        return inst.due_rule.get("kind") in ("recurring", "ongoing")

    def _check(self, action: rules.Action, inst: m.Instruction) -> None:
        rules.check_action(
            action, inst.status, self.status_label(inst.status), self._is_periodic(inst)
        )

    def _owing_points(self, inst_id: int) -> list[m.ControlPoint]:
        """Control points whose report is still owed (open, or returned for rework), by date."""
        return [
            p
            for p in self.store.control_points(inst_id)
            if p.status in (m.PointStatus.OPEN, m.PointStatus.REWORK)
        ]

    def _sync_recurring(self, inst_id: int) -> None:
        """A recurring instruction mirrors its control points: its due date is the first
        date still owed, so a missed date is overdue whatever happens to an earlier one's
        report; it is "report received" only when nothing is owed and a report waits."""
        points = self.store.control_points(inst_id)
        owing = [p for p in points if p.status in (m.PointStatus.OPEN, m.PointStatus.REWORK)]
        if all(p.status == m.PointStatus.DONE for p in points):
            last = points[-1] if points else None
            changes = {"status": S.DONE, "done_date": last.done_date if last else None}
        elif owing:
            changes = {
                "status": S.REWORK if owing[0].status == m.PointStatus.REWORK else S.ON_CONTROL,
                "due_date": owing[0].due_date,
            }
        else:
            waiting = [p for p in points if p.status == m.PointStatus.REPORTED]
            changes = {"status": S.REPORTED, "due_date": waiting[0].due_date}
        self.store.set_instruction_fields(inst_id, changes)

    def register_report(
        self,
        inst_id: int,
        *,
        received: date,
        text: str,
        outgoing_number: str = "",
        from_person_id: int | None = None,
        uid: str | None = None,
    ) -> m.Report:
        """A report received. For a recurring instruction it covers the first control date
        still owed."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.REPORT, inst)
        if received < inst.issued_date:
            raise ValidationError(
                "The report date {date} is before the instruction was issued ({issued}).",
                date=fmt(received),
                issued=fmt(inst.issued_date),
            )
        if received > self.today():
            raise ValidationError("The report date {date} is in the future.", date=fmt(received))
        rep = m.Report(
            inst_id,
            received,
            clean_text(text, self.t("Report text")),
            clean_text(outgoing_number, "", required=False, max_len=100),
            from_person_id or inst.main_executor_id,
        )
        if uid:
            rep.uid = uid
        recurring = inst.due_rule.get("kind") == "recurring"
        point = None
        if recurring:
            owing = self._owing_points(inst_id)
            if not owing:
                raise ValidationError(
                    "Every control date already has its report; accept or return the "
                    "reports awaiting a decision first."
                )
            point = owing[0]
        with self.store.transaction():
            if point is not None:
                rep.control_point_id = point.id
                point.status = m.PointStatus.REPORTED
                self.store.save_control_point(point)
            self.store.save_report(rep)
            if recurring:
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"status": S.REPORTED})
        return rep

    def _pending_reports(self, inst: m.Instruction) -> list[m.Report]:
        """The reports awaiting a decision; for a recurring instruction the one of the
        earliest control date (reports of later dates wait their turn)."""
        pending = [r for r in self.store.reports(inst.id) if r.outcome == m.ReportOutcome.PENDING]
        if not pending:
            raise ValidationError(
                "There is no report awaiting a decision. Register the executor's report first."
            )
        if inst.due_rule.get("kind") == "recurring":
            due = {p.id: p.due_date for p in self.store.control_points(inst.id)}
            first = min(pending, key=lambda r: (due.get(r.control_point_id, date.max), r.received))
            return [first]
        return pending

    def accept_report(self, inst_id: int, on: date | None = None, note: str = "") -> None:
        """Accept the pending report(s): the instruction (or its control point) is
        done as of the day the latest report was received. An ongoing instruction
        stays on control until the commission takes it off."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.ACCEPT, inst)
        pending = self._pending_reports(inst)
        rep = pending[-1]
        on = on or self.today()
        if on < rep.received:
            raise ValidationError(
                "The decision date {date} is before the report was received ({received}).",
                date=fmt(on),
                received=fmt(rep.received),
            )
        note = clean_text(note, "", required=False)
        with self.store.transaction():
            for r in pending:
                r.outcome, r.outcome_date, r.outcome_note = m.ReportOutcome.ACCEPTED, on, note
                self.store.save_report(r)
            kind = inst.due_rule.get("kind")
            if kind == "recurring" and rep.control_point_id:
                point = next(
                    p for p in self.store.control_points(inst_id) if p.id == rep.control_point_id
                )
                point.status, point.done_date = m.PointStatus.DONE, rep.received
                self.store.save_control_point(point)
                self._sync_recurring(inst_id)
            elif kind == "ongoing":
                self.store.set_instruction_fields(inst_id, {"status": S.ON_CONTROL})
            else:
                self.store.set_instruction_fields(
                    inst_id, {"status": S.DONE, "done_date": rep.received}
                )

    def return_report(self, inst_id: int, reason: str, on: date | None = None) -> None:
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.RETURN, inst)
        pending = self._pending_reports(inst)
        reason = clean_text(reason, self.t("Reason for rework"))
        if on is not None and on < pending[-1].received:
            raise ValidationError(
                "The decision date {date} is before the report was received ({received}).",
                date=fmt(on),
                received=fmt(pending[-1].received),
            )
        with self.store.transaction():
            for r in pending:
                r.outcome, r.outcome_date, r.outcome_note = (
                    m.ReportOutcome.RETURNED,
                    on or self.today(),
                    reason,
                )
                self.store.save_report(r)
                if r.control_point_id:
                    point = next(
                        p for p in self.store.control_points(inst_id) if p.id == r.control_point_id
                    )
                    point.status = m.PointStatus.REWORK
                    self.store.save_control_point(point)
            if inst.due_rule.get("kind") == "recurring":
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"status": S.REWORK})

    def extend(
        self,
        inst_id: int,
        new_date: date,
        reason: str,
        decided_by: str,
        decided_on: date | None = None,
        uid: str | None = None,
    ) -> m.Extension:
        """Move the deadline later; the old date stays in the history."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.EXTEND, inst)
        reason = clean_text(reason, self.t("Reason for the extension"), max_len=2000)
        decided_by = clean_text(decided_by, self.t("Who decided"), max_len=500)
        new_date = self.calendar.shift(new_date)  # a deadline never falls on a day off
        rules.check_extension(inst.due_date, new_date, reason)
        owing = self._owing_points(inst_id) if inst.due_rule.get("kind") == "recurring" else []
        point = owing[0] if owing else None
        if point is not None:
            later = [
                p
                for p in self.store.control_points(inst_id)
                if p.status != m.PointStatus.DONE
                and p.id != point.id
                and p.due_date > point.due_date
            ]
            if later and self.calendar.shift(new_date) >= later[0].due_date:
                raise ValidationError(
                    "A control date can be moved only to before the next one ({next}); the next report is "
                    "due then anyway.",
                    next=fmt(later[0].due_date),
                )
        ext = m.Extension(
            inst_id,
            inst.due_date,
            new_date,
            reason,
            decided_by,
            decided_on or self.today(),
            point.id if point else None,
        )
        if uid:
            ext.uid = uid
        with self.store.transaction():
            self.store.save_extension(ext)
            if point is not None:
                point.due_date = new_date
                self.store.save_control_point(point)
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"due_date": new_date})
        return ext

    def cancel(self, inst_id: int, reason: str, on: date | None = None) -> None:
        """Cancel with a reason; what was overdue before ``on`` stays overdue in the reports."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.CANCEL, inst)
        reason = clean_text(reason, self.t("Reason for cancelling"), max_len=2000)
        with self.store.transaction():
            self.store.set_instruction_fields(
                inst_id,
                {"status": S.CANCELLED, "closed_note": reason, "closed_on": on or self.today()},
            )

    def take_off_control(self, inst_id: int, decision: str = "", on: date | None = None) -> None:
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.OFF_CONTROL, inst)
        changes: dict = {
            "status": S.OFF_CONTROL,
            "closed_on": on or self.today(),
            "closed_note": clean_text(decision, "", required=False, max_len=2000),
        }
        if inst.done_date is None and self._is_periodic(inst):
            changes["done_date"] = on or self.today()
        with self.store.transaction():
            self.store.set_instruction_fields(inst_id, changes)

    def bulk(self, action: Callable[[int], None], ids: Sequence[int]) -> None:
        """Apply one action to several instructions in one transaction."""
        with self.store.transaction():
            for i in ids:
                action(i)

    # -- queries ---------------------------------------------------------------------
    def overdue(
        self,
        as_of: date | None = None,
        executor_id: int | None = None,
        commission_id: int | None = None,
    ) -> list[OverdueItem]:
        """Instructions overdue as of a day. As of today this reads current
        statuses (one indexed query); as of a past day it replays each
        candidate's reports, extensions and control points to judge it as it
        stood then."""
        as_of = as_of or self.today()
        if as_of >= self.today():
            ids = self.store.instruction_ids(
                overdue_as_of=as_of, executor_id=executor_id, commission_id=commission_id
            )
            insts = self.store.instructions_by_ids(ids)
            due = {i.id: i.due_date for i in insts}
        else:
            ids = self.store.instruction_ids(
                candidates_as_of=as_of, executor_id=executor_id, commission_id=commission_id
            )
            insts, due = self._owed_then(self.store.instructions_by_ids(ids), as_of)
            ids = [i.id for i in insts]
        sessions = self.store.sessions_by_ids(i.session_id for i in insts)
        ext = self.store.extension_counts(ids)
        last = self.store.last_reports(ids, received_by=as_of)
        out = [
            OverdueItem(
                i,
                sessions.get(i.session_id),
                due[i.id],
                (as_of - due[i.id]).days,
                ext.get(i.id, 0),
                last.get(i.id),
            )
            for i in insts
        ]
        out.sort(key=lambda o: (-o.days, o.instruction.id))
        return out

    def _owed_then(
        self, insts: list[m.Instruction], as_of: date
    ) -> tuple[list[m.Instruction], dict[int, date]]:
        """The instructions whose work was owed and past due on ``as_of``, with the due date then."""
        ids = [i.id for i in insts]
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        points = self.store.control_points_for(
            [i.id for i in insts if i.due_rule.get("kind") == "recurring"]
        )
        out, due_then = [], {}
        for inst in insts:
            if inst.due_rule.get("kind") == "recurring":
                units = [(p.id, p.due_date_original, p.done_date) for p in points.get(inst.id, [])]
            else:
                units = [(None, inst.due_date_original, inst.done_date)]
            owed = []
            for point_id, original, done in units:
                if original is None or (done is not None and done <= as_of):
                    continue
                d = rules.due_as_of(
                    original,
                    [
                        (e.decided_on, e.new_date)
                        for e in exts.get(inst.id, [])
                        if e.control_point_id == point_id
                    ],
                    as_of,
                )
                state = [
                    (r.received, r.outcome.value, r.outcome_date)
                    for r in reps.get(inst.id, [])
                    if r.control_point_id == point_id
                ]
                if d < as_of and rules.owed_as_of(state, as_of):
                    owed.append(d)
            if owed:
                out.append(inst)
                due_then[inst.id] = min(owed)
        return out, due_then

    def discipline(
        self, date_from: date, date_to: date, as_of: date | None = None
    ) -> list[DisciplineStat]:
        """Per main executor over what was due in [date_from, date_to], judged as it
        stood on ``as_of`` (default: the end of the period, or today if earlier): the due
        date in force then (extensions decided later do not count), reports received by
        then, and what was cancelled or taken off control only after then still counting."""
        if date_to < date_from:
            raise ValidationError(
                "The period ends ({to}) before it starts ({frm}).",
                to=fmt(date_to),
                frm=fmt(date_from),
            )
        as_of = as_of or min(date_to + timedelta(days=1), self.today())
        insts, points = self.store.discipline_candidates(date_from, date_to)
        ids = list({r["id"] for r in insts} | {r["instruction_id"] for r in points})
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        stats: dict[int, DisciplineStat] = {}
        units = [(r["id"], None, r) for r in insts] + [
            (r["instruction_id"], r["id"], r) for r in points
        ]
        for inst_id, point_id, r in units:
            closed_on = _d(r["closed_on"])
            if r["status"] == "cancelled" and (closed_on is None or closed_on <= as_of):
                continue
            if (
                point_id is not None
                and r["point_status"] != "done"
                and r["status"] in ("off_control", "done")
                and (closed_on is None or closed_on <= as_of)
            ):
                continue  # the commission took it off control: dates left open are not counted
            due = rules.due_as_of(
                date.fromisoformat(r["due_date_original"]),
                [
                    (e.decided_on, e.new_date)
                    for e in exts.get(inst_id, [])
                    if e.control_point_id == point_id
                ],
                as_of,
            )
            if not date_from <= due <= date_to:
                continue
            done = _d(r["done_date"])
            state = [
                (x.received, x.outcome.value, x.outcome_date)
                for x in reps.get(inst_id, [])
                if x.control_point_id == point_id
            ]
            o = rules.outcome_as_of(due, done, state, as_of)
            if o == rules.Outcome.NOT_COUNTED or o == rules.Outcome.PENDING:
                continue
            st = stats.setdefault(r["main_executor_id"], DisciplineStat(r["main_executor_id"]))
            st.issued += 1
            if o == rules.Outcome.ON_TIME:
                st.on_time += 1
            elif o == rules.Outcome.LATE:
                st.late += 1
            else:
                st.overdue += 1
        return sorted(stats.values(), key=lambda s: (s.percent is None, s.percent or 0))

    def history(self, inst_id: int, lang: str | None = None) -> list[HistoryEvent]:
        """The instruction's whole history, read from the journal."""
        inst = self.store.instruction(inst_id)
        lang = lang or self.lang
        events: list[HistoryEvent] = []
        for e in self.store.journal_of("instruction", inst.uid):
            if e.action == "insert":
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Issued", lang),
                        f"{fmt(_d(e.after['due_date']))} ({e.after['due_text']})",
                    )
                )
                continue
            b, a = e.before or {}, e.after or {}
            if b.get("status") != a.get("status"):
                ev = HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Status: {old} → {new}", lang).format(
                        old=translate("Labels", m.STATUS_LABELS[S(b["status"])], lang),
                        new=translate("Labels", m.STATUS_LABELS[S(a["status"])], lang),
                    ),
                    a.get("closed_note", ""),
                )
                events.append(ev)
            if b.get("due_date") != a.get("due_date"):
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Due date: {old} → {new}", lang).format(
                            old=fmt(_d(b.get("due_date"))), new=fmt(_d(a.get("due_date")))
                        ),
                    )
                )
            if b.get("text") != a.get("text"):
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Text edited", lang),
                        f"{b.get('text')} → {a.get('text')}",
                    )
                )
        for rep in self.store.reports(inst_id):
            for e in self.store.journal_of("report", rep.uid):
                if e.action == "insert":
                    events.append(
                        HistoryEvent(
                            e.at.isoformat(),
                            e.user,
                            translate("History", "Report received", lang),
                            f"{fmt(rep.received)} {rep.outgoing_number}: {rep.text}",
                        )
                    )
                elif (e.before or {}).get("outcome") != (e.after or {}).get("outcome"):
                    what = (
                        translate("History", "Report accepted", lang)
                        if e.after["outcome"] == "accepted"
                        else translate("History", "Returned for rework", lang)
                    )
                    events.append(
                        HistoryEvent(
                            e.at.isoformat(), e.user, what, e.after.get("outcome_note", "")
                        )
                    )
        for ext in self.store.extensions(inst_id):
            for e in self.store.journal_of("extension", ext.uid):
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Deadline extended", lang),
                        f"{fmt(ext.old_date)} → {fmt(ext.new_date)}: {ext.reason} ({ext.decided_by})",
                    )
                )
        events.sort(key=lambda ev: ev.when)
        # a report or extension and its status change happen in one action: keep both, ordered
        return events


# The page layout a commission may change (Settings > Documents): name -> (lowest,
# highest, what it is called in a message). The defaults are in DocumentSettings.
DOCUMENT_LAYOUT_KEY = "document_layout"
DOCUMENT_LAYOUT_LIMITS: dict[str, tuple[float, float, str]] = {
    "font_size": (10, 16, QT_TRANSLATE_NOOP("Layout", "The text size")),
    "table_font_size": (8, 14, QT_TRANSLATE_NOOP("Layout", "The table text size")),
    "margin_left_mm": (10, 50, QT_TRANSLATE_NOOP("Layout", "The left margin")),
    "margin_right_mm": (5, 40, QT_TRANSLATE_NOOP("Layout", "The right margin")),
    "margin_top_mm": (10, 40, QT_TRANSLATE_NOOP("Layout", "The top margin")),
    "margin_bottom_mm": (10, 40, QT_TRANSLATE_NOOP("Layout", "The bottom margin")),
    "annex_threshold": (
        5,
        200,
        QT_TRANSLATE_NOOP("Layout", "The number of attendees listed in the minutes"),
    ),
}


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
